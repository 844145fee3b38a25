// Keeps the propositions of a PostgreSQL store equal to what their claims say, as
// PropositionUpdater does for SQLite (its header states what a proposition holds), by another
// route: instead of counting each claim in as it is written, it notes which propositions an
// article's claims touched, and when the batch commits it recounts each of them once from the
// claims of its scope (proposition_tally.h) and rewrites its counter rows.
//
// Why a recount: every writer holds the writers' lock (PostgresStore, pg_advisory_xact_lock)
// from its BEGIN to its COMMIT, so a recount reads every claim committed before it and none
// that another machine is writing; the counters are then right under any number of concurrent
// ingests, which is what issue 17 asks, at the price of reading each touched proposition's
// claims once per batch (bench/RESULTS.md). The recount is set-based: a dozen statements a
// batch, each over every touched proposition (arrays bound as one parameter, pg_array.h), not a
// dozen a proposition, since a round trip to the server costs more than the work (measured: a
// batch of 784 propositions took 1.7 s one by one).
//
// Use, inside the writer's transaction, the same flow as PropositionUpdater:
//  1. `touch` each proposition a claim is added to or removed from (and `touch_family` for a
//     member's claim), with the article.
//  2. Inside a batch, before releasing the article's savepoint, `end_article` deletes the
//     propositions the article left without claims (a later article with the same key then
//     makes a new one, as on SQLite); after releasing it `keep_article`, after rolling it back
//     `drop_article`.
//  3. `settle`, before the COMMIT, recounts every touched proposition, writes its history
//     (proposition_changes: new, origin, denial, conflict, status, as 0008 defines them) by
//     comparing the counter rows before and after, and its revision (+1 per article).
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

class PgPropositions {
public:
    explicit PgPropositions(PgConnection& connection) : m_connection(connection) {}

    // The proposition with this key, inserted empty when there is none yet, and for a member's
    // key its family's proposition (0 when there is none): one round trip.
    struct Found {
        std::int64_t id = 0;
        std::int64_t family = 0;
    };
    Found find_or_create(const xref::PropositionKey& key);

    void touch(std::int64_t proposition_id, std::int64_t article_id, bool removed);
    // A member's claim touches its family's proposition too, when there is one.
    void touch_family(const ClaimFacts& claim, bool removed);

    void end_article();
    void keep_article();
    void drop_article() { m_article.clear(); }
    void settle();
    void discard();

private:
    struct Touch {
        std::vector<std::int64_t> articles;  // in the order they were written, each once
        bool removed = false;                // some claim of it was removed
        int writes = 0;                      // articles kept that touched it: its revision's step
    };

    struct Recount;  // the rows a settle writes, gathered (pg_propositions.cpp)
    struct Before {  // a proposition's row and counter keys before the settle
        bool exists = false;  // its row was found
        std::string key_hardware;
        std::string status;
        bool created = false;
        std::set<std::pair<bool, std::string>> origins;
        std::set<std::pair<std::string, double>> quantities;
    };

    std::map<std::int64_t, Before> read_before(const std::string& ids);
    std::map<std::int64_t, std::vector<ClaimFacts>> claims_of_scopes(const std::string& ids);
    void write(const Recount& recount);

    PgConnection& m_connection;
    std::map<std::int64_t, Touch> m_article;  // the open article's, by proposition id
    std::map<std::int64_t, Touch> m_pending;  // the kept articles', by proposition id
};

}  // namespace tracker::store
