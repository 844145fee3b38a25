#include <catch2/catch.hpp>

#include "feeds/robots_txt.h"

using tracker::feeds::RobotsTxt;

TEST_CASE("RobotsTxt: our group is used, else the group of *", "[feeds]") {
    const char* text =
        "User-agent: *\n"
        "Disallow: /private/\n"
        "\n"
        "User-agent: Tracker/0.1\n"
        "Disallow: /news/drafts/\n";
    const RobotsTxt robots = RobotsTxt::parse(text, "tracker");
    CHECK_FALSE(robots.allows("/news/drafts/one"));
    CHECK(robots.allows("/private/page"));  // the * group does not apply to us
    SECTION("another crawler's token gets the * group") {
        const RobotsTxt other = RobotsTxt::parse(text, "otherbot");
        CHECK_FALSE(other.allows("/private/page"));
        CHECK(other.allows("/news/drafts/one"));
    }
}

TEST_CASE("RobotsTxt: groups naming us are merged, and several agents share a group", "[feeds]") {
    const RobotsTxt robots = RobotsTxt::parse(
        "user-agent: otherbot\nUSER-AGENT: tracker\ndisallow: /a\n\n"
        "User-agent: tracker\nDisallow: /b\n# a comment\nSitemap: https://example.com/s.xml\n",
        "tracker");
    CHECK_FALSE(robots.allows("/a/1"));
    CHECK_FALSE(robots.allows("/b/1"));
    CHECK(robots.allows("/c"));
}

TEST_CASE("RobotsTxt: the longest match decides, Allow wins a tie", "[feeds]") {
    const RobotsTxt robots = RobotsTxt::parse(
        "User-agent: *\r\n"
        "Disallow: /news/\r\n"
        "Allow: /news/public/\r\n"
        "Disallow: /news/public/secret\r\n"
        "Allow: /tie\r\n"
        "Disallow: /tie\r\n",
        "tracker");
    CHECK_FALSE(robots.allows("/news/a"));
    CHECK(robots.allows("/news/public/a"));
    CHECK_FALSE(robots.allows("/news/public/secret-plan"));
    CHECK(robots.allows("/tie/x"));
    CHECK(robots.allows("/elsewhere"));
    CHECK(robots.allows("/news"));  // "/news/" does not match "/news"
}

TEST_CASE("RobotsTxt: * matches any run and $ anchors the end", "[feeds]") {
    const RobotsTxt robots = RobotsTxt::parse(
        "User-agent: tracker\n"
        "Disallow: /*.pdf$\n"
        "Disallow: /*/print\n"
        "Disallow: /search?q=*&page\n"
        "Allow: /exact$\n"
        "Disallow: /exact\n",
        "tracker");
    CHECK_FALSE(robots.allows("/files/report.pdf"));
    CHECK(robots.allows("/files/report.pdf?download=1"));
    CHECK(robots.allows("/files/report.pdfx"));
    CHECK_FALSE(robots.allows("/2025/12/story/print"));
    CHECK_FALSE(robots.allows("/search?q=chips&page=2"));
    CHECK(robots.allows("/search?q=chips"));
    CHECK(robots.allows("/exact"));
    CHECK_FALSE(robots.allows("/exact/more"));
}

TEST_CASE("RobotsTxt: empty Disallow, no groups, lines without a group, and /robots.txt", "[feeds]") {
    CHECK(RobotsTxt::parse("User-agent: *\nDisallow:\n", "tracker").allows("/anything"));
    CHECK(RobotsTxt::parse("", "tracker").allows("/anything"));
    CHECK(RobotsTxt::parse("Disallow: /\n", "tracker").allows("/anything"));  // before any group
    CHECK(RobotsTxt::parse("garbage without colon\nUser-agent: *\nDisallow: /x\n", "tracker").allows("/y"));
    const RobotsTxt closed = RobotsTxt::parse("\xEF\xBB\xBFUser-agent: *\nDisallow: /\n", "tracker");
    CHECK_FALSE(closed.allows("/"));
    CHECK_FALSE(closed.allows(""));
    CHECK(closed.allows("/robots.txt"));
    CHECK(RobotsTxt::allow_all().allows("/x"));
    CHECK_FALSE(RobotsTxt::disallow_all().allows("/x"));
}

TEST_CASE("RobotsTxt: a run of stars does not blow up", "[feeds]") {
    const std::string pattern = "/" + std::string(200, '*') + "z$";
    const RobotsTxt robots = RobotsTxt::parse("User-agent: *\nDisallow: " + pattern + "\n", "tracker");
    CHECK(robots.allows("/" + std::string(5000, 'a')));
    CHECK_FALSE(robots.allows("/" + std::string(5000, 'a') + "z"));
}
