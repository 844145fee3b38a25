// Title, publisher, date and author found in an article's own text, for articles without front
// matter (web copies, mostly). What is not found stays empty; the reader falls back to the file's
// name for title and publisher, and leaves the date empty (undated).
//
// Title: the first of the first k_title_window prose lines that looks like a headline: not a list
//   item, at least three words, under 200 bytes, not ending in . : , or ;. Web copies repeat the
//   headline; the first copy is taken.
// Publisher: a one-word line at the very top, before the title ("TechWire24": a site's logo
//   text); else a footer "Shared from NAME - ..." near the end, which names the service the copy
//   came through, the nearest thing to a publisher such a copy has. Not "Source: NAME": on these
//   pages it credits an image, and the one-word line must be 4 bytes or more, because two-letter
//   lines at the top ("EN", "TR") are language switches (so "BBC" or "FT" alone are missed; pass
//   --source).
// Date: the first, within the first k_date_window non-blank lines, of: a "Published ..." or
//   "Updated ..." line (relative times resolved against the file's modification time), a line
//   that is only a date (after a glued icon such as calendar_today), a dateline opening a
//   paragraph ("Beijing, December 10, 2025 — ...").
// Author: the first byline ("By Jane Doe") within the same window.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/article_lines.h"
#include "read/page_furniture.h"

namespace tracker::read {

inline constexpr std::size_t k_title_window = 10;  // prose lines
inline constexpr std::size_t k_date_window = 20;   // non-blank lines
inline constexpr std::size_t k_footer_window = 5;  // non-blank lines at the end

struct ArticleMetadata {
    std::string title;
    std::string source;
    std::string date;  // YYYY-MM-DD
    std::string author;
    // The one-word publisher line at the top: metadata, so left out of the body.
    std::optional<std::size_t> publisher_line;  // index into the lines
};

ArticleMetadata find_metadata(std::string_view text, const std::vector<ArticleLine>& lines,
                              const PageFurniture& furniture,
                              std::chrono::system_clock::time_point modified);

}  // namespace tracker::read
