// Which articles' texts still wait to enter articles_fts (schema/sqlite/0011), or which articles'
// claims' evidence waits to enter evidence_fts (0016), each with what is to be indexed (`Entry`).
//
// FTS5 writes its pending terms out at every savepoint, and a batch holds one savepoint per
// article: indexing each article in its own savepoint made the index three times as costly as
// indexing the batch's articles together (measured: 1,000 generated articles, 0.56 s against
// 0.21 s). So the store indexes an article's text at the end of its own transaction, or, inside
// a batch, at the batch's commit, after the last savepoint. This queue remembers which:
//
//   added(id, entry)    an article inserted by the article write under way (or, for evidence,
//                       whose claims it inserted)
//   dequeue(id)         an article about to be deleted (or its claims): true when it was still
//                       waiting (then there is nothing to take out of the index), false when indexed
//   article_released()  the article write kept: its additions join the batch's queue
//   article_undone()    the article write rolled back: its additions never happened, and what
//                       it dequeued is queued again
//   take()              the articles to index now, emptying the queue; clear() forgets them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace tracker::store {

struct NoEntry {};

template <class Entry = NoEntry>
class TextIndexQueue {
public:
    struct Item {
        std::int64_t id = 0;
        Entry entry{};
    };

    void added(std::int64_t id, Entry entry = {}) { m_article_added.push_back({id, std::move(entry)}); }

    bool dequeue(std::int64_t id) {
        if (erase(m_article_added, id)) return true;
        auto it = find(m_queued, id);
        if (it == m_queued.end()) return false;
        m_article_dequeued.push_back(std::move(*it));
        m_queued.erase(it);
        return true;
    }

    void article_released() {
        move_to_queue(m_article_added);
        m_article_dequeued.clear();
    }

    void article_undone() {
        move_to_queue(m_article_dequeued);
        m_article_added.clear();
    }

    std::vector<Item> take() {
        std::vector<Item> items;
        items.swap(m_queued);
        return items;
    }

    void clear() {
        m_queued.clear();
        m_article_added.clear();
        m_article_dequeued.clear();
    }

private:
    static typename std::vector<Item>::iterator find(std::vector<Item>& items, std::int64_t id) {
        return std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
    }
    static bool erase(std::vector<Item>& items, std::int64_t id) {
        auto it = find(items, id);
        if (it == items.end()) return false;
        items.erase(it);
        return true;
    }
    void move_to_queue(std::vector<Item>& items) {
        std::move(items.begin(), items.end(), std::back_inserter(m_queued));
        items.clear();
    }

    std::vector<Item> m_queued;            // kept articles of the batch
    std::vector<Item> m_article_added;     // by the article write under way
    std::vector<Item> m_article_dequeued;  // from m_queued, by the article write under way
};

}  // namespace tracker::store
