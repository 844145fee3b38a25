#include <catch2/catch.hpp>

#include "read/front_matter.h"

using namespace tracker::read;

TEST_CASE("FrontMatter: the five keys are read and the block's end is known", "[read]") {
    std::string_view text =
        "---\n"
        "title: Chips cross a border\n"
        "source: \"The Daily Wafer\"\n"
        "url: https://example.org/chips\n"
        "date: Dec. 3, 2025\n"
        "author: 'Ada Quill'\n"
        "---\n"
        "A lab said so.\n";
    auto block = parse_front_matter(text).value();
    CHECK(block.present);
    CHECK(block.title == "Chips cross a border");
    CHECK(block.source == "The Daily Wafer");
    CHECK(block.url == "https://example.org/chips");
    CHECK(block.date == "2025-12-03");
    CHECK(block.author == "Ada Quill");
    CHECK(text.substr(block.end) == "A lab said so.\n");
}

TEST_CASE("FrontMatter: CRLF lines, other keys, comments and continuations", "[read]") {
    std::string_view text =
        "---\r\n"
        "# written by hand\r\n"
        "Title: Wafers\r\n"
        "tags:\r\n"
        "  - chips\r\n"
        "\r\n"
        "---\r\n"
        "Body\r\n";
    auto block = parse_front_matter(text).value();
    CHECK(block.title == "Wafers");
    CHECK(text.substr(block.end) == "Body\r\n");
}

TEST_CASE("FrontMatter: text without a block has none", "[read]") {
    auto block = parse_front_matter("A title\n---\nmore\n").value();
    CHECK_FALSE(block.present);
    CHECK(block.end == 0);
    CHECK_FALSE(parse_front_matter("----\ntitle: x\n----\n").value().present);
    CHECK_FALSE(parse_front_matter(" ---\ntitle: x\n---\n").value().present);
}

TEST_CASE("FrontMatter: an unclosed block is an error", "[read]") {
    CHECK(parse_front_matter("---\ntitle: Wafers\nA lab said so.").error() ==
          "front matter line 3 is not \"key: value\"");
    CHECK(parse_front_matter("---\ntitle: Wafers\n").error() == "front matter never closes");
    CHECK(parse_front_matter("---").error() == "front matter never closes");
}

TEST_CASE("FrontMatter: a date that is not a date is an error", "[read]") {
    CHECK(parse_front_matter("---\ndate: soon\n---\n").error() ==
          "front matter date not understood: \"soon\"");
    CHECK(parse_front_matter("---\ndate:\n---\n").value().date.empty());
}

TEST_CASE("FrontMatter: a line without a key is an error", "[read]") {
    CHECK(parse_front_matter("---\ntitle: x\n: nothing\n---\n").error() ==
          "front matter line 3 is not \"key: value\"");
}
