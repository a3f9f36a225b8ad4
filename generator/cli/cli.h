// The command line: itagen build|check|serve|new|init. The only module that prints.
#pragma once

namespace itagen::cli {

int run(int argc, char** argv);

}  // namespace itagen::cli
