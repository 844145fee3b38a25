#include "extract/sentence_splitter.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string_view>

#include <unicode/brkiter.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "extract/sentence_scan.h"
#include "tracker/error.h"

namespace tracker::extract {

namespace {

// One iterator per thread: creating one costs far more than using it.
icu::BreakIterator& sentence_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        if (U_FAILURE(status) || !bi) throw Fatal("ICU sentence iterator unavailable");
        return bi;
    }();
    return *it;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// ICU keeps "... processors. - This move ..." together (a hyphen continues a sentence in
// UAX #29); in web copies it is an inline list bullet, so split there.
void split_inline_bullets(std::string_view text, Span s, std::vector<Span>& out) {
    // ". - " with " - " at i > s.start and a character after it (i + 3 < s.end), found from its
    // hyphen, which is rare, rather than from its spaces: hyphens in [s.start + 2, s.end - 2).
    const std::string_view hyphens = text.substr(0, std::max(s.end, std::size_t{2}) - 2);
    for (std::size_t hyphen = hyphens.find('-', s.start + 2); hyphen != std::string_view::npos;
         hyphen = hyphens.find('-', hyphen + 1)) {
        std::size_t i = hyphen - 1;
        bool ends = text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?';
        if (!ends || text[i] != ' ' || text[i + 2] != ' ') continue;
        out.push_back(Span{s.start, i});
        s.start = i + 3;
        while (s.start < s.end && is_space(text[s.start])) ++s.start;
        hyphen = s.start + 1;  // the next " - " starts at s.start + 1 or later: its hyphen at + 2
    }
    if (s.end > s.start) out.push_back(s);
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// ICU does not end a sentence before a lowercase letter, so "... the year. xAI released ..." and
// "... costs. iFlytek trained ..." stay one; a name written in camel case after a full stop
// that ends a plain word of three letters or more starts a new sentence ("e.g. iPhone" and
// "vs. xAI" do not: their words are short or dotted).
void split_before_camel_names(std::string_view text, Span s, std::vector<Span>& out) {
    const std::string_view part = text.substr(0, s.end);
    for (std::size_t dot = part.find(". ", s.start + 3); dot != std::string_view::npos; dot = part.find(". ", dot + 1)) {
        std::size_t next = dot + 1;
        while (next < s.end && is_space(text[next])) ++next;
        if (next + 1 >= s.end || !is_lower(text[next]) || !is_upper(text[next + 1])) continue;
        std::size_t word = dot;
        while (word > s.start && is_lower(text[word - 1])) --word;
        if (dot - word < 3 || (word > s.start && !is_space(text[word - 1]))) continue;
        split_inline_bullets(text, Span{s.start, dot + 1}, out);
        s.start = next;
        dot = next;
    }
    split_inline_bullets(text, s, out);
}

bool is_word_or_dot(char c) { return is_lower(c) || is_upper(c) || (c >= '0' && c <= '9') || c == '.'; }

// ICU 72 matches its abbreviations against the end of any word, so a sentence that ends in
// "ChatGPT." (whose "T." is an initial in the list) runs on into the next. A full stop, spaces
// and a capital letter end the sentence there unless the whole word before is an abbreviation
// of the list ("Mr. Li", "U.S. Commerce"): such a capital after a full stop is a break in every
// other case (Unicode's rule SB11), so only the list's suppressions get here.
void split_after_exception_tails(std::string_view text, Span s, std::vector<Span>& out) {
    const auto& exceptions = sentence_exceptions();
    const std::string_view part = text.substr(0, s.end);
    for (std::size_t dot = exceptions.empty() ? std::string_view::npos : part.find(". ", s.start + 1);
         dot != std::string_view::npos; dot = part.find(". ", dot + 1)) {
        std::size_t next = dot + 1;
        while (next < s.end && is_space(text[next])) ++next;
        if (next >= s.end || !is_upper(text[next])) continue;
        std::size_t word = dot;
        while (word > s.start && is_word_or_dot(text[word - 1])) --word;
        if (word == dot || exceptions.count(std::string(text.substr(word, dot + 1 - word)))) continue;
        split_before_camel_names(text, Span{s.start, dot + 1}, out);
        s.start = next;
        dot = next;
    }
    split_before_camel_names(text, s, out);
}

// Appends the sentence between two breaks, text[s, e), trimmed, split where ICU does not.
void add_sentence(std::string_view text, std::size_t s, std::size_t e, std::vector<Span>& out) {
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (e > s) split_after_exception_tails(text, Span{s, e}, out);
}

// Appends the sentences between ICU's breaks, given as offsets into text[span] by `byte_offset`.
template <class ByteOffset>
void collect(std::string_view text, const Span& span, icu::BreakIterator& bi, ByteOffset byte_offset,
             std::vector<Span>& out) {
    int32_t start = bi.first();
    for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
        const std::size_t s = span.start + byte_offset(start);  // first: byte_offset only moves forward
        add_sentence(text, s, span.start + byte_offset(end), out);
    }
}

// The same from the breaks of scan_sentence_breaks(); false (and nothing appended) when the scan
// cannot tell them.
bool collect_scanned(std::string_view text, const Span& span, std::vector<Span>& out) {
    thread_local std::vector<std::size_t> breaks;  // reused, as the iterator
    if (!scan_sentence_breaks(text.substr(span.start, span.end - span.start), breaks)) return false;
    std::size_t start = 0;
    for (std::size_t end : breaks) {
        add_sentence(text, span.start + start, span.start + end, out);
        start = end;
    }
    return true;
}

std::size_t same_offset(int32_t i) { return static_cast<std::size_t>(i); }

bool is_ascii(std::string_view s) {
    unsigned char any = 0;  // the bytes or'ed together: a loop the compiler vectorises
    for (char c : s) any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

// Maps UTF-16 offsets to UTF-8 offsets of the same (valid) text, for offsets that only grow, as
// break positions do: one pass over the text in all.
class Utf16ToUtf8 {
public:
    explicit Utf16ToUtf8(std::string_view utf8) : m_utf8(utf8) {}
    std::size_t operator()(int32_t utf16) {
        while (m_utf16 < utf16 && m_utf8_pos < m_utf8.size()) {
            auto lead = static_cast<unsigned char>(m_utf8[m_utf8_pos]);
            std::size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            m_utf8_pos += bytes;
            m_utf16 += bytes == 4 ? 2 : 1;  // four bytes: beyond the BMP, a surrogate pair
        }
        return m_utf8_pos;
    }

private:
    std::string_view m_utf8;
    std::size_t m_utf8_pos = 0;
    int32_t m_utf16 = 0;
};

// ICU iterates UTF-16 natively and UTF-8 only through a UText that converts chunk by chunk,
// which costs it more than converting the whole block once here; the breaks are the same.
// False (and nothing appended) when `part` is not valid UTF-8.
bool split_as_utf16(std::string_view text, const Span& span, icu::BreakIterator& bi, std::vector<Span>& out) {
    const std::string_view part = text.substr(span.start, span.end - span.start);
    thread_local std::vector<UChar> utf16;  // one per thread, as the iterator
    utf16.resize(part.size() + 1);          // UTF-16 never needs more units than UTF-8 has bytes
    const bool ascii = is_ascii(part);
    int32_t units = static_cast<int32_t>(part.size());
    UErrorCode status = U_ZERO_ERROR;
    if (ascii)  // most blocks: each byte is its unit, and the offsets are the same
        std::copy(part.begin(), part.end(), utf16.begin());
    else
        u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &units, part.data(), units, &status);
    if (U_FAILURE(status)) return false;
    UText storage = UTEXT_INITIALIZER;
    UText* ut = utext_openUChars(&storage, utf16.data(), units, &status);
    bi.setText(ut, status);
    if (U_SUCCESS(status)) {
        if (ascii) collect(text, span, bi, same_offset, out);
        else collect(text, span, bi, Utf16ToUtf8(part), out);
    }
    utext_close(ut);
    return U_SUCCESS(status);
}

// "the U.S. Commerce Department", "a U.K. regulator": ICU ends a sentence after a country's
// initials before any capital, but news writes them before names. Such a break is joined again
// unless the next sentence opens with a word that opens sentences ("... sold to the U.S. The
// company said ...").
bool ends_with_initials(std::string_view text, const Span& s) {
    std::size_t end = s.end;
    while (end > s.start && is_space(text[end - 1])) --end;
    return end >= s.start + 4 && text[end - 1] == '.' && is_upper(text[end - 2]) && text[end - 3] == '.' &&
           is_upper(text[end - 4]) && (end == s.start + 4 || !is_word_or_dot(text[end - 5]));
}

bool opens_sentence(std::string_view text, const Span& s) {
    static const std::set<std::string_view> k_openers = {
        "The",   "A",     "An",      "It",      "Its",       "He",      "She",   "They",  "We",    "I",
        "This",  "That",  "These",   "Those",   "There",     "In",      "On",    "At",    "But",   "And",
        "As",    "For",   "If",      "When",    "While",     "After",   "Before", "Since", "Some", "Many",
        "Most",  "His",   "Her",     "Their",   "Our",       "What",    "Why",   "How",   "Who",   "Still",
        "Yet",   "So",    "Both",    "Each",    "All",       "No",      "Not",   "Meanwhile", "However",
        "Also",  "Last",  "Earlier", "Later",   "Officials", "Analysts"};
    std::size_t first = s.start;
    while (first < s.end && is_space(text[first])) ++first;
    std::size_t last = first;
    while (last < s.end && (is_upper(text[last]) || is_lower(text[last]))) ++last;
    return k_openers.count(text.substr(first, last - first)) > 0;
}

void join_after_initials(std::string_view text, std::vector<Span>& out) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (kept > 0 && ends_with_initials(text, out[kept - 1]) && !opens_sentence(text, out[i])) {
            out[kept - 1].end = out[i].end;
            continue;
        }
        out[kept++] = out[i];
    }
    out.resize(kept);
}

