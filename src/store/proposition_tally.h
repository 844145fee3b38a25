// A proposition's counters counted from scratch from the claims of its scope: what
// schema/sqlite/0004_proposition_counters.sql's invariants (1-5) say its counter rows hold,
// over the scope of 0009_member_propositions.sql (2). SQLite keeps the same counters claim by
// claim (src/store/sqlite/proposition_updater.h) and its `rebuild` agrees with this; the
// PostgreSQL backend recounts each proposition a batch touched with it, under the writers' lock
// (src/store/postgresql/pg_propositions.h).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/claim_facts.h"
#include "tracker/xref.h"

namespace tracker::store {

// One row of proposition_origins.
struct OriginTally {
    std::string origin;          // as its earliest claim spells it
    int claims = 0;
    std::string first_reported;  // its earliest claim's date, '' when undated
    std::int64_t first_article = 0;
};

// One row of proposition_quantities.
struct QuantityTally {
    xref::Quantity quantity;     // as the first claim (lowest id) writes it
    std::int64_t first_claim = 0;
    int position = 0;            // its order among that claim's quantities
    int claims = 0;              // occurrences among the claims
};

struct PropositionTally {
    int own_claims = 0;  // its own claims (a family's proposition does not count its members')
    std::map<std::pair<bool, std::string>, OriginTally> origins;            // by (denied, origin key)
    std::map<std::string, int> hardware;                                    // claims by hardware
    std::map<std::pair<std::string, double>, QuantityTally> quantities;     // by (unit, value)
    std::set<std::int64_t> articles;

    int supporting() const;
    int denying() const;
    std::string first_reported() const;  // the earliest dated origin, '' when none
    std::string first_denied() const;    // the same among denying origins
    // The one hardware all its claims name, else the key's hardware (a family root, or '').
    std::string hardware_display(const std::string& key_hardware) const;
    std::vector<xref::QuantitySighting> sightings() const;
};

// The tally of proposition `proposition_id` from the claims of its scope, in ascending id order
// (ties in an origin's earliest claim go to the first).
PropositionTally tally_of(std::int64_t proposition_id, const std::vector<ClaimFacts>& claims);

}  // namespace tracker::store
