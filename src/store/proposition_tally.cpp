#include "store/proposition_tally.h"

#include <tuple>

namespace tracker::store {

namespace {

std::string earliest_dated(const PropositionTally& tally, bool denied_only) {
    std::string earliest;
    for (const auto& [key, origin] : tally.origins) {
        if (denied_only && !key.first) continue;
        if (!origin.first_reported.empty() && (earliest.empty() || origin.first_reported < earliest))
            earliest = origin.first_reported;
    }
    return earliest;
}

}  // namespace

bool earlier(const std::string& reported_date, std::int64_t article_id, const OriginTally& than) {
    return std::tuple(reported_date.empty(), reported_date, article_id) <
           std::tuple(than.first_reported.empty(), than.first_reported, than.first_article);
}

std::vector<xref::Quantity> quantities_of(const ClaimFacts& claim) {
    if (claim.evidence.find_first_of("0123456789") == std::string::npos) return {};
    return xref::quantities_in(claim.evidence);
}

void PropositionTally::add(const ClaimFacts& claim) {
    if (!claim.rolled_up) ++own_claims;
    articles.insert(claim.article_id);
    const OriginKey key{claim.denied, origin_key(claim.origin)};
    const auto [origin, created] = origins.try_emplace(key);
    if (created) stale_origins.erase(key);
    ++origin->second.claims;
    if (created || earlier(claim.reported_date, claim.article_id, origin->second))
        origin->second = {claim.origin, origin->second.claims, claim.reported_date, claim.article_id};
    ++hardware[claim.hardware];
    int position = 0;
    for (const xref::Quantity& q : quantities_of(claim)) {
        const auto [row, inserted] = quantities.try_emplace({q.unit, q.value});
        if (inserted) {
            stale_quantities.erase(row->first);
            row->second = {q, claim.id, position, 0};
        } else if (claim.id < row->second.first_claim) {
            row->second.quantity = q;
            row->second.first_claim = claim.id;
            row->second.position = position;
        }
        ++row->second.claims;
        ++position;
    }
}

void PropositionTally::remove(const ClaimFacts& claim) {
    if (!claim.rolled_up) --own_claims;
    const OriginKey key{claim.denied, origin_key(claim.origin)};
    if (const auto origin = origins.find(key); origin != origins.end()) {
        if (--origin->second.claims <= 0) {
            origins.erase(origin);
            stale_origins.erase(key);
        } else if (origin->second.first_reported == claim.reported_date &&
                   origin->second.first_article == claim.article_id) {
            stale_origins.insert(key);
        }
    }
    if (const auto row = hardware.find(claim.hardware); row != hardware.end() && --row->second <= 0) hardware.erase(row);
    for (const xref::Quantity& q : quantities_of(claim)) {
        const QuantityKey quantity{q.unit, q.value};
        const auto row = quantities.find(quantity);
        if (row == quantities.end()) continue;
        if (--row->second.claims <= 0) {
            quantities.erase(row);
            stale_quantities.erase(quantity);
        } else if (row->second.first_claim == claim.id) {
            stale_quantities.insert(quantity);
        }
    }
}

PropositionTally tally_of(std::int64_t proposition_id, const std::vector<ClaimFacts>& claims) {
    PropositionTally tally;
    for (ClaimFacts claim : claims) {
        claim.rolled_up = claim.proposition_id != proposition_id;
        tally.add(claim);
    }
    return tally;
}

int PropositionTally::supporting() const {
    int count = 0;
    for (const auto& [key, origin] : origins) count += key.first ? 0 : 1;
    return count;
}

int PropositionTally::denying() const { return static_cast<int>(origins.size()) - supporting(); }

std::string PropositionTally::first_reported() const { return earliest_dated(*this, false); }
std::string PropositionTally::first_denied() const { return earliest_dated(*this, true); }

std::string PropositionTally::hardware_display(const std::string& key_hardware) const {
    return hardware.size() == 1 ? hardware.begin()->first : key_hardware;
}

std::vector<xref::QuantitySighting> PropositionTally::sightings() const {
    std::vector<xref::QuantitySighting> sightings;
    for (const auto& [key, q] : quantities) sightings.push_back({q.quantity, q.first_claim, q.position});
    return sightings;
}

}  // namespace tracker::store