// "Alibaba (9988.HK) launched ...": ICU breaks after a period inside parentheses when a capital
// follows. A sentence that leaves a parenthesis open, followed by one that closes it within a few
// characters, is one sentence.
void join_parenthesised(std::string_view text, std::vector<Span>& out) {
    constexpr std::size_t k_reach = 16;  // ")" this close to the next sentence's start
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (kept > 0) {
            Span& previous = out[kept - 1];
            const std::string_view before = text.substr(previous.start, previous.end - previous.start);
            const std::string_view next = text.substr(out[i].start, std::min(k_reach, out[i].end - out[i].start));
            if (before.find('(') == std::string_view::npos) {  // most sentences: no parenthesis
                out[kept++] = out[i];
                continue;
            }
            const auto open = before.rfind('('), close = next.find(')');
            if (open != std::string_view::npos && before.find(')', open) == std::string_view::npos &&
                close != std::string_view::npos && next.substr(0, close).find('(') == std::string_view::npos) {
                previous.end = out[i].end;
                continue;
            }
        }
        out[kept++] = out[i];
    }
    out.resize(kept);
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, const Span& span) {
    std::vector<Span> out;
    split_sentences(text, span, out);
    return out;
}

void split_sentences(std::string_view text, const Span& span, std::vector<Span>& out) {
    out.clear();
    if (span.end <= span.start) return;
    if (collect_scanned(text, span, out)) {
        join_parenthesised(text, out);
        join_after_initials(text, out);
        return;
    }
    split_sentences_by_icu(text, span, out);
}

void split_sentences_by_icu(std::string_view text, const Span& span, std::vector<Span>& out) {
    out.clear();
    if (span.end <= span.start) return;
    auto& bi = sentence_iterator();
    if (split_as_utf16(text, span, bi, out)) {
        join_parenthesised(text, out);
        join_after_initials(text, out);
        return;
    }
    // Not valid UTF-8 (the readers let none through): ICU's UTF-8 text, offsets in bytes.
    std::string_view part = text.substr(span.start, span.end - span.start);
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &status);
    if (U_FAILURE(status)) {
        out.push_back(span);
        return;
    }
    bi.setText(ut, status);
    collect(text, span, bi, same_offset, out);
    utext_close(ut);
}

}  // namespace tracker::extract
