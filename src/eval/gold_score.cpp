#include "eval/gold_score.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

namespace tracker::eval {

namespace {

constexpr int k_calibration_bins = 5;
constexpr double k_confident = 0.8;  // "claims at confidence >= 0.8" (issue 14)

std::string norm(const std::string& s) {
    std::string out;
    for (unsigned char c : s)
        if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
    return out;
}

std::string text_of(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

bool hardware_ok(const std::string& gold, const std::string& got, const HardwareFamilies& f) {
    if (gold.empty()) return true;
    return norm(gold) == norm(got) || (!got.empty() && norm(f.family_of(got)) == norm(gold)) ||
           (!got.empty() && norm(f.family_of(gold)) == norm(got));
}

bool matches(const GoldClaim& g, const Claim& c, const HardwareFamilies& f) {
    return norm(g.actor) == norm(c.actor) && g.allegation == c.allegation && g.polarity == c.polarity &&
           hardware_ok(g.hardware, c.hardware, f) &&
           (g.object.empty() || c.object.empty() || norm(g.object) == norm(c.object));
}

}  // namespace

Expected<std::vector<GoldClaim>> parse_gold(const std::string& name, const std::string& jsonl) {
    std::vector<GoldClaim> out;
    std::size_t line_no = 0, pos = 0;
    while (pos < jsonl.size()) {
        std::size_t nl = jsonl.find('\n', pos);
        std::string line = jsonl.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        pos = nl == std::string::npos ? jsonl.size() : nl + 1;
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return fail(name + ":" + std::to_string(line_no), "not a JSON object");
        GoldClaim g{text_of(j, "article"), text_of(j, "actor"), text_of(j, "allegation"), text_of(j, "hardware"),
                    text_of(j, "object"), text_of(j, "claimant"), text_of(j, "evidence")};
        if (g.article.empty() || g.actor.empty() || !is_allegation(g.allegation))
            return fail(name + ":" + std::to_string(line_no), "needs article, actor and a known allegation");
        auto p = parse_polarity(text_of(j, "polarity").empty() ? "asserted" : text_of(j, "polarity"));
        if (!p) return fail(name + ":" + std::to_string(line_no), "unknown polarity");
        g.polarity = *p;
        g.required = !j.contains("required") || j["required"].is_boolean() ? j.value("required", true) : true;
        out.push_back(std::move(g));
    }
    return out;
}

double Score::calibration_error() const {
    int claims = 0;
    double error = 0;
    for (const auto& b : calibration) {
        claims += b.claims;
        error += b.claims * std::abs(b.mean_confidence() - b.precision());
    }
    return claims ? error / claims : 0.0;
}

Score score(const std::vector<GoldClaim>& gold, const std::vector<ScoredClaim>& claims,
            const HardwareFamilies& families) {
    Score s;
    for (int b = 0; b < k_calibration_bins; ++b)
        s.calibration.push_back({double(b) / k_calibration_bins, double(b + 1) / k_calibration_bins});
    std::set<std::string> articles;
    for (const auto& g : gold) articles.insert(g.article);
    std::set<std::size_t> found;
    for (const auto& c : claims) {
        if (!articles.count(c.article)) continue;
        bool hit = false;
        for (std::size_t i = 0; i < gold.size(); ++i)
            if (gold[i].article == c.article && matches(gold[i], c.claim, families)) hit = true, found.insert(i);
        for (Tally* t : {&s.overall, &s.by_polarity[std::string(to_string(c.claim.polarity))],
                         &s.by_allegation[c.claim.allegation]}) {
            ++t->claims;
            if (hit) ++t->correct;
        }
        if (!hit) s.wrong.push_back(c);
        const double confidence = std::clamp(c.claim.confidence, 0.0, 1.0);
        CalibrationBin& bin = s.calibration[std::min(k_calibration_bins - 1, int(confidence * k_calibration_bins))];
        ++bin.claims;
        bin.correct += hit;
        bin.confidence_sum += confidence;
        if (confidence >= k_confident) ++s.confident.claims, s.confident.correct += hit;
    }
    for (std::size_t i = 0; i < gold.size(); ++i) {
        if (!gold[i].required) continue;
        bool hit = found.count(i) > 0;
        for (Tally* t : {&s.overall, &s.by_polarity[std::string(to_string(gold[i].polarity))],
                         &s.by_allegation[gold[i].allegation]}) {
            ++t->required;
            if (hit) ++t->found;
        }
        if (!hit) s.missed.push_back(gold[i]);
    }
    return s;
}

}  // namespace tracker::eval
