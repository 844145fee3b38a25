// SQLite::Exception stops at the store's edge: it becomes tracker::Fatal naming the database,
// so the user reads "PATH: database is locked" rather than a bare SQLite message.
#pragma once

#include <string>
#include <utility>

#include <SQLiteCpp/Exception.h>

#include "tracker/error.h"

namespace tracker::store {

template <class Body>
auto with_sqlite_errors(const std::string& path, Body&& body) {
    try {
        return std::forward<Body>(body)();
    } catch (const SQLite::Exception& e) {
        throw Fatal(path + ": " + e.what());
    }
}

}  // namespace tracker::store
