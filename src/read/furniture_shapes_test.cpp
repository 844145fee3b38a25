#include <catch2/catch.hpp>

#include "read/furniture_shapes.h"

using namespace tracker::read;

TEST_CASE("is_view_counter: counters ending short lines", "[read]") {
    CHECK(is_view_counter("10 views"));
    CHECK(is_view_counter("1 view"));
    CHECK(is_view_counter("1,204 views"));
    CHECK(is_view_counter("1.2K views"));
    CHECK(is_view_counter("7 comments"));
    CHECK(is_view_counter("Chip Newsvisibility42 views"));
    CHECK_FALSE(is_view_counter("views"));
    CHECK_FALSE(is_view_counter("ten views"));
    CHECK_FALSE(is_view_counter("The clip had 10 views"
                                " before the ministry took it down after a week of 10 views"));
    CHECK_FALSE(is_view_counter("It said so. 10 views"));
}

TEST_CASE("is_reading_time: minutes to read", "[read]") {
    CHECK(is_reading_time("2 minute read"));
    CHECK(is_reading_time("5 min read"));
    CHECK(is_reading_time("5 min. read"));
    CHECK(is_reading_time("12 minutes read"));
    CHECK(is_reading_time("4-minute read"));
    CHECK_FALSE(is_reading_time("2 hour read"));
    CHECK_FALSE(is_reading_time("minute read"));
    CHECK_FALSE(is_reading_time("2 labs read the report"));
}

TEST_CASE("is_media_clock: a player's times", "[read]") {
    CHECK(is_media_clock("0:000:00"));
    CHECK(is_media_clock("0:00 / 3:45"));
    CHECK_FALSE(is_media_clock("10:00 GMT"));
    CHECK_FALSE(is_media_clock(":"));
}

TEST_CASE("is_rule_line: horizontal rules", "[read]") {
    CHECK(is_rule_line("---"));
    CHECK(is_rule_line("* * *"));
    CHECK(is_rule_line("______"));
    CHECK_FALSE(is_rule_line("--"));
    CHECK_FALSE(is_rule_line("--- end"));
    CHECK_FALSE(is_rule_line("-*-"));
}

TEST_CASE("is_bare_token: lines without letters, and tiny tokens", "[read]") {
    CHECK(is_bare_token("4"));
    CHECK(is_bare_token("1/3"));
    CHECK(is_bare_token("TR"));
    CHECK(is_bare_token("EN"));
    CHECK_FALSE(is_bare_token("Nvidia"));
    CHECK_FALSE(is_bare_token("A B"));
    CHECK_FALSE(is_bare_token("\xC3\x96zel"));
}

TEST_CASE("is_link_row: three or more short items parted by a dot, a bar or a bullet", "[read]") {
    CHECK(is_link_row("Most read: Chip stocks slide \xC2\xB7 Inside the new rules \xC2\xB7 Five charts on AI"));
    CHECK(is_link_row("Quay Post | Business | Technology"));
    CHECK(is_link_row("Markets \xE2\x80\xA2 Tech \xE2\x80\xA2 Policy \xE2\x80\xA2 Opinion"));
    CHECK_FALSE(is_link_row("Quay Post | Business"));
    CHECK_FALSE(is_link_row("Baidu bought chips | a source said | the deal closed in May."));
    CHECK_FALSE(is_link_row("DeepSeek trained V3 on H800 chips, the company said."));
}
