#include "store/sqlite/migrator.h"

#include <charconv>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "embedded/embedded_files.h"
#include "tracker/error.h"

namespace tracker::store {

namespace {

constexpr std::string_view k_folder = "sqlite/";
constexpr char k_user_version[] = "PRAGMA user_version";
constexpr char k_count_tables[] = "SELECT count(*) FROM sqlite_schema";

// "0001_init.sql" -> 1; 0 when the name does not start with a number.
int number_of(std::string_view name) {
    int number = 0;
    std::from_chars(name.data(), name.data() + name.size(), number);
    return number;
}

}  // namespace

std::vector<Migration> Migrator::embedded() {
    std::vector<Migration> migrations;
    for (const auto& file : tracker::embedded::files()) {  // sorted by name
        if (!file.name.starts_with(k_folder) || !file.name.ends_with(".sql")) continue;
        const std::string_view name = file.name.substr(k_folder.size());
        const int version = number_of(name);
        if (version != static_cast<int>(migrations.size()) + 1)
            throw Fatal(fmt::format("schema/sqlite/{}: expected migration number {}", name,
                                    migrations.size() + 1));
        migrations.push_back({version, name, file.contents, {}});
    }
    return migrations;
}

int Migrator::migrate(const std::vector<Migration>& migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    check_not_newer(user_version(), latest);
    for (const Migration& migration : migrations)
        if (migration.version > user_version()) apply(migration, latest);
    return user_version();
}

int Migrator::user_version() { return m_db.execAndGet(k_user_version).getInt(); }

void Migrator::check_not_foreign() {
    if (m_db.execAndGet(k_count_tables).getInt() > 0)
        throw Fatal(fmt::format("{}: not a tracker database (it has tables but no tracker schema version)",
                                m_path));
}

void Migrator::check_not_newer(int version, int latest) const {
    if (version > latest)
        throw Fatal(fmt::format("{}: database schema version {} is newer than this tracker supports "
                                "({}); upgrade tracker",
                                m_path, version, latest));
}

void Migrator::apply(const Migration& migration, int latest) {
    SQLite::Transaction transaction(m_db, SQLite::TransactionBehavior::IMMEDIATE);
    // Under the write lock, read the version again: another process creating the same database
    // at the same moment may have migrated it while this one waited.
    const int version = user_version();
    check_not_newer(version, latest);
    if (version >= migration.version) return;  // done by the other process; nothing to undo
    if (version == 0) check_not_foreign();
    m_db.exec(std::string(migration.sql));
    if (migration.follow_up) migration.follow_up(m_db);
    if (user_version() != migration.version)
        throw Fatal(fmt::format("schema/sqlite/{}: does not set PRAGMA user_version = {}",
                                migration.name, migration.version));
    transaction.commit();
}

}  // namespace tracker::store
