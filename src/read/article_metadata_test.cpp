#include <catch2/catch.hpp>

#include "read/article_metadata.h"

using namespace tracker::read;
using namespace std::chrono;

namespace {

const system_clock::time_point k_modified = sys_days{year{2025} / 12 / 10} + hours{8};

ArticleMetadata metadata_of(std::string_view text) {
    const PageFurniture& furniture = PageFurniture::standard();
    return find_metadata(text, read_lines(text, 0, furniture), furniture, k_modified);
}

}  // namespace

TEST_CASE("find_metadata: the first headline-like line is the title", "[read]") {
    auto found = metadata_of(
        "EN\n"
        "Loading...\n"
        "\n"
        "Ruritania Lab Buys Accelerators Abroad\n"
        "Ruritania Lab Buys Accelerators Abroad\n"
        "The lab said so.\n");
    CHECK(found.title == "Ruritania Lab Buys Accelerators Abroad");
    SECTION("sentences, list items and short lines are not headlines") {
        CHECK(metadata_of("The lab said so.\nWafers\n- A list item here\nThe Real Headline Here\n")
                  .title == "The Real Headline Here");
        CHECK(metadata_of("The lab said so.\n").title.empty());
    }
}

TEST_CASE("find_metadata: a one-word line at the top is the publisher", "[read]") {
    auto found = metadata_of("WaferWire24\n\nRuritania Lab Buys Accelerators\n\nText.\n");
    CHECK(found.source == "WaferWire24");
    CHECK(found.publisher_line == 0u);
    CHECK(found.title == "Ruritania Lab Buys Accelerators");
    SECTION("not a language switch, nor a word further down") {
        CHECK(metadata_of("TR\nRuritania Lab Buys Accelerators\n").source.empty());
        CHECK(metadata_of("Ruritania Lab Buys Accelerators\nWaferWire24\n").source.empty());
    }
}

TEST_CASE("find_metadata: a Shared from footer names the publisher, a Source line does not", "[read]") {
    CHECK(metadata_of("Lab Buys Chips Abroad\nText.\nShared from Wafer App - Be informed.\n")
              .source == "Wafer App");
    CHECK(metadata_of("Lab Buys Chips Abroad\nText.\nSource: Orbital Images\n").source.empty());
}

TEST_CASE("find_metadata: the date from a Published line, a date line or a dateline", "[read]") {
    CHECK(metadata_of("Lab Buys Chips Abroad\nPublished 16 hours ago\nText.\n").date ==
          "2025-12-09");
    CHECK(metadata_of("Lab Buys Chips Abroad\ncalendar_todayDecember 3, 2025\nText.\n").date ==
          "2025-12-03");
    CHECK(metadata_of("Lab Buys Chips Abroad\n\nGeneva, December 4, 2025 \xE2\x80\x94 Text.\n")
              .date == "2025-12-04");
    CHECK(metadata_of("Lab Buys Chips Abroad\nText without a date.\n").date.empty());
}

TEST_CASE("find_metadata: the author from a byline", "[read]") {
    CHECK(metadata_of("Lab Buys Chips Abroad\nBy Ada Quill\nText.\n").author == "Ada Quill");
}
