#include "extract/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tracker::extract {

namespace {

// Code points that end a clause and so matter to the frames; everything else that is not a
// letter or digit is dropped.
bool is_clause_mark(UChar32 c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == 0x2014 /* — */ ||
           c == 0x2013 /* – */;
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 /* ’ */; }

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

bool Token::is_word_char(char c) {
    return static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9') ||
           (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

namespace {

// "U.S." and "U.K." come out of the loop as single letters; join them into one word ("us") so
// that they match the lexicons' "US" as well as "U.S.".
void join_initialisms(std::string_view text, std::vector<Token>& tokens) {
    std::vector<Token> out;
    out.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token t = tokens[i];
        auto single_dotted = [&](const Token& x) {
            return x.folded.size() == 1 && Token::is_word_char(x.folded[0]) && x.end < text.size() &&
                   text[x.end] == '.';
        };
        if (single_dotted(t)) {
            while (i + 1 < tokens.size() && single_dotted(tokens[i + 1]) &&
                   tokens[i + 1].start == t.end + 1) {
                t.folded += tokens[i + 1].folded;
                t.end = tokens[i + 1].end;
                ++i;
            }
        }
        out.push_back(std::move(t));
    }
    tokens = std::move(out);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t start, std::size_t end) {
    std::vector<Token> tokens;
    Cursor cur{text, start, end};
    while (cur.pos < cur.end) {
        std::size_t next = 0;
        UChar32 c = cur.peek(&next);
        if (u_isalnum(c)) {
            Token t;
            t.start = cur.pos;
            t.capitalized = u_isupper(c) || u_istitle(c);
            while (cur.pos < cur.end) {
                c = cur.peek(&next);
                if (u_isalnum(c)) {
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
                    bool word_ends = next2 >= cur.end || !u_isalnum(Cursor{text, next2, end}.peek(&next3));
                    bool possessive_s = (c2 == 's' || c2 == 'S') && word_ends;
                    if (u_isalpha(c2) && !possessive_s) {
                        t.folded.push_back('\'');
                        cur.pos = next;
                        continue;
                    }
                }
                break;
            }
            t.end = cur.pos;
            tokens.push_back(std::move(t));
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
                        t.folded = "'s";
                        t.end = cur.pos = next2;
                    }
                }
                tokens.push_back(std::move(t));
            }
        } else {
            if (is_clause_mark(c)) {
                Token t{cur.pos, next, {}, false};
                t.folded.assign(text.substr(cur.pos, next - cur.pos));
                if (c == 0x2014 || c == 0x2013) t.folded = "-";
                tokens.push_back(std::move(t));
            } else if (c == '-' && !tokens.empty() && tokens.back().end < cur.pos &&
                       next < cur.end && text[next] == ' ') {
                // A spaced hyphen is a dash, which ends a clause; a joining hyphen is dropped.
                tokens.push_back(Token{cur.pos, next, "-", false});
            }
            cur.pos = next;
        }
    }
    join_initialisms(text, tokens);
    return tokens;
}

std::vector<std::string> fold_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (auto& t : tokenize(phrase, 0, phrase.size())) words.push_back(std::move(t.folded));
    return words;
}

}  // namespace tracker::extract
