#include "cli/command_context.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/core.h>

namespace tracker::cli {

std::string CommandContext::db_location() const {
    if (!m_options.db.empty()) return m_options.db;
    if (const char* env = std::getenv("TRACKER_DB"); env && *env) return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/tracker/tracker.db";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/tracker/tracker.db";
    return "tracker.db";
}

std::string CommandContext::lexicons_location(bool* named) const {
    const char* env = std::getenv("TRACKER_LEXICONS");
    if (named) *named = !m_options.lexicons.empty() || (env && *env);
    if (!m_options.lexicons.empty()) return m_options.lexicons;
    if (env && *env) return env;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::string(xdg) + "/tracker/lexicons";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/tracker/lexicons";
    return "";
}

std::string CommandContext::checked_lexicons_location() const {
    bool named = false;
    const std::string user = lexicons_location(&named);
    std::error_code ec;
    if (named && !std::filesystem::is_directory(user, ec)) throw UsageFatal(user + ": no such lexicon folder");
    return user;
}

const extract::LexiconSummary& CommandContext::lexicon_summary() {
    if (!m_summary) {
        auto loaded = extract::LexiconSummary::load(m_options.data_dir, checked_lexicons_location());
        if (!loaded) throw UsageFatal(loaded.error().message());
        m_summary = std::make_unique<extract::LexiconSummary>(std::move(*loaded));
    }
    return *m_summary;
}

const HardwareFamilies& CommandContext::families() {
    return m_extractor ? m_extractor->families() : *lexicon_summary().families;
}

const std::string& CommandContext::lexicon_version() {
    return m_extractor ? m_extractor->lexicon_version() : lexicon_summary().version;
}

const extract::Extractor& CommandContext::extractor() {
    if (!m_extractor) {
        const std::string user = checked_lexicons_location();
        auto loaded = extract::Extractor::load(m_options.data_dir, user);
        // A bad row of the user's (or of --data-dir's) is theirs to fix: a usage error.
        if (!loaded) throw UsageFatal(loaded.error().message());
        m_extractor = std::move(*loaded);
    }
    return *m_extractor;
}

Store& CommandContext::store(Access access) {
    // Writing keys propositions by the extractor's families; reading needs only the families.
    if (!m_store) m_store = open_store(db_location(), access == Access::write ? extractor().families() : families(), access);
    return *m_store;
}

void CommandContext::error(const std::string& message) const {
    fmt::print(stderr, "tracker: {}\n", message);
}

void CommandContext::note(const std::string& message) const {
    if (!m_options.quiet) fmt::print(stderr, "{}\n", message);
}

}  // namespace tracker::cli
