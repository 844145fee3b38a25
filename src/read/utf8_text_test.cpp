#include <catch2/catch.hpp>

#include <string>

#include "read/utf8_text.h"
#include "tracker/read.h"

using namespace tracker::read;
using namespace std::string_literals;

namespace {
std::string reason(std::string_view bytes) { return checked_utf8_text(bytes).error(); }
}  // namespace

TEST_CASE("checked_utf8_text: readable text comes back as it was", "[read]") {
    CHECK(checked_utf8_text("A lab said so.\r\nIt did.\n").value() == "A lab said so.\r\nIt did.\n");
    CHECK(checked_utf8_text("Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x87\xB9").value() ==
          "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x87\xB9");
}

TEST_CASE("checked_utf8_text: a leading byte-order mark is dropped", "[read]") {
    CHECK(checked_utf8_text("\xEF\xBB\xBFHello").value() == "Hello");
    SECTION("only at the start") {
        CHECK(checked_utf8_text("Hi\xEF\xBB\xBF").value() == "Hi\xEF\xBB\xBF");
    }
}

TEST_CASE("checked_utf8_text: invalid UTF-8 is refused with its offset", "[read]") {
    CHECK(reason("abc\xFF") == "not UTF-8 (invalid byte at offset 3)");
    CHECK(reason("caf\xE9 latin-1") == "not UTF-8 (invalid byte at offset 3)");
    SECTION("the offset counts the byte-order mark") {
        CHECK(reason("\xEF\xBB\xBF" "ab\x80") == "not UTF-8 (invalid byte at offset 5)");
    }
    SECTION("overlong forms, surrogates, code points past U+10FFFF, truncation") {
        CHECK(reason("x\xC0\xAF") == "not UTF-8 (invalid byte at offset 1)");
        CHECK(reason("x\xE0\x80\xAF") == "not UTF-8 (invalid byte at offset 1)");
        CHECK(reason("x\xED\xA0\x80") == "not UTF-8 (invalid byte at offset 1)");
        CHECK(reason("x\xF4\x90\x80\x80") == "not UTF-8 (invalid byte at offset 1)");
        CHECK(reason("xy\xE2\x80") == "not UTF-8 (invalid byte at offset 2)");
    }
    SECTION("after long ASCII runs, which are checked eight bytes at a time") {
        for (std::size_t run = 0; run < 20; ++run) {
            INFO(run);
            const std::string ascii(run, 'a');
            CHECK(reason(ascii + "\xFF" + ascii) == "not UTF-8 (invalid byte at offset " + std::to_string(run) + ")");
            CHECK(reason(ascii + "\xE2\x80") == "not UTF-8 (invalid byte at offset " + std::to_string(run) + ")");
            // A valid sequence across an eight-byte boundary, then a bad one.
            CHECK(reason(ascii + "\xE2\x80\x99" + ascii + "\xC0") ==
                  "not UTF-8 (invalid byte at offset " + std::to_string(2 * run + 3) + ")");
            CHECK(checked_utf8_text(ascii + "\xE2\x80\x99" + ascii + "!").has_value());
        }
    }
}

TEST_CASE("checked_utf8_text: a NUL byte means a binary file", "[read]") {
    CHECK(reason("\0PNG"s) == "binary file (NUL byte at offset 0)");
    CHECK(reason("\xFF\xFEH\0i\0"s) == "binary file (NUL byte at offset 3)");
}

TEST_CASE("checked_utf8_text: empty and whitespace-only input", "[read]") {
    CHECK(reason("") == "empty file");
    CHECK(reason(" \r\n\t\n") == "empty file (only whitespace)");
    CHECK(reason("\xEF\xBB\xBF\n") == "empty file (only whitespace)");
}

TEST_CASE("checked_utf8_text: input over the size cap", "[read]") {
    std::string big(k_max_article_bytes + 1, 'a');
    CHECK(reason(big) == "too large (10.0 MB, limit 10 MB)");
    CHECK(too_large_reason(12'900'000) == "too large (12.3 MB, limit 10 MB)");
    CHECK(checked_utf8_text(std::string(k_max_article_bytes, 'a')).has_value());
}
