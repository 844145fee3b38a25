// Which claims form one proposition, and the standing of a proposition
// (../shared/spec/claim-model.md, "Cross-referencing").
#include "tracker/xref.h"

namespace tracker::xref {

// The hardware stays as named, with its family beside it: a member (H200) and its family
// (Nvidia Hopper) are two propositions, the family's rolling up the member's claims.
PropositionKey key_of(const Claim& claim, const HardwareFamilies& families) {
    std::string family = claim.hardware.empty() ? std::string() : families.family_of(claim.hardware);
    if (family.empty()) family = claim.hardware;  // a family-less name is its own root
    return {claim.actor, claim.allegation, claim.hardware, claim.object, std::move(family)};
}

// Exactly the order of the claim model: any denial next to any support is a contradiction,
// whatever the counts; corroboration needs two independent supporting origins.
std::string status_of(int supporting_origins, int denying_origins) {
    if (supporting_origins > 0 && denying_origins > 0) return "contradicted";
    if (supporting_origins >= 2) return "corroborated";
    if (denying_origins > 0) return "denied";
    return "single-source";
}

}  // namespace tracker::xref
