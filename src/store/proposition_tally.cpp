#include "store/proposition_tally.h"

#include <tuple>

namespace tracker::store {

namespace {

// "Earlier" for an origin's first claim: dated before undated, then by date, then by article
// (SQLite's k_earlier in proposition_updater.cpp).
bool earlier(const ClaimFacts& claim, const OriginTally& row) {
    return std::tuple(claim.reported_date.empty(), claim.reported_date, claim.article_id) <
           std::tuple(row.first_reported.empty(), row.first_reported, row.first_article);
}

void count_origin(PropositionTally& tally, const ClaimFacts& claim) {
    const auto [row, inserted] = tally.origins.try_emplace({claim.denied, origin_key(claim.origin)});
    OriginTally& origin = row->second;
    ++origin.claims;
    if (inserted || earlier(claim, origin)) {
        origin.origin = claim.origin;
        origin.first_reported = claim.reported_date;
        origin.first_article = claim.article_id;
    }
}

void count_quantities(PropositionTally& tally, const ClaimFacts& claim) {
    if (claim.evidence.find_first_of("0123456789") == std::string::npos) return;
    int position = 0;
    for (const xref::Quantity& q : xref::quantities_in(claim.evidence)) {
        const auto [row, inserted] = tally.quantities.try_emplace({q.unit, q.value});
        if (inserted) row->second = {q, claim.id, position, 0};
        ++row->second.claims;
        ++position;
    }
}

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

PropositionTally tally_of(std::int64_t proposition_id, const std::vector<ClaimFacts>& claims) {
    PropositionTally tally;
    for (const ClaimFacts& claim : claims) {
        if (claim.proposition_id == proposition_id) ++tally.own_claims;
        tally.articles.insert(claim.article_id);
        count_origin(tally, claim);
        ++tally.hardware[claim.hardware];
        count_quantities(tally, claim);
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
