// Trimming and ASCII case folding for matching furniture words, month names and key names.
//
// Only ASCII letters are folded: every word matched this way is English and ASCII, and folding
// nothing else keeps byte offsets and UTF-8 sequences intact. Case folding of prose itself (for
// actor names) is ICU's job in the extract stage.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tracker::read {

inline constexpr std::string_view k_blank_bytes = " \t\r\n\f\v";

inline std::string_view trim(std::string_view s) {
    std::size_t first = s.find_first_not_of(k_blank_bytes);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(k_blank_bytes) - first + 1);
}

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char c) { return is_ascii_letter(c) || is_ascii_digit(c); }

inline char fold_ascii(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string folded_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = fold_ascii(c);
    return out;
}

inline bool starts_with_folded(std::string_view s, std::string_view folded_prefix) {
    if (s.size() < folded_prefix.size())
        return false;
    for (std::size_t i = 0; i < folded_prefix.size(); ++i)
        if (fold_ascii(s[i]) != folded_prefix[i])
            return false;
    return true;
}

inline bool ends_with_folded(std::string_view s, std::string_view folded_suffix) {
    return s.size() >= folded_suffix.size() &&
           starts_with_folded(s.substr(s.size() - folded_suffix.size()), folded_suffix);
}

// Appends text with runs of whitespace (no-break spaces too) made one space; HTML text, where
// line ends and indentation mean nothing.
inline void append_collapsed(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool nbsp = text.substr(i, 2) == "\xC2\xA0";
        if (k_blank_bytes.find(text[i]) == std::string_view::npos && !nbsp) {
            out += text[i];
            continue;
        }
        i += nbsp ? 1 : 0;
        if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
}

}  // namespace tracker::read
