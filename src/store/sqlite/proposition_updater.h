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
//  - revision + 1 for each article (or re-extraction) whose claims touched it, and updated_at =
//    now, so a reader can tell which rows a write touched;
//  - its history (proposition_history.h): what settling changed, as rows of proposition_changes.
// A proposition left without claims is deleted.
//
// Use, inside the writer's transaction. Pending changes flow article -> batch -> settle:
//  1. `add` each claim right after inserting it, `remove` each claim right after deleting it.
//     Both update the counter rows (proposition_origins, _hardware, _quantities) at once, and
//     note what they change in the proposition's claims and articles among the open article's
//     changes (m_article).
//  2. Inside a batch, each article is a savepoint. Before releasing it, `end_article` deletes
//     the propositions the article leaves without claims, as settling per article would (a
//     later article of the batch with the same key then creates a new row); once it is
//     released, `keep_article` adds the article's changes to the batch's pending changes
//     (m_pending). When the savepoint is rolled back instead, `drop_article` forgets the
//     article's changes alone: SQLite has undone its counter rows.
//  3. `settle`, just before the COMMIT, keeps the open article's changes (an article written
//     on its own needs neither end_article nor keep_article) and finishes every pending
//     proposition once: a proposition 300 articles of a batch touch is finished once, not 300
//     times. `discard` forgets all that is pending, when the transaction is rolled back.
// So after each COMMIT the database is exactly what settling after every article gives; in
// between, the propositions rows of a batch's pending propositions are stale (the counter rows
// are not): read propositions after the COMMIT.
//
// Families (schema/sqlite/0009_member_propositions.sql): a proposition is keyed by the exact chip
// its claims name, and a family's proposition (Nvidia Hopper) counts, besides its own claims,
// those of its members' propositions (Nvidia H200, Nvidia H20: same actor, allegation, object),
// since a claim about a member also speaks about its family. Such a claim is counted twice:
// `add`, then `add_to_family` (`remove`, then `remove_from_family`), the second time as
// `rolled_up` into the family's proposition, where it moves origins, articles and quantities but
// not the count of own claims: a family's proposition lives while some claim names the family.
// When find_or_create makes a family's proposition, it counts its members' claims stored so far
// (once, the size of those claims), so from then on its counters equal a recount of its scope.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/claim_facts.h"
#include "store/sqlite/proposition_history.h"
#include "store/sqlite/statement_cache.h"
#include "tracker/xref.h"

namespace tracker::store {

// The claims columns a ClaimFacts is read from, in claim_facts_of's order: select them with
// `SELECT <k_claim_facts_columns> FROM claims WHERE ...`.
inline constexpr char k_claim_facts_columns[] =
    "id, proposition_id, article_id, polarity = 'denied', origin, reported_date, hardware, "
    "iif(has_quantity = 1, evidence, ''), hardware <> hardware_family";
ClaimFacts claim_facts_of(SQLite::Statement& row);

// The propositions whose claims a proposition counts (schema/sqlite/0009_member_propositions.sql,
// invariant 2): itself, and when it is a family's, its members' (same actor, allegation and
// object, hardware of that family). Binds the proposition's id twice: `WHERE proposition_id IN
// (<k_proposition_scope>)`.
inline constexpr char k_proposition_scope[] =
    "SELECT ? UNION ALL SELECT m.id FROM propositions f JOIN propositions m ON m.actor = f.actor "
    "AND m.allegation = f.allegation AND m.hardware_family = f.hardware AND m.object = f.object "
    "WHERE f.id = ? AND m.hardware <> m.hardware_family";

class PropositionUpdater {
public:
    // Whether it raises the counts of `stats` (store_counts, schema/sqlite/0017) as it inserts
    // propositions and moves their statuses: always, but in migrations that run before 0012
    // made those counts (which 0012 then counts from scratch).
    enum class StoreCounts { kept, absent };

