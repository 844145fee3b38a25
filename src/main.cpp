#include "cli/app.h"

int main(int argc, char** argv) { return tracker::cli::run(argc, argv); }
