#include "extract/sentence_scan.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utf8.h>

namespace tracker::extract {

namespace {

// A character's Sentence_Break class (UAX #29), as ICU's data gives it.
using SentenceClass = USentenceBreak;

SentenceClass class_of(UChar32 c) {
    return static_cast<SentenceClass>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

// ASCII, most of the text, from a table.
const std::array<SentenceClass, 128> k_ascii_classes = [] {
    std::array<SentenceClass, 128> table{};
    for (UChar32 c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = class_of(c);
    return table;
}();

bool is_letter(SentenceClass c) { return c == U_SB_UPPER || c == U_SB_LOWER; }
bool is_terminator(SentenceClass c) { return c == U_SB_ATERM || c == U_SB_STERM; }

// The classes the scan leaves to ICU wherever they stand: line and paragraph separators (rules
// SB3, SB4), and the combining marks and format characters that rule SB5 makes invisible.
bool is_left_to_icu(SentenceClass c) {
    return c == U_SB_CR || c == U_SB_LF || c == U_SB_SEP || c == U_SB_EXTEND || c == U_SB_FORMAT;
}

// The bytes the scan passes over without a look: ASCII that neither ends a sentence nor is left
// to ICU (most of the text).
const std::array<bool, 256> k_passed_over = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < 128; ++c) table[c] = !is_terminator(k_ascii_classes[c]) && !is_left_to_icu(k_ascii_classes[c]);
    return table;
}();

// ICU's filter (filteredbrk.cpp), which decides whether a break the rules make after a full
// stop and one space is suppressed. It reads the text backwards from the full stop for the
// longest of these that ends there:
//  - `abbreviations`: a listed abbreviation with no full stop inside ("Mr.", "T.", "Dept."): the
//    break is suppressed;
//  - `first_parts`: the part up to the first full stop of one that has a full stop inside ("U."
//    of "U.S.", "Ph." of "Ph.D."): then the filter reads forwards for that whole abbreviation,
//    which never follows when a space does ("U. Smith"), and the break stays. An abbreviation
//    that is such a part itself ("U.", "S.") counts only as a part.
// With neither, the break stays.
struct AbbreviationFilter {
    enum class Kind { abbreviation, first_part };
    std::set<std::string> texts;                        // what `kinds` refers to
    std::unordered_map<std::string_view, Kind> kinds;  // each of the texts as one or the other
    std::size_t longest = 0;
    bool letters_and_dots = true;  // the texts hold nothing else: the search stops at anything else
    // The last two characters before the full stop of each text ("Mr." "Mr", "T." "T" after any):
    // most words that end a sentence end like none of them, and are turned away without a lookup.
    std::bitset<128> one_before;
    std::bitset<128 * 128> two_before;

    AbbreviationFilter() {
        const auto& listed = sentence_exceptions();
        for (const std::string& word : listed) {
            const std::size_t dot = word.find('.');
            if (dot != std::string::npos && dot + 1 < word.size())
                kinds[*texts.insert(word.substr(0, dot + 1)).first] = Kind::first_part;
        }
        for (const std::string& word : listed) {
            const std::string& text = *texts.insert(word).first;
            const std::size_t dot = word.find('.');
            if (dot == std::string::npos || dot + 1 == word.size()) kinds.emplace(text, Kind::abbreviation);
            longest = std::max(longest, word.size());
            letters_and_dots &= std::all_of(word.begin(), word.end(), is_letter_or_dot);
        }
        for (const std::string& text : texts) {
            const std::size_t n = text.size();
            if (n == 2) one_before.set(ascii(text[0]));
            else if (n > 2) two_before.set(ascii(text[n - 3]) * 128 + ascii(text[n - 2]));
        }
    }

    static std::size_t ascii(char c) { return static_cast<unsigned char>(c) & 0x7F; }

    // Whether one of the texts may end at `end`, by its last two characters before the full stop
    // (all letters: ASCII).
    bool may_end_at(std::string_view text, std::size_t end) const {
        if (end < 2 || !is_letter_or_dot(text[end - 2])) return false;
        const std::size_t last = ascii(text[end - 2]);
        return one_before[last] || (end >= 3 && is_letter_or_dot(text[end - 3]) && two_before[ascii(text[end - 3]) * 128 + last]);
    }

    static bool is_letter_or_dot(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'; }

    // Whether the break after the full stop ending at `end` of `text`, and one space, is
    // suppressed.
    bool suppresses(std::string_view text, std::size_t end) const {
        if (letters_and_dots && !may_end_at(text, end)) return false;
        bool suppressed = false;
        for (std::size_t length = 1; length <= longest && length <= end; ++length) {
            if (letters_and_dots && !is_letter_or_dot(text[end - length])) break;
            const auto found = kinds.find(text.substr(end - length, length));
            if (found != kinds.end()) suppressed = found->second == Kind::abbreviation;
        }
        return suppressed;
    }
};

const AbbreviationFilter& abbreviation_filter() {
    static const AbbreviationFilter filter;
    return filter;
}

// Reads `text` a character at a time, by class.
class ClassReader {
public:
    explicit ClassReader(std::string_view text) : m_text(text) {}

    std::size_t size() const { return m_text.size(); }

    // The class of the character at `at` and the offset after it; false for a byte that is not
    // valid UTF-8.
    bool read(std::size_t at, SentenceClass& cls, std::size_t& after) const {
        const auto byte = static_cast<unsigned char>(m_text[at]);
        if (byte < 0x80) {
            cls = k_ascii_classes[byte];
            after = at + 1;
            return true;
        }
        auto i = static_cast<int32_t>(at);
        UChar32 c = 0;
        U8_NEXT(m_text.data(), i, static_cast<int32_t>(m_text.size()), c);
        if (c < 0) return false;
        cls = class_of(c);
        after = static_cast<std::size_t>(i);
        return true;
    }

