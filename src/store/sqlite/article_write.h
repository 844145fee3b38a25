// One article's write (add_article, add_feed_item, replace_claims), atomic: all its rows or none.
//
// Alone, it is its own transaction: BEGIN IMMEDIATE, which takes the write lock up front so that
// two writers wait (busy_timeout) instead of deadlocking on a read-to-write upgrade; its
// propositions settled, its text and evidence indexed, then COMMIT.
//
// In a batch (begin_batch ... commit_batch), its rows join the batch's transaction; its
// propositions' changes join the batch's, settled by commit_batch (proposition_updater.h:
// article -> batch -> settle), and so do its text and evidence (text_index_queue.h) and its
// counts (pending_counts.h). A failure half-way must undo this article alone, which the batch
// does in one of two ways (BatchUndo):
//
//   replay     the batch opened one savepoint, `batch`, at its start, and its articles take none
//              of their own; the store keeps a copy of each article written (m_kept_writes). An
//              article that fails rolls the batch back to `batch`, and the kept articles are
//              written again, in order, on the same connection and under the same lock: the
//              same rows under the same ids. The rest of the batch then goes the second way.
//   savepoint  each article opens a savepoint of its own and a failure rolls back to it.
//
// Why replay first: a savepoint makes SQLite copy every page the article then changes, as it
// was, into the savepoint's journal, and most pages are changed by every article (the last leaf
// of each table and index, the counters' rows): 7.8% of the writer's instructions at ingest
// (callgrind, 2,000 articles, bench/RESULTS.md). A batch's savepoint copies a page once a batch,
// and none of the pages the batch adds. A replay costs a batch's writes again, and is rare:
// nothing the store writes can break the schema's rules (polarity comes from an enum, no value
// is bound as NULL, identities are looked up before an article is inserted, sources and feed
// items are upserted), so an article fails half-way only through its surroundings (a full disk,
// memory, a trigger someone added, the tests' fault injection), and after the first failure the
// batch takes savepoints. A batch whose kept copies pass k_max_kept_bytes takes savepoints too.
//
// Errors that make SQLite roll back the whole transaction (a full disk, I/O) undo the batch
// whole, in either way, as a crash would leave it.
#pragma once

#include <optional>

#include "store/sqlite/sqlite_store.h"

namespace tracker::store {

class SqliteStore::ArticleWrite {
public:
    // `copy_of_write` makes the KeptWrite that writes this article again; called only when the
    // batch undoes by replay.
    // Not a delegating constructor: when this one throws, no destructor is to undo anything.
    template <class CopyOfWrite>
    ArticleWrite(SqliteStore& store, CopyOfWrite copy_of_write)
        : m_store(store), m_db(store.m_db), m_propositions(store.m_propositions), m_undo(store.m_batch_undo) {
        if (m_undo == BatchUndo::replay) keep_until_written(copy_of_write());
        open();
    }
    ArticleWrite(const ArticleWrite&) = delete;
    ArticleWrite& operator=(const ArticleWrite&) = delete;
    ~ArticleWrite();

    void commit();

private:
    void keep_until_written(KeptWrite copy);
    void open();

    SqliteStore& m_store;
    SQLite::Database& m_db;
    PropositionUpdater& m_propositions;
    BatchUndo m_undo;
    std::optional<KeptWrite> m_kept;  // its copy, kept once it is written
    bool m_done = false;
};

}  // namespace tracker::store
