#include <catch2/catch.hpp>

// Migrations here leave out the follow-up they do not need (designated-style brace init).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <filesystem>
#include <string>
#include <thread>

#include <unistd.h>

#include <SQLiteCpp/Database.h>

#include "store/sqlite/migrator.h"
#include "tracker/error.h"

using tracker::store::Migration;
using tracker::store::Migrator;

TEST_CASE("Migrator: the embedded migrations are numbered from 1 without gaps", "[store]") {
    const auto migrations = Migrator::embedded();
    REQUIRE_FALSE(migrations.empty());
    CHECK(migrations.front().name == "0001_init.sql");
    for (std::size_t i = 0; i < migrations.size(); ++i) CHECK(migrations[i].version == static_cast<int>(i) + 1);
}

TEST_CASE("Migrator: applies only the migrations past the database's version", "[store]") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    const std::vector<Migration> first = {{1, "0001_a.sql", "CREATE TABLE a (x); PRAGMA user_version = 1;"}};
    CHECK(Migrator(db, "mem").migrate(first) == 1);
    std::vector<Migration> both = first;
    both.push_back({2, "0002_b.sql", "CREATE TABLE b (x); PRAGMA user_version = 2;"});
    CHECK(Migrator(db, "mem").migrate(both) == 2);  // 0001 would fail if run twice
    CHECK(db.tableExists("b"));
}

TEST_CASE("Migrator: a failing migration leaves the database at its last version", "[store]") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    const std::vector<Migration> migrations = {
        {1, "0001_a.sql", "CREATE TABLE a (x); PRAGMA user_version = 1;"},
        {2, "0002_b.sql", "CREATE TABLE b (x); INSERT INTO nowhere VALUES (1); PRAGMA user_version = 2;"},
    };
    CHECK_THROWS(Migrator(db, "mem").migrate(migrations));
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK_FALSE(db.tableExists("b"));
}

TEST_CASE("Migrator: a migration that does not set its version is a bug, reported", "[store]") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    CHECK_THROWS_WITH(Migrator(db, "mem").migrate({{1, "0001_a.sql", "CREATE TABLE a (x);"}}),
                      "schema/sqlite/0001_a.sql: does not set PRAGMA user_version = 1");
    CHECK_FALSE(db.tableExists("a"));
}

TEST_CASE("Migrator: a follow-up runs after its SQL, in the same transaction", "[store]") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    Migration filled{1, "0001_a.sql", "CREATE TABLE a (x); PRAGMA user_version = 1;"};
    filled.follow_up = [](SQLite::Database& d) { d.exec("INSERT INTO a VALUES (42)"); };
    CHECK(Migrator(db, "mem").migrate({filled}) == 1);
    CHECK(db.execAndGet("SELECT x FROM a").getInt() == 42);

    SQLite::Database other(":memory:", SQLite::OPEN_READWRITE);
    Migration failing{1, "0001_a.sql", "CREATE TABLE a (x); PRAGMA user_version = 1;"};
    failing.follow_up = [](SQLite::Database& d) { d.exec("INSERT INTO nowhere VALUES (1)"); };
    CHECK_THROWS(Migrator(other, "mem").migrate({failing}));
    CHECK_FALSE(other.tableExists("a"));
    CHECK(other.execAndGet("PRAGMA user_version").getInt() == 0);
}

TEST_CASE("Migrator: several connections creating one database at once migrate it once", "[store]") {
    // Each connection reads version 0, then all race for the write lock: a migrator that does not
    // read the version again under the lock applies 0001 twice ("table a already exists").
    const std::vector<Migration> migrations = {
        {1, "0001_a.sql", "CREATE TABLE a (x); PRAGMA user_version = 1;"},
        {2, "0002_b.sql", "CREATE TABLE b (x); PRAGMA user_version = 2;"},
    };
    const std::string path =
        (std::filesystem::temp_directory_path() / ("tracker_migrator_test_" + std::to_string(::getpid()) + ".db"))
            .string();
    for (int round = 0; round < 20; ++round) {
        std::filesystem::remove(path);
        constexpr int k_connections = 4;
        std::vector<std::string> errors(k_connections);
        std::vector<int> versions(k_connections, -1);
        std::vector<std::thread> threads;
        for (int i = 0; i < k_connections; ++i)
            threads.emplace_back([&, i] {
                try {
                    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
                    db.setBusyTimeout(10'000);
                    versions[static_cast<std::size_t>(i)] = Migrator(db, path).migrate(migrations);
                } catch (const std::exception& e) {
                    errors[static_cast<std::size_t>(i)] = e.what();
                }
            });
        for (auto& t : threads) t.join();
        for (int i = 0; i < k_connections; ++i) {
            INFO("round " << round << ", connection " << i);
            CHECK(errors[static_cast<std::size_t>(i)].empty());
            CHECK(versions[static_cast<std::size_t>(i)] == 2);
        }
    }
    std::filesystem::remove(path);
}
