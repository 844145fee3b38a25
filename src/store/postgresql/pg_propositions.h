// Keeps the propositions of a PostgreSQL store equal to what their claims say, as
// PropositionUpdater does for SQLite (its header states what a proposition holds), and by the
// same rules: each claim written or deleted moves its proposition's counter rows
// (proposition_tally.h: PropositionTally::add and remove, SQLite's rules claim by claim), so a
// batch costs what its claims touch, not the size of the propositions they join (issue 17).
//
// What differs from SQLite is when: a round trip to the server costs more than the work, so the
// claims are noted as they are written, and the batch's counting happens when it commits, in a
// dozen set-based statements (arrays bound as one parameter, pg_array.h): read the counter rows
// the batch's claims touch, count the claims in and out in memory in the order they were written,
// write back the rows that moved. Every writer holds the writers' lock (PostgresStore,
// pg_advisory_xact_lock) from its BEGIN to its COMMIT, so the rows read are the last committed
// and nobody else moves them meanwhile: the counters are right under any number of concurrent
// ingests. Where SQLite reads the claims (an origin's earliest claim or a quantity's first
// sighting was deleted; a family's proposition is new and counts its members' claims), so does
// this, from the server. A proposition the batch created is counted from its claims (tally_of).
//
// Use, inside the writer's transaction, the same flow as PropositionUpdater:
//  1. `add` each claim right after inserting it (with its family's proposition), `remove` an
//     article's claims right after deleting them.
//  2. Inside a batch, before releasing the article's savepoint, `end_article` deletes the
//     propositions the article left without claims (a later article with the same key then
//     makes a new one, as on SQLite); after releasing it `keep_article`, after rolling it back
//     `drop_article`.
//  3. `settle`, before the COMMIT, counts the kept articles' claims into their propositions,
//     writes their history (proposition_changes: new, origin, denial, conflict, status, as 0008
//     defines them and SQLite's HistoryNotes notes them) and revision (+1 per article).
//     `discard` forgets all, when the transaction is rolled back.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "store/claim_facts.h"
#include "store/postgresql/pg_connection.h"
#include "store/proposition_tally.h"
#include "tracker/xref.h"

namespace tracker::store {

// A ClaimFacts from columns first.. of a row: id, proposition_id, article_id, denied, origin,
// reported_date, hardware, evidence (when quantified, else ''), member.
ClaimFacts claim_facts_of(const PgResult& rows, int row, int first);

class PgPropositions {
public:
    explicit PgPropositions(PgConnection& connection) : m_connection(connection) {}

    // For each key, the proposition with this key, inserted empty when there is none yet, and for
    // a member's key its family's proposition (0 when there is none): one round trip for all.
    struct Found {
        std::int64_t id = 0;
        std::int64_t family = 0;
    };
    std::vector<Found> find_or_create(const std::vector<xref::PropositionKey>& keys);

    // A claim just inserted (its id given), counted in its proposition and, when `family` is not
    // 0, rolled up into that family's proposition.
    void add(const ClaimFacts& claim, std::int64_t family);
    // An article's claims just deleted (evidence as stored, '' without a digit): counted out of
    // their propositions, and a member's out of its family's.
    void remove(const std::vector<ClaimFacts>& claims);

    void end_article();
    void keep_article();
    void drop_article() { m_article.clear(); }
    void settle();
    void discard();

private:
    struct Counted {  // a claim counted in (or out), in the order written
        ClaimFacts claim;
        bool removed = false;
    };
    struct ArticleChange {  // what the open article did to one proposition
        std::vector<Counted> counted;
        int claims = 0;
        std::set<std::int64_t> articles_added, articles_removed;
    };
    struct PendingChange {  // what the kept articles did to it
        std::vector<Counted> counted;
        int claims = 0;
        std::int64_t articles = 0;  // summed per article, as SQLite's PendingChange explains
        int writes = 0;             // articles kept that touched it: its revision's step
    };
    struct Settling;  // one proposition being settled (pg_propositions.cpp)
    struct Written;   // the rows a settle writes, gathered

    void count(ClaimFacts claim, std::int64_t proposition_id, bool removed);
    std::map<std::int64_t, Settling> lock_rows(const std::string& ids);
    void count_created(std::map<std::int64_t, Settling>& settling);
    void count_existing(std::map<std::int64_t, Settling>& settling);
    void read_touched_rows(std::map<std::int64_t, Settling>& settling);
    void refresh_stale(std::map<std::int64_t, Settling>& settling);
    void write(std::map<std::int64_t, Settling>& settling);

    PgConnection& m_connection;
    std::map<std::int64_t, ArticleChange> m_article;  // the open article's, by proposition id
    std::map<std::int64_t, PendingChange> m_pending;  // the kept articles', by proposition id
};

}  // namespace tracker::store
