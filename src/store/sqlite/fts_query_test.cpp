#include <catch2/catch.hpp>

#include "store/sqlite/fts_query.h"

using tracker::store::fts_all_words;

TEST_CASE("fts_all_words: each word becomes one FTS5 string", "[store]") {
    CHECK(fts_all_words("DeepSeek chips") == "\"DeepSeek\" \"chips\"");
    CHECK(fts_all_words("  spaced\tout\n") == "\"spaced\" \"out\"");
}

TEST_CASE("fts_all_words: operators and quotes stay literal", "[store]") {
    CHECK(fts_all_words("a OR b") == "\"a\" \"OR\" \"b\"");
    CHECK(fts_all_words("NEAR(a b)") == "\"NEAR(a\" \"b)\"");
    CHECK(fts_all_words("say \"hi\"") == "\"say\" \"\"\"hi\"\"\"");
    CHECK(fts_all_words("chips*") == "\"chips*\"");
}

TEST_CASE("fts_all_words: no words is no query", "[store]") {
    CHECK(fts_all_words("").empty());
    CHECK(fts_all_words(" \t ").empty());
}
