// Front matter: the metadata block a text or Markdown article may open with.
//
//   ---                        the very first line (a byte-order mark is already gone)
//   title: DeepSeek ships V4   `key: value` lines; keys title, source, url, date, author
//   date: December 10, 2025    any form parse_date_text understands; stored as YYYY-MM-DD
//   tags: [ai, chips]          other keys are ignored, as are their indented continuation
//   ---                        lines, blank lines and `#` comments; `...` closes it too
//
// Values may be quoted ("..." or '...'). A block that never closes, a line that is not
// `key: value`, and a date that is not a date are errors: the author meant to say something and
// tracker would otherwise silently read the block as prose.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace tracker::read {

struct FrontMatter {
    bool present = false;
    std::size_t end = 0;  // offset just past the closing line; 0 when there is no block
    std::string title;
    std::string source;
    std::string url;
    std::string date;     // YYYY-MM-DD
    std::string author;
};

// The block at the start of `text` (present = false when the first line is not `---`), or the
// one-line reason it is malformed, e.g. "front matter never closes".
tl::expected<FrontMatter, std::string> parse_front_matter(std::string_view text);

}  // namespace tracker::read
