// Prepared statements, prepared once per connection and reused ("prepared once per connection",
// ../../../../shared/style.md, SQL). A statement is leased for one use: the lease clears the
// previous bindings on the way in and resets the statement on the way out, so no half-read
// statement keeps a read transaction (and with it the WAL) pinned.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace tracker::store {

class StatementCache {
public:
    class Lease {
    public:
        explicit Lease(SQLite::Statement& statement) : m_statement(&statement) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { m_statement->tryReset(); }
        SQLite::Statement* operator->() const { return m_statement; }
        SQLite::Statement& operator*() const { return *m_statement; }

    private:
        SQLite::Statement* m_statement;
    };

    explicit StatementCache(SQLite::Database& db) : m_db(db) {}

    // `sql` is one of our constants, or a query joined from constant fragments: never input.
    // Finding a statement prepared before allocates nothing (the writer asks for one about 40
    // times an article).
    Lease prepare(std::string_view sql);

    SQLite::Database& database() { return m_db; }

private:
    SQLite::Database& m_db;
    std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> m_statements;
};

}  // namespace tracker::store
