// open_store: picks the backend from the location's scheme, as ccache's remote storage does.
// One table would be overkill for one backend and one planned; the order below is the table.
#include <string_view>

#include "store/sqlite/sqlite_store.h"
#include "tracker/error.h"
#include "tracker/store.h"

namespace tracker {

namespace {
constexpr std::string_view k_sqlite_scheme = "sqlite:";
constexpr std::string_view k_postgresql_schemes[] = {"postgresql://", "postgres://"};
}  // namespace

std::unique_ptr<Store> open_store(const std::string& location, const HardwareFamilies& families,
                                  Access access) {
    // The message never repeats a postgresql URL: it may hold a password.
    for (std::string_view scheme : k_postgresql_schemes)
        if (location.starts_with(scheme)) throw Fatal("postgresql backend not available yet");
    if (const auto scheme = location.find("://"); scheme != std::string::npos)
        throw Fatal("unknown store scheme " + location.substr(0, scheme) + "://, expected a path or sqlite:PATH");
    std::string path = location;
    if (location.starts_with(k_sqlite_scheme)) path = location.substr(k_sqlite_scheme.size());
    if (path.empty()) throw Fatal("no database path given");
    return std::make_unique<store::SqliteStore>(path, families, access);
}

}  // namespace tracker
