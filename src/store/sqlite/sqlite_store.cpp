#include "store/sqlite/sqlite_store.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include <unistd.h>

#include <fmt/format.h>
#include <sqlite3.h>

#include "store/article_identity.h"
#include "store/body_spans.h"
#include "store/earliest_copy.h"
#include "store/sqlite/migrator.h"
#include "store/partial_date.h"
#include "store/sqlite/sqlite_error.h"
#include "tracker/error.h"

namespace tracker::store {

namespace {

// 10 s: long enough to wait out a nightly `feed update` writing beside an interactive query.
constexpr int k_busy_timeout_ms = 10'000;

constexpr char k_set_foreign_keys[] = "PRAGMA foreign_keys = ON";
constexpr char k_set_wal[] = "PRAGMA journal_mode = WAL";
// With WAL, NORMAL loses no committed transaction on a crash of the process, only on power loss.
constexpr char k_set_synchronous[] = "PRAGMA synchronous = NORMAL";
// 64 MiB of page cache instead of SQLite's 2 MiB: the bench saw ingest spend half its time in
// pread on a 124 MB database (bench/RESULTS.md).
constexpr char k_set_cache_size[] = "PRAGMA cache_size = -65536";
// Each article of a batch is a savepoint, whose undo journal is a temporary file unless this
// says memory: strace counted 1,000 pwrite calls per article into that file. It holds the
// pages one article touches, a few hundred KB.
constexpr char k_set_temp_store[] = "PRAGMA temp_store = MEMORY";
// A checkpoint every 32 MiB of WAL rather than SQLite's 4 MiB: each batch of an ingest (1,000
// articles, 10-12 MB of pages) otherwise ends in a checkpoint and its fsync, which the single
// writer waits for. Readers see the same data either way; the WAL file grows to about this size.
constexpr char k_set_wal_autocheckpoint[] = "PRAGMA wal_autocheckpoint = 8192";

void create_folder_of(const std::string& path) {
    if (path == ":memory:") return;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (!folder.empty()) std::filesystem::create_directories(folder, error);
    if (error) throw Fatal(fmt::format("{}: cannot create folder {}: {}", path, folder.string(), error.message()));
}

// schema/sqlite/0009_member_propositions.sql, whose follow-up also does 0004's (filling the
// counters 0004 created): a recount reads 0009's columns, so it cannot run before them.
constexpr int k_member_propositions_version = 9;
constexpr char k_select_proposition_ids[] = "SELECT id FROM propositions ORDER BY id";

// 0009's follow-up: count what the propositions already stored hold, each over its scope.
void fill_proposition_counters(SQLite::Database& db) {
    std::vector<std::int64_t> ids;
    {
        SQLite::Statement select(db, k_select_proposition_ids);
        while (select.executeStep()) ids.push_back(select.getColumn(0).getInt64());
    }
    StatementCache statements(db);
    PropositionUpdater propositions(statements, PropositionUpdater::StoreCounts::absent);  // 0012 counts them
    for (std::int64_t id : ids) propositions.rebuild(id);
}

constexpr int k_evidence_tokens_version = 6;  // schema/sqlite/0006_evidence_tokens.sql
constexpr char k_select_articles_with_claims[] =
    "SELECT id, text FROM articles WHERE id IN (SELECT article_id FROM claims) ORDER BY id";
constexpr char k_select_evidence_spans[] = "SELECT id, evidence_start, evidence_end FROM claims WHERE article_id = ?";
constexpr char k_set_evidence_tokens[] =
    "UPDATE claims SET evidence_token_start = ?, evidence_token_end = ? WHERE id = ?";
constexpr char k_fill_longest_evidence[] =
    "UPDATE longest_evidence SET tokens = "
    "(SELECT coalesce(max(evidence_token_end - evidence_token_start), 0) FROM claims) WHERE id = 1";

// 0006's follow-up: the token range of the evidence of every claim already stored.
void fill_evidence_tokens(SQLite::Database& db) {
    const WordTokenizer tokenizer(db);
    SQLite::Statement articles(db, k_select_articles_with_claims);
    SQLite::Statement spans(db, k_select_evidence_spans);
    SQLite::Statement update(db, k_set_evidence_tokens);
    while (articles.executeStep()) {
        const std::vector<std::size_t> starts = tokenizer.token_starts(articles.getColumn(1).getString());
        spans.bind(1, articles.getColumn(0).getInt64());
        while (spans.executeStep()) {
            const TokenRange range = token_range(starts, static_cast<std::size_t>(spans.getColumn(1).getInt64()),
                                                 static_cast<std::size_t>(spans.getColumn(2).getInt64()));
            update.bind(1, range.start);
            update.bind(2, range.end);
            update.bind(3, spans.getColumn(0).getInt64());
            update.exec();
            update.reset();
        }
        spans.reset();
    }
    db.exec(k_fill_longest_evidence);
}

constexpr int k_evidence_index_version = 16;  // schema/sqlite/0016_evidence_index.sql
// In the timeline's order, which is the keys' (but for texts that are not dates, which FTS5
// takes too, only writing its pending terms out there).
constexpr char k_select_all_evidence[] = "SELECT id, when_start, evidence FROM claims ORDER BY when_start, id";
constexpr char k_fill_evidence_index[] = "INSERT INTO evidence_fts(rowid, evidence) VALUES (?, ?)";

// 0016's follow-up: every claim's evidence into evidence_fts.
void fill_evidence_index(SQLite::Database& db) {
    SQLite::Statement claims(db, k_select_all_evidence);
    SQLite::Statement insert(db, k_fill_evidence_index);
    while (claims.executeStep()) {
        insert.bind(1, timeline_key(claims.getColumn(1).getText(), claims.getColumn(0).getInt64()));
        insert.bind(2, claims.getColumn(2).getString());
        insert.exec();
        insert.reset();
    }
}

std::vector<Migration> migrations() {
    std::vector<Migration> all = Migrator::embedded();
    if (all.size() >= k_member_propositions_version)
        all[k_member_propositions_version - 1].follow_up = fill_proposition_counters;
    if (all.size() >= k_evidence_tokens_version)
        all[k_evidence_tokens_version - 1].follow_up = fill_evidence_tokens;
    if (all.size() >= k_evidence_index_version)
        all[k_evidence_index_version - 1].follow_up = fill_evidence_index;
    return all;
}

// Without the connection's own mutex (SQLITE_OPEN_NOMUTEX): a store, its connection and its
// statements are used by one thread at a time (ingest's writer; its workers only read and
// extract), and Debian's SQLite, built thread-safe, otherwise locks and unlocks a mutex at every
// call, each step, bind and column read.
SQLite::Database open_for_writing(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    db.setBusyTimeout(k_busy_timeout_ms);
    db.exec(k_set_foreign_keys);
    db.exec(k_set_wal);  // the first statement that reads the file: a non-database fails here
    db.exec(k_set_synchronous);
    db.exec(k_set_cache_size);
    db.exec(k_set_temp_store);
    db.exec(k_set_wal_autocheckpoint);
    Migrator(db, path).migrate(migrations());
    return db;
}

// "file:" URI of a path, for the `immutable` parameter: %, ? and # (and anything not plainly
// printable) percent-encoded.
std::string file_uri(const std::string& path) {
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c > 0x20 && c < 0x7f && c != '%' && c != '?' && c != '#') uri += static_cast<char>(c);
        else uri += fmt::format("%{:02X}", c);
    }
    return uri;
}

