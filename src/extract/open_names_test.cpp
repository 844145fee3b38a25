// Open-world actors (issue 15): names no lexicon lists, on sentences of our own.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/extract_testing.h"

using namespace tracker;
using namespace tracker::extract::testing;

namespace {

const Claim* find_claim(const std::vector<Claim>& claims, const std::string& actor, const std::string& allegation) {
    auto it = std::find_if(claims.begin(), claims.end(),
                           [&](const Claim& c) { return c.actor == actor && c.allegation == allegation; });
    return it == claims.end() ? nullptr : &*it;
}

bool any_open_world(const std::vector<Claim>& claims) {
    return std::any_of(claims.begin(), claims.end(), [](const Claim& c) { return c.open_world; });
}

}  // namespace

TEST_CASE("Open names: defendants and their firm are actors, marked open-world with a kind", "[extract][open]") {
    auto c = claims_of("Federal prosecutors charged Chinese national Tomas Verhoek and his firm Quillon Trading Ltd "
                       "with smuggling Nvidia H100 chips to China.");
    INFO(describe(c));
    CHECK(has_claim(c, "Tomas Verhoek", "smuggling", "Nvidia H100"));
    CHECK(has_claim(c, "Quillon Trading Ltd", "smuggling", "Nvidia H100"));
    CHECK(has_claim(c, "Tomas Verhoek", "investigation", "Nvidia H100"));
    const Claim* person = find_claim(c, "Tomas Verhoek", "smuggling");
    const Claim* firm = find_claim(c, "Quillon Trading Ltd", "smuggling");
    REQUIRE(person);
    REQUIRE(firm);
    CHECK(person->open_world);
    CHECK(person->actor_kind == "person");
    CHECK(firm->open_world);
    CHECK(firm->actor_kind == "company");
    // The destination is no investigator.
    CHECK_FALSE(has_claim(c, "Tomas Verhoek", "investigation", "*", "China"));
}

TEST_CASE("Open names: defendants listed with their ages are one list", "[extract][open]") {
    auto c = claims_of("Ada Rennick, 34, and Tim Oyelowo, 36, were indicted for exporting Nvidia A100 chips "
                       "to China without a license.");
    INFO(describe(c));
    CHECK(has_claim(c, "Ada Rennick", "investigation", "Nvidia A100"));
    CHECK(has_claim(c, "Tim Oyelowo", "investigation", "Nvidia A100"));
}

TEST_CASE("Open names: a new lab distils, but releases nothing on its name alone", "[extract][open]") {
    auto c = claims_of("Anthropic said a startup called Veridian Minds distilled Claude through fraudulent accounts.\n\n"
                       "Halvorsen Motors released a new model of its electric truck on Monday.");
    INFO(describe(c));
    CHECK(has_claim(c, "Veridian Minds", "distillation", "*", "Anthropic"));
    CHECK_FALSE(has_claim(c, "Halvorsen Motors", "model_release"));
}

TEST_CASE("Open names: later mentions resolve to the full name first written", "[extract][open]") {
    SECTION("a surname alone") {
        auto c = claims_of("Prosecutors named Irena Kovalczyk as the buyer in the case.\n\n"
                           "Kovalczyk later acquired 400 Nvidia A100 chips through a shell company.");
        INFO(describe(c));
        CHECK(has_claim(c, "Irena Kovalczyk", "acquired_hardware", "Nvidia A100"));
        CHECK_FALSE(has_claim(c, "Kovalczyk", "acquired_hardware"));
    }
    SECTION("a firm's first word, and the company") {
        auto c = claims_of("The reseller Pelloro Systems sold cloud time to labs in Asia.\n\n"
                           "Pelloro bought 2,000 Nvidia H200 servers last spring. "
                           "The company also smuggled AMD MI308 chips into China, investigators said.");
        INFO(describe(c));
        CHECK(has_claim(c, "Pelloro Systems", "acquired_hardware", "Nvidia H200"));
        CHECK(has_claim(c, "Pelloro Systems", "smuggling", "AMD MI308"));
        CHECK_FALSE(has_claim(c, "Pelloro", "acquired_hardware"));
    }
}

TEST_CASE("Open names: no chip in the sentence, no claim", "[extract][open]") {
    for (const char* text : {"Marta Oyelaran smuggled cigarettes into Malaysia in 2019.",
                             "The cigarette smugglers Brenno Falk and Ivo Sandor were caught at the border.",
                             "Customs said Daria Holm had been smuggling drugs for years.",
                             "Dalmar Freight Ltd bought three cargo ships last year."}) {
        auto c = claims_of(text);
        INFO(text << "\n" << describe(c));
        CHECK(c.empty());
    }
}

TEST_CASE("Open names: places, titles, institutions and officers are no open-world parties", "[extract][open]") {
    SECTION("a place where chips went") {
        auto c = claims_of("The Nvidia H100 servers were smuggled to Hong Kong and then to Shenzhen.");
        INFO(describe(c));
        CHECK_FALSE(any_open_world(c));
    }
    SECTION("a title before a name is left out of it") {
        auto c = claims_of("Judge Ana Okafor said Brennan Vale smuggled Nvidia A100 chips to China.");
        INFO(describe(c));
        CHECK(has_claim(c, "Brennan Vale", "smuggling", "Nvidia A100"));
        CHECK_FALSE(has_claim(c, "Judge Ana Okafor", "smuggling"));
    }
    SECTION("an institution") {
        auto c = claims_of("The Southern Trade Bureau bought Nvidia H20 chips for its own data center.");
        INFO(describe(c));
        CHECK_FALSE(any_open_world(c));
    }
    SECTION("an officer of a party the lexicons list speaks for it") {
        auto c = claims_of("Tencent CEO Marek Lindqvist bought Nvidia H20 chips for the group.");
        INFO(describe(c));
        CHECK_FALSE(has_claim(c, "Marek Lindqvist", "acquired_hardware"));
    }
}

