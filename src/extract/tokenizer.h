// Words of a sentence as the matchers see them.
//
// A token is a run of letters and digits (a word), or a clause mark (, ; : ( ) — –). Case is
// folded with ICU, ’ is read as ', a possessive 's (or a bare ' after a plural) becomes a token
// of its own, and hyphens, periods, quotes and other symbols are dropped, so that
// "DeepSeek-V3", "U.S.-made" and "Nvidia’s" read as "deepseek v3", "us made", "nvidia 's".
// Offsets stay in the article's text, so a match maps back to the exact evidence.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracker::extract {

struct Token {
    std::size_t start = 0;  // byte offsets in the article text
    std::size_t end = 0;
    std::string folded;     // case-folded form: "nvidia", "'s", ","
    bool capitalized = false;  // the original starts with an uppercase letter
    bool after_quote = false;  // a quotation mark (" “ ”) stands right before it, past spaces
    // Its id in the lexicon's vocabulary (phrase_trie.h), set by SentenceParser: -1 for a word
    // no lexicon holds, -2 while not looked up. Word classes and name roles are read by it.
    std::int32_t word = -2;
    bool is_mark() const { return !folded.empty() && !is_word_char(folded[0]); }
    // Whether it is this word or mark. Compared as a string_view, the sizes first: `folded ==
    // "by"` measured the literal with strlen and called compare at each test (2.1% of
    // extraction's instructions, bench/RESULTS.md).
    bool is(std::string_view word) const { return std::string_view(folded) == word; }
    bool is_possessive() const { return is("'s") || is("'"); }
    // A letter or digit byte (any byte of a multi-byte UTF-8 character counts). Inline, from a
    // table: the extractor asks it of tokens all the time, through is_mark().
    static constexpr bool is_word_char(char c) { return k_word_chars[static_cast<unsigned char>(c)]; }

private:
    static constexpr std::array<bool, 256> k_word_chars = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return table;
    }();
};

// Tokens of text[start, end).
std::vector<Token> tokenize(std::string_view text, std::size_t start, std::size_t end);
// The same into `out` (cleared first), whose capacity is reused.
void tokenize(std::string_view text, std::size_t start, std::size_t end, std::vector<Token>& out);

// Case-folds a phrase the way tokenize does and returns its words joined by single spaces;
// used to compile lexicon phrases into the same form as text.
std::vector<std::string> fold_words(std::string_view phrase);

}  // namespace tracker::extract
