#include <catch2/catch.hpp>

#include "read/date_text.h"

using namespace tracker::read;

TEST_CASE("parse_date_text: ISO dates and W3C-DTF date-times", "[read]") {
    CHECK(parse_date_text("2025-12-10") == "2025-12-10");
    CHECK(parse_date_text("2025/12/10") == "2025-12-10");
    CHECK(parse_date_text("  2025-12-10  ") == "2025-12-10");
    CHECK(parse_date_text("2025-12-10T08:00:00Z") == "2025-12-10");
    CHECK(parse_date_text("2025-12-10T08:00Z") == "2025-12-10");
    CHECK(parse_date_text("2025-12-10T08:00:00.250+02:00") == "2025-12-10");
    CHECK(parse_date_text("2025-12-10 08:00:00") == "2025-12-10");
    SECTION("a zone that crosses midnight moves the day") {
        CHECK(parse_date_text("2025-12-10T01:30:00+08:00") == "2025-12-09");
        CHECK(parse_date_text("2025-12-10T22:00:00-0500") == "2025-12-11");
    }
}

TEST_CASE("parse_date_text: dates written out in words", "[read]") {
    CHECK(parse_date_text("December 10, 2025") == "2025-12-10");
    CHECK(parse_date_text("Dec. 10, 2025") == "2025-12-10");
    CHECK(parse_date_text("Dec 10 2025") == "2025-12-10");
    CHECK(parse_date_text("Sept. 3, 2024") == "2024-09-03");
    CHECK(parse_date_text("march 1st, 2024") == "2024-03-01");
    CHECK(parse_date_text("Wednesday, December 10, 2025") == "2025-12-10");
    CHECK(parse_date_text("10 December 2025") == "2025-12-10");
    CHECK(parse_date_text("10 Dec. 2025") == "2025-12-10");
    CHECK(parse_date_text("10-Dec-2025") == "2025-12-10");
    CHECK(parse_date_text("December 10, 2025 at 8:00 PM") == "2025-12-10");
    CHECK(parse_date_text("December 10, 2025 11:30 p.m. EST") == "2025-12-11");
}

TEST_CASE("parse_date_text: RFC 822 and its variants", "[read]") {
    CHECK(parse_date_text("Wed, 10 Dec 2025 08:00:00 GMT") == "2025-12-10");
    CHECK(parse_date_text("Wed, 10 Dec 2025 08:00:00 +0000") == "2025-12-10");
    CHECK(parse_date_text("10 Dec 2025 08:00 UT") == "2025-12-10");
    CHECK(parse_date_text("Wed, 10 Dec 25 08:00:00 GMT") == "2025-12-10");
    CHECK(parse_date_text("Wed, 1 Jan 97 08:00:00 GMT") == "1997-01-01");
    CHECK(parse_date_text("Wed, 10 Dec 2025 08:00:00") == "2025-12-10");
    CHECK(parse_date_text("Wed, 10 Dec 2025 20:00:00 PST") == "2025-12-11");
    CHECK(parse_date_text("Wed, 10 Dec 2025 02:00:00 +05:30") == "2025-12-09");
    CHECK(parse_date_text("Wed, 10 Dec 2025 08:00:00 A") == "2025-12-10");
    SECTION("the weekday is not checked against the date") {
        CHECK(parse_date_text("Mon, 10 Dec 2025 08:00:00 GMT") == "2025-12-10");
    }
}

TEST_CASE("parse_date_text: what is not a date", "[read]") {
    CHECK_FALSE(parse_date_text(""));
    CHECK_FALSE(parse_date_text("yesterday"));
    CHECK_FALSE(parse_date_text("12/10/2025"));
    CHECK_FALSE(parse_date_text("December 10"));
    CHECK_FALSE(parse_date_text("2025-12"));
    CHECK_FALSE(parse_date_text("2025-02-30"));
    CHECK_FALSE(parse_date_text("2025-13-01"));
    CHECK_FALSE(parse_date_text("Smarch 10, 2025"));
    CHECK_FALSE(parse_date_text("December 10, 2025 and more"));
    CHECK_FALSE(parse_date_text("2025-12-10T25:00:00Z"));
}

TEST_CASE("parse_date_time: the instant in UTC", "[read]") {
    using namespace std::chrono;
    sys_seconds expected = sys_days{year{2025} / 12 / 10} + hours{8};
    CHECK(parse_date_time("Wed, 10 Dec 2025 09:00:00 +0100") == expected);
    CHECK(parse_date_time("2025-12-10T08:00:00Z") == expected);
    CHECK(parse_date_time("December 10, 2025 8:00 AM") == expected);
    CHECK(parse_date_time("2025-12-10") == sys_seconds{sys_days{year{2025} / 12 / 10}});
}

TEST_CASE("parse_leading_date: a date followed by prose", "[read]") {
    auto dated = parse_leading_date("December 10, 2025 \xE2\x80\x94 A lab said");
    REQUIRE(dated);
    CHECK(dated->length == 17);
    CHECK(iso_date(dated->instant) == "2025-12-10");
    auto timed = parse_leading_date("2025-12-10 08:00 A lab said");
    REQUIRE(timed);
    CHECK(timed->length == 16);
    CHECK_FALSE(parse_leading_date("A lab said on December 10, 2025"));
}
