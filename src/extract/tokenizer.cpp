#include "extract/tokenizer.h"

#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tracker::extract {

namespace {

// The ASCII mark a code point that ends a clause stands for (0 for any other), as the frames
// read it: full-width and ideographic forms of Chinese and Japanese text are their ASCII marks
// ("，" "、" are commas, "（" "【" open a parenthesis), dashes are "-". Everything else that is
// not a letter or digit is dropped.
constexpr char ascii_mark_of(UChar32 c) {
    switch (c) {
        case ',': case 0xFF0C /* ， */: case 0x3001 /* 、 */: case 0xFF64 /* ､ */: return ',';
        case ';': case 0xFF1B /* ； */: return ';';
        case ':': case 0xFF1A /* ： */: return ':';
        case '(': case 0xFF08 /* （ */: case 0x3010 /* 【 */: return '(';
        case ')': case 0xFF09 /* ） */: case 0x3011 /* 】 */: return ')';
        case 0x2014 /* — */: case 0x2013 /* – */: return '-';
        default: return 0;
    }
}

constexpr bool is_clause_mark(UChar32 c) { return ascii_mark_of(c) != 0; }

// Quotation marks other than ASCII's: “ ” „ « » ‹ › and the corner brackets 「 」 『 』.
constexpr bool is_quotation_mark(UChar32 c) {
    return c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A ||
           (c >= 0x300C && c <= 0x300F);
}

constexpr bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 /* ’ */; }

// ICU's classes, with ASCII (most of the text) answered inline: there they are exactly these.
constexpr bool is_ascii_letter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(UChar32 c) { return c < 0x80 ? is_ascii_letter(c) || (c >= '0' && c <= '9') : u_isalnum(c); }
bool is_alpha(UChar32 c) { return c < 0x80 ? is_ascii_letter(c) : u_isalpha(c); }
bool is_capital(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c); }

// ASCII letters and digits, the bulk of a word.
constexpr std::array<bool, 256> k_ascii_alnum = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 128; ++c) table[c] = is_ascii_letter(c) || (c >= '0' && c <= '9');
    return table;
}();

// ASCII bytes that make no token and play no part in one (spaces, quotes, periods, most
// punctuation): the loop passes over them without decoding.
constexpr std::array<bool, 256> k_ascii_skipped = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = !k_ascii_alnum[c] && !is_clause_mark(c) && !is_apostrophe(c) && c != '-';
    return table;
}();

// Appends text[from, to), ASCII letters and digits only, folded to lower case: setting bit 0x20
// lowers a letter and leaves a digit (0x30-0x39) as it is.
void append_ascii_folded(std::string& out, std::string_view text, std::size_t from, std::size_t to) {
    const std::size_t at = out.size(), n = to - from;
    out.append(text.data() + from, n);
    char* folded = out.data() + at;
    for (std::size_t i = 0; i < n; ++i) folded[i] = static_cast<char>(folded[i] | 0x20);
}

void append_folded(std::string& out, UChar32 c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, f, error);
    if (!error) out.append(buf, static_cast<std::size_t>(n));
}

struct Cursor {
    std::string_view text;
    std::size_t pos;
    std::size_t end;

    // The code point at pos and the offset after it; U+FFFD for a bad byte.
    UChar32 peek(std::size_t* next) const {
        int32_t i = static_cast<int32_t>(pos);
        UChar32 c = 0;
        U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
        *next = static_cast<std::size_t>(i);
        return c < 0 ? 0xFFFD : c;
    }
};

}  // namespace

namespace {

// "U.S." and "U.K." come out of the loop as single letters; join them into one word ("us") so
// that they match the lexicons' "US" as well as "U.S.". In place: most sentences have none.
void join_initialisms(std::string_view text, std::vector<Token>& tokens) {
    auto single_dotted = [&](const Token& x) {
        return x.folded.size() == 1 && Token::is_word_char(x.folded[0]) && x.end < text.size() && text[x.end] == '.';
    };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i, ++kept) {
        if (kept != i) tokens[kept] = std::move(tokens[i]);
        Token& t = tokens[kept];
        if (!single_dotted(t)) continue;
        while (i + 1 < tokens.size() && single_dotted(tokens[i + 1]) && tokens[i + 1].start == t.end + 1) {
            t.folded += tokens[i + 1].folded;
            t.end = tokens[i + 1].end;
            ++i;
        }
    }
    tokens.resize(kept);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t start, std::size_t end) {
    std::vector<Token> tokens;
    tokens.reserve((end - start) / 4 + 1);  // words average five or six bytes with their space
    tokenize(text, start, end, tokens);
    return tokens;
}

