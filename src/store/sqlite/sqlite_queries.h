// The reading side of SqliteStore: claims, propositions and articles by ClaimFilter, and counts.
//
// Each query is a constant base plus the constant fragments of the filters that are set, with
// the filter values bound (FilteredQuery). Matching rules:
//  - actor, claimant, hardware and source compare case-insensitively (COLLATE NOCASE columns);
//    allegation and status exactly;
//  - hardware matches the claim's chip or its family (a family finds its members);
//  - since/until keep claims whose date, COALESCE(event date, reported date), overlaps
//    [since, until]; a partial date "2025-12" is the whole month (partial_date.h), and so is a
//    partial `until`;
//  - text: every word must occur (FTS5, fts_query.h), bound as a parameter;
//  - claims come oldest first by that date, then by id; propositions by first report, then id;
//    articles by reported date, then id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/sqlite/filtered_query.h"
#include "store/sqlite/statement_cache.h"
#include "tracker/store.h"

namespace tracker::store {

class SqliteQueries {
public:
    explicit SqliteQueries(StatementCache& statements) : m_statements(statements) {}

    std::vector<StoredClaim> find_claims(const ClaimFilter& filter, std::int64_t claim_id = 0);
    std::optional<StoredClaim> find_claim(std::int64_t id);
    std::vector<Proposition> find_propositions(const ClaimFilter& filter, std::int64_t proposition_id = 0);
    std::optional<Proposition> find_proposition(std::int64_t id);
    std::vector<ArticleSummary> find_articles(const ClaimFilter& filter);
    std::optional<Article> load_article(std::int64_t id);
    std::vector<std::int64_t> articles_not_at(const std::string& version);
    std::vector<NameCount> actors();
    std::vector<NameCount> sources();
    StoreStats stats();

private:
    std::vector<NameCount> name_counts(const char* sql);
    void read_counters(Proposition& p);
    bool timeline_walk_is_cheaper(const ClaimFilter& filter);

    StatementCache& m_statements;
};

}  // namespace tracker::store
