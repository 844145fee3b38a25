#include <catch2/catch.hpp>

#include "read/metadata_lines.h"

using namespace tracker::read;
using namespace std::chrono;

TEST_CASE("byline_author: names after By", "[read]") {
    CHECK(byline_author("By Ada Quill") == "Ada Quill");
    CHECK(byline_author("by Ada Quill and Omar Said") == "Ada Quill and Omar Said");
    CHECK(byline_author("By Ludwig van Wafer, Ada Quill") == "Ludwig van Wafer, Ada Quill");
    CHECK_FALSE(byline_author("By contrast, the lab said nothing"));
    CHECK_FALSE(byline_author("By 2026, Ruritania will build fabs"));
    CHECK_FALSE(byline_author("By Then It Was Over."));
    CHECK_FALSE(byline_author("By"));
    CHECK_FALSE(byline_author("Bye Ada"));
}

TEST_CASE("published_line: relative times resolved against now", "[read]") {
    system_clock::time_point now = sys_days{year{2025} / 12 / 10} + hours{8};
    CHECK(published_line("Published 16 hours ago", now)->date == "2025-12-09");
    CHECK(published_line("Published 7 hours ago", now)->date == "2025-12-10");
    CHECK(published_line("Published 2 days ago", now)->date == "2025-12-08");
    CHECK(published_line("Updated 1 week ago", now)->date == "2025-12-03");
    CHECK(published_line("Posted 45 minutes ago", now)->date == "2025-12-10");
    CHECK(published_line("Published yesterday", now)->date == "2025-12-09");
    CHECK(published_line("Published 16 hours ago3 minute read", now)->date == "2025-12-09");
}

TEST_CASE("published_line: dates after the opening", "[read]") {
    system_clock::time_point now{};
    CHECK(published_line("Published on December 3, 2025", now)->date == "2025-12-03");
    CHECK(published_line("Updated: 2025-12-04T10:00:00Z", now)->date == "2025-12-04");
    CHECK(published_line("Last updated Dec. 5, 2025 at 3:00 PM EST", now)->date == "2025-12-05");
    CHECK(published_line("First published 6 Dec 2025 | Wafer desk", now)->date == "2025-12-06");
}

TEST_CASE("published_line: prose that starts with the same words", "[read]") {
    system_clock::time_point now{};
    CHECK_FALSE(published_line("Published reports say the lab bought chips.", now));
    CHECK_FALSE(published_line("Updated rules took effect in 2025.", now));
    CHECK_FALSE(published_line("Published", now));
    CHECK_FALSE(published_line("Publishedly 2 days ago", now));
}

TEST_CASE("dateline_date: a date opening a paragraph", "[read]") {
    CHECK(dateline_date("Geneva, December 3, 2025 \xE2\x80\x94 A lab said so.") == "2025-12-03");
    CHECK(dateline_date("December 3, 2025 - A lab said so.") == "2025-12-03");
    CHECK(dateline_date("NEW YORK, Dec. 3, 2025: A lab said so.") == "2025-12-03");
    CHECK_FALSE(dateline_date("December 3, 2025 was a quiet day."));
    CHECK_FALSE(dateline_date("the lab, December 3, 2025 \xE2\x80\x94 said so."));
    CHECK_FALSE(dateline_date("GENEVA (Wire) \xE2\x80\x94 A lab said so."));
}
