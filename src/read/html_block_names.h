// What the class and id of an HTML element say about the block it is: page furniture to leave
// out (comments, share buttons, related links, sign-up and consent boxes, ads), furniture unless
// the names also say content (a sidebar, a menu), or the article itself. The words are data
// (data/html_blocks.tsv, its format described at its top); main_content.h uses the verdicts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace tracker::read {

// What one class or id attribute says; several can hold at once ("sidebar-article").
struct BlockNameVerdict {
    bool drop = false;      // a drop or drop_word pattern
    bool unlikely = false;  // an unlikely pattern
    bool likely = false;    // a likely pattern
    // The weight readability-style scoring gives the name: -25 for drop or unlikely, +25 for
    // likely, both when both.
    int weight() const { return (drop || unlikely ? -25 : 0) + (likely ? 25 : 0); }
};

class HtmlBlockNames {
public:
    // Loads a table; `name` prefixes errors: "data/html_blocks.tsv:12: unknown kind \"often\"".
    static tl::expected<HtmlBlockNames, std::string> from_tsv(std::string_view tsv,
                                                              std::string_view name);
    // The table compiled into the binary; a bad embedded table is a bug in the build (Fatal).
    static const HtmlBlockNames& standard();

    // The verdict on one attribute's value ("article-body share-tools").
    BlockNameVerdict judge(std::string_view names) const;

private:
    std::string add_row(const std::vector<std::string_view>& row);

    std::vector<std::string> m_drop_parts, m_drop_words, m_unlikely_parts, m_likely_parts;
};

}  // namespace tracker::read
