// The counts of `stats` that an article's insertions raise (store_counts' 'articles' and
// 'claims', schema/sqlite/0012, 0014, 0017) and the longest evidence so far (longest_evidence,
// 0006), added up in memory and written once at the end of the article's own transaction or of
// the batch, instead of by two or three statements per article. Additions commute with the
// deletions' triggers, which subtract as rows go, so the counts are exact at every COMMIT; in
// between, only this connection could see them short, and it reads none while it writes.
//
// The lifecycle is TextIndexQueue's (text_index_queue.h):
//   added_article() / added_claims()  by the article write under way
//   article_released()                its savepoint kept: its counts join the batch's
//   article_undone()                  its savepoint rolled back: its counts never happened
//   take()                            the counts to write now, leaving none; clear() forgets them.
#pragma once

#include <algorithm>
#include <cstdint>

namespace tracker::store {

class PendingCounts {
public:
    struct Counts {
        std::int64_t articles = 0;
        std::int64_t claims = 0;
        std::int64_t longest_evidence = 0;  // in tokens: a maximum, not a sum
        bool empty() const { return articles == 0 && claims == 0 && longest_evidence == 0; }
    };

    void added_article() { ++m_article.articles; }
    void added_claims(std::int64_t claims, std::int64_t longest_evidence) {
        m_article.claims += claims;
        m_article.longest_evidence = std::max(m_article.longest_evidence, longest_evidence);
    }

    void article_released() {
        m_batch.articles += m_article.articles;
        m_batch.claims += m_article.claims;
        m_batch.longest_evidence = std::max(m_batch.longest_evidence, m_article.longest_evidence);
        m_article = {};
    }
    void article_undone() { m_article = {}; }

    Counts take() {
        const Counts counts = m_batch;
        m_batch = {};
        return counts;
    }
    void clear() { m_article = m_batch = {}; }

private:
    Counts m_article;  // by the article write under way
    Counts m_batch;    // by the kept articles of the batch
};

}  // namespace tracker::store
