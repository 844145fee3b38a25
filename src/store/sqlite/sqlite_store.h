// The SQLite backend of Store: one database file, WAL mode, one connection per SqliteStore.
//
// What it relies on from the schema is listed, numbered, at the top of
// schema/sqlite/0001_init.sql and of the migrations that added to it (0006: 10, 11). Writes live
// here; reads live in SqliteQueries; propositions are recomputed by PropositionUpdater inside the
// writing transaction; text search in evidence goes through EvidenceSearch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "store/sqlite/evidence_index.h"
#include "store/sqlite/evidence_search.h"
#include "store/sqlite/pending_counts.h"
#include "store/sqlite/proposition_updater.h"
#include "store/sqlite/sqlite_queries.h"
#include "store/sqlite/statement_cache.h"
#include "store/sqlite/text_index_queue.h"
#include "tracker/store.h"

namespace tracker::store {

class SqliteStore : public Store {
public:
    // Opens or creates the database at `path` (creating its folder) and migrates it; with
    // Access::read, a database that cannot be opened for writing is opened read-only.
    // Throws Fatal naming the path when it is not a database, is newer than this binary, or
    // cannot be opened.
    SqliteStore(const std::string& path, const HardwareFamilies& families, Access access = Access::write);

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

    std::vector<NameCount> actors() override;
    std::vector<OpenWorldActor> open_world_actors() override;
    std::vector<NameCount> sources() override;
    StoreStats stats() override;

private:
    // Where an article's claims count from and when they were reported.
    struct ArticleContext {
        std::string origin;
        std::string reported_date;
        std::vector<std::size_t> token_starts;  // of its text, for the evidence's token ranges
    };

    // add_article's work, inside the caller's transaction.
    AddResult store_article(const Article& article, const std::vector<Claim>& claims,
                            const std::string& lexicon_version);
    std::optional<std::pair<std::int64_t, std::string>> find_by_identity(const std::string& identity);
    std::vector<ClaimFacts> claims_of(std::int64_t article_id);
    void forget_claims(const std::vector<ClaimFacts>& claims);
    void delete_article(std::int64_t article_id);
    std::int64_t source_id(const std::string& name);
    // The origin of the first stored claim of another article whose evidence has this hash, in
    // this proposition and polarity (schema/sqlite/0018); "" when none.
    std::string copied_origin(std::int64_t evidence_hash, std::int64_t proposition, Polarity polarity,
                              std::int64_t article_id);
    std::string publisher_origin(std::uint64_t simhash, const std::string& publisher);
    // What add_article worked out about an article before storing it.
    struct ArticleKeys {
        std::string identity;
        std::string hash;
        std::uint64_t simhash = 0;
        std::string origin;
    };

    std::int64_t insert_article(const Article& article, const ArticleKeys& keys,
                                const std::string& lexicon_version);
    // Raises the counts of `stats` for an article just inserted (schema/sqlite/0017).
    void count_article(std::int64_t source_id);
    // Also queues their evidence for evidence_fts.
    void insert_claims(std::int64_t article_id, const ArticleContext& context, const std::vector<Claim>& claims);

    // Index the texts (articles_fts) and the evidence (evidence_fts) the queues hold, in the
    // open transaction. The evidence comes after the propositions are settled, so that its
    // pending terms are not written out inside settling's statements (callgrind, 800 articles:
    // 7.6% more instructions than without the index, against 1.2% after settling, in one run
    // each; a second run, with smaller batches, 4.3% either way; bench/RESULTS.md).
    void index_texts();
    void index_evidence();
    // Takes an article's claims' evidence out of evidence_fts, unless it was never indexed.
    void unindex_evidence(std::int64_t article_id);

    // Writes the counts the pending articles raise (pending_counts.h), in the open transaction.
    void write_counts();

    // What waits for the end of the transaction or batch to be written: texts and evidence to
    // index (text_index_queue.h), counts to raise (pending_counts.h).
    struct UntilCommit {
        TextIndexQueue<> texts;                                    // articles, for articles_fts
        TextIndexQueue<std::vector<PendingEvidence>> evidence;     // their claims, for evidence_fts
        PendingCounts counts;                                      // of stats, and longest_evidence
        void article_released() {
            texts.article_released();
            evidence.article_released();
            counts.article_released();
        }
        void article_undone() {
            texts.article_undone();
            evidence.article_undone();
            counts.article_undone();
        }
        void clear() {
            texts.clear();
            evidence.clear();
            counts.clear();
        }
    };

    class ArticleWrite;

    std::string m_path;
    bool m_in_batch = false;
    const HardwareFamilies& m_families;
    SQLite::Database m_db;
    StatementCache m_statements;
    EvidenceSearch m_evidence;
    PropositionUpdater m_propositions;
    UntilCommit m_until_commit;
    // Source ids by name as the UNIQUE NOCASE index compares it. No source is ever deleted but
    // by a rollback, which clears this.
    std::unordered_map<std::string, std::int64_t> m_source_ids;
    SqliteQueries m_queries;
};

}  // namespace tracker::store
