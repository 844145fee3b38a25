// The user's `--text` words as an FTS5 query that means only "all these words": each word becomes
// an FTS5 string ("..." with inner quotes doubled), so NEAR, OR, NOT, -, *, ^, column filters and
// parentheses are plain text. The result is bound as a parameter, never spliced into SQL.
#pragma once

#include <string>
#include <string_view>

namespace tracker::store {

// "" when the text holds no word (no filter).
std::string fts_all_words(std::string_view text);

}  // namespace tracker::store
