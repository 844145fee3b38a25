// An --actor that names no stored actor matches nothing, as a filter should (the actors are an
// open set: tomorrow's articles may name it). On a terminal a person typed it, so they are told
// which known actors are near (issue 19); in a pipe or under --quiet nothing is said.
#pragma once

#include <string>

#include "cli/command_context.h"

namespace tracker::cli {

void note_unknown_actor(CommandContext& ctx, const std::string& actor);

}  // namespace tracker::cli
