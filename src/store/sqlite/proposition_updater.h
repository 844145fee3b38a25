// Keeps propositions equal to what their claims say by counting, claim by claim, so that adding
// an article costs the size of the article and not of the database (issue 4; the counters and
// their invariants are schema/sqlite/0004_proposition_counters.sql).
//
// For one proposition:
//  - supporting / denying: distinct origins (compared case-insensitively) of its asserted /
//    denied claims, listed earliest reported first (proposition_origins);
//  - status: xref::status_of of those counts;
//  - articles: distinct articles; first_reported: earliest dated claim; first_denied: earliest
//    dated denying claim;
//  - conflicts: xref::conflicts_among its distinct quantities (proposition_quantities), read
//    by SqliteQueries;
//  - hardware_display: the one chip all its claims name, else the family of the key;
//  - revision + 1 and updated_at = now, so a reader can tell which rows a write touched.
// A proposition left without claims is deleted.
//
// Use, inside the writer's transaction: `add` each claim right after inserting it, `remove` each
// claim right after deleting it, then `settle` once; `settle` finishes exactly the propositions
// those calls touched.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "store/sqlite/statement_cache.h"
#include "tracker/xref.h"

namespace tracker::store {

// What a proposition's counters need to know of one claim.
struct ClaimFacts {
    std::int64_t id = 0;
    std::int64_t proposition_id = 0;
    std::int64_t article_id = 0;
    bool denied = false;
    std::string origin;
    std::string reported_date;
    std::string hardware;
    std::string evidence;  // may be "" when it holds no digit: only quantities are read from it
};

// The claims columns a ClaimFacts is read from, in claim_facts_of's order: select them with
// `SELECT <k_claim_facts_columns> FROM claims WHERE ...`.
inline constexpr char k_claim_facts_columns[] =
    "id, proposition_id, article_id, polarity = 'denied', origin, reported_date, hardware, "
    "iif(has_quantity = 1, evidence, '')";
ClaimFacts claim_facts_of(SQLite::Statement& row);

class PropositionUpdater {
public:
    explicit PropositionUpdater(StatementCache& statements) : m_statements(statements) {}

    // The id of the proposition with this key, inserting an empty row when there is none yet.
    std::int64_t find_or_create(const xref::PropositionKey& key);

    void add(const ClaimFacts& claim);     // a claim just inserted
    void remove(const ClaimFacts& claim);  // a claim just deleted (its row is gone)

    // Brings every proposition touched since the last settle up to date from its counters.
    void settle();

    // Forgets the changes not settled (their transaction was rolled back).
    void discard() { m_changes.clear(); }

    // Recomputes one proposition's counters from its claims, as if each was added anew.
    void rebuild(std::int64_t proposition_id);

private:
    // What the adds and removes since the last settle change in one proposition.
    struct Change {
        int claims = 0;
        std::set<std::int64_t> articles_added;
        std::set<std::int64_t> articles_removed;
    };

    void count_origin(const ClaimFacts& claim);
    void uncount_origin(const ClaimFacts& claim);
    void count_quantities(const ClaimFacts& claim);
    void uncount_quantities(const ClaimFacts& claim);
    void refresh_first_claim_of_origin(const ClaimFacts& claim);
    void refresh_first_sighting(std::int64_t proposition_id, const xref::Quantity& quantity);
    void finish(std::int64_t proposition_id, const Change& change);

    StatementCache& m_statements;
    std::map<std::int64_t, Change> m_changes;
};

}  // namespace tracker::store
