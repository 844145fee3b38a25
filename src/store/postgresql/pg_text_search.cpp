#include "store/postgresql/pg_text_search.h"

#include "store/postgresql/pg_array.h"

#include <algorithm>

namespace tracker::store {

namespace {

// LIKE's special characters, escaped with its default escape character. FTS5's tokens are
// letters and digits, so this guards against a tokenizer that would keep them.
void append_literally(std::string& pattern, const std::string& token) {
    for (char c : token) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
}

}  // namespace

PgTextSearch::PgTextSearch() : m_memory(":memory:"), m_tokenizer(m_memory) {}

std::string PgTextSearch::words_of(std::string_view text) const {
    std::vector<std::string> tokens;
    m_tokenizer.tokens(text, tokens);
    std::string words = " ";
    for (const std::string& token : tokens) words += token + ' ';
    return words;
}

std::vector<std::string> PgTextSearch::patterns_of(std::string_view query) const {
    std::vector<std::string> patterns;
    for (const std::vector<std::string>& phrase : phrases_of(m_tokenizer, query)) {
        std::string pattern = "% ";
        for (const std::string& token : phrase) {
            append_literally(pattern, token);
            pattern += ' ';
        }
        patterns.push_back(pattern + '%');
    }
    return patterns;
}

std::vector<std::string> PgTextSearch::indexed_token_list(std::string_view query) const {
    constexpr std::size_t k_longest_indexed = 254;  // bytes; 0015 keeps up to 254 characters
    std::vector<std::string> tokens;
    for (const std::vector<std::string>& phrase : phrases_of(m_tokenizer, query))
        for (const std::string& token : phrase)
            if (token.size() <= k_longest_indexed && std::find(tokens.begin(), tokens.end(), token) == tokens.end())
                tokens.push_back(token);
    return tokens;
}

std::string PgTextSearch::indexed_tokens(std::string_view query) const {
    PgArray tokens;
    bool any = false;
    for (const std::string& token : indexed_token_list(query)) tokens.add(token), any = true;
    return any ? tokens.text() : "";
}

}  // namespace tracker::store
