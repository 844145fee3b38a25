// The man page tracker.1, in roff (man(7) macros), written from the command tree
// (command_tree.h): every command and option with the help text `--help` prints, so the two
// never disagree. The build writes it beside the binary (`tracker manpage -o tracker.1`, a
// hidden command) and `cmake --install` puts it in man1.
#pragma once

#include <string>

#include "cli/command_tree.h"

namespace tracker::cli {

struct ManPageText {
    std::string program;      // "tracker"
    std::string version;      // "tracker 0.1.0"
    std::string summary;      // the NAME line's words after the dash
};

std::string man_page(const CommandSpec& root, const ManPageText& text);

}  // namespace tracker::cli
