#include "extract/extract_testing.h"

#include <stdexcept>

#include "tracker/read.h"

namespace tracker::extract::testing {

const Extractor& embedded_extractor() {
    static const std::unique_ptr<Extractor> extractor = [] {
        auto loaded = Extractor::load();
        if (!loaded) throw std::runtime_error(loaded.error().message());
        return std::move(*loaded);
    }();
    return *extractor;
}

std::vector<Claim> claims_of(const std::string& text, const std::string& date) {
    std::string file = "---\ndate: " + date + "\nsource: Test Wire\n---\n" + text + "\n";
    auto article = read::parse_article(file, read::InputInfo{"test.txt", {}});
    if (!article) throw std::runtime_error(article.error().message());
    return embedded_extractor().extract(*article, true);
}

bool has_claim(const std::vector<Claim>& claims, const std::string& actor, const std::string& allegation,
               const std::string& hardware, const std::string& object, Polarity polarity) {
    for (const auto& c : claims)
        if (c.actor == actor && c.allegation == allegation && c.polarity == polarity &&
            (hardware == "*" || c.hardware == hardware) && (object == "*" || c.object == object))
            return true;
    return false;
}

std::string describe(const std::vector<Claim>& claims) {
    std::string s;
    for (const auto& c : claims)
        s += c.actor + " " + c.allegation + " [" + c.hardware + "] (" + c.object + ") " +
             std::string(to_string(c.polarity)) + " claimant=" + c.claimant + " date=" + c.event_date + "\n";
    return s.empty() ? "(no claims)" : s;
}

}  // namespace tracker::extract::testing
