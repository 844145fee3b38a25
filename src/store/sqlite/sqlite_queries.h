// The reading side of SqliteStore: claims, propositions and articles by ClaimFilter, and counts.
//
// Each query is a constant base plus the constant fragments of the filters that are set, with
// the filter values bound (FilteredQuery). Matching rules:
//  - actor, claimant, hardware and source compare case-insensitively (COLLATE NOCASE columns);
//    allegation and status exactly;
//  - hardware matches the claim's (the proposition's) chip or its family (a family finds its
//    members);
//  - a proposition's claims (proposition_id, the claim ids) are those it counts: a family's
//    include its members' (schema/sqlite/0009_member_propositions.sql);
//  - since/until keep claims whose date, COALESCE(event date, reported date), overlaps
//    [since, until]; a partial date "2025-12" is the whole month (partial_date.h), and so is a
//    partial `until`;
//  - text: every word must occur, for claims in the evidence (evidence_search.h), for
//    articles in the text (FTS5, fts_query.h), bound as a parameter;
//  - claims come oldest first by that date, then by id; propositions by first report, then id;
//    articles by reported date, then id.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "store/sqlite/evidence_search.h"
#include "store/filtered_query.h"
#include "store/sqlite/statement_cache.h"
#include "tracker/store.h"

namespace tracker::store {

class SqliteQueries {
public:
    // How find_claims applies a text filter (see its comment); `none` without one.
    enum class TextPlan { none, drive, walk, walk_tokens, index };

    // `walk_budget`: claims a walk testing the evidence's own words reads before it gives up
    // for reading the words' positions (see find_claims).
    SqliteQueries(StatementCache& statements, EvidenceSearch& evidence, std::int64_t walk_budget = 4000)
        : m_statements(statements), m_evidence(evidence), m_walk_budget(walk_budget) {}

    // Keys of evidence_fts to read: [from, before).
    struct KeyRange {
        std::int64_t from = 0;
        std::int64_t before = std::numeric_limits<std::int64_t>::max();
    };

    std::vector<StoredClaim> find_claims(const ClaimFilter& filter, std::int64_t claim_id = 0);
    // The same by the plan given for the text filter, not the one find_claims would choose:
    // every plan gives the same claims (the tests check it).
    std::vector<StoredClaim> find_claims_by(const ClaimFilter& filter, TextPlan plan);
    std::optional<StoredClaim> find_claim(std::int64_t id);
    std::vector<Proposition> find_propositions(const ClaimFilter& filter, std::int64_t proposition_id = 0);
    std::optional<Proposition> find_proposition(std::int64_t id);
    std::vector<ArticleSummary> find_articles(const ClaimFilter& filter);
    std::optional<Article> load_article(std::int64_t id);
    std::vector<std::int64_t> articles_not_at(const std::string& version);
    std::vector<NameCount> actors();
    std::vector<OpenWorldActor> open_world_actors();
    std::vector<NameCount> sources();
    StoreStats stats();

private:
    std::vector<NameCount> name_counts(const char* sql);
    void read_counters(Proposition& p);
    void read_claim_ids(Proposition& p);
    // Ends a text search on the way out, however it is left.
    struct EndSearch {
        EvidenceSearch& evidence;
        ~EndSearch() {
            try {
                evidence.end_search();
            } catch (...) {  // the next search clears the list first; the error being thrown, if
            }                // any, is the one to report
        }
    };
    std::vector<StoredClaim> run_claims(const ClaimFilter& filter, std::int64_t claim_id, TextPlan text_plan);
    // A claim read through evidence_fts, with what orders it.
    struct IndexedClaim {
        StoredClaim claim;
        std::string when_start;
        std::int64_t key = 0;
    };
    std::vector<StoredClaim> find_claims_by_index(const ClaimFilter& filter);
    void read_by_index(const ClaimFilter& filter, const KeyRange& keys, std::vector<IndexedClaim>& claims);
    static std::vector<StoredClaim> plain_claims(std::vector<IndexedClaim> claims);
    double extent(const char* sql);
    bool words_are_common(const ClaimFilter& filter);
    bool timeline_walk_is_cheaper(const ClaimFilter& filter);

    StatementCache& m_statements;
    EvidenceSearch& m_evidence;
    std::int64_t m_walk_budget;
};

}  // namespace tracker::store
