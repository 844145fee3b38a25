// Which claims form one proposition, and the standing of a proposition
// (../shared/spec/claim-model.md, "Cross-referencing").
#include "tracker/xref.h"

namespace tracker::xref {

// Hardware is folded to its family so that a claim about a member (B200) and one about the
// family (Nvidia Blackwell) land in one proposition: a family contains its members.
PropositionKey key_of(const Claim& claim, const HardwareFamilies& families) {
    std::string hardware = claim.hardware.empty() ? std::string() : families.family_of(claim.hardware);
    if (hardware.empty()) hardware = claim.hardware;  // a family-less name is its own root
    return {claim.actor, claim.allegation, std::move(hardware), claim.object};
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
