#include "report/report_testing.h"

#include <atomic>

#include <unistd.h>

#include <catch2/catch.hpp>

namespace tracker::report::testing {

namespace {

class IdentityFamilies : public HardwareFamilies {
public:
    std::string family_of(const std::string& hardware) const override { return hardware; }
};

std::filesystem::path fresh_folder() {
    static std::atomic<int> counter{0};
    auto folder = std::filesystem::temp_directory_path() /
                  ("tracker_report_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace

ReportTestStore::ReportTestStore()
    : m_folder(fresh_folder()),
      m_families(std::make_unique<IdentityFamilies>()),
      m_store(open_store((m_folder / "tracker.db").string(), *m_families)) {}

ReportTestStore::~ReportTestStore() {
    m_store.reset();
    std::filesystem::remove_all(m_folder);
}

std::int64_t ReportTestStore::add(const ArticleSpec& spec, const std::vector<ClaimSpec>& claims) {
    Article a;
    a.path = spec.path;
    a.source = spec.source;
    a.reported_date = spec.date;
    a.url = spec.url;
    a.title = spec.title.empty() ? "Title of " + spec.path : spec.title;
    for (const auto& c : claims) a.text += c.sentence + "\n\n";
    a.text += "Notes filed as " + spec.path + " by the " + spec.source + " desk on " + spec.date + ", number " +
              std::to_string(spec.path.size() * 7919 % 1000) + ", about " + spec.path + " alone.";
    a.body = {{0, a.text.size()}};
    std::vector<Claim> stored;
    std::size_t from = 0;
    for (const auto& spec_claim : claims) {
        Claim c;
        c.actor = spec_claim.actor;
        c.open_world = !spec_claim.open_world_kind.empty();
        c.actor_kind = spec_claim.open_world_kind;
        c.allegation = spec_claim.allegation;
        c.hardware = spec_claim.hardware;
        c.claimant = spec_claim.claimant;
        c.polarity = spec_claim.polarity;
        c.modality = Modality::reported;
        c.event_date = spec_claim.event_date;
        c.evidence = spec_claim.sentence;
        c.evidence_start = a.text.find(spec_claim.sentence, from);
        REQUIRE(c.evidence_start != std::string::npos);
        c.evidence_end = c.evidence_start + spec_claim.sentence.size();
        from = c.evidence_end;
        c.confidence = 0.8;
        stored.push_back(std::move(c));
    }
    return m_store->add_article(a, stored, "lex-test").article_id;
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace tracker::report::testing
