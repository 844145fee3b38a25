// Brings a tracker database to the schema this binary carries.
//
// Migrations are the SQL files embedded from schema/sqlite/ ("sqlite/0001_init.sql", ...):
// numbered from 1 without gaps, forward only, each run in its own transaction and ending with
// `PRAGMA user_version = N;` (the file sets it, so no SQL is built here; the migrator checks it
// did). A database at version V gets migrations V+1..latest. Refused, as Fatal naming the path:
// a database newer than the binary, and a database with tables but no tracker version (someone
// else's file, which a migration must not write into). A migration may carry a follow-up: C++
// work that the SQL cannot do (filling a table by rules that live in code), run after the SQL
// in the same transaction. Each migration reads the version again under the write lock, so
// several processes opening a new database at once apply each migration once.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace tracker::store {

struct Migration {
    int version = 0;
    std::string_view name;  // "0001_init.sql"
    std::string_view sql;
    std::function<void(SQLite::Database&)> follow_up;  // may be empty
};

class Migrator {
public:
    Migrator(SQLite::Database& db, std::string path) : m_db(db), m_path(std::move(path)) {}

    // The embedded migrations, in order; throws Fatal when their numbering has a gap (a bug).
    static std::vector<Migration> embedded();

    // Applies what `migrations` holds past the database's version; returns the final version.
    int migrate(const std::vector<Migration>& migrations);

private:
    int user_version();
    void check_not_newer(int version, int latest) const;
    void check_not_foreign();
    void apply(const Migration& migration, int latest);

    SQLite::Database& m_db;
    std::string m_path;
};

}  // namespace tracker::store
