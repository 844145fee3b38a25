// The lexicons (data/*.tsv) and migrations (schema/sqlite/*.sql) compiled into the binary by
// cmake/embed.cmake, so that tracker runs from any directory without its source tree.
#pragma once

#include <string_view>
#include <vector>

namespace tracker::embedded {

struct EmbeddedFile {
    std::string_view name;      // "<folder>/<file>", e.g. "data/actors.tsv", "sqlite/0001_init.sql"
    std::string_view contents;
};

// Every embedded file, sorted by name.
const std::vector<EmbeddedFile>& files();

}  // namespace tracker::embedded
