// The reading side of PostgresStore: claims, propositions and articles by ClaimFilter, changes,
// feeds and counts, with SqliteQueries' matching rules (its header lists them) and the same
// order of results. What differs is how: case-insensitive names compare lower() to lower()
// (schema/postgresql/0009_init.sql, b), and a text filter is one LIKE per phrase on the stored
// words (pg_text_search.h), which PostgreSQL's planner drives from the trigram index or tests
// on the rows it walks, as it judges cheaper.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/filtered_query.h"
#include "store/postgresql/pg_connection.h"
#include "store/postgresql/pg_text_search.h"
#include "tracker/store.h"

namespace tracker::store {

// How PgQueries::first_claims_by_text reads a first page of claims by text (pg_queries.cpp says
// why); the defaults were measured at 100k articles. Tests set smaller ones to reach every path
// with a few thousand claims.
struct TextPagePlan {
    int walked = 1000;            // claims of the timeline walked first
    double walk_share = 0.02;     // a word at least this common is walked for first
    double rare = 2000;           // claims: a word in fewer has one window, all its matches
    double narrowing = 0.1;       // a word in more claims is not looked up in the index
    double window_matches = 4;    // the first window's expected matches, in pages
};

class PgQueries {
public:
    PgQueries(PgConnection& connection, const PgTextSearch& text) : m_connection(connection), m_text(text) {}

    std::vector<StoredClaim> find_claims(const ClaimFilter& filter, std::int64_t claim_id = 0);
    std::optional<StoredClaim> find_claim(std::int64_t id);
    void set_text_page_plan(const TextPagePlan& plan) { m_plan = plan; }
    std::vector<Proposition> find_propositions(const ClaimFilter& filter, std::int64_t proposition_id = 0);
    std::optional<Proposition> find_proposition(std::int64_t id);
    std::vector<PropositionChange> find_changes(const std::string& since);
    std::vector<ArticleSummary> find_articles(const ClaimFilter& filter);
    std::optional<Article> load_article(std::int64_t id);
    std::vector<std::int64_t> articles_not_at(const std::string& version);
    std::vector<FeedSubscription> list_feeds();
    std::vector<OpenWorldActor> open_world_actors();
    std::vector<NameCount> actors();
    std::vector<NameCount> sources();
    StoreStats stats();

private:
    PgResult run(const FilteredQuery& query);
    void add_text_filter(FilteredQuery& query, const std::string& text, const char* like_fragment,
                         const char* tokens_fragment = nullptr) const;
    std::vector<NameCount> name_counts(const char* sql);
    std::vector<StoredClaim> first_claims_by_text(const ClaimFilter& filter);
    void read_counters(std::vector<Proposition>& page, bool with_claim_ids);

    PgConnection& m_connection;
    const PgTextSearch& m_text;
    TextPagePlan m_plan;
};

}  // namespace tracker::store
