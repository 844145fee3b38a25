#include <catch2/catch.hpp>

#include "tracker/xref.h"

namespace {

class TestFamilies : public tracker::HardwareFamilies {
public:
    std::string family_of(const std::string& hardware) const override {
        if (hardware == "Nvidia B200" || hardware == "Nvidia B300") return "Nvidia Blackwell";
        if (hardware == "Nvidia H800") return "Nvidia Hopper";
        return hardware;
    }
};

tracker::Claim claim_about(std::string hardware, std::string object = "") {
    tracker::Claim c;
    c.actor = "DeepSeek";
    c.allegation = "trained_on";
    c.hardware = std::move(hardware);
    c.object = std::move(object);
    return c;
}

}  // namespace

TEST_CASE("key_of: a member keeps its own key, with its family beside it", "[xref]") {
    const TestFamilies families;
    const auto member = tracker::xref::key_of(claim_about("Nvidia B200"), families);
    const auto family = tracker::xref::key_of(claim_about("Nvidia Blackwell"), families);
    CHECK_FALSE(member == family);
    CHECK(member.hardware == "Nvidia B200");
    CHECK(member.family == "Nvidia Blackwell");
    CHECK(member.actor == "DeepSeek");
    CHECK(member.allegation == "trained_on");
    CHECK(member.is_member());
    CHECK_FALSE(family.is_member());
    CHECK(member.family_key() == family);  // the member's claims roll up into the family's proposition
    CHECK(family.family_key() == family);
}

TEST_CASE("key_of: siblings, different families, objects or no hardware give different keys", "[xref]") {
    const TestFamilies families;
    const auto b200 = tracker::xref::key_of(claim_about("Nvidia B200"), families);
    CHECK_FALSE(b200 == tracker::xref::key_of(claim_about("Nvidia B300"), families));
    CHECK(b200.family_key() == tracker::xref::key_of(claim_about("Nvidia B300"), families).family_key());
    CHECK_FALSE(b200 == tracker::xref::key_of(claim_about("Nvidia H800"), families));
    CHECK_FALSE(b200 == tracker::xref::key_of(claim_about("Nvidia B200", "Anthropic"), families));
    const auto none = tracker::xref::key_of(claim_about(""), families);
    CHECK(none.hardware.empty());
    CHECK(none.family.empty());
    CHECK_FALSE(none.is_member());
    CHECK_FALSE(none == b200);
    const auto standalone = tracker::xref::key_of(claim_about("Nvidia A100"), families);
    CHECK(standalone.family == "Nvidia A100");  // a chip without family is its own root
    CHECK_FALSE(standalone.is_member());
}

TEST_CASE("status_of: both supporting and denying origins make it contradicted", "[xref]") {
    CHECK(tracker::xref::status_of(1, 1) == "contradicted");
    CHECK(tracker::xref::status_of(5, 1) == "contradicted");
    CHECK(tracker::xref::status_of(1, 3) == "contradicted");
}

TEST_CASE("status_of: two supporting origins and no denial make it corroborated", "[xref]") {
    CHECK(tracker::xref::status_of(2, 0) == "corroborated");
    CHECK(tracker::xref::status_of(7, 0) == "corroborated");
}

TEST_CASE("status_of: only denials make it denied", "[xref]") {
    CHECK(tracker::xref::status_of(0, 1) == "denied");
    CHECK(tracker::xref::status_of(0, 2) == "denied");
}

TEST_CASE("status_of: one supporting origin, or none at all, is single-source", "[xref]") {
    CHECK(tracker::xref::status_of(1, 0) == "single-source");
    CHECK(tracker::xref::status_of(0, 0) == "single-source");
}
