#include <catch2/catch.hpp>

#include "cli/closed_set.h"

using namespace tracker::cli;

TEST_CASE("unknown_value_message: names the nearest value, else lists them all", "[cli]") {
    const std::vector<std::string> formats = {"table", "json", "jsonl", "csv", "markdown"};
    CHECK(unknown_value_message("allegation", "smugling", allegation_ids()) ==
          "unknown allegation 'smugling'; did you mean 'smuggling'?");
    CHECK(unknown_value_message("format", "tabel", formats) == "unknown format 'tabel'; did you mean 'table'?");
    CHECK(unknown_value_message("format", "JSON", formats) == "unknown format 'JSON'; did you mean 'json'?");
    CHECK(unknown_value_message("format", "xml", formats) == "unknown format 'xml' (table, json, jsonl, csv, markdown)");
}

TEST_CASE("near_values: nearest first, within a third of the value's length", "[cli]") {
    const std::vector<std::string> statuses = proposition_statuses();
    CHECK(near_values("corroborate", statuses) == std::vector<std::string>{"corroborated"});
    CHECK(near_values("contra", statuses) == std::vector<std::string>{"contradicted"});
    CHECK(near_values("single source", statuses) == std::vector<std::string>{"single-source"});
    CHECK(near_values("zz", statuses).empty());
    CHECK(near_values("Deepsek", {"DeepSeek", "Meta", "Tencent"}) == std::vector<std::string>{"DeepSeek"});
    CHECK(near_values("jsonn", {"json", "jsonl"}) == std::vector<std::string>{"json", "jsonl"});
}

TEST_CASE("closed_set: the option takes its values, refuses others, and keeps the list", "[cli]") {
    CLI::App app;
    std::string format;
    auto* option = closed_set(app.add_option("--format", format), "format", {"table", "json"});
    CHECK(closed_values(*option) == std::vector<std::string>{"table", "json"});
    CHECK(option->get_type_name() == "{table,json}");

    SECTION("a value of the set") {
        app.parse("--format json", false);
        CHECK(format == "json");
    }
    SECTION("another value is a validation error naming the nearest") {
        try {
            app.parse("--format jsn", false);
            FAIL("no error");
        } catch (const CLI::ValidationError& e) {
            CHECK(std::string(e.what()) == "--format: unknown format 'jsn'; did you mean 'json'?");
        }
    }
}

TEST_CASE("closed_values: an open option has none", "[cli]") {
    CLI::App app;
    std::string actor;
    CHECK(closed_values(*app.add_option("--actor", actor)).empty());
}
