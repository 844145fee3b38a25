#include <catch2/catch.hpp>

#include "report/html_changes.h"

using namespace tracker;

namespace {

PropositionChange change(std::string kind, std::string from, std::string to) {
    PropositionChange c;
    c.proposition_id = 7;
    c.actor = "MiniMax";
    c.allegation = "smuggling";
    c.hardware = "Nvidia H800";
    c.change = std::move(kind);
    c.from = std::move(from);
    c.to = std::move(to);
    c.at = "2026-04-10T03:15:04Z";
    c.article_id = 41;
    c.article_title = "Denial <script>alert(1)</script> & more";
    c.article_path = "/news/c03.txt";
    c.article_source = "Fjord \"Bulletin\"";
    return c;
}

}  // namespace

TEST_CASE("change_words: each kind of change in words", "[report]") {
    CHECK(report::change_words(change("new", "", "corroborated")) == "new, corroborated");
    CHECK(report::change_words(change("status", "corroborated", "contradicted")) == "corroborated -> contradicted");
    CHECK(report::change_words(change("denial", "", "Nvidia")) == "denied by Nvidia");
    CHECK(report::change_words(change("origin", "", "Reuters")) == "new origin Reuters");
    CHECK(report::change_words(change("conflict", "", "24,000 accounts vs 20,000 accounts")) ==
          "conflict: 24,000 accounts vs 20,000 accounts");
    CHECK(report::change_subject(change("new", "", "denied")) == "MiniMax smuggling Nvidia H800");
}

TEST_CASE("html_changes: one self-contained page, every stored string escaped", "[report]") {
    const std::string html =
        report::html_changes({change("status", "corroborated", "contradicted"), change("denial", "", "MiniMax")}, "24h");
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.find("content=\"default-src 'none';") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("Denial &lt;script&gt;alert(1)&lt;/script&gt; &amp; more") != std::string::npos);
    CHECK(html.find("Fjord &quot;Bulletin&quot;") != std::string::npos);
    CHECK(html.find("<i class=\"st s-corroborated\">corroborated</i> \u2192 <i class=\"st s-contradicted\">contradicted</i>") !=
          std::string::npos);
    CHECK(html.find("denied by MiniMax") != std::string::npos);
    CHECK(html.find("2 changes, 1 proposition") != std::string::npos);
    CHECK(report::html_changes({}, "24h").find("<p>Nothing changed.</p>") != std::string::npos);
}
