// What the report tests share: a real SQLite store in a temporary folder, filled with articles
// whose claims the tests spell out, so that reports are built from what the store really returns.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tracker/store.h"

namespace tracker::report::testing {

struct ClaimSpec {
    std::string sentence;  // the evidence, written into the article's text
    std::string actor = "DeepSeek";
    std::string allegation = "smuggling";
    std::string hardware = "Nvidia Blackwell";
    std::string claimant;  // "" = the article's own voice
    Polarity polarity = Polarity::asserted;
    std::string event_date;
    std::string open_world_kind;  // person | company: an actor no lexicon lists
};

struct ArticleSpec {
    std::string path;
    std::string source;
    std::string date;
    std::string url;
    std::string title;  // "" = "Title of PATH"
};

class ReportTestStore {
public:
    ReportTestStore();
    ~ReportTestStore();
    ReportTestStore(const ReportTestStore&) = delete;
    ReportTestStore& operator=(const ReportTestStore&) = delete;

    Store& store() { return *m_store; }
    // Stores an article carrying one claim per spec. Its text is the sentences and a paragraph
    // of its own, so that no two test articles are near-duplicates (which would share an origin).
    std::int64_t add(const ArticleSpec& article, const std::vector<ClaimSpec>& claims);

private:
    std::filesystem::path m_folder;
    std::unique_ptr<HardwareFamilies> m_families;
    std::unique_ptr<Store> m_store;
};

// How many times `needle` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& needle);

}  // namespace tracker::report::testing