SQLite::Database open_for_reading(const std::string& path) {
    const int latest = static_cast<int>(migrations().size());
    auto checked = [&](SQLite::Database db) {
        db.setBusyTimeout(k_busy_timeout_ms);
        db.exec(k_set_cache_size);
        db.exec(k_set_temp_store);  // a text search lists its candidates in a temporary table
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version == 0)
            throw Fatal(fmt::format("{}: not a tracker database (read-only, and it has no tracker schema)", path));
        if (version != latest)
            throw Fatal(fmt::format("{}: database schema version {} differs from this tracker's ({}); it is "
                                    "read-only, so it cannot be migrated",
                                    path, version, latest));
        return db;
    };
    try {
        return checked(SQLite::Database(path, SQLite::OPEN_READONLY));
    } catch (const SQLite::Exception&) {
        // A WAL database on a read-only file system: SQLite cannot create the index (-shm) it
        // reads through. `immutable` says nothing will change the file, so it reads without.
        return checked(SQLite::Database(file_uri(path) + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI));
    }
}

// Several processes opening one new database at once: a few first-open steps (the switch to
// WAL, the first reading of its index) can report SQLITE_BUSY at once instead of waiting for
// the busy timeout (about one round in fifty of tests/cli/concurrency.sh's four processes).
// Opening again after a short pause finds the database ready.
constexpr int k_open_attempts = 20;
constexpr std::chrono::milliseconds k_open_pause{25};

SQLite::Database open_for_writing_patiently(const std::string& path) {
    for (int attempt = 1;; ++attempt) {
        try {
            return open_for_writing(path);
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || attempt == k_open_attempts) throw;
        }
        std::this_thread::sleep_for(k_open_pause * attempt);
    }
}

// SQLite keeps statistics of its memory use unless told not to, and takes a mutex around every
// allocation and free to keep them: about 4% of the writer's time at ingest (perf), as Debian's
// SQLite has no lookaside and allocates each value it builds. Nothing here reads them. This must
// come before SQLite initialises, so before the first connection; later it changes nothing.
void configure_sqlite_once() {
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)configured;
}

