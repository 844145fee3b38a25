// Where a PostgreSQL store lives: a libpq connection URI (postgresql://USER:PASSWORD@HOST:PORT/DB
// ?sslmode=...), and the same URI as it may be shown, its password hidden.
//
// A password may sit in the URI's user information or in a `password=` parameter; `shown`
// replaces it with "***", and `hide_password` does the same to any text that repeats it (libpq
// quotes a malformed token back in its errors, which may be the password). Nothing the store
// logs, throws or reports names the URI otherwise.
#pragma once

#include <string>

namespace tracker::store {

struct PostgresLocation {
    std::string uri;       // as given, for libpq alone
    std::string shown;     // for messages: the password hidden
    std::string password;  // "" when the URI holds none (libpq may find one in ~/.pgpass)

    // Checks the URI's syntax with libpq's parser. Throws UsageFatal naming the shown URI and
    // the reason when it is malformed.
    static PostgresLocation parse(const std::string& uri);

    // The URI as it may be shown, malformed or not.
    static std::string shown_of(const std::string& uri);

    // `text` with every occurrence of the password (as written, and percent-decoded) hidden.
    std::string hide_password(std::string text) const;
};

}  // namespace tracker::store
