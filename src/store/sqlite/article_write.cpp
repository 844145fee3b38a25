// SqliteStore::ArticleWrite and the batch it writes into: begin_batch, commit_batch,
// rollback_batch, and the replay of a batch's articles (article_write.h).
#include "store/sqlite/article_write.h"

#include <sqlite3.h>

#include "store/sqlite/sqlite_error.h"

namespace tracker::store {

namespace {

constexpr char k_begin[] = "BEGIN IMMEDIATE";
constexpr char k_commit[] = "COMMIT";
constexpr char k_rollback[] = "ROLLBACK";
constexpr char k_savepoint[] = "SAVEPOINT article";
constexpr char k_release[] = "RELEASE article";
constexpr char k_rollback_to[] = "ROLLBACK TO article; RELEASE article";
constexpr char k_batch_savepoint[] = "SAVEPOINT batch";
constexpr char k_release_batch[] = "RELEASE batch";
constexpr char k_rollback_to_batch[] = "ROLLBACK TO batch; RELEASE batch";

// The copies a batch may keep for a replay before it takes savepoints instead: a batch of 1,000
// generated articles keeps about 6 MB; one of long articles stops here rather than hold them all.
constexpr std::size_t k_max_kept_bytes = std::size_t{32} << 20;

}  // namespace

std::size_t SqliteStore::KeptWrite::bytes() const {
    std::size_t bytes = sizeof *this + article.text.size() + article.body.size() * sizeof(Span) +
                        claims.size() * sizeof(Claim);
    for (const Claim& claim : claims) bytes += claim.evidence.size();
    return bytes;
}

void SqliteStore::ArticleWrite::keep_until_written(KeptWrite copy) {
    if (m_store.m_kept_bytes + copy.bytes() > k_max_kept_bytes) {
        m_store.stop_keeping_writes();
        m_undo = BatchUndo::savepoint;
        return;
    }
    // Room for it now, so that keeping it once written cannot fail.
    std::vector<KeptWrite>& kept = m_store.m_kept_writes;
    if (kept.size() == kept.capacity()) kept.reserve(2 * kept.size() + 64);
    m_kept = std::move(copy);
}

void SqliteStore::ArticleWrite::open() {
    // Prepared once, not parsed for each article as exec would.
    if (m_undo == BatchUndo::savepoint) m_store.m_statements.prepare(k_savepoint)->exec();
    else if (m_undo == BatchUndo::none) m_db.exec(k_begin);
}

void SqliteStore::ArticleWrite::commit() {
    if (m_undo == BatchUndo::none) {
        m_store.m_until_commit.article_released();
        m_store.write_counts();
        m_store.index_texts();
        m_propositions.settle();
        m_store.index_evidence();
        m_db.exec(k_commit);
    } else {
        m_propositions.end_article();
        if (m_undo == BatchUndo::savepoint) m_store.m_statements.prepare(k_release)->exec();
        m_propositions.keep_article();
        m_store.m_until_commit.article_released();
        if (m_kept) {
            m_store.m_kept_bytes += m_kept->bytes();
            m_store.m_kept_writes.push_back(std::move(*m_kept));  // into the room made before
        }
    }
    m_done = true;
}

SqliteStore::ArticleWrite::~ArticleWrite() {
    if (m_done) return;
    if (m_undo == BatchUndo::replay) {
        m_store.write_kept_again();
        return;
    }
    try {
        m_db.exec(m_undo == BatchUndo::savepoint ? k_rollback_to : k_rollback);
    } catch (...) {  // SQLite already rolled back (a failed COMMIT does): nothing to undo
    }
    // Some errors (disk full, I/O) make SQLite roll back the batch's whole transaction.
    if (m_undo == BatchUndo::savepoint && !sqlite3_get_autocommit(m_db.getHandle())) {
        m_propositions.drop_article();
        m_store.m_until_commit.article_undone();
    } else {
        m_propositions.discard();
        m_store.m_until_commit.clear();
    }
    m_store.m_source_ids.clear();  // a source it inserted is gone
}

void SqliteStore::write_kept_again() noexcept {
    std::vector<KeptWrite> kept;
    kept.swap(m_kept_writes);
    m_kept_bytes = 0;
    m_batch_undo = BatchUndo::savepoint;
    // What the batch's writes left pending is rolled back with them, or written again.
    m_propositions.discard();
    m_until_commit.clear();
    m_source_ids.clear();
    try {
        m_db.exec(k_rollback_to_batch);
        for (const KeptWrite& write : kept) {
            write_again(write);
            m_propositions.end_article();
            m_propositions.keep_article();
            m_until_commit.article_released();
        }
    } catch (...) {
        // SQLite rolled the whole transaction back (a full disk, an I/O error), or writing again
        // failed: the batch is undone whole, as a crash would leave it.
        undo_batch();
    }
}

void SqliteStore::undo_batch() noexcept {
    m_propositions.discard();
    m_until_commit.clear();
    m_source_ids.clear();
    if (sqlite3_get_autocommit(m_db.getHandle())) return;  // SQLite did
    try {
        m_db.exec(k_rollback);
    } catch (...) {  // the error that brought us here is the one to report
    }
}

void SqliteStore::write_again(const KeptWrite& write) {
    switch (write.kind) {
    case KeptWrite::Kind::article: store_article(write.article, write.claims, write.lexicon_version); break;
    case KeptWrite::Kind::feed_item:
        store_feed_item(write.id, write.item_key, write.article, write.claims, write.lexicon_version);
        break;
    case KeptWrite::Kind::claims: store_claims(write.id, write.claims, write.lexicon_version); break;
    }
}

void SqliteStore::stop_keeping_writes() {
    m_statements.prepare(k_release_batch)->exec();
    m_batch_undo = BatchUndo::savepoint;
    m_kept_writes.clear();
    m_kept_bytes = 0;
}

void SqliteStore::begin_batch() {
    m_propositions.discard();  // nothing is pending between batches; this makes sure
    m_until_commit.clear();
    m_kept_writes.clear();
    m_kept_bytes = 0;
    with_sqlite_errors(m_path, [&] {
        m_db.exec(k_begin);
        m_db.exec(k_batch_savepoint);
    });
    m_batch_undo = BatchUndo::replay;
}

// The batch's propositions are settled once, here, for all its articles. When settling or the
// COMMIT fails, the batch is rolled back whole, as a crash would leave it.
void SqliteStore::commit_batch() {
    const bool in_batch_savepoint = m_batch_undo == BatchUndo::replay;
    m_batch_undo = BatchUndo::none;
    m_kept_writes.clear();
    m_kept_bytes = 0;
    with_sqlite_errors(m_path, [&] {
        try {
            // Released first, so that the batch's texts and evidence are indexed as before it.
            if (in_batch_savepoint) m_statements.prepare(k_release_batch)->exec();
            write_counts();
            index_texts();
            m_propositions.settle();
            index_evidence();
            m_db.exec(k_commit);
        } catch (...) {
            undo_batch();
            throw;
        }
    });
}

void SqliteStore::rollback_batch() {
    m_batch_undo = BatchUndo::none;
    m_kept_writes.clear();
    m_kept_bytes = 0;
    m_propositions.discard();
    m_until_commit.clear();
    m_source_ids.clear();
    with_sqlite_errors(m_path, [&] { m_db.exec(k_rollback); });
}

}  // namespace tracker::store
