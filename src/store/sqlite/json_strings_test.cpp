#include <catch2/catch.hpp>

#include "store/sqlite/json_strings.h"

using namespace tracker::store;

TEST_CASE("to_json_strings: writes a JSON array with escapes", "[store]") {
    CHECK(to_json_strings({}) == "[]");
    CHECK(to_json_strings({"Reuters", "The \"Info\"", "a\\b\nc"}) ==
          "[\"Reuters\",\"The \\\"Info\\\"\",\"a\\\\b\\nc\"]");
}

TEST_CASE("from_json_strings: reads back what to_json_strings wrote", "[store]") {
    const std::vector<std::string> values = {"", "Reuters", "quote \" back \\ slash", "line\nbreak\x01",
                                             "Zhipu AI 智谱", "24,000 accounts vs 20,000 accounts"};
    CHECK(from_json_strings(to_json_strings(values)) == values);
    CHECK(from_json_strings("[\"caf\\u00e9\"]") == std::vector<std::string>{"café"});
    CHECK(from_json_strings("[]").empty());
}
