#include "read/utf8_text.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "tracker/read.h"

namespace tracker::read {
namespace {

constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";
constexpr double k_megabyte = 1024.0 * 1024.0;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the valid UTF-8 sequence at `at`, or 0 when it is invalid. The second byte's
// range rules out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4), as
// in table 3-7 of the Unicode standard.
std::size_t valid_sequence_length(std::string_view text, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    std::size_t length = utf8_sequence_length(byte(0));
    if (length == 0 || at + length > text.size())
        return 0;
    if (length == 1)
        return 1;
    unsigned char low = 0x80, high = 0xBF;
    switch (byte(0)) {
        case 0xE0: low = 0xA0; break;
        case 0xED: high = 0x9F; break;
        case 0xF0: low = 0x90; break;
        case 0xF4: high = 0x8F; break;
        default: break;
    }
    if (byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!is_continuation(byte(i)))
            return 0;
    return length;
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace

std::size_t utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

std::string too_large_reason(std::size_t size) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "too large (%.1f MB, limit %.0f MB)", size / k_megabyte,
                  k_max_article_bytes / k_megabyte);
    return buffer;
}

std::string too_large_stream_reason() {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "too large (over the %.0f MB limit)", k_max_article_bytes / k_megabyte);
    return buffer;
}

tl::expected<std::string_view, std::string> checked_utf8_text(std::string_view bytes) {
    if (bytes.size() > k_max_article_bytes)
        return tl::unexpected(too_large_reason(bytes.size()));
    if (bytes.empty())
        return tl::unexpected(std::string("empty file"));
    if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos)
        return tl::unexpected("binary file (NUL byte at offset " + std::to_string(nul) + ")");
    for (std::size_t at = 0; at < bytes.size();) {
        // Eight ASCII bytes at a time (most text is ASCII): none has its high bit set.
        std::uint64_t eight = 0;
        if (at + sizeof eight <= bytes.size() &&
            (std::memcpy(&eight, bytes.data() + at, sizeof eight), (eight & 0x8080808080808080ULL) == 0)) {
            at += sizeof eight;
            continue;
        }
        std::size_t length = valid_sequence_length(bytes, at);
        if (length == 0)
            return tl::unexpected("not UTF-8 (invalid byte at offset " + std::to_string(at) + ")");
        at += length;
    }
    std::string_view text = bytes;
    if (text.substr(0, k_byte_order_mark.size()) == k_byte_order_mark)
        text.remove_prefix(k_byte_order_mark.size());
    if (is_blank(text))
        return tl::unexpected(std::string("empty file (only whitespace)"));
    return text;
}

}  // namespace tracker::read
