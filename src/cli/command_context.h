// What every command shares: the global options, the store and the extractor, opened on first
// use so that `tracker --help` touches no database.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "tracker/extract.h"
#include "tracker/store.h"

namespace tracker::cli {

struct GlobalOptions {
    std::string db;        // --db; else $TRACKER_DB; else $XDG_DATA_HOME/tracker/tracker.db
    std::string data_dir;  // --data-dir: lexicons from a folder instead of the embedded copies
    std::string lexicons;  // --lexicons: the user's lexicon files, added to the built-in ones
    bool quiet = false;
};

class CommandContext {
public:
    explicit CommandContext(GlobalOptions options) : m_options(std::move(options)) {}

    const GlobalOptions& options() const { return m_options; }
    // The store, opened on first use; commands that only read pass Access::read.
    Store& store(Access access = Access::write);
    const extract::Extractor& extractor();
    // The chip families and lexicon version, from the extractor when it is loaded, else read
    // without compiling the lexicons (what read commands need).
    const extract::LexiconSummary& lexicon_summary();
    const HardwareFamilies& families();
    const std::string& lexicon_version();
    // The database location after the environment fallbacks.
    std::string db_location() const;
    // The folder of the user's lexicon files: --lexicons, else $TRACKER_LEXICONS, else
    // $XDG_CONFIG_HOME/tracker/lexicons (~/.config/tracker/lexicons). `named` tells whether the
    // user named it (then it must exist).
    std::string lexicons_location(bool* named = nullptr) const;

    // Writes "tracker: message" to standard error (errors are printed even with --quiet).
    void error(const std::string& message) const;
    // Progress and notes for people, on standard error, silenced by --quiet.
    void note(const std::string& message) const;

private:
    GlobalOptions m_options;
    std::unique_ptr<extract::Extractor> m_extractor;
    std::unique_ptr<extract::LexiconSummary> m_summary;
    // The folder of the user's lexicons, checked: it must exist when the user named it.
    std::string checked_lexicons_location() const;
    std::unique_ptr<Store> m_store;
};

}  // namespace tracker::cli
