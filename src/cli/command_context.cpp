#include "cli/command_context.h"

#include <cstdlib>

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

const extract::Extractor& CommandContext::extractor() {
    if (!m_extractor) {
        auto loaded = extract::Extractor::load(m_options.data_dir);
        if (!loaded) throw Fatal(loaded.error().message());
        m_extractor = std::move(*loaded);
    }
    return *m_extractor;
}

Store& CommandContext::store(Access access) {
    if (!m_store) m_store = open_store(db_location(), extractor().families(), access);
    return *m_store;
}

void CommandContext::error(const std::string& message) const {
    fmt::print(stderr, "tracker: {}\n", message);
}

void CommandContext::note(const std::string& message) const {
    if (!m_options.quiet) fmt::print(stderr, "{}\n", message);
}

}  // namespace tracker::cli