    // The class of the character before `at` (other at the start, or after a bad byte).
    SentenceClass class_before(std::size_t at) const {
        if (at == 0) return U_SB_OTHER;
        const auto byte = static_cast<unsigned char>(m_text[at - 1]);
        if (byte < 0x80) return k_ascii_classes[byte];
        auto i = static_cast<int32_t>(at);
        UChar32 c = 0;
        U8_PREV(m_text.data(), 0, i, c);
        return c < 0 ? U_SB_OTHER : class_of(c);
    }

private:
    std::string_view m_text;
};

// What the scan makes of a terminator (a full stop, question or exclamation mark).
enum class Verdict { no_break, breaks, unsure };

// The terminator of class `mark` ending at `after`, with `before` the class of the
// character before it: whether the sentence ends there, and if so the break (`*break_at`: after
// the closing quotes and brackets and the spaces that follow it, before the next sentence).
Verdict judge_terminator(const ClassReader& text, std::string_view bytes, std::size_t after, SentenceClass mark,
                         SentenceClass before, std::size_t* break_at) {
    const std::size_t n = text.size();
    SentenceClass next{};
    std::size_t next_end = 0;
    if (!text.read(after, next, next_end) || is_left_to_icu(next) || is_terminator(next)) return Verdict::unsure;
    // SB6 "2.6", SB7 "U.S", SB8 "rose. and" written without a space.
    if (mark == U_SB_ATERM && (next == U_SB_NUMERIC || next == U_SB_LOWER || (next == U_SB_UPPER && is_letter(before))))
        return Verdict::no_break;
    // Close* Sp* (SB9, SB10): the break, if any, comes after them.
    std::size_t j = after;
    bool closed = false;
    while (next == U_SB_CLOSE) {
        closed = true;
        j = next_end;
        if (j == n) return Verdict::no_break;  // the block ends here anyway
        if (!text.read(j, next, next_end) || is_left_to_icu(next)) return Verdict::unsure;
    }
    const std::size_t spaces = j;
    while (next == U_SB_SP) {
        j = next_end;
        if (j == n) return Verdict::no_break;
        if (!text.read(j, next, next_end) || is_left_to_icu(next)) return Verdict::unsure;
    }
    if (next == U_SB_SCONTINUE) return Verdict::no_break;           // SB8a: "U.S.-made", "Inc., the"
    if (j == after || is_terminator(next)) return Verdict::unsure;  // "2024.The", "end. ..."
    if (mark == U_SB_ATERM) {
        // SB8: after a full stop, a lowercase letter before any other letter goes on the sentence.
        SentenceClass c = next;
        for (std::size_t c_end = next_end; c != U_SB_UPPER && c != U_SB_OLETTER;) {
            if (c == U_SB_LOWER) return Verdict::no_break;
            if (is_terminator(c) || is_left_to_icu(c) || c_end == n || !text.read(c_end, c, c_end))
                return Verdict::unsure;
        }
        // SB11 breaks here, unless ICU's filter suppresses it: the filter looks back from the
        // break past one space, and finds no abbreviation unless the full stop is there.
        const bool filter_sees_mark = !closed && j == spaces + 1 && bytes[spaces] == ' ';
        if (filter_sees_mark && abbreviation_filter().suppresses(bytes, after)) return Verdict::no_break;
    }
    *break_at = j;  // SB11
    return Verdict::breaks;
}

}  // namespace

const std::unordered_set<std::string>& sentence_exceptions() {
    static const std::unordered_set<std::string> exceptions = [] {
        std::unordered_set<std::string> words;
        UErrorCode status = U_ZERO_ERROR;
        UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-brkitr", "en", &status);
        UResourceBundle* all = ures_getByKey(bundle, "exceptions", nullptr, &status);
        UResourceBundle* list = ures_getByKey(all, "SentenceBreak", nullptr, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(list); ++i) {
            int32_t length = 0;
            const UChar* word = ures_getStringByIndex(list, i, &length, &status);
            std::string utf8;
            if (U_SUCCESS(status)) words.insert(icu::UnicodeString(word, length).toUTF8String(utf8));
        }
        ures_close(list);
        ures_close(all);
        ures_close(bundle);
        if (U_FAILURE(status)) words.clear();
        return words;
    }();
    return exceptions;
}

bool scan_sentence_breaks(std::string_view bytes, std::vector<std::size_t>& breaks) {
    breaks.clear();
    if (abbreviation_filter().longest == 0) return false;  // what ICU's filter does is unknown
    const ClassReader text(bytes);
    for (std::size_t at = 0, after = 0; at < bytes.size(); at = after) {
        if (k_passed_over[static_cast<unsigned char>(bytes[at])]) {
            after = at + 1;
            continue;
        }
        SentenceClass cls{};
        if (!text.read(at, cls, after) || is_left_to_icu(cls)) return false;
        if (!is_terminator(cls) || after == bytes.size()) continue;
        std::size_t break_at = 0;
        switch (judge_terminator(text, bytes, after, cls, text.class_before(at), &break_at)) {
        case Verdict::unsure:
            return false;
        case Verdict::no_break:
            break;
        case Verdict::breaks:
            breaks.push_back(break_at);
            after = break_at;
            break;
        }
    }
    breaks.push_back(bytes.size());
    return true;
}

}  // namespace tracker::extract
