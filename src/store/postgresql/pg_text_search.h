// Text search on PostgreSQL with the meaning it has on SQLite (fts_query.h, evidence_search.h):
// the text is split into FTS5's unicode61 tokens, folded as FTS5 folds them; each
// whitespace-separated word of the query is a phrase of its tokens, all phrases must occur, and
// a word with no token is ignored unless no word has one, when nothing matches.
//
// The tokens come from SQLite's own tokenizer (an in-memory SQLite connection's FTS5), so the
// two backends cannot split a word differently. They are stored beside the text they come
// from, each between single spaces (claims.evidence_words, articles.text_words; schema/
// postgresql/0009_init.sql, c), and a phrase occurs when that column is LIKE '% t1 t2 %'. An
// index narrows the rows first: pg_trgm's GIN index of articles.text_words, and for claims a
// GIN index of the evidence's tokens as an array, which must hold all the query's tokens
// (0015). PostgreSQL's own parsers (to_tsvector) split "U.S.-China" or "H20s" otherwise, and
// would find other articles than SQLite does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "store/sqlite/evidence_search.h"

namespace tracker::store {

class PgTextSearch {
public:
    PgTextSearch();

    // " t1 t2 ... ": the folded tokens of `text`, each followed and the first preceded by a space.
    std::string words_of(std::string_view text) const;

    // The LIKE patterns that a column of words must all match for `query`, one per phrase;
    // empty when nothing can match. Call only when fts_all_words(query) is not empty (the
    // text is a filter at all).
    std::vector<std::string> patterns_of(std::string_view query) const;

    // The tokens of `query`'s phrases that claims_evidence_words indexes (schema/postgresql/
    // 0015, 3: those under 255 bytes, so surely under the 255 characters its expression keeps),
    // as an array literal for `@>`; empty when there is none to narrow by.
    std::string indexed_tokens(std::string_view query) const;
    // The same tokens, one by one (each once).
    std::vector<std::string> indexed_token_list(std::string_view query) const;

private:
    SQLite::Database m_memory;
    WordTokenizer m_tokenizer;
};

}  // namespace tracker::store
