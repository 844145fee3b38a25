#include "read/furniture_shapes.h"

#include <algorithm>
#include <cstddef>

#include "read/ascii_text.h"

namespace tracker::read {
namespace {

// Counter nouns after a number: "10 views", "3 comments".
constexpr std::string_view k_counter_nouns[] = {"views", "view", "comments", "comment",
                                                "likes", "shares", "reads"};
// A counter line is furniture only when short: "The video drew 10 views" in a long sentence
// is prose. 60 bytes holds a category label and a counter.
constexpr std::size_t k_max_counter_line = 60;

// The length of the count that ends `s` ("10", "1,234", "1.2K"), or 0 when there is none.
std::size_t trailing_count_length(std::string_view s) {
    std::size_t digits_end = s.size();
    if (digits_end > 0 && (fold_ascii(s[digits_end - 1]) == 'k' || fold_ascii(s[digits_end - 1]) == 'm'))
        --digits_end;
    std::size_t start = digits_end;
    while (start > 0 && (is_ascii_digit(s[start - 1]) || s[start - 1] == ',' || s[start - 1] == '.'))
        --start;
    while (start < digits_end && !is_ascii_digit(s[start]))
        ++start;
    if (start == digits_end || !is_ascii_digit(s[digits_end - 1]))
        return 0;
    return s.size() - start;
}

bool is_sentence_like(std::string_view s) {
    return s.find_first_of(".!?") != std::string_view::npos;
}

}  // namespace

bool is_view_counter(std::string_view line) {
    if (line.size() > k_max_counter_line)
        return false;
    for (std::string_view noun : k_counter_nouns) {
        if (!ends_with_folded(line, noun) || line.size() < noun.size() + 2)
            continue;
        std::string_view before = line.substr(0, line.size() - noun.size());
        if (before.back() != ' ')
            continue;
        before.remove_suffix(1);
        std::size_t number = trailing_count_length(before);
        if (number > 0 && !is_sentence_like(before.substr(0, before.size() - number)))
            return true;
    }
    return false;
}

bool is_reading_time(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && is_ascii_digit(line[digits]))
        ++digits;
    if (digits == 0 || !ends_with_folded(line, "read"))
        return false;
    std::string_view unit = trim(line.substr(digits, line.size() - digits - 4));
    if (!unit.empty() && unit.front() == '-')
        unit.remove_prefix(1);
    for (std::string_view known : {"min", "min.", "mins", "minute", "minutes"})
        if (folded_ascii(unit) == known)
            return true;
    return false;
}

bool is_media_clock(std::string_view line) {
    bool has_colon = false, has_digit = false;
    for (char c : line) {
        if (c == ':')
            has_colon = true;
        else if (is_ascii_digit(c))
            has_digit = true;
        else if (c != ' ' && c != '/')
            return false;
    }
    return has_colon && has_digit;
}

bool is_link_row(std::string_view line) {
    constexpr std::size_t k_min_items = 3;
    constexpr std::size_t k_max_item_words = 8;
    for (std::string_view separator : {std::string_view(" \u00b7 "), std::string_view(" | "), std::string_view(" \u2022 ")}) {
        // Every line of every article is asked, and nearly all hold no separator: one item, no
        // row. Looking for the separator's mark, a byte rarer than its spaces, tells at once.
        if (line.find(separator.substr(1, separator.size() - 2)) == std::string_view::npos) continue;
        std::size_t items = 0;
        bool all_short = true;
        for (std::size_t at = 0; at <= line.size();) {
            std::size_t end = line.find(separator, at);
            if (end == std::string_view::npos) end = line.size();
            std::string_view item = line.substr(at, end - at);
            const std::size_t words = 1 + static_cast<std::size_t>(std::count(item.begin(), item.end(), ' '));
            const char last = item.empty() ? ' ' : item.back();
            all_short = all_short && !item.empty() && words <= k_max_item_words && last != '.' && last != '?' && last != '!';
            ++items;
            at = end + separator.size();
        }
        if (items >= k_min_items && all_short) return true;
    }
    return false;
}

bool is_rule_line(std::string_view line) {
    if (line.empty())
        return false;
    char mark = line.front();
    if (mark != '-' && mark != '*' && mark != '_' && mark != '=' && mark != '~')
        return false;
    std::size_t marks = 0;
    for (char c : line) {
        if (c == mark)
            ++marks;
        else if (c != ' ')
            return false;
    }
    return marks >= 3;
}

bool is_bare_token(std::string_view line) {
    const bool has_letter = std::any_of(line.begin(), line.end(), [](char c) {
        return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_letter)
        return true;
    return line.size() <= 3 && line.find_first_of(k_blank_bytes) == std::string_view::npos;
}

}  // namespace tracker::read
