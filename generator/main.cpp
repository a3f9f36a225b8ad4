// The itagen executable: everything lives in the library so tests link the same code.
#include "cli/cli.h"

// jemalloc's settings (CMakeLists.txt links it): memory a long preview session frees goes back
// to the system within a second instead of ten, so the server stays flat under load
// (tests/cli/server_load_test.sh). Read by jemalloc at start-up; unused without it.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
}

int main(int argc, char** argv) { return itagen::cli::run(argc, argv); }
