#include <catch2/catch.hpp>

// The tests spell articles and claims as brace lists that leave fields at their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <fmt/core.h>

#include "report/report_model.h"
#include "report/report_testing.h"

using namespace tracker;
using namespace tracker::report;
using testing::ReportTestStore;

namespace {

// Ten publishers repeat The Information's report; Nvidia denies it once.
void add_circular_reporting(ReportTestStore& t) {
    for (int i = 0; i < 10; ++i)
        t.add({fmt::format("echo{}.txt", i), fmt::format("Echo Wire {}", i), fmt::format("2025-12-{:02}", 11 + i)},
              {{.sentence = fmt::format("DeepSeek smuggled Blackwell chips, The Information reported (copy {}).", i),
                .claimant = "The Information"}});
    t.add({"denial.txt", "Chip Daily", "2025-12-15"},
          {{.sentence = "Nvidia denied that DeepSeek had smuggled Blackwell chips.", .claimant = "Nvidia",
            .polarity = Polarity::denied}});
}

}  // namespace

TEST_CASE("gather_report: ten articles repeating one report are one origin holding ten articles", "[report]") {
    ReportTestStore t;
    add_circular_reporting(t);
    const ReportModel model = gather_report(t.store(), {});
    REQUIRE(model.propositions.size() == 1);
    const PropositionReport& p = model.propositions[0];
    CHECK(p.proposition.status == "contradicted");
    CHECK(p.claims == 11);
    CHECK(model.claims == 11);
    CHECK(model.articles.size() == 11);
    CHECK(model.articles.front().source == "Echo Wire 0");  // by date
    CHECK(model.articles.front().claims == 1);
    REQUIRE(p.origins.size() == 2);
    CHECK(p.origins[0].name == "The Information");
    CHECK(p.origins[0].articles.size() == 10);
    CHECK(p.origins[0].asserting == 10);
    CHECK(p.origins[0].denying == 0);
    CHECK(p.origins[0].articles.front().claims.front().source == "Echo Wire 0");  // by date: the first echo first
    CHECK(p.origins[1].name == "Nvidia");
    CHECK(p.origins[1].denying == 1);
    CHECK(p.origins[1].articles.size() == 1);
}

TEST_CASE("gather_report: asserting origins come before origins that only deny, each by first date", "[report]") {
    ReportTestStore t;
    t.add({"a.txt", "Alpha News", "2025-12-01"},
          {{.sentence = "Nvidia denied that DeepSeek smuggled Blackwell chips.", .claimant = "Nvidia", .polarity = Polarity::denied}});
    t.add({"b.txt", "Beta News", "2025-12-05"}, {{.sentence = "DeepSeek smuggled Blackwell chips, Beta News found."}});
    t.add({"c.txt", "Gamma News", "2025-12-03"}, {{.sentence = "DeepSeek smuggled Blackwell chips, Gamma News found."}});
    const ReportModel model = gather_report(t.store(), {});
    REQUIRE(model.propositions.size() == 1);
    const auto& origins = model.propositions[0].origins;
    REQUIRE(origins.size() == 3);
    CHECK(origins[0].name == "Gamma News");
    CHECK(origins[1].name == "Beta News");
    CHECK(origins[2].name == "Nvidia");
}

TEST_CASE("gather_report: the selection is what find_claims returns, with every proposition holding it",
          "[report]") {
    ReportTestStore t;
    t.add({"early.txt", "Alpha News", "2025-10-01"}, {{.sentence = "DeepSeek smuggled Blackwell chips in October."}});
    t.add({"late.txt", "Beta News", "2026-01-10"}, {{.sentence = "DeepSeek smuggled more Blackwell chips in January."}});
    t.add({"other.txt", "Beta News", "2026-01-12"},
          {{.sentence = "Moonshot AI trained its model on Nvidia H800 chips.", .actor = "Moonshot AI", .allegation = "trained_on",
            .hardware = "Nvidia H800"}});

    SECTION("an actor keeps that actor's propositions only") {
        ClaimFilter filter;
        filter.actor = "moonshot ai";  // any case, as in `tracker query`
        const ReportModel model = gather_report(t.store(), filter);
        REQUIRE(model.propositions.size() == 1);
        CHECK(model.propositions[0].proposition.actor == "Moonshot AI");
        CHECK(model.claims == t.store().find_claims(filter).size());
    }
    SECTION("a window keeps a proposition first reported before it, with the claims inside it") {
        ClaimFilter filter;
        filter.actor = "DeepSeek";
        filter.since = "2026-01-01";
        const ReportModel model = gather_report(t.store(), filter);
        REQUIRE(model.propositions.size() == 1);
        const PropositionReport& p = model.propositions[0];
        CHECK(p.proposition.first_reported == "2025-10-01");
        CHECK(p.claims == 1);
        CHECK(p.claims_outside == 1);
        CHECK(model.claims == t.store().find_claims(filter).size());
        REQUIRE(p.origins.size() == 1);
        CHECK(p.origins[0].name == "Beta News");
    }
    SECTION("a limit is ignored: a report leaves no claim out") {
        ClaimFilter filter;
        filter.limit = 1;
        CHECK(gather_report(t.store(), filter).claims == 3);
    }
    SECTION("nothing selected, nothing reported") {
        ClaimFilter filter;
        filter.actor = "Nobody";
        const ReportModel model = gather_report(t.store(), filter);
        CHECK(model.propositions.empty());
        CHECK(model.claims == 0);
    }
}

TEST_CASE("timeline_date: the event date, else the article's date", "[report]") {
    StoredClaim c;
    c.reported_date = "2025-12-12";
    CHECK(timeline_date(c) == "2025-12-12");
    c.claim.event_date = "2025-11";
    CHECK(timeline_date(c) == "2025-11");
}

TEST_CASE("is_web_link: absolute http(s) URLs only", "[report]") {
    CHECK(is_web_link("https://example.com/a?b=c"));
    CHECK(is_web_link("HTTP://example.com/"));
    CHECK_FALSE(is_web_link("javascript:alert(1)"));
    CHECK_FALSE(is_web_link("https://"));
    CHECK_FALSE(is_web_link("data/samples/t04.txt"));
    CHECK_FALSE(is_web_link("https://example.com/a b"));
    CHECK_FALSE(is_web_link("https://example.com/\n"));
    CHECK_FALSE(is_web_link(""));
}
