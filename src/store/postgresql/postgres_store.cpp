#include "store/postgresql/postgres_store.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>
#include <tuple>

#include <fmt/format.h>

#include "store/article_identity.h"
#include "store/body_spans.h"
#include "store/earliest_copy.h"
#include "store/partial_date.h"
#include "store/postgresql/pg_array.h"
#include "store/postgresql/pg_migrator.h"
#include "tracker/error.h"

namespace tracker::store {

namespace {


// The writers' lock (see postgres_store.h): a pg_advisory_xact_lock key of its own.
constexpr char k_begin[] = "BEGIN";
constexpr char k_take_writers_lock[] = "SELECT pg_advisory_xact_lock(7161508478371074)";
constexpr char k_commit[] = "COMMIT";
constexpr char k_rollback[] = "ROLLBACK";
constexpr char k_savepoint[] = "SAVEPOINT article";
constexpr char k_release[] = "RELEASE SAVEPOINT article";
constexpr char k_rollback_to[] = "ROLLBACK TO SAVEPOINT article";



// Connected, or Fatal naming the server (libpq's reason is one line: refused, unknown host,
// authentication failed).
PgConnection connected(const PostgresLocation& location) {
    try {
        return PgConnection(location.uri);
    } catch (const PgError& e) {
        throw Fatal(location.shown + ": cannot connect: " + location.hide_password(e.what()));
    }
}

}  // namespace

// Errors of the server become Fatal naming the database, the password hidden.
template <class Body>
auto PostgresStore::guarded(Body&& body) {
    try {
        return std::forward<Body>(body)();
    } catch (const PgError& e) {
        throw Fatal(m_location.shown + ": " + m_location.hide_password(e.what()));
    }
}

// A read in a snapshot of its own (a batch's reads see the batch's transaction), its statements
// planned for the values they are given each time (plan_cache_mode, until the ROLLBACK). A
// prepared statement's generic plan, which the server adopts after five runs when it looks no
// dearer, cannot tell a word most claims hold from a rare one: after `--text smuggled`, the same
// statement for `--text said --limit 20` sorted 369,572 claims by the GIN index, 7.1 s against
// 3 ms walking the timeline, at 100k articles (bench/RESULTS.md, 2026-12-06, branch pg3). Writes
// keep their cached plans: planning each of an ingest's statements again would cost more.
constexpr char k_begin_read[] =
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL plan_cache_mode = force_custom_plan";

class PostgresStore::ReadSnapshot {
public:
    ReadSnapshot(PgConnection& connection, bool in_batch) : m_connection(connection), m_own(!in_batch) {
        if (m_own) m_connection.execute(k_begin_read);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot() {
        if (!m_own) return;
        try {
            m_connection.execute(k_rollback);  // it wrote nothing: ending it is all
        } catch (...) {  // the connection is gone; the error that ended the read is reported
        }
    }

private:
    PgConnection& m_connection;
    bool m_own;
};

template <class Body>
auto PostgresStore::reading(Body&& body) {
    return guarded([&] {
        const ReadSnapshot snapshot(m_connection, m_in_batch);
        return body();
    });
}

PostgresStore::PostgresStore(const std::string& uri, const HardwareFamilies& families)
    : m_location(PostgresLocation::parse(uri)),
      m_families(families),
      m_connection(connected(m_location)),
      m_propositions(m_connection),
      m_queries(m_connection, m_text) {
    guarded([&] { PgMigrator(m_connection, m_location.shown).migrate(PgMigrator::embedded()); });
}

// One article's write: its own transaction under the writers' lock, or inside a batch a
// savepoint, so that a failure undoes this article alone (store.h). Its propositions are
// settled before its own COMMIT, or by commit_batch.
class PostgresStore::ArticleWrite {
public:
    ArticleWrite(PgConnection& connection, PgPropositions& propositions, bool in_batch)
        : m_connection(connection), m_propositions(propositions), m_in_batch(in_batch) {
        if (m_in_batch) {
            m_connection.execute(k_savepoint);
            return;
        }
        m_connection.execute(k_begin);
        m_connection.run(k_take_writers_lock);
    }
    ArticleWrite(const ArticleWrite&) = delete;
    ArticleWrite& operator=(const ArticleWrite&) = delete;
    ~ArticleWrite() {
        if (m_done) return;
        try {
            m_connection.execute(m_in_batch ? k_rollback_to : k_rollback);
            if (m_in_batch) m_connection.execute(k_release);
        } catch (...) {  // the connection is gone, and the transaction with it
        }
        if (m_in_batch) m_propositions.drop_article();
        else m_propositions.discard();
    }
    void commit() {
        if (m_in_batch) {
            m_propositions.end_article();
            m_connection.execute(k_release);
            m_propositions.keep_article();
        } else {
            m_propositions.settle();
            m_connection.execute(k_commit);
        }
        m_done = true;
    }

private:
    PgConnection& m_connection;
    PgPropositions& m_propositions;
    bool m_in_batch;
    bool m_done = false;
};

AddResult PostgresStore::add_article(const Article& article, const std::vector<Claim>& claims,
                                     const std::string& lexicon_version) {
    return guarded([&] {
        ArticleWrite write(m_connection, m_propositions, m_in_batch);
        const AddResult result = store_article(article, claims, lexicon_version);
        write.commit();
        return result;
    });
}

void PostgresStore::begin_batch() {
    m_propositions.discard();
    guarded([&] {
        m_connection.execute(k_begin);
        m_connection.run(k_take_writers_lock);
    });
    m_in_batch = true;
}

// The tables a writer's statements read, and those of them that grew by half since they were
// last analyzed (pg_stat_user_tables counts the rows written since).
constexpr const char* k_written_tables[] = {"articles", "claims", "propositions", "proposition_origins",
                                            "proposition_hardware", "proposition_quantities"};
constexpr char k_grown_tables[] =
    "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
    "AND relname = ANY($1::text[]) AND n_mod_since_analyze > 1000 + n_live_tup / 2";

// The batch's propositions are settled once, here. When that or the COMMIT fails, the batch
// is rolled back whole, as a crash would leave it.
void PostgresStore::commit_batch() {
    m_in_batch = false;
    guarded([&] {
        try {
            m_propositions.settle();
            m_connection.execute(k_commit);
        } catch (...) {
            m_propositions.discard();
            try {
                m_connection.execute(k_rollback);
            } catch (...) {  // the error that brought us here is the one to report
            }
            throw;
        }
        analyze_grown_tables();
    });
}

// A prepared statement keeps the plan it was given when its tables were small (the first
// batches into a new database: sequential scans and hash joins), and each batch would then read
// whole tables until autovacuum's next ANALYZE, up to a minute later (measured: finding an
// article's propositions went from 1 ms to 10 ms over the first 800 articles). Analyzing a table
// once it has grown by half re-plans them with its real size: a few times over a whole ingest.
// A role that does not own the tables gets a warning, which the connection drops, and no error.
void PostgresStore::analyze_grown_tables() {
    for (const char* table : written_tables_where(k_grown_tables)) m_connection.execute(std::string("ANALYZE ") + table);
}

// The tables of k_written_tables that `sql` (their names as $1) selects, by our own names, not
// the server's text.
std::vector<const char*> PostgresStore::written_tables_where(const char* sql) {
    PgArray names;
    for (const char* table : k_written_tables) names.add(table);
    const PgResult selected = m_connection.run(sql, {names.text()});
    std::vector<const char*> out;
    for (int row = 0; row < selected.rows(); ++row)
        for (const char* table : k_written_tables)
            if (selected.text(row, 0) == table) out.push_back(table);
    return out;
}

// Tables with many rows inserted since their last vacuum: their new pages are not yet marked
// all-visible, and an index-only scan visits the heap for each of their rows (measured at 100k
// articles: a page of contradicted propositions with their claim ids 101.7 ms right after the
// ingest, 36.8 ms once vacuumed).
constexpr char k_unvacuumed_tables[] =
    "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
    "AND relname = ANY($1::text[]) AND n_ins_since_vacuum > 1000 + n_live_tup / 5";

void PostgresStore::finish_writing() {
    if (m_in_batch) return;  // VACUUM cannot run inside a transaction
    guarded([&] {
        // This connection's last inserts reach the server's statistics when it next ends a
        // transaction after a second, or after ten idle seconds; PostgreSQL 15 can be asked now.
        constexpr int k_force_flush_since = 150000;
        if (m_connection.server_version_number() >= k_force_flush_since)
            m_connection.execute("SELECT pg_stat_force_next_flush()");
        for (const char* table : written_tables_where(k_unvacuumed_tables))
            m_connection.execute(std::string("VACUUM (ANALYZE) ") + table);
    });
}

void PostgresStore::rollback_batch() {
    m_in_batch = false;
    m_propositions.discard();
    guarded([&] { m_connection.execute(k_rollback); });
}

constexpr char k_select_by_identity[] = "SELECT id, content_hash FROM articles WHERE identity = ?";
constexpr char k_delete_article[] = "DELETE FROM articles WHERE id = ?";  // claims: CASCADE

AddResult PostgresStore::store_article(const Article& article, const std::vector<Claim>& claims,
                                       const std::string& lexicon_version) {
    const Article::Digests digests = text_digests(article);
    const std::string& hash = digests.content_hash;
    const std::string identity = identity_of(article, hash);
    AddOutcome outcome = AddOutcome::added;
    if (const PgResult existing = m_connection.run(k_select_by_identity, {identity}); existing.rows() > 0) {
        if (existing.text(0, 1) == hash) return AddResult{AddOutcome::unchanged, existing.int64(0, 0), 0};
        const std::vector<ClaimFacts> old_claims = claims_of(existing.int64(0, 0));
        m_connection.run(k_delete_article, {existing.int64(0, 0)});
        forget_claims(old_claims);
        outcome = AddOutcome::replaced;
    }
    const std::uint64_t simhash = digests.copy_simhash;
    const ArticleContext context{publisher_origin(simhash, publisher_of(article)), article.reported_date};
    const std::int64_t id = insert_article(article, identity, hash, simhash, context.origin, lexicon_version);
    insert_claims(id, context, claims);
    return AddResult{outcome, id, static_cast<int>(claims.size())};
}

constexpr char k_claim_facts[] =
    "SELECT id, proposition_id, article_id, polarity = 'denied', origin, reported_date, hardware, "
    "CASE WHEN has_quantity = 1 THEN evidence ELSE '' END, lower(hardware) <> lower(hardware_family) "
    "FROM claims WHERE article_id = ? ORDER BY id";

// What the propositions counted of an article's claims, read before they are deleted.
std::vector<ClaimFacts> PostgresStore::claims_of(std::int64_t article_id) {
    const PgResult rows = m_connection.run(k_claim_facts, {article_id});
    std::vector<ClaimFacts> claims;
    for (int row = 0; row < rows.rows(); ++row) claims.push_back(claim_facts_of(rows, row, 0));
    return claims;
}

void PostgresStore::forget_claims(const std::vector<ClaimFacts>& claims) { m_propositions.remove(claims); }

constexpr char k_insert_source[] = "INSERT INTO sources (name) VALUES (?) ON CONFLICT (lower(name)) DO NOTHING";
constexpr char k_select_source[] = "SELECT id FROM sources WHERE lower(name) = lower(?)";

std::int64_t PostgresStore::source_id(const std::string& name) {
    m_connection.run(k_insert_source, {name});
    return m_connection.run(k_select_source, {name}).int64(0, 0);
}

// The articles sharing a band with the new one's SimHash (earliest_copy.h).
constexpr char k_select_same_band[] =
    "SELECT id, simhash, origin_source FROM articles WHERE band0 = ? UNION ALL "
    "SELECT id, simhash, origin_source FROM articles WHERE band1 = ? UNION ALL "
    "SELECT id, simhash, origin_source FROM articles WHERE band2 = ? UNION ALL "
    "SELECT id, simhash, origin_source FROM articles WHERE band3 = ?";

std::string PostgresStore::publisher_origin(std::uint64_t simhash, const std::string& publisher) {
    if (simhash == 0) return publisher;  // no words: nothing to be a copy of
    const PgResult rows = m_connection.run(k_select_same_band, {simhash_band(simhash, 0), simhash_band(simhash, 1),
                                                                 simhash_band(simhash, 2), simhash_band(simhash, 3)});
    EarliestCopy copy(simhash, publisher);
    for (int row = 0; row < rows.rows(); ++row) copy.consider(rows.int64(row, 0), rows.int64(row, 1), rows.text(row, 2));
    return copy.origin();
}

constexpr char k_insert_article[] =
    "INSERT INTO articles (identity, path, url, title, author, source_id, reported_date, text, text_words, "
    "body, content_hash, simhash, band0, band1, band2, band3, origin_source, lexicon_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

std::int64_t PostgresStore::insert_article(const Article& article, const std::string& identity,
                                           const std::string& hash, std::uint64_t simhash, const std::string& origin,
                                           const std::string& lexicon_version) {
    const std::int64_t source = source_id(publisher_of(article));
    return m_connection
        .run(k_insert_article,
             {identity, article.path, article.url, article.title, article.author, source, article.reported_date,
              article.text, m_text.words_of(article.text), body_spans_text(article.body), hash, stored_simhash(simhash),
              simhash_band(simhash, 0), simhash_band(simhash, 1), simhash_band(simhash, 2), simhash_band(simhash, 3), origin,
              lexicon_version})
        .int64(0, 0);
}

// All of an article's claims in one statement, in their order (ids follow it, as on SQLite).
constexpr char k_insert_claims[] =
    "INSERT INTO claims (article_id, proposition_id, actor, allegation, hardware, hardware_family, "
    "object, claimant, polarity, modality, event_date, when_start, when_end, evidence, evidence_words, "
    "evidence_start, evidence_end, confidence, cue, origin, reported_date, has_quantity, open_world, actor_kind, "
    "evidence_hash) "
    "SELECT $1::bigint, proposition_id, actor, allegation, hardware, hardware_family, object, claimant, polarity, "
    "modality, event_date, when_start, when_end, evidence, evidence_words, evidence_start, evidence_end, "
    "confidence, cue, origin, $2::text, has_quantity, open_world, actor_kind, evidence_hash FROM unnest($3::bigint[], "
    "$4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], "
    "$13::text[], $14::text[], $15::text[], $16::text[], $17::bigint[], $18::bigint[], $19::float8[], $20::text[], "
    "$21::text[], $22::int[], $23::int[], $24::text[], $25::bigint[]) WITH ORDINALITY AS u(proposition_id, actor, "
    "allegation, hardware, hardware_family, object, claimant, polarity, modality, event_date, when_start, when_end, "
    "evidence, evidence_words, evidence_start, evidence_end, confidence, cue, origin, has_quantity, open_world, "
    "actor_kind, evidence_hash, n) "
    "ORDER BY u.n RETURNING id";

// The columns of k_insert_claims, an array each.
struct ClaimColumns {
    PgArray proposition, actor, allegation, hardware, family, object, claimant, polarity, modality, event_date,
        when_start, when_end, evidence, evidence_words, evidence_start, evidence_end, confidence, cue, origin,
        has_quantity, open_world, actor_kind, evidence_hash;
};

// The first stored claim of another article with each sentence (schema/postgresql/0018), in one
// round trip for all of an article's sentences.
constexpr char k_select_copied_origins[] =
    "SELECT DISTINCT ON (evidence_hash, proposition_id, polarity) evidence_hash, proposition_id, polarity, origin "
    "FROM claims WHERE evidence_hash = ANY($1::bigint[]) AND evidence_hash <> 0 AND article_id <> $2::bigint "
    "ORDER BY evidence_hash, proposition_id, polarity, id";

void PostgresStore::insert_claims(std::int64_t article_id, const ArticleContext& context,
                                  const std::vector<Claim>& claims) {
    if (claims.empty()) return;
    std::vector<std::string> origins = xref::origins_of_article(claims, context.origin, m_families);
    // The claims' propositions, and their families', in one round trip (an earlier article of the
    // batch may have made them).
    std::vector<xref::PropositionKey> keys;
    for (const Claim& claim : claims) keys.push_back(xref::key_of(claim, m_families));
    const std::vector<PgPropositions::Found> found = m_propositions.find_or_create(keys);
    // A sentence copied from an earlier article is that article's claim's, whose origin it takes
    // when its own would only be its publisher (as SqliteStore::insert_claims).
    std::vector<std::int64_t> hashes;
    PgArray copied_hashes;
    for (std::size_t n = 0; n < claims.size(); ++n) {
        // Only such a claim keeps its hash: one with a named source has it in a copy as well.
        hashes.push_back(origins[n] == context.origin ? stored_simhash(xref::sentence_hash(claims[n].evidence)) : 0);
        if (hashes.back() != 0) copied_hashes.add(hashes.back());
    }
    if (copied_hashes.text() != "{}") {
        const PgResult copies = m_connection.run(k_select_copied_origins, {copied_hashes.text(), article_id});
        for (int row = 0; row < copies.rows(); ++row)
            for (std::size_t n = 0; n < claims.size(); ++n)
                if (hashes[n] == copies.int64(row, 0) && found.at(n).id == copies.int64(row, 1) &&
                    to_string(claims[n].polarity) == copies.text(row, 2) && origins[n] == context.origin)
                    origins[n] = copies.text(row, 3);
    }
    ClaimColumns c;
    std::vector<ClaimFacts> facts;  // what the propositions count of each, in order
    std::vector<std::int64_t> families;
    for (std::size_t n = 0; n < claims.size(); ++n) {
        const Claim& claim = claims[n];
        const xref::PropositionKey& key = keys[n];
        const PgPropositions::Found proposition = found.at(n);
        const std::string when = claim.event_date.empty() ? context.reported_date : claim.event_date;
        c.proposition.add(proposition.id);
        for (auto [column, value] : {std::pair{&c.actor, &claim.actor}, {&c.allegation, &claim.allegation},
                                     {&c.hardware, &claim.hardware}, {&c.family, &key.family},
                                     {&c.object, &claim.object}, {&c.claimant, &claim.claimant}})
            column->add(*value);
        c.polarity.add(std::string(to_string(claim.polarity)));
        c.modality.add(std::string(to_string(claim.modality)));
        c.event_date.add(claim.event_date);
        c.when_start.add(when);
        c.when_end.add(last_day_of(when));
        c.evidence.add(claim.evidence);
        c.evidence_words.add(m_text.words_of(claim.evidence));
        c.evidence_start.add(static_cast<std::int64_t>(claim.evidence_start));
        c.evidence_end.add(static_cast<std::int64_t>(claim.evidence_end));
        c.confidence.add(claim.confidence);
        c.cue.add(claim.cue);
        c.origin.add(origins[n]);
        c.has_quantity.add(claim.evidence.find_first_of("0123456789") != std::string::npos ? 1 : 0);
        c.open_world.add(claim.open_world ? 1 : 0);
        c.actor_kind.add(claim.actor_kind);
        c.evidence_hash.add(hashes[n]);
        families.push_back(proposition.family);
        ClaimFacts& f = facts.emplace_back();
        f.proposition_id = proposition.id;
        f.article_id = article_id;
        f.denied = claim.polarity == Polarity::denied;
        f.origin = origins[n];
        f.reported_date = context.reported_date;
        f.hardware = claim.hardware;
        if (claim.evidence.find_first_of("0123456789") != std::string::npos) f.evidence = claim.evidence;
        f.member = key.is_member();
    }
    const PgResult inserted = m_connection.run(k_insert_claims,
                     {article_id, context.reported_date, c.proposition.text(), c.actor.text(), c.allegation.text(),
                      c.hardware.text(), c.family.text(), c.object.text(), c.claimant.text(), c.polarity.text(),
                      c.modality.text(), c.event_date.text(), c.when_start.text(), c.when_end.text(),
                      c.evidence.text(), c.evidence_words.text(), c.evidence_start.text(), c.evidence_end.text(),
                      c.confidence.text(), c.cue.text(), c.origin.text(), c.has_quantity.text(), c.open_world.text(),
                      c.actor_kind.text(), c.evidence_hash.text()});
    // The ids in the order of the claims: a sequence hands them out ascending.
    std::vector<std::int64_t> ids;
    for (int row = 0; row < inserted.rows(); ++row) ids.push_back(inserted.int64(row, 0));
    std::sort(ids.begin(), ids.end());
    for (std::size_t n = 0; n < facts.size(); ++n) {
        facts[n].id = ids.at(n);
        m_propositions.add(facts[n], families[n]);
    }
}

constexpr char k_select_context[] = "SELECT origin_source, reported_date FROM articles WHERE id = ?";
constexpr char k_delete_claims[] = "DELETE FROM claims WHERE article_id = ?";
constexpr char k_update_version[] = "UPDATE articles SET lexicon_version = ? WHERE id = ?";

int PostgresStore::replace_claims(std::int64_t article_id, const std::vector<Claim>& claims,
                                  const std::string& lexicon_version) {
    return guarded([&] {
        ArticleWrite write(m_connection, m_propositions, m_in_batch);
        const PgResult found = m_connection.run(k_select_context, {article_id});
        if (found.rows() == 0) throw Fatal(fmt::format("{}: no article with id {}", m_location.shown, article_id));
        const ArticleContext context{found.text(0, 0), found.text(0, 1)};
        const std::vector<ClaimFacts> old_claims = claims_of(article_id);
        m_connection.run(k_delete_claims, {article_id});
        forget_claims(old_claims);
        insert_claims(article_id, context, claims);
        m_connection.run(k_update_version, {lexicon_version, article_id});
        write.commit();
        return static_cast<int>(claims.size());
    });
}

// --- reads ---------------------------------------------------------------------------------

std::vector<StoredClaim> PostgresStore::find_claims(const ClaimFilter& filter) {
    return reading([&] { return m_queries.find_claims(filter); });
}
std::optional<StoredClaim> PostgresStore::find_claim(std::int64_t id) {
    return reading([&] { return m_queries.find_claim(id); });
}
std::vector<Proposition> PostgresStore::find_propositions(const ClaimFilter& filter) {
    return reading([&] { return m_queries.find_propositions(filter); });
}
std::optional<Proposition> PostgresStore::find_proposition(std::int64_t id) {
    return reading([&] { return m_queries.find_proposition(id); });
}
std::vector<PropositionChange> PostgresStore::find_changes(const std::string& since) {
    return reading([&] { return m_queries.find_changes(since); });
}
std::vector<ArticleSummary> PostgresStore::find_articles(const ClaimFilter& filter) {
    return reading([&] { return m_queries.find_articles(filter); });
}
std::optional<Article> PostgresStore::load_article(std::int64_t id) {
    return reading([&] { return m_queries.load_article(id); });
}
std::vector<std::int64_t> PostgresStore::articles_not_at(const std::string& version) {
    return reading([&] { return m_queries.articles_not_at(version); });
}
std::vector<NameCount> PostgresStore::actors() {
    return reading([&] { return m_queries.actors(); });
}
std::vector<NameCount> PostgresStore::sources() {
    return reading([&] { return m_queries.sources(); });
}
std::vector<OpenWorldActor> PostgresStore::open_world_actors() {
    return reading([&] { return m_queries.open_world_actors(); });
}

StoreStats PostgresStore::stats() {
    return reading([&] { return m_queries.stats(); });
}

// --- feeds ---------------------------------------------------------------------------------
// Schema invariants: schema/sqlite/0002_feeds.sql.

constexpr char k_insert_feed[] = "INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING";
constexpr char k_delete_feed[] = "DELETE FROM feeds WHERE url = ?";
constexpr char k_update_feed[] =
    "UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_checked = ?, last_status = ? WHERE id = ?";
constexpr char k_update_fetch_articles[] = "UPDATE feeds SET fetch_articles = ? WHERE id = ?";
constexpr char k_select_item[] = "SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?";
constexpr char k_insert_item[] =
    "INSERT INTO feed_items (feed_id, item_key, article_id) VALUES (?, ?, ?) "
    "ON CONFLICT (feed_id, item_key) DO NOTHING";

bool PostgresStore::add_feed(const std::string& url) {
    return guarded([&] { return m_connection.run(k_insert_feed, {url}).affected() > 0; });
}

bool PostgresStore::remove_feed(const std::string& url) {
    return guarded([&] { return m_connection.run(k_delete_feed, {url}).affected() > 0; });
}

std::vector<FeedSubscription> PostgresStore::list_feeds() {
    return reading([&] { return m_queries.list_feeds(); });
}

void PostgresStore::update_feed_state(std::int64_t feed_id, const FeedState& state) {
    guarded([&] {
        m_connection.run(k_update_feed, {state.title, state.etag, state.last_modified, state.last_checked,
                                         state.last_status, feed_id});
    });
}

void PostgresStore::set_feed_fetch_articles(std::int64_t feed_id, bool fetch_articles) {
    guarded([&] { m_connection.run(k_update_fetch_articles, {fetch_articles ? 1 : 0, feed_id}); });
}

bool PostgresStore::item_imported(std::int64_t feed_id, const std::string& key) {
    return guarded([&] { return m_connection.run(k_select_item, {feed_id, key}).rows() > 0; });
}

AddResult PostgresStore::add_feed_item(std::int64_t feed_id, const std::string& key, const Article& article,
                                       const std::vector<Claim>& claims, const std::string& lexicon_version) {
    return guarded([&] {
        ArticleWrite write(m_connection, m_propositions, m_in_batch);
        const AddResult result = store_article(article, claims, lexicon_version);
        m_connection.run(k_insert_item, {feed_id, key, result.article_id});
        write.commit();
        return result;
    });
}

constexpr char k_try_feed_lock[] = "SELECT pg_try_advisory_lock(7161508478371075)";

std::optional<bool> PostgresStore::lock_feed_updates(int wait_seconds) {
    return guarded([&] {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
        while (!m_connection.run(k_try_feed_lock).boolean(0, 0)) {
            if (std::chrono::steady_clock::now() >= deadline) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        return true;
    });
}

}  // namespace tracker::store