TEST_CASE("Open names: a title-case headline names nobody new", "[extract][open]") {
    for (const char* text : {"Two Men Charged With Smuggling Nvidia H100 Chips Through Hallam Ports",
                             "Anthropic Accuses Tencent and Baidu of Wholesale-Scale Distillation of Claude"}) {
        auto c = claims_of(text);
        INFO(text << "\n" << describe(c));
        CHECK_FALSE(any_open_world(c));
    }
}

TEST_CASE("Open names: the lexicons' actors stay theirs, not open-world", "[extract][open]") {
    auto c = claims_of("Tencent bought Nvidia H20 chips from the trading firm Ostrava Link.");
    INFO(describe(c));
    const Claim* claim = find_claim(c, "Tencent", "acquired_hardware");
    REQUIRE(claim);
    CHECK_FALSE(claim->open_world);
    CHECK(claim->actor_kind.empty());
    CHECK_FALSE(has_claim(c, "Ostrava Link", "acquired_hardware"));  // the seller
}

TEST_CASE("Open names: a firm's denial denies what was said of it", "[extract][open]") {
    auto c = claims_of("Orvieto Computing, a Singapore-based reseller, bought 2,000 Nvidia H100 servers for a client.\n\n"
                       "Orvieto denied any wrongdoing and said it followed all export rules.");
    INFO(describe(c));
    CHECK(has_claim(c, "Orvieto Computing", "acquired_hardware", "Nvidia H100", "*", Polarity::asserted));
    // Denying wrongdoing denies smuggling, not the purchase.
    CHECK(has_claim(c, "Orvieto Computing", "smuggling", "*", "*", Polarity::denied));
    CHECK_FALSE(has_claim(c, "Orvieto Computing", "acquired_hardware", "*", "*", Polarity::denied));
    auto s = claims_of("Orvieto Computing, a Singapore-based reseller, smuggled 2,000 Nvidia H100 servers into China, "
                       "prosecutors said.\n\nOrvieto denied any wrongdoing.");
    INFO(describe(s));
    CHECK(has_claim(s, "Orvieto Computing", "smuggling", "Nvidia H100", "*", Polarity::denied));
}

TEST_CASE("OpenNames: a name after 'the port of' or 'the city of' is a place", "[extract]") {
    auto c = claims_of("Customs officers seized servers packed with H100 chips at the port of Tanjung Kerang. "
                       "Police raided a warehouse in the city of Rayong Bay holding H200 chips.");
    INFO(describe(c));
    for (const auto& claim : c) {
        CHECK(claim.actor != "Tanjung Kerang");
        CHECK(claim.actor != "Rayong Bay");
    }
}

TEST_CASE("OpenNames: a name at or in a place's noun ('a free-trade zone at ...') is a place", "[extract]") {
    auto c = claims_of("The B200 servers were relabeled as routers and smuggled through a free-trade zone at Pulau "
                       "Merak, the records show.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Pulau Merak", "smuggling"));
}

TEST_CASE("OpenNames: the outlet a report ran in is no party ('a report in The Morning Lantern that it ...')", "[extract]") {
    auto c = claims_of("Zhipu AI has said little about a report in The Morning Lantern that it had obtained B200 chips "
                       "through smuggling networks in Vietnam.");
    INFO(describe(c));
    CHECK_FALSE(has_claim(c, "Morning Lantern", "smuggling"));
    CHECK(has_claim(c, "Zhipu AI", "smuggling", "Nvidia B200"));
}

TEST_CASE("Open names: a work's quoted title after 'titled' names nobody", "[extract][open]") {
    auto c = claims_of("The panel, titled \"Open Gates: Ending GPU Smuggling,\" heard from Tomas Riel, who said Baidu "
                       "bought smuggled H100 chips.");
    INFO(describe(c));
    for (const auto& claim : c) {
        CHECK(claim.actor != "Open Gates");
        CHECK(claim.actor != "Ending GPU Smuggling");
    }
    CHECK(has_claim(c, "Baidu", "smuggling"));
}

TEST_CASE("Open names: a name an outlet's word introduces is no party", "[extract][open]") {
    auto c = claims_of("Baidu trained its model on Nvidia H100 servers that were routed through a data center in Batam "
                       "and then smuggled into China, according to documents reviewed by the investigative outlet Harbor "
                       "Bytes and two people with knowledge of the matter.");
    INFO(describe(c));
    CHECK(has_claim(c, "Baidu", "trained_on", "Nvidia H100"));
    for (const auto& claim : c) CHECK(claim.actor.find("Harbor") == std::string::npos);
}

TEST_CASE("Open names: a name after a dash that ends the line credits an outlet", "[extract][open]") {
    auto c = claims_of("Moonshot AI built model with smuggled Nvidia chips - Corvane Tech\n\nBy Ana Weller\n\nBEIJING, "
                       "Feb 10 (Quay Wire) - Chinese AI startup Moonshot AI built its next model with Nvidia Blackwell "
                       "chips that were smuggled into China, tech news site Corvane Tech reported on Tuesday.\n\nQuay "
                       "Wire could not verify the report.\n\nThe startup bought about 4,000 B200 chips through an "
                       "operator in Johor last year, Corvane said.");
    INFO(describe(c));
    REQUIRE(has_claim(c, "Moonshot AI", "smuggling", "Nvidia Blackwell"));
    for (const auto& claim : c) CHECK(claim.actor != "Corvane Tech");
}
