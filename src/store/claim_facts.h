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

// Origins compare without case, ASCII only, as SQLite's lower() and NOCASE do: the key of an
// origin among a proposition's origins.
std::string origin_key(const std::string& origin);

}  // namespace tracker::store
