#include "store/sqlite/fts_query.h"

#include <cctype>

namespace tracker::store {

std::string fts_all_words(std::string_view text) {
    std::string query;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        if (pos == text.size()) break;
        if (!query.empty()) query += ' ';  // FTS5's implicit AND
        query += '"';
        for (; pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos])); ++pos) {
            if (text[pos] == '"') query += '"';
            query += text[pos];
        }
        query += '"';
    }
    return query;
}

}  // namespace tracker::store