SQLite::Database open_database(const std::string& path, Access access) {
    configure_sqlite_once();
    create_folder_of(path);
    try {
        return open_for_writing_patiently(path);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB)
            throw Fatal(fmt::format("{}: not a tracker database (not an SQLite file)", path));
        const bool exists = std::filesystem::exists(path);
        const int code = e.getErrorCode() & 0xff;  // the primary code of an extended one
        if (access == Access::read && exists && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN)) {
            try {
                return open_for_reading(path);
            } catch (const SQLite::Exception&) {  // report why writing failed, the first reason
            }
        }
        const bool read_only = exists && ::access(path.c_str(), W_OK) != 0;
        throw Fatal(fmt::format("{}: cannot open database: {}{}", path, e.what(),
                                read_only ? " (the database is read-only; writing needs write access)" : ""));
    }
}



constexpr char k_begin[] = "BEGIN IMMEDIATE";
constexpr char k_commit[] = "COMMIT";
constexpr char k_rollback[] = "ROLLBACK";
constexpr char k_savepoint[] = "SAVEPOINT article";
constexpr char k_release[] = "RELEASE article";
constexpr char k_rollback_to[] = "ROLLBACK TO article; RELEASE article";

}  // namespace

// One article's write: its own transaction, or inside a batch a savepoint, so that a failure
// undoes this article alone. IMMEDIATE takes the write lock up front, so two writers wait
// (busy_timeout) instead of deadlocking on a read-to-write upgrade.
// Its propositions are settled before its own COMMIT; inside a batch, its changes join the
// batch's, settled by commit_batch (proposition_updater.h: article -> batch -> settle).
// Its text and its claims' evidence are indexed before its own COMMIT; inside a batch, by
// commit_batch (text_index_queue.h).
class SqliteStore::ArticleWrite {
public:
    explicit ArticleWrite(SqliteStore& store)
        : m_store(store), m_db(store.m_db), m_propositions(store.m_propositions), m_in_batch(store.m_in_batch) {
        // An article of a batch: prepared once, not parsed for each article as exec would.
        if (m_in_batch) m_store.m_statements.prepare(k_savepoint)->exec();
        else m_db.exec(k_begin);
    }
    ArticleWrite(const ArticleWrite&) = delete;
    ArticleWrite& operator=(const ArticleWrite&) = delete;
    ~ArticleWrite() {
        if (m_done) return;
        try {
            m_db.exec(m_in_batch ? k_rollback_to : k_rollback);
        } catch (...) {  // SQLite already rolled back (a failed COMMIT does): nothing to undo
        }
        // Some errors (disk full, I/O) make SQLite roll back the batch's whole transaction.
        if (m_in_batch && !sqlite3_get_autocommit(m_db.getHandle())) {
            m_propositions.drop_article();
            m_store.m_until_commit.article_undone();
        } else {
            m_propositions.discard();
            m_store.m_until_commit.clear();
        }
        m_store.m_source_ids.clear();  // a source it inserted is gone
    }
    void commit() {
        if (m_in_batch) {
            m_propositions.end_article();
            m_store.m_statements.prepare(k_release)->exec();
            m_propositions.keep_article();
            m_store.m_until_commit.article_released();
        } else {
            m_store.m_until_commit.article_released();
            m_store.write_counts();
            m_store.index_texts();
            m_propositions.settle();
            m_store.index_evidence();
            m_db.exec(k_commit);
        }
        m_done = true;
    }

private:
    SqliteStore& m_store;
    SQLite::Database& m_db;
    PropositionUpdater& m_propositions;
    bool m_in_batch;
    bool m_done = false;
};

SqliteStore::SqliteStore(const std::string& path, const HardwareFamilies& families, Access access)
    : m_path(path),
      m_families(families),
      m_db(open_database(path, access)),
      m_statements(m_db),
      m_evidence(m_db, m_statements),
      m_propositions(m_statements),
      m_queries(m_statements, m_evidence) {}

// --- add_article ---------------------------------------------------------------------------

AddResult SqliteStore::add_article(const Article& article, const std::vector<Claim>& claims,
                                   const std::string& lexicon_version) {
    return with_sqlite_errors(m_path, [&] {
        ArticleWrite write(*this);
        const AddResult result = store_article(article, claims, lexicon_version);
        write.commit();
        return result;
    });
}

void SqliteStore::begin_batch() {
    m_propositions.discard();  // nothing is pending between batches; this makes sure
    m_until_commit.clear();
    with_sqlite_errors(m_path, [&] { m_db.exec(k_begin); });
    m_in_batch = true;
}

// The batch's propositions are settled once, here, for all its articles. When settling or the
// COMMIT fails, the batch is rolled back whole, as a crash would leave it.
void SqliteStore::commit_batch() {
    m_in_batch = false;
    with_sqlite_errors(m_path, [&] {
        try {
            write_counts();
            index_texts();
            m_propositions.settle();
            index_evidence();
            m_db.exec(k_commit);
        } catch (...) {
            m_propositions.discard();
            m_until_commit.clear();
            m_source_ids.clear();
            if (!sqlite3_get_autocommit(m_db.getHandle())) {
                try {
                    m_db.exec(k_rollback);
                } catch (...) {  // the error that brought us here is the one to report
                }
            }
            throw;
        }
    });
}

