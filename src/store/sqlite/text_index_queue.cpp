#include "store/sqlite/text_index_queue.h"

#include <algorithm>

namespace tracker::store {

namespace {
bool erase(std::vector<std::int64_t>& ids, std::int64_t id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end()) return false;
    ids.erase(it);
    return true;
}
}  // namespace

bool TextIndexQueue::dequeue(std::int64_t id) {
    if (erase(m_article_added, id)) return true;
    if (!erase(m_queued, id)) return false;
    m_article_dequeued.push_back(id);
    return true;
}

void TextIndexQueue::article_released() {
    m_queued.insert(m_queued.end(), m_article_added.begin(), m_article_added.end());
    m_article_added.clear();
    m_article_dequeued.clear();
}

void TextIndexQueue::article_undone() {
    m_queued.insert(m_queued.end(), m_article_dequeued.begin(), m_article_dequeued.end());
    m_article_added.clear();
    m_article_dequeued.clear();
}

std::vector<std::int64_t> TextIndexQueue::take() {
    std::vector<std::int64_t> ids;
    ids.swap(m_queued);
    return ids;
}

void TextIndexQueue::clear() {
    m_queued.clear();
    m_article_added.clear();
    m_article_dequeued.clear();
}

}  // namespace tracker::store
