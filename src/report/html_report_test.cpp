#include <catch2/catch.hpp>

// The tests spell articles and claims as brace lists that leave fields at their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <map>

#include <fmt/core.h>

#include "report/html_report.h"
#include "report/report_model.h"
#include "report/report_testing.h"

using namespace tracker;
using namespace tracker::report;
using testing::occurrences;
using testing::ReportTestStore;

namespace {

// Two propositions: DeepSeek smuggling, contradicted (two origins assert, one denies; one of the
// claims known only to the month), and Moonshot AI trained_on, single-source.
void add_two_propositions(ReportTestStore& t) {
    t.add({"a.txt", "Alpha News", "2025-12-10", "https://alpha.example/a"},
          {{.sentence = "DeepSeek smuggled Blackwell chips, The Information reported.", .claimant = "The Information",
            .event_date = "2025-12-08"}});
    t.add({"b.txt", "Beta News", "2025-12-11"},
          {{.sentence = "Nvidia denied that DeepSeek smuggled Blackwell chips.", .claimant = "Nvidia", .polarity = Polarity::denied}});
    t.add({"c.txt", "Gamma News", "2026-02-02"},
          {{.sentence = "DeepSeek had smuggled Blackwell chips since January, officials said.", .claimant = "US officials",
            .event_date = "2026-01"},
           {.sentence = "Moonshot AI trained Kimi on Nvidia H800 chips.", .actor = "Moonshot AI", .allegation = "trained_on",
            .hardware = "Nvidia H800"}});
}

// The statuses the page shows, per proposition id: the badge in each timeline block (tID),
// summary row (sID) and evidence block (pID).
std::multimap<std::string, std::string> statuses_shown(const std::string& html) {
    std::multimap<std::string, std::string> shown;
    const std::string badge = "class=\"st s-";
    for (const std::string block : {"<div class=tp id=t", "<tr id=s", "<details id=p"}) {
        for (auto at = html.find(block); at != std::string::npos; at = html.find(block, at + 1)) {
            const auto id_start = at + block.size();
            const auto id_end = html.find_first_not_of("0123456789", id_start);
            const auto status_start = html.find(badge, id_end);
            REQUIRE(status_start != std::string::npos);
            const auto status_from = status_start + badge.size();
            shown.emplace(html.substr(id_start, id_end - id_start),
                          html.substr(status_from, html.find('"', status_from) - status_from));
        }
    }
    return shown;
}

}  // namespace

TEST_CASE("html_report: one timeline mark per claim of the selection, each linking to its evidence", "[report]") {
    ReportTestStore t;
    add_two_propositions(t);
    const auto claims = t.store().find_claims({});
    const std::string html = html_report(gather_report(t.store(), {}));
    CHECK(occurrences(html, "<a href=#c") == claims.size());
    for (const auto& c : claims) {
        CHECK(occurrences(html, "<a href=#c" + std::to_string(c.id) + ">") == 1);
        CHECK(occurrences(html, "<p id=c" + std::to_string(c.id) + ">") == 1);
    }
    SECTION("a window shows the claims inside it only") {
        ClaimFilter filter;
        filter.until = "2025-12-31";
        const std::string windowed = html_report(gather_report(t.store(), filter));
        CHECK(occurrences(windowed, "<a href=#c") == t.store().find_claims(filter).size());
        CHECK(occurrences(windowed, "<a href=#c") == 2);
        CHECK(windowed.find("1 claim outside the dates asked for") != std::string::npos);
    }
}

TEST_CASE("html_report: every status shown is the proposition's status in the store", "[report]") {
    ReportTestStore t;
    add_two_propositions(t);
    const std::string html = html_report(gather_report(t.store(), {}));
    const auto shown = statuses_shown(html);
    const auto propositions = t.store().find_propositions({});
    REQUIRE(propositions.size() == 2);
    for (const auto& p : propositions) {
        const auto [first, last] = shown.equal_range(std::to_string(p.id));
        CHECK(std::distance(first, last) == 3);  // timeline, summary, evidence
        for (auto it = first; it != last; ++it) CHECK(it->second == p.status);
    }
    CHECK(shown.size() == 6);
    // Three badges for the contradicted proposition, one in the legend; each says it by symbol and word.
    CHECK(occurrences(html, "<i class=\"st s-contradicted\">contradicted</i>") == 4);
    // The symbol that says it without colour comes from the style sheet.
    CHECK(occurrences(html, ".s-contradicted::before{content:\"\u00b1 \"") == 1);
}