void SqliteStore::rollback_batch() {
    m_in_batch = false;
    m_propositions.discard();
    m_until_commit.clear();
    m_source_ids.clear();
    with_sqlite_errors(m_path, [&] { m_db.exec(k_rollback); });
}

AddResult SqliteStore::store_article(const Article& article, const std::vector<Claim>& claims,
                                     const std::string& lexicon_version) {
    const Article::Digests digests = text_digests(article);
    const std::string& hash = digests.content_hash;
    const std::string identity = identity_of(article, hash);
    AddOutcome outcome = AddOutcome::added;
    if (const auto existing = find_by_identity(identity)) {
        if (existing->second == hash) return AddResult{AddOutcome::unchanged, existing->first, 0};
        const std::vector<ClaimFacts> old_claims = claims_of(existing->first);
        delete_article(existing->first);
        forget_claims(old_claims);
        outcome = AddOutcome::replaced;
    }
    const std::uint64_t simhash = digests.copy_simhash;
    ArticleContext context{publisher_origin(simhash, publisher_of(article)), article.reported_date, {}};
    if (!claims.empty()) {
        // Token positions are wanted up to the last evidence's end: the text after it is left
        // untokenised (a token cut at that end keeps its start).
        std::size_t last_end = 0;
        for (const Claim& claim : claims) last_end = std::max(last_end, claim.evidence_end);
        const std::string_view text(article.text);
        context.token_starts = m_evidence.tokenizer().token_starts(text.substr(0, std::min(last_end, text.size())));
    }
    const std::int64_t id = insert_article(article, {identity, hash, simhash, context.origin}, lexicon_version);
    m_until_commit.texts.added(id);
    insert_claims(id, context, claims);
    return AddResult{outcome, id, static_cast<int>(claims.size())};
}

constexpr char k_select_by_identity[] = "SELECT id, content_hash FROM articles WHERE identity = ?";

std::optional<std::pair<std::int64_t, std::string>> SqliteStore::find_by_identity(const std::string& identity) {
    auto select = m_statements.prepare(k_select_by_identity);
    select->bind(1, identity);
    if (!select->executeStep()) return std::nullopt;
    return std::pair{select->getColumn(0).getInt64(), select->getColumn(1).getString()};
}

// What the propositions counted of an article's claims, read before they are deleted.
std::vector<ClaimFacts> SqliteStore::claims_of(std::int64_t article_id) {
    static const std::string sql = std::string("SELECT ") + k_claim_facts_columns + " FROM claims WHERE article_id = ?";
    std::vector<ClaimFacts> claims;
    auto select = m_statements.prepare(sql);
    select->bind(1, article_id);
    while (select->executeStep()) claims.push_back(claim_facts_of(*select));
    return claims;
}

// Claims just deleted leave their propositions, and their families' (schema/sqlite/0009).
void SqliteStore::forget_claims(const std::vector<ClaimFacts>& claims) {
    for (const ClaimFacts& claim : claims) {
        m_propositions.remove(claim);
        m_propositions.remove_from_family(claim);
    }
}

// Claims go with it (ON DELETE CASCADE); its text leaves articles_fts first, unless it was never
// indexed (schema/sqlite/0011).
constexpr char k_delete_article[] = "DELETE FROM articles WHERE id = ?";
constexpr char k_unindex_text[] =
    "INSERT INTO articles_fts(articles_fts, rowid, text) SELECT 'delete', id, text FROM articles WHERE id = ?";
constexpr char k_select_text[] = "SELECT text FROM articles WHERE id = ?";
// One row with VALUES: an INSERT ... SELECT would open a statement journal, and FTS5 writes its
// pending terms out at each one, as at a savepoint.
constexpr char k_index_text[] = "INSERT INTO articles_fts(rowid, text) VALUES (?, ?)";
constexpr char k_index_evidence[] = "INSERT INTO evidence_fts(rowid, evidence) VALUES (?, ?)";
// FTS5 takes a contentless row out given the values it was indexed with (schema/sqlite/0016).
constexpr char k_select_evidence[] = "SELECT id, when_start, evidence FROM claims WHERE article_id = ?";
constexpr char k_unindex_evidence[] =
    "INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', ?, ?)";

void SqliteStore::index_texts() {
    for (const auto& article : m_until_commit.texts.take()) {
        auto select = m_statements.prepare(k_select_text);
        select->bind(1, article.id);
        if (!select->executeStep()) continue;  // gone with a transaction SQLite rolled back
        auto index = m_statements.prepare(k_index_text);
        index->bind(1, article.id);
        index->bindNoCopy(2, select->getColumn(0).getText());  // valid until `select` steps again
        index->exec();
    }
}

