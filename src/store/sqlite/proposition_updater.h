// Keeps propositions equal to what their claims say, one proposition at a time, so that adding
// an article costs the size of the propositions it touches and not of the database.
//
// For one proposition (schema invariant 3 of 0001_init.sql):
//  - supporting / denying: distinct origins (compared case-insensitively) of its asserted /
//    denied claims, listed earliest reported first;
//  - status: xref::status_of of those counts;
//  - articles: distinct articles; first_reported: earliest article date of any claim;
//    first_denied: earliest article date of a denying claim;
//  - conflicts: xref::conflicts_of over its claims' evidence, earliest first;
//  - hardware_display: the one chip all its claims name, else the family of the key;
//  - revision + 1 and updated_at = now, so a reader can tell which rows a write touched.
// A proposition left without claims is deleted.
#pragma once

#include <cstdint>
#include <string>

#include "store/sqlite/statement_cache.h"
#include "tracker/xref.h"

namespace tracker::store {

struct Tally;  // what one proposition's claims add up to

class PropositionUpdater {
public:
    explicit PropositionUpdater(StatementCache& statements) : m_statements(statements) {}

    // The id of the proposition with this key, inserting an empty row when there is none yet
    // (recompute fills it once its claims are in).
    std::int64_t find_or_create(const xref::PropositionKey& key);

    void recompute(std::int64_t proposition_id);

private:
    Tally tally_of(std::int64_t proposition_id);
    std::string displayed_hardware(std::int64_t proposition_id, const Tally& tally);

    StatementCache& m_statements;
};

}  // namespace tracker::store
