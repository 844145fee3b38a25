// Brings a PostgreSQL tracker database to the schema this binary carries, as Migrator does for
// SQLite (src/store/sqlite/migrator.h), with these differences:
//  - The migrations are the files embedded from schema/postgresql/, numbered as the SQLite
//    migration each mirrors: the first is 0009_init.sql (SQLite's 0001..0009 in one file), and
//    from there without gaps. Each sets schema_version.version to its number as its last
//    statement; the migrator checks it did.
//  - Several tools opening a new database at once take turns on a session advisory lock
//    (k_migration_lock) around the whole migration, and each reads the version under it.
//  - A database with tables in its schema but no schema_version is someone else's: refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/postgresql/pg_connection.h"

namespace tracker::store {

struct PgMigration {
    int version = 0;
    std::string_view name;  // "0009_init.sql"
    std::string_view sql;
};

class PgMigrator {
public:
    PgMigrator(PgConnection& connection, std::string shown_location)
        : m_connection(connection), m_location(std::move(shown_location)) {}

    // The embedded migrations, in order; throws Fatal when their numbering has a gap (a bug).
    static std::vector<PgMigration> embedded();

    // Applies what `migrations` holds past the database's version; returns the final version.
    int migrate(const std::vector<PgMigration>& migrations);
    // The database's version, 0 when it has no tracker schema.
    int version();

private:
    void check(int version, int latest);

    PgConnection& m_connection;
    std::string m_location;
};

}  // namespace tracker::store
