#include "store/postgresql/pg_connection.h"

#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

namespace tracker::store {

namespace {

std::string first_line(std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (const auto end = message.find('\n'); end != std::string::npos) message.erase(end);
    return message;
}

}  // namespace

PgParam::PgParam(std::int64_t number) : m_text(std::to_string(number)) {}
PgParam::PgParam(double number) : m_text(fmt::format("{}", number)) {}  // shortest exact form

std::string PgResult::text(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    return std::string(value, static_cast<std::size_t>(PQgetlength(m_result.get(), row, column)));
}

std::int64_t PgResult::int64(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    std::int64_t number = 0;
    std::from_chars(value, value + PQgetlength(m_result.get(), row, column), number);
    return number;
}

double PgResult::real(int row, int column) const {
    return std::strtod(PQgetvalue(m_result.get(), row, column), nullptr);
}

std::int64_t PgResult::affected() const {
    const char* tuples = PQcmdTuples(m_result.get());
    std::int64_t number = 0;
    std::from_chars(tuples, tuples + std::char_traits<char>::length(tuples), number);
    return number;
}

PgConnection::PgConnection(const std::string& uri) : m_connection(PQconnectdb(uri.c_str()), PQfinish) {
    if (!m_connection) throw PgError("out of memory", "");
    if (PQstatus(m_connection.get()) != CONNECTION_OK)
        throw PgError(first_line(PQerrorMessage(m_connection.get())), "08001");
    // Warnings of the server (NOTICE: relation already exists) are not the user's business.
    PQsetNoticeProcessor(m_connection.get(), [](void*, const char*) {}, nullptr);
}

PgResult PgConnection::checked(PGresult* raw) {
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(first_line(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_connection.get())),
                  state ? state : "");
}

const std::string& PgConnection::statement_name(const std::string& sql) {
    if (const auto found = m_prepared.find(sql); found != m_prepared.end()) return found->second;
    std::string name = "s" + std::to_string(m_prepared.size() + 1);
    checked(PQprepare(m_connection.get(), name.c_str(), numbered_placeholders(sql).c_str(), 0, nullptr));
    return m_prepared.emplace(sql, std::move(name)).first->second;
}

PgResult PgConnection::run(const std::string& sql, const std::vector<PgParam>& params) {
    const std::string& name = statement_name(sql);
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgParam& param : params) values.push_back(param.text() ? param.text()->c_str() : nullptr);
    return checked(PQexecPrepared(m_connection.get(), name.c_str(), static_cast<int>(values.size()), values.data(),
                                  nullptr, nullptr, 0));
}

void PgConnection::execute(const std::string& sql) { checked(PQexec(m_connection.get(), sql.c_str())); }

std::string PgConnection::server_version() const {
    const int version = server_version_number();
    return fmt::format("{}.{}", version / 10000, version % 10000);
}

int PgConnection::server_version_number() const { return PQserverVersion(m_connection.get()); }

std::string numbered_placeholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int number = 0;
    bool quoted = false;
    for (char c : sql) {
        if (c == '\'') quoted = !quoted;
        if (c == '?' && !quoted) out += "$" + std::to_string(++number);
        else out += c;
    }
    return out;
}

}  // namespace tracker::store
