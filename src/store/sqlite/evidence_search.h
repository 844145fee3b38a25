// Text search in the claims' evidence through the articles' FTS5 index (schema invariant 10,
// schema/sqlite/0006_evidence_tokens.sql).
//
// A claim's evidence is a span of its article's text, and articles_fts already indexes that text
// with the position of every token. So a claim stores where its evidence lies in the article
// as token positions ([evidence_token_start, evidence_token_end), counted as FTS5 counts them),
// and a search reads the positions of the query's words from the index (fts5vocab, 'instance')
// and keeps the claims whose range holds every word. A second FTS5 index of the evidence, which
// cost a quarter of an ingest (bench/RESULTS.md), is not needed.
//
// Matching is FTS5's, exactly: the words are split and folded by the same tokenizer
// (unicode61), each whitespace-separated word of the query is a phrase (its tokens in a row),
// all phrases must occur, and a word with no token in it ("--") is ignored unless no word has
// one, when nothing matches (fts_query.h builds the same query for articles_fts).
//
// Two ways to test a claim, for the SQL that SqliteQueries writes:
//  - by positions: `evidence_holds(article_id, evidence_token_start, evidence_token_end)`, after
//    read_positions(words), which also finds the candidate articles: those where the words
//    come near enough together to share an evidence sentence (no further apart than the longest
//    evidence stored, table longest_evidence); list_candidates() writes them into
//    temp.evidence_search_articles for a query to be driven by. Reading positions costs in
//    proportion to the words' occurrences: right for words that few articles hold.
//  - by the evidence's own tokens: `evidence_contains(evidence)`, after start_token_walk(words,
//    budget): for words most articles hold, where walking the timeline meets a match soon. It
//    fails with a "walk budget" error (is_walk_budget_error) after `budget` claims, so that the
//    caller can read positions instead.
// end_search() forgets the words (both functions then return 0).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include "store/sqlite/statement_cache.h"

namespace tracker::store {

// [start, end) in tokens of the article's text.
struct TokenRange {
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// FTS5's unicode61 tokenizer of one connection: the tokenizer articles_fts uses.
class WordTokenizer {
public:
    explicit WordTokenizer(SQLite::Database& db);
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer&) = delete;
    WordTokenizer& operator=(const WordTokenizer&) = delete;

    // The byte offset of each token of `text`, in order: token i is FTS5's position i.
    std::vector<std::size_t> token_starts(std::string_view text) const;
    // The folded tokens of `text`, into `tokens` (cleared first).
    void tokens(std::string_view text, std::vector<std::string>& tokens) const;

private:
    fts5_tokenizer m_methods{};
    Fts5Tokenizer* m_tokenizer = nullptr;
};

// The phrases of a query's text, as FTS5 reads `fts_all_words(text)`: each whitespace-separated
// word is a phrase of its tokens, and a word with no token is dropped.
std::vector<std::vector<std::string>> phrases_of(const WordTokenizer& tokenizer, std::string_view text);

// The token range of the bytes [begin, end) of a text, given its token starts.
TokenRange token_range(const std::vector<std::size_t>& token_starts, std::size_t begin, std::size_t end);

class EvidenceSearch {
public:
    // Creates the temporary tables and registers the two SQL functions on `db`.
    EvidenceSearch(SQLite::Database& db, StatementCache& statements);
    EvidenceSearch(const EvidenceSearch&) = delete;
    EvidenceSearch& operator=(const EvidenceSearch&) = delete;

    const WordTokenizer& tokenizer() const { return m_tokenizer; }

    // Reads where the words of `text` occur in the articles, for evidence_holds().
    void read_positions(std::string_view text);
    // Sentences that can match after read_positions: occurrences of the rarest word with every
    // other word near it.
    std::size_t estimated_matches() const { return m_estimated_matches; }
    void list_candidates();

    // Makes evidence_contains() test the words of `text`, `budget` claims at most.
    void start_token_walk(std::string_view text, std::int64_t budget);
    static bool is_walk_budget_error(const std::exception& error);

    void end_search();

    // The SQL functions' answers.
    bool holds(std::int64_t article_id, TokenRange range) const;
    bool contains(std::string_view evidence);
    bool walk_budget_spent() { return --m_walk_budget < 0; }

private:
    struct Posting {  // a token, or a phrase's first token, at a position of an article
        std::int64_t article_id = 0;
        std::int64_t position = 0;
        auto operator<=>(const Posting&) const = default;
    };
    struct PhraseStarts {
        std::int64_t length = 0;      // tokens
        std::vector<Posting> starts;  // sorted
    };

    std::vector<Posting> postings_of(const std::string& token);
    void find_candidates();

    StatementCache& m_statements;
    WordTokenizer m_tokenizer;
    std::vector<PhraseStarts> m_phrase_starts;             // read_positions'; empty: nothing matches
    std::size_t m_estimated_matches = 0;
    std::vector<std::int64_t> m_candidates;                // articles, ascending
    bool m_listed = false;                                 // into temp.evidence_search_articles
    std::vector<std::vector<std::string>> m_walk_phrases;  // start_token_walk's
    std::int64_t m_walk_budget = 0;
    std::vector<std::string> m_evidence_tokens;            // contains()'s buffer
};

}  // namespace tracker::store