void SqliteStore::index_evidence() {
    std::vector<PendingEvidence> evidence;
    for (auto& article : m_until_commit.evidence.take())
        std::move(article.entry.begin(), article.entry.end(), std::back_inserter(evidence));
    // In key order: FTS5 writes its pending terms out at a rowid below the last one.
    std::sort(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    for (const PendingEvidence& entry : evidence) {
        auto index = m_statements.prepare(k_index_evidence);
        index->bind(1, entry.key);
        index->bindNoCopy(2, entry.evidence);
        index->exec();
    }
}

void SqliteStore::unindex_evidence(std::int64_t article_id) {
    if (m_until_commit.evidence.dequeue(article_id)) return;
    auto select = m_statements.prepare(k_select_evidence);
    select->bind(1, article_id);
    while (select->executeStep()) {
        auto unindex = m_statements.prepare(k_unindex_evidence);
        unindex->bind(1, timeline_key(select->getColumn(1).getText(), select->getColumn(0).getInt64()));
        unindex->bind(2, select->getColumn(2).getString());
        unindex->exec();
    }
}

void SqliteStore::delete_article(std::int64_t article_id) {
    if (!m_until_commit.texts.dequeue(article_id)) {
        auto unindex = m_statements.prepare(k_unindex_text);
        unindex->bind(1, article_id);
        unindex->exec();
    }
    unindex_evidence(article_id);
    auto remove = m_statements.prepare(k_delete_article);
    remove->bind(1, article_id);
    remove->exec();
}

constexpr char k_insert_source[] = "INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
constexpr char k_select_source[] = "SELECT id FROM sources WHERE name = ?";

std::int64_t SqliteStore::source_id(const std::string& name) {
    std::string key = name;  // as NOCASE compares: ASCII letters folded
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (const auto known = m_source_ids.find(key); known != m_source_ids.end()) return known->second;
    {
        auto insert = m_statements.prepare(k_insert_source);
        insert->bind(1, name);
        insert->exec();
    }
    auto select = m_statements.prepare(k_select_source);
    select->bind(1, name);
    select->executeStep();
    const std::int64_t id = select->getColumn(0).getInt64();
    m_source_ids.emplace(std::move(key), id);
    return id;
}

// Candidates share at least one 16-bit band (schema invariant 7); the earliest within the
// threshold wins, and its origin is already resolved, so a chain of copies keeps one origin.
// One statement per band, each answered from its covering index (migration 0005): the earliest
// article, by id, within the distance in any band is the one copied.
constexpr const char* k_select_same_band[] = {
    "SELECT id, simhash, origin_source FROM articles WHERE band0 = ?",
    "SELECT id, simhash, origin_source FROM articles WHERE band1 = ?",
    "SELECT id, simhash, origin_source FROM articles WHERE band2 = ?",
    "SELECT id, simhash, origin_source FROM articles WHERE band3 = ?",
};

std::string SqliteStore::publisher_origin(std::uint64_t simhash, const std::string& publisher) {
    if (simhash == 0) return publisher;  // no words: nothing to be a copy of
    EarliestCopy copy(simhash, publisher);
    for (int band = 0; band < 4; ++band) {
        auto select = m_statements.prepare(k_select_same_band[band]);
        select->bind(1, simhash_band(simhash, band));
        while (select->executeStep())
            copy.consider(select->getColumn(0).getInt64(), select->getColumn(1).getInt64(),
                          select->getColumn(2).getString());
    }
    return copy.origin();
}

constexpr char k_insert_article[] =
    "INSERT INTO articles (identity, path, url, title, author, source_id, reported_date, text, "
    "body, content_hash, simhash, band0, band1, band2, band3, origin_source, lexicon_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::int64_t SqliteStore::insert_article(const Article& article, const ArticleKeys& keys,
                                         const std::string& lexicon_version) {
    const std::int64_t source = source_id(publisher_of(article));
    const std::string body = body_spans_text(article.body);
    auto insert = m_statements.prepare(k_insert_article);
    // Strings that outlive the INSERT are bound without a copy (SQLite copied each, the text too).
    int i = 1;
    for (const std::string* value : {&keys.identity, &article.path, &article.url, &article.title, &article.author})
        insert->bindNoCopy(i++, *value);
    insert->bind(i++, source);
    insert->bindNoCopy(i++, article.reported_date);
    insert->bindNoCopy(i++, article.text);
    insert->bindNoCopy(i++, body);
    insert->bindNoCopy(i++, keys.hash);
    insert->bind(i++, stored_simhash(keys.simhash));
    for (int band = 0; band < 4; ++band) insert->bind(i++, simhash_band(keys.simhash, band));
    insert->bindNoCopy(i++, keys.origin);
    insert->bindNoCopy(i++, lexicon_version);
    insert->exec();
    const std::int64_t id = m_db.getLastInsertRowid();
    count_article(source);
    return id;
}

