// Page furniture: the lines a web copy of an article carries that are not prose ("Loading...",
// "Share on X", "recommendRelated Articles", "10 views", "By Jane Doe"). They stay in the text
// and are left out of the body, so the extractor never reads them.
//
// The words are data (data/furniture.tsv, its format described at its top); shapes with numbers
// in them are code (furniture_shapes.h, metadata_lines.h). A PageFurniture judges one line at a
// time, after the caller has taken off a bullet.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <tl/expected.hpp>

namespace tracker::read {

class PageFurniture {
public:
    // Loads a furniture table; `name` prefixes errors: "data/furniture.tsv:12: unknown match
    // kind \"lines\"".
    static tl::expected<PageFurniture, std::string> from_tsv(std::string_view tsv,
                                                             std::string_view name);

    // The table compiled into the binary (data/furniture.tsv). A bad embedded table is a bug in
    // the build, so it throws Fatal.
    static const PageFurniture& standard();

    // A Material icon name glued to the start of a line: "check_circleThis ..." gives 12.
    struct LeadingIcon {
        std::size_t length = 0;
        bool whole_line = false;  // an icon_line icon: the line is furniture whatever follows
    };
    std::optional<LeadingIcon> leading_icon(std::string_view line) const;

    // Whether a trimmed line (bullet and icon already taken off) is furniture, by the table's
    // words or by shape: counters, reading times, media clocks, rules, bare tokens, bylines,
    // "Published ..." lines and lines that are only a date.
    bool is_furniture(std::string_view line) const;
    // Whether a trimmed line is the heading of a list of links to other stories ("Related",
    // "More from the Wafer desk"): the list items right under it are furniture too.
    bool heads_list(std::string_view line) const;

private:
    static tl::expected<PageFurniture, std::string> load_standard();
    // Adds one table row (pattern, match kind, note); returns the reason when it cannot.
    std::string add_row(const std::vector<std::string_view>& row);
    struct Words {
        std::unordered_set<std::string> lines;  // folded, trailing punctuation dropped
        std::size_t longest_line = 0;           // the size of the longest of lines
        std::vector<std::string> prefixes;      // folded
        bool match(std::string_view line) const;
    };

    Words m_words;       // rows "line" and "prefix"
    Words m_list_heads;  // rows "list_line" and "list_prefix"
    struct Icon {
        std::string name;
        bool whole_line = false;
    };
    std::vector<Icon> m_icons;  // longest first
};

}  // namespace tracker::read