    explicit PropositionUpdater(StatementCache& statements, StoreCounts counts = StoreCounts::kept)
        : m_statements(statements), m_store_counts(counts == StoreCounts::kept) {}

    // The id of the proposition with this key, inserting an empty row when there is none yet.
    // Ids found are remembered (a claim of a known proposition costs no SELECT) until a
    // proposition is deleted, a savepoint or transaction is rolled back, or another connection
    // commits (PRAGMA data_version): then they are read again.
    std::int64_t find_or_create(const xref::PropositionKey& key);

    void add(const ClaimFacts& claim);     // a claim just inserted
    void remove(const ClaimFacts& claim);  // a claim just deleted (its row is gone)
    // After add / remove of a member's claim: counts it in (out of) its family's proposition too,
    // when there is one. A family's proposition created later counts its members' claims then
    // (find_or_create).
    void add_to_family(const ClaimFacts& claim);
    void remove_from_family(const ClaimFacts& claim);

    // The open article's writes are done: deletes the propositions it leaves without claims.
    // Call inside its savepoint, before releasing it.
    void end_article();
    // Its savepoint was released: its changes join the batch's pending changes. Writes nothing.
    void keep_article();
    // Its savepoint was rolled back: forgets its changes, and only its.
    void drop_article() {
        m_article.clear();
        m_ids.clear();
    }

    // Brings every proposition touched since the last settle (the open article's included) up
    // to date from its counters. Call once before the COMMIT.
    void settle();

    // Forgets every change not settled: their transaction was rolled back.
    void discard();

    // Recomputes one proposition's counters from its claims, as if each was added anew.
    void rebuild(std::int64_t proposition_id);

private:
    // What the open article's adds and removes change in one proposition. Its articles move by
    // articles_added.size() - articles_removed.size(): an article's claims are added or removed
    // all together, and a replaced article may come back under the same id.
    struct ArticleChange {
        int claims = 0;
        std::set<std::int64_t> articles_added;
        std::set<std::int64_t> articles_removed;
        bool emptied = false;  // end_article deleted the proposition
        HistoryNotes history;
    };
    // What the articles kept since the last settle change in one proposition: the sums of their
    // changes. Article ids are not united across articles: an article added, then replaced in
    // the same batch by a new row that takes back its id, moves articles by +1 -1 +1, where
    // the united sets ({id} added, {id} removed) would say 0.
    struct PendingChange {
        int claims = 0;
        std::int64_t articles = 0;
        int writes = 0;  // articles that touched it: its revision goes up by as many
        HistoryNotes history;
    };

    void count_origin(const ClaimFacts& claim, HistoryNotes& history);
    void uncount_origin(const ClaimFacts& claim, HistoryNotes& history);
    void count_quantities(const ClaimFacts& claim, HistoryNotes& history);
    void uncount_quantities(const ClaimFacts& claim, HistoryNotes& history);
    void refresh_first_claim_of_origin(const ClaimFacts& claim);
    void refresh_first_sighting(std::int64_t proposition_id, const xref::Quantity& quantity);
    void finish(std::int64_t proposition_id, const PendingChange& change);
    std::int64_t family_of_member(std::int64_t member_proposition_id);
    void count_members(std::int64_t family_proposition_id, const xref::PropositionKey& key);

    std::int64_t find_or_insert(const xref::PropositionKey& key);  // find_or_create's SQL
    void count_status(std::string_view status, int change);
    void delete_proposition(std::int64_t proposition_id);

    StatementCache& m_statements;
    // Proposition ids by key (actor and hardware folded as NOCASE folds them), and the
    // data_version they were read at.
    std::unordered_map<std::string, std::int64_t> m_ids;
    std::int64_t m_ids_version = -1;
    std::map<std::int64_t, ArticleChange> m_article;  // the open article's, by proposition id
    std::map<std::int64_t, PendingChange> m_pending;  // the kept articles', by proposition id
    bool m_history = true;  // false while rebuild recounts: a recount changes nothing
    bool m_store_counts;
};

}  // namespace tracker::store