void tokenize(std::string_view text, std::size_t start, std::size_t end, std::vector<Token>& tokens) {
    tokens.clear();
    Cursor cur{text, start, end};
    bool quote = false;  // a quotation mark since the last token, which the next one notes
    bool initials = false;  // a word of one letter or digit before a full stop: "U." of "U.S."
    auto made = [&](Token& t) {
        t.after_quote = quote;
        quote = false;
    };
    while (cur.pos < cur.end) {
        if (k_ascii_skipped[static_cast<unsigned char>(text[cur.pos])]) {
            quote |= text[cur.pos] == '"';
            ++cur.pos;
            continue;
        }
        std::size_t next = cur.pos + 1;
        UChar32 c = static_cast<unsigned char>(text[cur.pos]);
        if (c >= 0x80) c = cur.peek(&next);  // (an ASCII byte is its own code point)
        if (is_quotation_mark(c)) {
            quote = true;
            cur.pos = next;
            continue;
        }
        if (is_alnum(c)) {
            Token& t = tokens.emplace_back();  // built in place
            made(t);
            t.start = cur.pos;
            t.capitalized = is_capital(c);
            while (cur.pos < cur.end) {
                std::size_t run = cur.pos;
                while (run < cur.end && k_ascii_alnum[static_cast<unsigned char>(text[run])]) ++run;
                if (run > cur.pos) {
                    append_ascii_folded(t.folded, text, cur.pos, run);
                    cur.pos = run;
                    continue;
                }
                if (text[cur.pos] == ' ') break;  // how most words end
                c = cur.peek(&next);
                if (is_alnum(c)) {
                    append_folded(t.folded, c);
                    cur.pos = next;
                    continue;
                }
                // A number keeps its separators: "24,000", "2.6", "V3.1".
                if ((c == ',' || c == '.') && !t.folded.empty() && t.folded.back() >= '0' &&
                    t.folded.back() <= '9' && next < cur.end && text[next] >= '0' && text[next] <= '9') {
                    t.folded.push_back(static_cast<char>(c));
                    cur.pos = next;
                    continue;
                }
                // An apostrophe inside a word ("didn't") stays; "'s" at a word's end splits off.
                if (is_apostrophe(c) && next < cur.end) {
                    Cursor after{text, next, end};
                    std::size_t next2 = 0;
                    UChar32 c2 = after.peek(&next2);
                    std::size_t next3 = 0;
                    bool word_ends = next2 >= cur.end || !is_alnum(Cursor{text, next2, end}.peek(&next3));
                    bool possessive_s = (c2 == 's' || c2 == 'S') && word_ends;
                    if (is_alpha(c2) && !possessive_s) {
                        t.folded.push_back('\'');
                        cur.pos = next;
                        continue;
                    }
                }
                break;
            }
            t.end = cur.pos;
            initials |= t.folded.size() == 1 && t.end < text.size() && text[t.end] == '.';
        } else if (is_apostrophe(c)) {
            // A possessive: "'s" after a word, or a bare "'" after a plural ("companies'").
            std::size_t s = cur.pos;
            cur.pos = next;
            if (!tokens.empty() && tokens.back().end == s && !tokens.back().is_mark()) {
                Token t{s, next, "'", false};
                if (cur.pos < cur.end) {
                    std::size_t next2 = 0;
                    UChar32 c2 = cur.peek(&next2);
                    if (c2 == 's' || c2 == 'S') {
                        t.folded.push_back('s');  // "'s"
                        t.end = cur.pos = next2;
                    }
                }
                made(t);
                tokens.push_back(std::move(t));
            }
        } else {
            if (is_clause_mark(c)) {
                Token t{cur.pos, next, std::string(1, ascii_mark_of(c)), false};
                made(t);
                tokens.push_back(std::move(t));
            } else if (c == '-' && !tokens.empty() && tokens.back().end < cur.pos &&
                       next < cur.end && text[next] == ' ') {
                // A spaced hyphen is a dash, which ends a clause; a joining hyphen is dropped.
                made(tokens.emplace_back(Token{cur.pos, next, "-", false}));
            }
            cur.pos = next;
        }
    }
    if (initials) join_initialisms(text, tokens);  // (most sentences have none)
}

std::vector<std::string> fold_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (auto& t : tokenize(phrase, 0, phrase.size())) words.push_back(std::move(t.folded));
    return words;
}

}  // namespace tracker::extract
