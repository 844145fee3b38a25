// The PostgreSQL backend of Store, for a team sharing one database (issue 17): `open_store`
// picks it for a postgresql:// or postgres:// location, a libpq connection URI.
//
// The schema and how it differs from SQLite's: schema/postgresql/0009_init.sql. Writes live
// here; reads in PgQueries; PgPropositions counts the claims written into their propositions
// when a batch commits; text search goes through PgTextSearch (FTS5's tokens, stored beside the
// text).
//
// Concurrency. Writers take turns: each write transaction starts by taking the writers' lock
// (pg_advisory_xact_lock, released by its COMMIT or ROLLBACK), as SQLite's BEGIN IMMEDIATE
// takes its write lock, so ingests and feed updates on several machines give the propositions
// that one after the other gives, and a batch holds the lock for a second at most (GroupCommit).
// Extraction, the costly part of an ingest, happens outside it. Readers take no lock: each
// read runs in a REPEATABLE READ snapshot of its own and never waits for a writer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/claim_facts.h"
#include "store/postgresql/pg_connection.h"
#include "store/postgresql/pg_propositions.h"
#include "store/postgresql/pg_queries.h"
#include "store/postgresql/pg_text_search.h"
#include "store/postgresql/postgres_location.h"
#include "tracker/store.h"

namespace tracker::store {

class PostgresStore : public Store {
public:
    // Connects and migrates (Access::read migrates too: the server decides what a role may do).
    // Throws UsageFatal for a malformed URL, Fatal naming the URL (password hidden) when the
    // server cannot be reached or the database cannot be migrated.
    PostgresStore(const std::string& uri, const HardwareFamilies& families);

    AddResult add_article(const Article& article, const std::vector<Claim>& claims,
                          const std::string& lexicon_version) override;
    int replace_claims(std::int64_t article_id, const std::vector<Claim>& claims,
                       const std::string& lexicon_version) override;

    std::vector<StoredClaim> find_claims(const ClaimFilter& filter) override;
    std::optional<StoredClaim> find_claim(std::int64_t id) override;
    std::vector<Proposition> find_propositions(const ClaimFilter& filter) override;
    std::optional<Proposition> find_proposition(std::int64_t id) override;
    std::vector<PropositionChange> find_changes(const std::string& since) override;
    std::vector<ArticleSummary> find_articles(const ClaimFilter& filter) override;
    std::optional<Article> load_article(std::int64_t id) override;
    std::vector<std::int64_t> articles_not_at(const std::string& version) override;
    bool add_feed(const std::string& url) override;
    bool remove_feed(const std::string& url) override;
    std::vector<FeedSubscription> list_feeds() override;
    void update_feed_state(std::int64_t feed_id, const FeedState& state) override;
    void set_feed_fetch_articles(std::int64_t feed_id, bool fetch_articles) override;
    bool item_imported(std::int64_t feed_id, const std::string& key) override;
    AddResult add_feed_item(std::int64_t feed_id, const std::string& key, const Article& article,
                            const std::vector<Claim>& claims, const std::string& lexicon_version) override;

    void begin_batch() override;
    void commit_batch() override;
    void rollback_batch() override;
    void finish_writing() override;

    // A session advisory lock: every machine sharing the database sees it, and the server
    // drops it when the connection ends, so a killed run leaves no stale lock.
    std::optional<bool> lock_feed_updates(int wait_seconds) override;

    std::vector<NameCount> actors() override;
    std::vector<OpenWorldActor> open_world_actors() override;
    std::vector<NameCount> sources() override;
    StoreStats stats() override;

private:
    class ArticleWrite;
    class ReadSnapshot;

    struct ArticleContext {
        std::string origin;
        std::string reported_date;
    };

    template <class Body>
    auto guarded(Body&& body);
    template <class Body>
    auto reading(Body&& body);

    AddResult store_article(const Article& article, const std::vector<Claim>& claims,
                            const std::string& lexicon_version);
    std::vector<ClaimFacts> claims_of(std::int64_t article_id);
    void forget_claims(const std::vector<ClaimFacts>& claims);
    std::int64_t source_id(const std::string& name);
    std::string publisher_origin(std::uint64_t simhash, const std::string& publisher);
    std::int64_t insert_article(const Article& article, const std::string& identity, const std::string& hash,
                                std::uint64_t simhash, const std::string& origin, const std::string& lexicon_version);
    void insert_claims(std::int64_t article_id, const ArticleContext& context, const std::vector<Claim>& claims);
    void analyze_grown_tables();
    std::vector<const char*> written_tables_where(const char* sql);

    PostgresLocation m_location;
    const HardwareFamilies& m_families;
    PgConnection m_connection;
    PgTextSearch m_text;
    PgPropositions m_propositions;
    PgQueries m_queries;
    bool m_in_batch = false;
};

}  // namespace tracker::store
