#include "store/postgresql/pg_migrator.h"

#include <charconv>

#include <fmt/format.h>

#include "embedded/embedded_files.h"
#include "tracker/error.h"

namespace tracker::store {

namespace {

constexpr std::string_view k_folder = "postgresql/";
// An arbitrary key of pg_advisory_lock, one per purpose (bigint: "tracker" in ASCII, then 1).
constexpr char k_lock[] = "SELECT pg_advisory_lock(7161508478371073)";
constexpr char k_unlock[] = "SELECT pg_advisory_unlock(7161508478371073)";
constexpr char k_has_version[] = "SELECT to_regclass('schema_version') IS NOT NULL";
constexpr char k_version[] = "SELECT coalesce(max(version), 0) FROM schema_version";
constexpr char k_count_tables[] =
    "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()";

int number_of(std::string_view name) {
    int number = 0;
    std::from_chars(name.data(), name.data() + name.size(), number);
    return number;
}

// Releases the migration lock however migrate is left (a session lock outlives a transaction).
class MigrationLock {
public:
    explicit MigrationLock(PgConnection& connection) : m_connection(connection) { m_connection.run(k_lock); }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;
    ~MigrationLock() {
        try {
            m_connection.execute("ROLLBACK");  // a failed migration's transaction, if open
            m_connection.run(k_unlock);
        } catch (...) {  // the connection is gone: the server released the lock with it
        }
    }

private:
    PgConnection& m_connection;
};

}  // namespace

std::vector<PgMigration> PgMigrator::embedded() {
    std::vector<PgMigration> migrations;
    for (const auto& file : tracker::embedded::files()) {  // sorted by name
        if (!file.name.starts_with(k_folder) || !file.name.ends_with(".sql")) continue;
        const std::string_view name = file.name.substr(k_folder.size());
        const int version = number_of(name);
        if (!migrations.empty() && version != migrations.back().version + 1)
            throw Fatal(fmt::format("schema/postgresql/{}: expected migration number {}", name,
                                    migrations.back().version + 1));
        migrations.push_back({version, name, file.contents});
    }
    return migrations;
}

int PgMigrator::version() {
    if (!m_connection.run(k_has_version).boolean(0, 0)) return 0;
    return m_connection.run(k_version).integer(0, 0);
}

void PgMigrator::check(int version, int latest) {
    if (version > latest)
        throw Fatal(fmt::format("{}: database schema version {} is newer than this tracker supports ({}); "
                                "upgrade tracker",
                                m_location, version, latest));
    if (version == 0 && m_connection.run(k_count_tables).int64(0, 0) > 0)
        throw Fatal(fmt::format("{}: not a tracker database (it has tables but no tracker schema version)",
                                m_location));
}

int PgMigrator::migrate(const std::vector<PgMigration>& migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (version() == latest) return latest;  // the usual case: no lock taken
    const MigrationLock lock(m_connection);
    check(version(), latest);  // under the lock: another tool may have migrated meanwhile
    for (const PgMigration& migration : migrations) {
        if (migration.version <= version()) continue;
        m_connection.execute("BEGIN");
        m_connection.execute(std::string(migration.sql));
        if (version() != migration.version)
            throw Fatal(fmt::format("schema/postgresql/{}: does not set schema_version to {}", migration.name,
                                    migration.version));
        m_connection.execute("COMMIT");
    }
    return version();
}

}  // namespace tracker::store
