// `tracker completion bash|zsh|fish`: a completion script for the shell, written from the
// command tree (command_tree.h): commands, options, and the values of closed sets (allegation
// ids, statuses, formats). Nothing in it is typed twice, so it cannot fall behind the parser.
//
// bash and zsh share four lookup functions written as POSIX `case` tables (the commands under a
// command, its options, whether an option takes a value, a closed set's values); each shell's
// own function walks the words typed so far through them. fish gets `complete` lines.
#pragma once

#include <string>
#include <vector>

#include "cli/command_tree.h"

namespace tracker::cli {

// The shells a script is written for.
std::vector<std::string> completion_shells();

// The script for `shell` (one of completion_shells()), for a program named `program`.
std::string completion_script(const CommandSpec& root, const std::string& shell, const std::string& program);

}  // namespace tracker::cli
