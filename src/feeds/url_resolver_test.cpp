#include <catch2/catch.hpp>

#include "feeds/url_resolver.h"

using tracker::feeds::parse_http_url;
using tracker::feeds::resolve_url;

// RFC 3986 section 5.4's examples, base "http://a/b/c/d;p?q".
TEST_CASE("resolve_url: RFC 3986 normal and abnormal examples", "[feeds]") {
    const std::string base = "http://a/b/c/d;p?q";
    const std::pair<const char*, const char*> cases[] = {
        {"g:h", "g:h"},          {"g", "http://a/b/c/g"},       {"./g", "http://a/b/c/g"},
        {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},         {"//g", "http://g"},
        {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"}, {";x", "http://a/b/c/;x"},  {"", "http://a/b/c/d;p?q"},
        {".", "http://a/b/c/"},  {"./", "http://a/b/c/"},        {"..", "http://a/b/"},
        {"../", "http://a/b/"},  {"../g", "http://a/b/g"},       {"../..", "http://a/"},
        {"../../g", "http://a/g"}, {"../../../g", "http://a/g"}, {"/./g", "http://a/g"},
        {"g.", "http://a/b/c/g."}, {"g/../h", "http://a/b/c/h"}, {"./g/.", "http://a/b/c/g/"},
    };
    for (const auto& [reference, expected] : cases) {
        INFO(reference);
        CHECK(resolve_url(base, reference) == expected);
    }
}

TEST_CASE("resolve_url: a base without a scheme leaves the reference as it is", "[feeds]") {
    CHECK(resolve_url("", "/a/b") == "/a/b");
    CHECK(resolve_url("feeds/x.xml", "post.html") == "post.html");
}

TEST_CASE("resolve_url: a host without a path resolves under its root", "[feeds]") {
    CHECK(resolve_url("https://example.org", "posts/1") == "https://example.org/posts/1");
    CHECK(resolve_url("file:///srv/feeds/x.xml", "a.html") == "file:///srv/feeds/a.html");
}

TEST_CASE("parse_http_url: origin, host and target of an http(s) URL", "[feeds]") {
    auto url = parse_http_url("HTTPS://News.Example.com:8443/a/b?c=d#top");
    REQUIRE(url);
    CHECK(url->origin == "https://news.example.com:8443");
    CHECK(url->host == "news.example.com");
    CHECK(url->target == "/a/b?c=d");
    auto bare = parse_http_url("http://user:secret@example.com");
    REQUIRE(bare);
    CHECK(bare->origin == "http://example.com");
    CHECK(bare->target == "/");
    auto v6 = parse_http_url("http://[::1]:8080/x");
    REQUIRE(v6);
    CHECK(v6->host == "[::1]");
    CHECK(v6->origin == "http://[::1]:8080");
    auto v6_no_port = parse_http_url("http://[fe80::1]/x");
    REQUIRE(v6_no_port);
    CHECK(v6_no_port->host == "[fe80::1]");
    for (const char* not_http : {"ftp://example.com/x", "/relative/path", "http:/no-authority", "http:///x", "mailto:a@b"}) {
        INFO(not_http);
        CHECK_FALSE(parse_http_url(not_http));
    }
}
