// Writing a whole output file (a report, a man page, a completion script) so that a failed
// write never leaves half a file where an old one was: a temporary file beside it, renamed
// into place.
#pragma once

#include <string>

namespace tracker::cli {

// Writes `text` to `path`. "" when written, else the reason ("cannot write (No space left on
// device)").
std::string replace_file(const std::string& path, const std::string& text);

}  // namespace tracker::cli
