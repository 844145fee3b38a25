// Which articles' texts still wait to enter articles_fts (schema/sqlite/0011).
//
// FTS5 writes its pending terms out at every savepoint, and a batch holds one savepoint per
// article: indexing each article in its own savepoint made the index three times as costly as
// indexing the batch's articles together (measured: 1,000 generated articles, 0.56 s against
// 0.21 s). So the store indexes an article's text at the end of its own transaction, or, inside
// a batch, at the batch's commit, after the last savepoint. This queue remembers which:
//
//   added(id)           an article inserted by the article write under way
//   dequeue(id)         an article about to be deleted: true when its text was still waiting
//                       (then there is nothing to take out of the index), false when indexed
//   article_released()  the article write kept: its additions join the batch's queue
//   article_undone()    the article write rolled back: its additions never happened, and what
//                       it dequeued is queued again
//   take()              the ids to index now, emptying the queue; clear() forgets them.
#pragma once

#include <cstdint>
#include <vector>

namespace tracker::store {

class TextIndexQueue {
public:
    void added(std::int64_t id) { m_article_added.push_back(id); }
    bool dequeue(std::int64_t id);
    void article_released();
    void article_undone();
    std::vector<std::int64_t> take();
    void clear();

private:
    std::vector<std::int64_t> m_queued;            // kept articles of the batch
    std::vector<std::int64_t> m_article_added;     // by the article write under way
    std::vector<std::int64_t> m_article_dequeued;  // from m_queued, by the article write under way
};

}  // namespace tracker::store
