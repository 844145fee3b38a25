#include "read/page_furniture.h"

#include <algorithm>
#include <chrono>

#include "embedded/embedded_files.h"
#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/furniture_shapes.h"
#include "read/metadata_lines.h"
#include "read/tsv_rows.h"
#include "tracker/error.h"

namespace tracker::read {
namespace {

constexpr std::string_view k_table_name = "data/furniture.tsv";
const std::vector<std::string_view> k_header = {"pattern", "match", "note"};

// What a `line` comparison ignores at the end: "Read more...", "Read more »", "Sources:".
constexpr std::string_view k_trailing_marks[] = {".", ":", "\xE2\x80\xA6", "\xC2\xBB", "\xE2\x80\xBA", " "};

std::string_view without_trailing_marks(std::string_view line) {
    bool trimmed = true;
    while (trimmed) {
        trimmed = false;
        for (std::string_view mark : k_trailing_marks)
            if (line.size() > mark.size() && line.substr(line.size() - mark.size()) == mark) {
                line.remove_suffix(mark.size());
                trimmed = true;
            }
    }
    return line;
}

std::string comparable(std::string_view line) { return folded_ascii(without_trailing_marks(line)); }

bool is_icon_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return is_ascii_lower(c) || is_ascii_digit(c) || c == '_';
    });
}

// What may follow a glued icon name: text starting a new word ("check_circleThis",
// "visibility10", "calendar_today🇹🇷"), never more of a lowercase word ("shareholders").
bool may_follow_icon(char c) {
    return is_ascii_upper(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

tl::expected<PageFurniture, std::string> PageFurniture::from_tsv(std::string_view tsv,
                                                                 std::string_view name) {
    PageFurniture table;
    std::string problem = read_tsv_table(tsv, name, k_header, [&](const auto& row) { return table.add_row(row); });
    if (!problem.empty())
        return tl::unexpected(problem);
    std::stable_sort(table.m_icons.begin(), table.m_icons.end(),
                     [](const Icon& a, const Icon& b) { return a.name.size() > b.name.size(); });
    return table;
}

std::string PageFurniture::add_row(const std::vector<std::string_view>& row) {
    if (row.size() < 2 || row[0].empty())
        return "a row needs a pattern and a match kind";
    std::string_view pattern = row[0], kind = row[1];
    Words& words = kind.starts_with("list_") ? m_list_heads : m_words;
    if (kind == "line" || kind == "list_line")
        words.longest_line = std::max(words.longest_line, words.lines.insert(comparable(pattern)).first->size());
    else if (kind == "prefix" || kind == "list_prefix")
        words.prefixes.push_back(folded_ascii(pattern));
    else if ((kind == "icon" || kind == "icon_line") && !is_icon_name(pattern))
        return "an icon name is lowercase letters, digits and _: \"" + std::string(pattern) + "\"";
    else if (kind == "icon" || kind == "icon_line")
        m_icons.push_back({std::string(pattern), kind == "icon_line"});
    else
        return "unknown match kind \"" + std::string(kind) + "\"";
    return {};
}

const PageFurniture& PageFurniture::standard() {
    static const tl::expected<PageFurniture, std::string> k_standard = load_standard();
    if (!k_standard)
        throw Fatal(k_standard.error());
    return *k_standard;
}

tl::expected<PageFurniture, std::string> PageFurniture::load_standard() {
    const auto& files = embedded::files();
    auto file = std::find_if(files.begin(), files.end(),
                             [](const auto& each) { return each.name == k_table_name; });
    if (file == files.end())
        return tl::unexpected(std::string(k_table_name) + " is not embedded in this build");
    return from_tsv(file->contents, k_table_name);
}

std::optional<PageFurniture::LeadingIcon> PageFurniture::leading_icon(std::string_view line) const {
    if (line.empty() || !is_icon_name(line.substr(0, 1)))  // most lines: no icon name starts so
        return std::nullopt;
    for (const Icon& icon : m_icons) {
        if (line.substr(0, icon.name.size()) != icon.name)
            continue;
        if (line.size() == icon.name.size() || may_follow_icon(line[icon.name.size()]))
            return LeadingIcon{icon.name.size(), icon.whole_line};
    }
    return std::nullopt;
}

bool PageFurniture::Words::match(std::string_view line) const {
    // Folding keeps a line's length: a line longer than every listed one (prose) is none of them,
    // and is neither copied nor hashed.
    const std::string_view trimmed = without_trailing_marks(line);
    if (trimmed.size() <= longest_line && lines.count(folded_ascii(trimmed)))
        return true;
    for (const std::string& prefix : prefixes) {
        if (!starts_with_folded(line, prefix))
            continue;
        // A prefix ends at a word boundary: "More from" is not "More fromage".
        if (!is_ascii_alnum(prefix.back()) || line.size() == prefix.size() ||
            !is_ascii_alnum(line[prefix.size()]))
            return true;
    }
    return false;
}

bool PageFurniture::is_furniture(std::string_view line) const {
    if (line.empty())
        return false;
    if (leading_icon(line) && leading_icon(line)->length == line.size())
        return true;
    return m_words.match(line) || m_list_heads.match(line) || is_view_counter(line) || is_reading_time(line) ||
           is_media_clock(line) || is_rule_line(line) || is_bare_token(line) || is_link_row(line) ||
           byline_author(line) || parse_date_text(line) ||
           published_line(line, std::chrono::system_clock::time_point{});
}

bool PageFurniture::heads_list(std::string_view line) const { return m_list_heads.match(line); }

}  // namespace tracker::read
