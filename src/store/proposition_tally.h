// A proposition's counters, held in memory: what schema/sqlite/0004_proposition_counters.sql's
// invariants (1-5) say its counter rows hold, over the scope of 0009_member_propositions.sql (2).
// `tally_of` counts them from scratch from the claims of the scope; `add` and `remove` move them
// claim by claim by the rules SQLite's counters follow (src/store/sqlite/proposition_updater.h),
// so that counting the claims in one by one gives what tally_of gives.
//
// The PostgreSQL backend (src/store/postgresql/pg_propositions.h) uses both under the writers'
// lock: tally_of for a proposition its batch created, and for one it already had, add / remove
// over the counter rows the batch's claims touch, read from the server first; rows it did not
// read are taken as absent, so only the rows of the claims counted are right afterwards.
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

using OriginKey = std::pair<bool, std::string>;        // (denied, origin_key)
using QuantityKey = std::pair<std::string, double>;   // (unit, value)

struct PropositionTally {
    int own_claims = 0;  // its own claims (a family's proposition does not count its members')
    std::map<OriginKey, OriginTally> origins;
    std::map<std::string, int> hardware;                // claims by hardware
    std::map<QuantityKey, QuantityTally> quantities;
    std::set<std::int64_t> articles;
    // Rows whose first claim `remove` took away while others remain: the next one is among the
    // claims left, which the tally does not hold (SQLite reads it from the claims; so must the
    // caller). A row emptied, or made again by `add`, leaves this set.
    std::set<OriginKey> stale_origins;
    std::set<QuantityKey> stale_quantities;

    // Counts one claim in (a family's member's claim with `rolled_up`), as SQLite's
    // PropositionUpdater::add does: claims are counted in ascending id order.
    void add(const ClaimFacts& claim);
    // Counts a claim out, as PropositionUpdater::remove does; a row it empties goes.
    void remove(const ClaimFacts& claim);

    int supporting() const;
    int denying() const;
    std::string first_reported() const;  // the earliest dated origin, '' when none
    std::string first_denied() const;    // the same among denying origins
    // The one hardware all its claims name, else the key's hardware (a family root, or '').
    std::string hardware_display(const std::string& key_hardware) const;
    std::vector<xref::QuantitySighting> sightings() const;
};

// The quantities a claim's evidence gives, in order ('' evidence, or none with a digit: none).
std::vector<xref::Quantity> quantities_of(const ClaimFacts& claim);

// "Earlier" for an origin's first claim: dated before undated, then by date, then by article
// (SQLite's k_earlier in proposition_updater.cpp).
bool earlier(const std::string& reported_date, std::int64_t article_id, const OriginTally& than);

// The tally of proposition `proposition_id` from the claims of its scope, in ascending id order
// (ties in an origin's earliest claim go to the first).
PropositionTally tally_of(std::int64_t proposition_id, const std::vector<ClaimFacts>& claims);

}  // namespace tracker::store
