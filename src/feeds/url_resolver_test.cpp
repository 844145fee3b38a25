#include <catch2/catch.hpp>

#include "feeds/url_resolver.h"

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