// By the store rather than by a trigger (schema/sqlite/0017): the article's source at once (the
// deletions' trigger reads its row), the articles' count at the commit (pending_counts.h).
// Two statements rather than one upsert, whose RETURNING cost twice as much.
constexpr char k_count_source_article[] = "UPDATE articles_per_source SET articles = articles + 1 WHERE source_id = ?";
constexpr char k_first_source_article[] = "INSERT INTO articles_per_source VALUES (?, 1)";
constexpr char k_count_source[] = "UPDATE store_counts SET value = value + 1 WHERE name = 'sources'";

void SqliteStore::count_article(std::int64_t source_id) {
    m_until_commit.counts.added_article();
    {
        auto count = m_statements.prepare(k_count_source_article);
        count->bind(1, source_id);
        if (count->exec() > 0) return;
    }
    auto first = m_statements.prepare(k_first_source_article);
    first->bind(1, source_id);
    first->exec();
    m_statements.prepare(k_count_source)->exec();
}

constexpr char k_insert_claim[] =
    "INSERT INTO claims (article_id, proposition_id, actor, allegation, hardware, hardware_family, "
    "object, claimant, polarity, modality, event_date, when_start, when_end, evidence, "
    "evidence_start, evidence_end, confidence, cue, origin, reported_date, has_quantity, "
    "evidence_token_start, evidence_token_end, open_world, actor_kind, evidence_hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The first stored claim of another article with the same sentence (schema/sqlite/0018). The
// literal "evidence_hash <> 0" lets SQLite use the partial index, which a bound value cannot
// prove to be nonzero (else it reads the proposition's claims, thousands in a big one).
constexpr char k_select_copied_origin[] =
    "SELECT origin FROM claims WHERE evidence_hash = ? AND evidence_hash <> 0 AND proposition_id = ? "
    "AND polarity = ? AND article_id <> ? ORDER BY id LIMIT 1";

std::string SqliteStore::copied_origin(std::int64_t evidence_hash, std::int64_t proposition, Polarity polarity,
                                       std::int64_t article_id) {
    auto select = m_statements.prepare(k_select_copied_origin);
    select->bind(1, evidence_hash);
    select->bind(2, proposition);
    select->bind(3, std::string(to_string(polarity)));
    select->bind(4, article_id);
    return select->executeStep() ? select->getColumn(0).getString() : std::string();
}

constexpr char k_raise_longest_evidence[] = "UPDATE longest_evidence SET tokens = ?1 WHERE id = 1 AND tokens < ?1";
// Once per transaction or batch rather than by a trigger per row (schema/sqlite/0014, 0017).
constexpr char k_count_claims[] = "UPDATE store_counts SET value = value + ? WHERE name = 'claims'";
constexpr char k_count_articles[] = "UPDATE store_counts SET value = value + ? WHERE name = 'articles'";

void SqliteStore::insert_claims(std::int64_t article_id, const ArticleContext& context,
                                const std::vector<Claim>& claims) {
    std::vector<std::string> origins = xref::origins_of_article(claims, context.origin, m_families);
    std::int64_t longest_evidence = 0;
    std::vector<PendingEvidence> evidence;
    evidence.reserve(claims.size());
    for (std::size_t n = 0; n < claims.size(); ++n) {
        const Claim& claim = claims[n];
        const xref::PropositionKey key = xref::key_of(claim, m_families);
        const std::int64_t proposition = m_propositions.find_or_create(key);
        const std::string when = claim.event_date.empty() ? context.reported_date : claim.event_date;
        // A sentence copied from an earlier article is that article's claim's, whose origin it
        // takes when its own would only be its publisher.
        // Only such a claim keeps its hash: one with a named source has it in a copy as well.
        const std::int64_t evidence_hash =
            origins[n] == context.origin ? stored_simhash(xref::sentence_hash(claim.evidence)) : 0;
        if (evidence_hash != 0)
            if (std::string copied = copied_origin(evidence_hash, proposition, claim.polarity, article_id); !copied.empty())
                origins[n] = std::move(copied);
        auto insert = m_statements.prepare(k_insert_claim);
        // Strings that outlive the INSERT are bound without a copy.
        int i = 1;
        insert->bind(i++, article_id);
        insert->bind(i++, proposition);
        for (const std::string* value : {&claim.actor, &claim.allegation, &claim.hardware, &key.family,
                                         &claim.object, &claim.claimant})
            insert->bindNoCopy(i++, *value);
        insert->bind(i++, std::string(to_string(claim.polarity)));
        insert->bind(i++, std::string(to_string(claim.modality)));
        insert->bindNoCopy(i++, claim.event_date);
        insert->bindNoCopy(i++, when);
        insert->bind(i++, last_day_of(when));
        insert->bindNoCopy(i++, claim.evidence);
        insert->bind(i++, static_cast<std::int64_t>(claim.evidence_start));
        insert->bind(i++, static_cast<std::int64_t>(claim.evidence_end));
        insert->bind(i++, claim.confidence);
        insert->bindNoCopy(i++, claim.cue);
        insert->bindNoCopy(i++, origins[n]);
        insert->bindNoCopy(i++, context.reported_date);
        const bool has_quantity = claim.evidence.find_first_of("0123456789") != std::string::npos;
        insert->bind(i++, has_quantity ? 1 : 0);
        const TokenRange tokens = token_range(context.token_starts, claim.evidence_start, claim.evidence_end);
        insert->bind(i++, tokens.start);
        insert->bind(i++, tokens.end);
        insert->bind(i++, claim.open_world ? 1 : 0);
        insert->bindNoCopy(i++, claim.actor_kind);
        insert->bind(i++, evidence_hash);
        insert->exec();
        longest_evidence = std::max(longest_evidence, tokens.end - tokens.start);
        const std::int64_t claim_id = m_db.getLastInsertRowid();
        evidence.push_back({timeline_key(when, claim_id), claim.evidence});
        const ClaimFacts facts{claim_id, proposition, article_id, claim.polarity == Polarity::denied,
                               origins[n], context.reported_date, claim.hardware,
                               has_quantity ? claim.evidence : std::string(), key.is_member()};
        m_propositions.add(facts);
        m_propositions.add_to_family(facts);
    }
    if (!evidence.empty()) m_until_commit.evidence.added(article_id, std::move(evidence));
    m_until_commit.counts.added_claims(static_cast<std::int64_t>(claims.size()), longest_evidence);
}

