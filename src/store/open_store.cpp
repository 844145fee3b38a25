// open_store: picks the backend from the location's scheme, as ccache's remote storage does.
// One table would be overkill for two backends; the order below is the table.
#include <string_view>

#include "store/postgresql/postgres_store.h"
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
    // A server decides itself what a role may do: a PostgreSQL store opens the same for reading.
    for (std::string_view scheme : k_postgresql_schemes)
        if (location.starts_with(scheme)) return std::make_unique<store::PostgresStore>(location, families);
    // The message names the scheme alone: the rest of a URL may hold a password.
    if (const auto scheme = location.find("://"); scheme != std::string::npos)
        throw UsageFatal("unknown store scheme " + location.substr(0, scheme) +
                         "://, expected a path, sqlite:PATH or postgresql://");
    std::string path = location;
    if (location.starts_with(k_sqlite_scheme)) path = location.substr(k_sqlite_scheme.size());
    if (path.empty()) throw Fatal("no database path given");
    return std::make_unique<store::SqliteStore>(path, families, access);
}

std::string shown_location(const std::string& location) {
    for (std::string_view scheme : k_postgresql_schemes)
        if (location.starts_with(scheme)) return store::PostgresLocation::shown_of(location);
    return location;
}

}  // namespace tracker
