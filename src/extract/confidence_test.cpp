// The confidence model: weights read from confidence.tsv, a logistic function of the features.
#include <catch2/catch.hpp>

#include <cmath>

#include "extract/confidence.h"
#include "extract/extract_testing.h"

using namespace tracker;
using namespace tracker::extract;

TEST_CASE("ConfidenceModel: the logistic function of the weighted features", "[extract][confidence]") {
    auto model = ConfidenceModel::parse("feature\tweight\nbias\t1.5\nvia_reference\t-2\nis:smuggling\t0.5\n");
    REQUIRE(model);
    Features x{};
    x[static_cast<std::size_t>(Feature::bias)] = 1;
    CHECK(model->of(x) == Approx(1 / (1 + std::exp(-1.5))));
    x[static_cast<std::size_t>(Feature::via_reference)] = 1;
    x[static_cast<std::size_t>(Feature::allegation_first) + 2] = 1;  // smuggling, third allegation
    CHECK(model->of(x) == Approx(1 / (1 + std::exp(0.0))));
}

TEST_CASE("ConfidenceModel: a bad row names the file and line", "[extract][confidence]") {
    auto unknown = ConfidenceModel::parse("feature\tweight\nbias\t1\nsunshine\t2\n");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message().find("confidence.tsv:3") != std::string::npos);
    CHECK(unknown.error().message().find("sunshine") != std::string::npos);
    auto not_number = ConfidenceModel::parse("feature\tweight\nbias\tlots\n");
    REQUIRE_FALSE(not_number);
    CHECK(not_number.error().message().find("lots") != std::string::npos);
}

TEST_CASE("Extractor: each claim's confidence is the model's value of its basis", "[extract][confidence]") {
    const auto claims = testing::claims_of("Zhipu AI obtained 3,000 Nvidia H20 chips. The company later "
                                           "trained its model on the chips, according to analysts.");
    REQUIRE(claims.size() >= 2);
    for (const auto& c : claims) {
        INFO(c.actor << " " << c.allegation << ": " << c.confidence_basis);
        CHECK(c.confidence > 0);
        CHECK(c.confidence < 1);
        CHECK(c.confidence_basis.find("bias=1") != std::string::npos);
        CHECK(c.confidence_basis.find("is:" + c.allegation + "=1") != std::string::npos);
    }
    // the second claim's actor is "the company", resolved
    CHECK(claims[1].confidence_basis.find("via_reference=1") != std::string::npos);
    CHECK(claims[0].confidence_basis.find("via_reference") == std::string::npos);
}

TEST_CASE("Extractor: the confidence basis is written only when asked, the confidence always", "[extract][confidence]") {
    Article a;
    a.path = "basis.txt";
    a.reported_date = "2026-01-14";
    a.text = "Zhipu AI obtained 3,000 Nvidia H20 chips, according to analysts.";
    a.body = {{0, a.text.size()}};
    const auto& extractor = testing::embedded_extractor();
    const auto plain = extractor.extract(a);
    const auto explained = extractor.extract(a, true);
    REQUIRE(plain.size() == 1);
    REQUIRE(explained.size() == 1);
    CHECK(plain[0].confidence_basis.empty());
    CHECK_FALSE(explained[0].confidence_basis.empty());
    CHECK(plain[0].confidence == explained[0].confidence);
}
