// One Extractor used from two threads at once gives each the claims it gives one thread alone:
// its lexicons are read-only once loaded, and every extraction keeps its buffers to itself.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "extract/extract_testing.h"
#include "tracker/read.h"

using namespace tracker;
using namespace tracker::extract::testing;

namespace {

std::vector<Article> fixture_articles() {
    const std::string root = TRACKER_SOURCE_DIR;
    auto inputs = read::list_inputs({root + "/tests/fixtures/articles", root + "/tests/fixtures/heldout"});
    std::vector<Article> articles;
    for (const auto& path : inputs.files)
        if (auto a = read::read_article(path)) articles.push_back(std::move(*a));
    return articles;
}

// Every field of every claim, and what explain() prints: the whole of what extraction returns.
std::string everything(const extract::Extractor& extractor, const Article& article) {
    std::string out = extractor.explain(article);
    for (const Claim& c : extractor.extract(article))
        out += c.actor + "|" + c.allegation + "|" + c.hardware + "|" + c.object + "|" + c.claimant + "|" +
               std::string(to_string(c.polarity)) + "|" + std::string(to_string(c.modality)) + "|" + c.event_date +
               "|" + c.cue + "|" + c.evidence + "|" + std::to_string(c.evidence_start) + "|" +
               std::to_string(c.evidence_end) + "|" + std::to_string(c.confidence) + "\n";
    return out;
}

}  // namespace

TEST_CASE("Extractor: two threads extracting at once get what one thread gets", "[extract]") {
    const auto& extractor = embedded_extractor();
    const std::vector<Article> articles = fixture_articles();
    REQUIRE(articles.size() >= 20);
    std::vector<std::string> alone;
    for (const auto& a : articles) alone.push_back(everything(extractor, a));
    REQUIRE(alone.front().find('|') != std::string::npos);  // the first fixture has claims

    // Both threads read every article, in opposite orders and a few times over, so that they
    // are inside the same article, and inside different ones, at the same time.
    constexpr int k_rounds = 3;
    std::vector<std::string> forward(articles.size()), backward(articles.size());
    std::thread one([&] {
        for (int r = 0; r < k_rounds; ++r)
            for (std::size_t i = 0; i < articles.size(); ++i) forward[i] = everything(extractor, articles[i]);
    });
    std::thread two([&] {
        for (int r = 0; r < k_rounds; ++r)
            for (std::size_t i = articles.size(); i-- > 0;) backward[i] = everything(extractor, articles[i]);
    });
    one.join();
    two.join();
    for (std::size_t i = 0; i < articles.size(); ++i) {
        INFO(articles[i].path);
        CHECK(forward[i] == alone[i]);
        CHECK(backward[i] == alone[i]);
    }
}
