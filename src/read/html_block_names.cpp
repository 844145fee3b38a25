#include "read/html_block_names.h"

#include <algorithm>

#include "embedded/embedded_files.h"
#include "read/ascii_text.h"
#include "read/tsv_rows.h"
#include "tracker/error.h"

namespace tracker::read {
namespace {

constexpr std::string_view k_table_name = "data/html_blocks.tsv";
const std::vector<std::string_view> k_header = {"pattern", "kind", "note"};

bool is_pattern(std::string_view pattern) {
    return !pattern.empty() && std::all_of(pattern.begin(), pattern.end(), [](char c) {
        return is_ascii_lower(c) || is_ascii_digit(c);
    });
}

bool holds_part(const std::string& folded, const std::vector<std::string>& parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [&](const std::string& part) { return folded.find(part) != std::string::npos; });
}

bool holds_word(const std::string& folded, const std::vector<std::string>& words) {
    for (std::size_t start = 0; start < folded.size();) {
        std::size_t end = start;
        while (end < folded.size() && is_ascii_alnum(folded[end]))
            ++end;
        std::string_view word = std::string_view(folded).substr(start, end - start);
        if (!word.empty() && std::find(words.begin(), words.end(), word) != words.end())
            return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

tl::expected<HtmlBlockNames, std::string> HtmlBlockNames::from_tsv(std::string_view tsv,
                                                                   std::string_view name) {
    HtmlBlockNames table;
    std::string problem = read_tsv_table(tsv, name, k_header, [&](const auto& row) { return table.add_row(row); });
    if (!problem.empty())
        return tl::unexpected(problem);
    return table;
}

std::string HtmlBlockNames::add_row(const std::vector<std::string_view>& row) {
    if (row.size() < 2)
        return "a row needs a pattern and a kind";
    std::string_view pattern = row[0], kind = row[1];
    if (!is_pattern(pattern))
        return "a pattern is lowercase letters and digits: \"" + std::string(pattern) + "\"";
    if (kind == "drop")
        m_drop_parts.emplace_back(pattern);
    else if (kind == "drop_word")
        m_drop_words.emplace_back(pattern);
    else if (kind == "unlikely")
        m_unlikely_parts.emplace_back(pattern);
    else if (kind == "likely")
        m_likely_parts.emplace_back(pattern);
    else
        return "unknown kind \"" + std::string(kind) + "\"";
    return {};
}

const HtmlBlockNames& HtmlBlockNames::standard() {
    static const tl::expected<HtmlBlockNames, std::string> k_standard = [] {
        const auto& files = embedded::files();
        auto file = std::find_if(files.begin(), files.end(),
                                 [](const auto& each) { return each.name == k_table_name; });
        if (file == files.end())
            return tl::expected<HtmlBlockNames, std::string>(
                tl::unexpect, std::string(k_table_name) + " is not embedded in this build");
        return from_tsv(file->contents, k_table_name);
    }();
    if (!k_standard)
        throw Fatal(k_standard.error());
    return *k_standard;
}

BlockNameVerdict HtmlBlockNames::judge(std::string_view names) const {
    if (names.empty())
        return {};
    std::string folded = folded_ascii(names);
    return {holds_part(folded, m_drop_parts) || holds_word(folded, m_drop_words),
            holds_part(folded, m_unlikely_parts), holds_part(folded, m_likely_parts)};
}

}  // namespace tracker::read
