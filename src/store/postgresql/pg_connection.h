// One connection to a PostgreSQL server, through libpq (the C client Debian ships as libpq-dev;
// libpqxx would add a second C++ layer for the dozen calls used here).
//
// Statements are prepared once per connection, on first use, and every value is a bound
// parameter: the SQL is one of PostgresStore's constants, or a FilteredQuery joined from
// constant fragments. SQL is written with `?` placeholders, as for SQLite, so that a fragment
// serves both; `prepare` numbers them $1, $2, ... (a statement written with $n keeps its own).
// Values travel as text, and results come back as text.
//
// A failed statement throws PgError with the server's message; PostgresStore turns it into
// Fatal naming the database (its URL with the password hidden) at its edge.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <libpq-fe.h>

namespace tracker::store {

class PgError : public std::runtime_error {
public:
    PgError(const std::string& message, std::string sqlstate)
        : std::runtime_error(message), m_sqlstate(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return m_sqlstate; }

private:
    std::string m_sqlstate;  // "40P01" (deadlock), "23505" (unique violation), ...
};

// A bound value: text, a number, or NULL.
class PgParam {
public:
    PgParam(std::nullptr_t) {}
    PgParam(std::string text) : m_text(std::move(text)) {}
    PgParam(const char* text) : m_text(text) {}
    PgParam(std::int64_t number);
    PgParam(int number) : PgParam(static_cast<std::int64_t>(number)) {}
    PgParam(double number);
    const std::optional<std::string>& text() const { return m_text; }

private:
    std::optional<std::string> m_text;
};

// The rows of one statement, owned.
class PgResult {
public:
    explicit PgResult(PGresult* result) : m_result(result, PQclear) {}
    int rows() const { return PQntuples(m_result.get()); }
    bool is_null(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
    std::string text(int row, int column) const;  // NULL reads as ""
    std::int64_t int64(int row, int column) const;  // NULL reads as 0
    int integer(int row, int column) const { return static_cast<int>(int64(row, column)); }
    double real(int row, int column) const;
    bool boolean(int row, int column) const { return text(row, column) == "t"; }
    std::int64_t affected() const;  // rows an INSERT, UPDATE or DELETE changed

private:
    std::unique_ptr<PGresult, decltype(&PQclear)> m_result;
};

class PgConnection {
public:
    // Connects with a libpq connection URI (postgresql://...); libpq's environment variables
    // and service file apply as usual. Throws PgError with libpq's reason.
    explicit PgConnection(const std::string& uri);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // A prepared statement with its values.
    PgResult run(const std::string& sql, const std::vector<PgParam>& params = {});
    PgResult run(const std::string& sql, std::initializer_list<PgParam> params) {
        return run(sql, std::vector<PgParam>(params));
    }
    // Statements without values, not prepared: BEGIN, a migration's whole file.
    void execute(const std::string& sql);

    std::string server_version() const;
    int server_version_number() const;  // libpq's: 150004 for 15.4

private:
    PgResult checked(PGresult* result);
    const std::string& statement_name(const std::string& sql);

    std::unique_ptr<PGconn, decltype(&PQfinish)> m_connection;
    std::map<std::string, std::string, std::less<>> m_prepared;  // SQL -> statement name
};

// `sql` with each `?` numbered $1, $2, ... in order (text inside '...' is left alone).
std::string numbered_placeholders(std::string_view sql);

}  // namespace tracker::store
