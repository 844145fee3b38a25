#include <catch2/catch.hpp>

// The tests spell articles and claims as brace lists that leave fields at their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "report/markdown_report.h"
#include "report/report_model.h"
#include "report/report_testing.h"

using namespace tracker;
using namespace tracker::report;
using testing::occurrences;
using testing::ReportTestStore;

TEST_CASE("markdown_report: the summary table has a row per proposition with its status", "[report]") {
    ReportTestStore t;
    t.add({"a.txt", "Alpha News", "2025-12-10", "https://alpha.example/a(1)"},
          {{.sentence = "DeepSeek smuggled Blackwell chips, The Information reported.", .claimant = "The Information"}});
    t.add({"b.txt", "Beta News", "2025-12-11"},
          {{.sentence = "Nvidia denied that DeepSeek smuggled Blackwell chips.", .claimant = "Nvidia", .polarity = Polarity::denied},
           {.sentence = "Moonshot AI trained Kimi on Nvidia H800 chips.", .actor = "Moonshot AI", .allegation = "trained_on",
            .hardware = "Nvidia H800"}});
    const std::string md = markdown_report(gather_report(t.store(), {}));
    CHECK(md.find("Selection: all claims. 2 propositions, 3 claims, 2 articles.") != std::string::npos);
    CHECK(md.find("| DeepSeek smuggling Nvidia Blackwell | \u00b1 contradicted | 2025-12-10 | 2025-12-11 | "
                  "1: The Information | 1: Nvidia | 2 | 2 | \u2014 |\n") != std::string::npos);
    CHECK(md.find("| Moonshot AI trained\\_on Nvidia H800 | \u25cb single-source | 2025-12-11 | \u2014 | "
                  "1: Beta News | \u2014 | 1 | 1 | \u2014 |\n") != std::string::npos);
    CHECK(md.find("Timeline: 2025-12-10 \u25cf The Information; 2025-12-11 \u25b2 Nvidia\n") != std::string::npos);
    CHECK(md.find("**The Information** (supporting, 1 article)") != std::string::npos);
    CHECK(md.find("- *Title of a.txt*, Alpha News, 2025-12-10, [link](https://alpha.example/a%281%29)\n") !=
          std::string::npos);
    CHECK(md.find("  - #2 \u25b2 denied, 2025-12-11: \u201cNvidia denied that DeepSeek smuggled Blackwell chips.\u201d\n") !=
          std::string::npos);
}

TEST_CASE("markdown_report: an actor no lexicon lists is marked open-world, with its kind", "[report]") {
    ReportTestStore t;
    t.add({"a.txt", "Alpha News", "2026-05-01"},
          {{.sentence = "Ilse Marant smuggled H100 chips to China.", .actor = "Ilse Marant", .hardware = "Nvidia H100",
            .open_world_kind = "person"},
           {.sentence = "DeepSeek smuggled Blackwell chips.", .actor = "DeepSeek"}});
    const std::string md = markdown_report(gather_report(t.store(), {}));
    CHECK(md.find("| Ilse Marant (open-world person) smuggling Nvidia H100 |") != std::string::npos);
    CHECK(md.find("| DeepSeek smuggling Nvidia Blackwell |") != std::string::npos);
}

TEST_CASE("markdown_report: text from the database stays text", "[report]") {
    ReportTestStore t;
    t.add({"x.txt", "Pipe | Wire", "2025-12-10", "javascript:alert(1)"},
          {{.sentence = "DeepSeek smuggled *chips* <script>alert(1)</script> [here](http://x).", .claimant = "A | B"}});
    const std::string md = markdown_report(gather_report(t.store(), {}));
    CHECK(occurrences(md, "<") == occurrences(md, "\\<"));  // every < escaped
    CHECK(md.find("DeepSeek smuggled \\*chips\\* \\<script\\>alert(1)\\</script\\> \\[here\\](http://x).") !=
          std::string::npos);
    CHECK(md.find("| 1: A \\| B |") != std::string::npos);
    CHECK(md.find("javascript") == std::string::npos);
    CHECK(occurrences(md, "[link](") == 0);  // the article's URL is not a web one
}

TEST_CASE("markdown_text: escapes Markdown's punctuation and folds line breaks", "[report]") {
    CHECK(markdown_text("a_b*c`d#e|f") == "a\\_b\\*c\\`d\\#e\\|f");
    CHECK(markdown_text("line one\nline two\r\n") == "line one line two  ");
    CHECK(markdown_text("AT&T <b>") == "AT\\&T \\<b\\>");
    CHECK(markdown_text("plain 2025-12-10") == "plain 2025-12-10");
}

TEST_CASE("markdown_report: an empty selection says so", "[report]") {
    ReportTestStore t;
    ClaimFilter filter;
    filter.allegation = "investigation";
    const std::string md = markdown_report(gather_report(t.store(), filter));
    CHECK(md.find("Selection: allegation investigation. 0 propositions, 0 claims, 0 articles.") != std::string::npos);
    CHECK(md.find("No claim matches the selection.") != std::string::npos);
    CHECK(md.find("| Proposition |") == std::string::npos);
}
