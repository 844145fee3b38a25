// GroupCommit: batches of articles, each committed when full or old (include/tracker/store.h).
#include "tracker/store.h"

namespace tracker {

GroupCommit::GroupCommit(Store& store, Limits limits) : m_store(store), m_limits(limits) {
    m_store.begin_batch();
    m_open = true;
    m_started = std::chrono::steady_clock::now();
}

GroupCommit::~GroupCommit() {
    if (!m_open) return;
    try {
        m_store.commit_batch();
    } catch (...) {
        // The commit failed (disk full, I/O error): SQLite rolled the batch back, and the error
        // that brought us here is the one to report. Batches committed before stay.
    }
}

void GroupCommit::written() {
    ++m_articles;
    const bool full = m_articles >= m_limits.max_articles;
    const bool old = std::chrono::steady_clock::now() - m_started >= m_limits.max_age;
    if (!full && !old) return;
    m_open = false;
    m_store.commit_batch();
    m_store.begin_batch();
    m_open = true;
    m_articles = 0;
    m_started = std::chrono::steady_clock::now();
}

void GroupCommit::finish() {
    if (!m_open) return;
    m_open = false;
    m_store.commit_batch();
}

}  // namespace tracker