void SqliteStore::write_counts() {
    const PendingCounts::Counts counts = m_until_commit.counts.take();
    if (counts.articles > 0) {
        auto count = m_statements.prepare(k_count_articles);
        count->bind(1, counts.articles);
        count->exec();
    }
    if (counts.claims > 0) {
        auto count = m_statements.prepare(k_count_claims);
        count->bind(1, counts.claims);
        count->exec();
    }
    if (counts.longest_evidence > 0) {
        auto raise = m_statements.prepare(k_raise_longest_evidence);
        raise->bind(1, counts.longest_evidence);
        raise->exec();
    }
}

// --- replace_claims ------------------------------------------------------------------------

constexpr char k_select_context[] = "SELECT origin_source, reported_date, text FROM articles WHERE id = ?";
constexpr char k_delete_claims[] = "DELETE FROM claims WHERE article_id = ?";
constexpr char k_update_version[] = "UPDATE articles SET lexicon_version = ? WHERE id = ?";

int SqliteStore::replace_claims(std::int64_t article_id, const std::vector<Claim>& claims,
                                const std::string& lexicon_version) {
    return with_sqlite_errors(m_path, [&] {
        ArticleWrite write(*this);
        ArticleContext context;
        {
            auto select = m_statements.prepare(k_select_context);
            select->bind(1, article_id);
            if (!select->executeStep()) throw Fatal(fmt::format("{}: no article with id {}", m_path, article_id));
            context = {select->getColumn(0).getString(), select->getColumn(1).getString(),
                       m_evidence.tokenizer().token_starts(select->getColumn(2).getString())};
        }
        const std::vector<ClaimFacts> old_claims = claims_of(article_id);
        unindex_evidence(article_id);
        {
            auto remove = m_statements.prepare(k_delete_claims);
            remove->bind(1, article_id);
            remove->exec();
        }
        forget_claims(old_claims);
        insert_claims(article_id, context, claims);
        auto update = m_statements.prepare(k_update_version);
        update->bind(1, lexicon_version);
        update->bind(2, article_id);
        update->exec();
        write.commit();
        return static_cast<int>(claims.size());
    });
}

// --- reads ---------------------------------------------------------------------------------

std::vector<StoredClaim> SqliteStore::find_claims(const ClaimFilter& filter) {
    return with_sqlite_errors(m_path, [&] { return m_queries.find_claims(filter); });
}
std::optional<StoredClaim> SqliteStore::find_claim(std::int64_t id) {
    return with_sqlite_errors(m_path, [&] { return m_queries.find_claim(id); });
}
std::vector<Proposition> SqliteStore::find_propositions(const ClaimFilter& filter) {
    return with_sqlite_errors(m_path, [&] { return m_queries.find_propositions(filter); });
}
std::optional<Proposition> SqliteStore::find_proposition(std::int64_t id) {
    return with_sqlite_errors(m_path, [&] { return m_queries.find_proposition(id); });
}
std::vector<PropositionChange> SqliteStore::find_changes(const std::string& since) {
    return with_sqlite_errors(m_path, [&] { return changes_since(m_statements, since); });
}
std::vector<ArticleSummary> SqliteStore::find_articles(const ClaimFilter& filter) {
    return with_sqlite_errors(m_path, [&] { return m_queries.find_articles(filter); });
}
std::optional<Article> SqliteStore::load_article(std::int64_t id) {
    return with_sqlite_errors(m_path, [&] { return m_queries.load_article(id); });
}
std::vector<std::int64_t> SqliteStore::articles_not_at(const std::string& version) {
    return with_sqlite_errors(m_path, [&] { return m_queries.articles_not_at(version); });
}
// --- feeds ---------------------------------------------------------------------------------
// Schema invariants: schema/sqlite/0002_feeds.sql, 0013_feed_fetch_articles.sql.

