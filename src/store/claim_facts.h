// What a proposition's counters need to know of one claim, for every backend (SQLite counts
// them claim by claim in SQL, src/store/sqlite/proposition_updater.h; PostgreSQL claim by claim
// in memory, by the same rules, src/store/proposition_tally.h).
#pragma once

#include <cstdint>
#include <string>

namespace tracker::store {

struct ClaimFacts {
    std::int64_t id = 0;
    std::int64_t proposition_id = 0;
    std::int64_t article_id = 0;
    bool denied = false;
    std::string origin;
    std::string reported_date;
    std::string hardware;
    std::string evidence;  // may be "" when it holds no digit: only quantities are read from it
    bool member = false;     // its hardware is a member of a family (xref::PropositionKey::is_member)
    bool rolled_up = false;  // counted in its family's proposition (proposition_id), not its own:
                             // it moves that one's origins, articles and quantities, not its claims
};

// Origins compare without case, ASCII only, as SQLite's lower() and NOCASE do, and without a
// leading "the" ("The Ledger" and "Ledger" are one outlet): the key of an origin among a
// proposition's origins. ORIGIN_KEY_SQL computes the same in SQL (SQLite's and PostgreSQL's
// lower() on "C" text fold ASCII only) from a column named origin; a macro, to be spliced into
// statements written as literals.
std::string origin_key(const std::string& origin);
#define ORIGIN_KEY_SQL "(CASE WHEN lower(origin) LIKE 'the %' THEN substr(lower(origin), 5) ELSE lower(origin) END)"

}  // namespace tracker::store
