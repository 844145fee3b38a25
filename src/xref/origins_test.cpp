#include <catch2/catch.hpp>

#include "tracker/xref.h"

using tracker::xref::is_named_source;

TEST_CASE("is_named_source: anonymous and generic claimants are not named", "[xref]") {
    for (const char* claimant :
         {"people familiar with the matter", "multiple industry sources",
          "a senior Trump administration official", "two people briefed on the case",
          "People familiar with the matter", "analysts", "Several analysts", "US officials",
          "an industry insider", "the company", "a spokesperson", "sources", "", "   ",
          // capitalised only by standing first, or a place made an adjective
          "Brokers", "Critics", "Others", "the Beijing-based startup", "Shenzhen-listed suppliers"}) {
        INFO(claimant);
        CHECK_FALSE(is_named_source(claimant));
    }
}

TEST_CASE("is_named_source: publications, companies and offices are named", "[xref]") {
    for (const char* claimant : {"The Information", "Reuters", "Anthropic", "Pacific Ledger",
                                 "prosecutors in Kuala Lumpur", "an Nvidia spokesperson",
                                 "the Commerce Department", "OpenAI", "Lumen Research",
                                 "Alibaba Group", "Hong Kong-based Asia Ledger", "Rolls-Royce"}) {
        INFO(claimant);
        CHECK(is_named_source(claimant));
    }
}

TEST_CASE("origin_of: a named claimant is the origin, whoever publishes", "[xref]") {
    tracker::Claim c;
    c.claimant = " The Information ";
    CHECK(tracker::xref::origin_of(c, "GlobalFocus24") == "The Information");
    CHECK(tracker::xref::origin_of(c, "Pacific Ledger") == "The Information");
}

TEST_CASE("origin_of: an anonymous or missing claimant falls back to the publisher", "[xref]") {
    tracker::Claim c;
    CHECK(tracker::xref::origin_of(c, "GlobalFocus24") == "GlobalFocus24");
    c.claimant = "people familiar with the matter";
    CHECK(tracker::xref::origin_of(c, "Pacific Ledger") == "Pacific Ledger");
}

namespace {
struct NoFamilies : tracker::HardwareFamilies {
    std::string family_of(const std::string& h) const override { return h; }
};
}  // namespace

TEST_CASE("origins_of_article: the article's own voice echoes the source it cites", "[xref]") {
    tracker::Claim cited, own, other;
    cited.actor = own.actor = other.actor = "DeepSeek";
    cited.allegation = own.allegation = "model_release";
    other.allegation = "trained_on";
    cited.claimant = "The Information";
    auto origins = tracker::xref::origins_of_article({own, cited, other}, "Silverline Tech", NoFamilies{});
    CHECK(origins == std::vector<std::string>{"The Information", "The Information", "Silverline Tech"});
}

TEST_CASE("origins_of_article: an unnamed denial of what the article reports is the accused's", "[xref]") {
    tracker::Claim reported, denial, elsewhere;
    reported.actor = denial.actor = elsewhere.actor = "DeepSeek";
    reported.allegation = denial.allegation = "trained_on";
    elsewhere.allegation = "smuggling";
    reported.hardware = denial.hardware = elsewhere.hardware = "Nvidia Blackwell";
    denial.polarity = elsewhere.polarity = tracker::Polarity::denied;
    auto origins = tracker::xref::origins_of_article({reported, denial, elsewhere}, "Silverline Tech", NoFamilies{});
    // The smuggling denial denies nothing this article reports: the article's own voice.
    CHECK(origins == std::vector<std::string>{"Silverline Tech", "DeepSeek", "Silverline Tech"});
}

namespace {
struct Hopper : tracker::HardwareFamilies {
    std::string family_of(const std::string& h) const override {
        return h == "Nvidia H100" || h == "Nvidia H20" ? "Nvidia Hopper" : h;
    }
};
}  // namespace

TEST_CASE("origins_of_article: a family claim in the article's voice echoes a cited member claim", "[xref]") {
    // The family's proposition rolls up its members' claims: counted apart, the two would make
    // one article corroborate "DeepSeek acquired_hardware Nvidia Hopper" on its own.
    tracker::Claim member, family, elsewhere;
    member.actor = family.actor = elsewhere.actor = "DeepSeek";
    member.allegation = family.allegation = elsewhere.allegation = "acquired_hardware";
    member.hardware = "Nvidia H100";
    member.claimant = "SemiAnalysis";
    family.hardware = "Nvidia Hopper";
    elsewhere.hardware = "Nvidia A100";
    auto origins = tracker::xref::origins_of_article({family, member, elsewhere}, "Silverline Tech", Hopper{});
    CHECK(origins == std::vector<std::string>{"SemiAnalysis", "SemiAnalysis", "Silverline Tech"});
}