constexpr char k_insert_feed[] = "INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING";
constexpr char k_delete_feed[] = "DELETE FROM feeds WHERE url = ?";
constexpr char k_select_feeds[] =
    "SELECT f.id, f.url, f.title, f.etag, f.last_modified, f.last_checked, f.last_status, "
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id), f.fetch_articles FROM feeds f ORDER BY f.id";
constexpr char k_update_feed[] =
    "UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_checked = ?, last_status = ? WHERE id = ?";
constexpr char k_update_fetch_articles[] = "UPDATE feeds SET fetch_articles = ? WHERE id = ?";
constexpr char k_select_item[] = "SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?";
constexpr char k_insert_item[] =
    "INSERT INTO feed_items (feed_id, item_key, article_id) VALUES (?, ?, ?) "
    "ON CONFLICT (feed_id, item_key) DO NOTHING";

bool SqliteStore::add_feed(const std::string& url) {
    return with_sqlite_errors(m_path, [&] {
        auto insert = m_statements.prepare(k_insert_feed);
        insert->bind(1, url);
        return insert->exec() > 0;
    });
}

bool SqliteStore::remove_feed(const std::string& url) {
    return with_sqlite_errors(m_path, [&] {
        auto remove = m_statements.prepare(k_delete_feed);
        remove->bind(1, url);
        return remove->exec() > 0;
    });
}

std::vector<FeedSubscription> SqliteStore::list_feeds() {
    return with_sqlite_errors(m_path, [&] {
        std::vector<FeedSubscription> feeds;
        auto select = m_statements.prepare(k_select_feeds);
        while (select->executeStep()) {
            FeedSubscription f;
            f.id = select->getColumn(0).getInt64();
            int i = 1;
            for (std::string* field : {&f.url, &f.title, &f.etag, &f.last_modified, &f.last_checked, &f.last_status})
                *field = select->getColumn(i++).getString();
            f.items = select->getColumn(7).getInt();
            f.fetch_articles = select->getColumn(8).getInt() != 0;
            feeds.push_back(std::move(f));
        }
        return feeds;
    });
}

void SqliteStore::update_feed_state(std::int64_t feed_id, const FeedState& state) {
    with_sqlite_errors(m_path, [&] {
        auto update = m_statements.prepare(k_update_feed);
        int i = 1;
        for (const std::string* value :
             {&state.title, &state.etag, &state.last_modified, &state.last_checked, &state.last_status})
            update->bind(i++, *value);
        update->bind(i, feed_id);
        update->exec();
    });
}

void SqliteStore::set_feed_fetch_articles(std::int64_t feed_id, bool fetch_articles) {
    with_sqlite_errors(m_path, [&] {
        auto update = m_statements.prepare(k_update_fetch_articles);
        update->bind(1, fetch_articles ? 1 : 0);
        update->bind(2, feed_id);
        update->exec();
    });
}

bool SqliteStore::item_imported(std::int64_t feed_id, const std::string& key) {
    return with_sqlite_errors(m_path, [&] {
        auto select = m_statements.prepare(k_select_item);
        select->bind(1, feed_id);
        select->bind(2, key);
        return select->executeStep();
    });
}

AddResult SqliteStore::add_feed_item(std::int64_t feed_id, const std::string& key, const Article& article,
                                     const std::vector<Claim>& claims, const std::string& lexicon_version) {
    return with_sqlite_errors(m_path, [&] {
        ArticleWrite write(*this);
        const AddResult result = store_article(article, claims, lexicon_version);
        auto insert = m_statements.prepare(k_insert_item);
        insert->bind(1, feed_id);
        insert->bind(2, key);
        insert->bind(3, result.article_id);
        insert->exec();
        write.commit();
        return result;
    });
}

std::vector<OpenWorldActor> SqliteStore::open_world_actors() {
    return with_sqlite_errors(m_path, [&] { return m_queries.open_world_actors(); });
}

std::vector<NameCount> SqliteStore::actors() {
    return with_sqlite_errors(m_path, [&] { return m_queries.actors(); });
}
std::vector<NameCount> SqliteStore::sources() {
    return with_sqlite_errors(m_path, [&] { return m_queries.sources(); });
}
StoreStats SqliteStore::stats() {
    return with_sqlite_errors(m_path, [&] { return m_queries.stats(); });
}

}  // namespace tracker::store
