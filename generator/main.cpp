// The itagen executable: everything lives in the library so tests link the same code.
#include "cli/cli.h"

int main(int argc, char** argv) { return itagen::cli::run(argc, argv); }
