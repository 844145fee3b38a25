// Lines that carry an article's metadata in a web copy: bylines, "Published ..." lines and
// datelines. The first two are furniture (left out of the body); a dateline opens a prose
// paragraph and stays in it. Each function takes one trimmed line (no line end).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tracker::read {

// "By Jane Doe", "By Jane Doe and Omar Said": the names, or nullopt when the line is not a
// byline ("By contrast, the lab ..." is prose: its words after "By" are not all capitalised).
std::optional<std::string> byline_author(std::string_view line);

// A "Published ..." line and the date it gives. Recognised openings: Published, Updated,
// Last updated, Posted, First published, Originally published (any case), then optionally
// "on", "at" or ":", then either a date parse_leading_date understands or a relative time
// ("16 hours ago", "3 days ago", "yesterday", "just now") resolved against `now` in UTC.
// Whatever follows the date is ignored ("Published 16 hours ago2 minute read").
// nullopt when the line is not one ("Published reports say ..." is prose).
struct PublishedLine {
    std::string date;  // YYYY-MM-DD
};
std::optional<PublishedLine> published_line(std::string_view line,
                                            std::chrono::system_clock::time_point now);

// The date of a dateline opening a paragraph: "Beijing, December 10, 2025 — A lab ...",
// "December 10, 2025 - A lab ...", "WASHINGTON, Dec. 10, 2025: ...". The place, when given, is
// capitalised words before the first comma; a dash or colon must follow the date.
std::optional<std::string> dateline_date(std::string_view line);

}  // namespace tracker::read
