// Page furniture recognised by its shape rather than its words: what data/furniture.tsv cannot
// list because the numbers change. Each function takes one trimmed line (no line end).
#pragma once

#include <string_view>

namespace tracker::read {

// "10 views", "1.2K views", "Yapay Zeka Modellerivisibility10 views": a counter ending a short
// line that is not a sentence (a category label glued to it is furniture too).
bool is_view_counter(std::string_view line);

// "2 minute read", "5 min. read", "4-minute read".
bool is_reading_time(std::string_view line);

// A media player's clock: "0:000:00", "0:00 / 3:45".
bool is_media_clock(std::string_view line);

// A horizontal rule: "---", "***", "* * *", "___".
bool is_rule_line(std::string_view line);

// A line with no letter at all ("4", "1/3", "-> 65"; any non-ASCII byte counts as a letter), or
// one token of at most three bytes ("TR", "EN": language switches). Neither is prose.
bool is_bare_token(std::string_view line);

// A row of links: three or more short items parted by " · ", " | " or " • " ("Most read: China
// outlook · Inside Huawei's roadmap · New rules for AI exports", "Harbor & Key | Business |
// Technology"), none of them a sentence.
bool is_link_row(std::string_view line);

}  // namespace tracker::read
