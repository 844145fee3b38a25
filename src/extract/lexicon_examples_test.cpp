// Every lexicon row carries an example sentence of our own; these tests run them all, and the
// fixture sentences of tests/fixtures/sentences.tsv, through the extractor.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "extract/extract_testing.h"
#include "extract/lexicon.h"
#include "extract/tsv_table.h"

using namespace tracker;
using namespace tracker::extract;
using namespace tracker::extract::testing;

namespace {

TsvTable load(const std::string& name) {
    auto files = Lexicon::read_files("");
    REQUIRE(files);
    auto t = TsvTable::parse(name, files->at(name), {});
    REQUIRE(t);
    return *t;
}

std::string fixture(const std::string& relative) {
    std::ifstream in(std::string(TRACKER_SOURCE_DIR) + "/" + relative);
    REQUIRE(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

// A cue's example must yield a claim of the cue's allegation. A few examples lean on readings
// the frames do not make yet; the floor keeps the family from eroding while those are worked on.
TEST_CASE("cues.tsv: each example yields its row's allegation", "[extract][lexicon]") {
    auto t = load("cues.tsv");
    std::map<std::string, std::pair<int, int>> by_allegation;  // passed, total
    std::string failures;
    for (const auto& row : t.rows()) {
        std::string allegation = t.get(row, "allegation");
        auto claims = claims_of(t.get(row, "example"));
        bool ok = std::any_of(claims.begin(), claims.end(), [&](const Claim& c) { return c.allegation == allegation; });
        auto& [passed, total] = by_allegation[allegation];
        ++total;
        if (ok) ++passed;
        else failures += "  " + allegation + " / " + t.get(row, "cue") + ": " + t.get(row, "example") + "\n";
    }
    INFO("examples without their claim:\n" << failures);
    for (const auto& [allegation, counts] : by_allegation) {
        INFO(allegation << ": " << counts.first << " of " << counts.second);
        CHECK(counts.first >= counts.second * 85 / 100);
    }
}

// A clause marker's example puts a cue where it asserts nothing: its only claims may be the
// investigation a question hangs on ("opened an inquiry into whether ..."). A premise's are the
// report's, asserted and reported, and the one asked only answers ("declined to comment").
TEST_CASE("clauses.tsv: each example asserts and denies nothing but an investigation", "[extract][lexicon]") {
    auto t = load("clauses.tsv");
    for (const auto& row : t.rows()) {
        auto claims = claims_of(t.get(row, "example"));
        INFO(t.get(row, "marker") << ": " << t.get(row, "example") << "\n" << describe(claims));
        if (t.get(row, "kind") == "premise") {
            CHECK_FALSE(claims.empty());
            for (const auto& c : claims) CHECK((c.polarity == Polarity::asserted && c.modality == Modality::reported));
            continue;
        }
        for (const auto& c : claims) CHECK(c.allegation == "investigation");
    }
}

// Our own sentences with the claims they carry: scored like ../shared/eval-dev/score.py.
TEST_CASE("sentences.tsv: precision and recall on our own sentences", "[extract][lexicon]") {
    auto t = TsvTable::parse("tests/fixtures/sentences.tsv", fixture("tests/fixtures/sentences.tsv"),
                             {"sentence", "actor", "allegation", "hardware", "object", "polarity"});
    REQUIRE(t);
    std::map<std::string, std::vector<const TsvRow*>> gold;
    std::vector<std::string> order;
    for (const auto& row : t->rows()) {
        std::string s = t->get(row, "sentence");
        if (!gold.count(s)) order.push_back(s);
        auto& g = gold[s];
        if (!t->get(row, "actor").empty()) g.push_back(&row);
    }
    const HardwareFamilies& families = embedded_extractor().families();
    int claims = 0, correct = 0, required = 0, found = 0;
    std::string misses;
    for (const auto& s : order) {
        auto got = claims_of(s);
        auto matches = [&](const TsvRow* g, const Claim& c) {
            std::string hw = t->get(*g, "hardware"), obj = t->get(*g, "object");
            return c.actor == t->get(*g, "actor") && c.allegation == t->get(*g, "allegation") &&
                   std::string(to_string(c.polarity)) == t->get(*g, "polarity") &&
                   (hw.empty() || hw == c.hardware || families.family_of(c.hardware) == hw ||
                    families.family_of(hw) == c.hardware) &&
                   (obj.empty() || c.object.empty() || obj == c.object);
        };
        for (const auto& c : got) {
            ++claims;
            bool ok = std::any_of(gold[s].begin(), gold[s].end(), [&](const TsvRow* g) { return matches(g, c); });
            if (ok) ++correct;
            else misses += "  WRONG " + c.actor + " " + c.allegation + ": " + s + "\n";
        }
        for (const auto* g : gold[s]) {
            ++required;
            if (std::any_of(got.begin(), got.end(), [&](const Claim& c) { return matches(g, c); })) ++found;
            else misses += "  MISSED " + t->get(*g, "actor") + " " + t->get(*g, "allegation") + ": " + s + "\n";
        }
    }
    INFO(misses);
    INFO("precision " << correct << "/" << claims << ", recall " << found << "/" << required);
    CHECK(correct >= claims * 90 / 100);
    CHECK(found >= required * 80 / 100);
}