TEST_CASE("html_report: a denial is a triangle and says so; an asserting claim a circle", "[report]") {
    ReportTestStore t;
    add_two_propositions(t);
    const std::string html = html_report(gather_report(t.store(), {}));
    CHECK(occurrences(html, "<use href=#md ") == 1);
    CHECK(occurrences(html, "<use href=#ma ") == 3);
    ClaimFilter denials;
    denials.claimant = "Nvidia";
    const auto denial = t.store().find_claims(denials).at(0).id;
    CHECK(occurrences(html, fmt::format("<a href=#c{}><title>denied 2025-12-11</title><use href=#md ",
                                        denial)) == 1);
    CHECK(occurrences(html, fmt::format("<p id=c{}><b class=pd>denied</b> 2025-12-11 <q>", denial)) == 1);
    // The claim known only to the month is a span over January with its mark in the middle.
    CHECK(occurrences(html, "<line class=sa ") == 1);
}

TEST_CASE("html_report: origins are groups with their articles under them", "[report]") {
    ReportTestStore t;
    for (int i = 0; i < 3; ++i)
        t.add({"echo" + std::to_string(i) + ".txt", "Echo " + std::to_string(i), "2025-12-1" + std::to_string(i)},
              {{.sentence = "DeepSeek smuggled Blackwell chips, The Information reported, copy " + std::to_string(i) + ".",
                .claimant = "The Information"}});
    const std::string html = html_report(gather_report(t.store(), {}));
    CHECK(html.find("<h4>The Information <small>supporting, 3 articles</small></h4>") != std::string::npos);
    CHECK(html.find("<div class=ln><b>The Information <small>3 articles</small></b>") != std::string::npos);
    CHECK(occurrences(html, "<div class=ln>") == 1);  // one lane: the echoes read as one
    CHECK(occurrences(html, "</q> <a href=#a") == 3);  // each claim names its article
}

TEST_CASE("html_report: text from the database is escaped everywhere", "[report]") {
    ReportTestStore t;
    t.add({"x.txt", "Evil <b>Wire</b> & \"Co\"", "2025-12-10", "javascript:alert(1)", "<script>alert('title')</script>"},
          {{.sentence = "DeepSeek smuggled chips <script>alert(1)</script> into China.", .claimant = "The <i>Info</i>"}});
    const std::string html = html_report(gather_report(t.store(), {}));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>Wire") == std::string::npos);
    CHECK(html.find("<i>Info") == std::string::npos);
    CHECK(html.find("DeepSeek smuggled chips &lt;script&gt;alert(1)&lt;/script&gt; into China.") != std::string::npos);
    CHECK(html.find("Evil &lt;b&gt;Wire&lt;/b&gt; &amp; &quot;Co&quot;") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);  // not a web link: not written as one
}

TEST_CASE("html_report: the page requests nothing", "[report]") {
    ReportTestStore t;
    add_two_propositions(t);
    const std::string html = html_report(gather_report(t.store(), {}));
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:;") != std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    // The one web link is the evidence's: an <a>, followed when clicked, never loaded.
    CHECK(occurrences(html, "href=\"http") == 1);
    CHECK(occurrences(html, "<a href=\"https://alpha.example/a\" rel=noreferrer>https://alpha.example/a</a>") == 1);
}

TEST_CASE("html_report: an empty selection says so", "[report]") {
    ReportTestStore t;
    ClaimFilter filter;
    filter.actor = "Nobody";
    const std::string html = html_report(gather_report(t.store(), filter));
    CHECK(html.find("No claim matches the selection.") != std::string::npos);
    CHECK(html.find("Selection: actor Nobody") != std::string::npos);
    CHECK(occurrences(html, "<a href=#c") == 0);
    CHECK(html.rfind("</body></html>\n") == html.size() - 15);
}
