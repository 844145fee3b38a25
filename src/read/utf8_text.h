// The first check on an input's bytes: is this text tracker can read?
//
// Text is UTF-8 (strict: no overlong forms, no surrogates, nothing past U+10FFFF), holds no NUL
// byte (a NUL means a binary file; UTF-16 text lands here too), is not empty or only whitespace,
// and is at most k_max_article_bytes long. A leading byte-order mark is dropped; nothing else is
// changed, CRLF line ends included, because evidence offsets index the text as read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace tracker::read {

// The text without its byte-order mark, or the one-line reason it is not readable text, e.g.
// "not UTF-8 (invalid byte at offset 1234)". Offsets count from the first byte of the input.
tl::expected<std::string_view, std::string> checked_utf8_text(std::string_view bytes);

// "too large (12.3 MB, limit 10 MB)": also used before reading a file that is known to be big.
std::string too_large_reason(std::size_t size);

// "too large (over the 10 MB limit)": for a stream, read no further than the limit, whose size
// is not known.
std::string too_large_stream_reason();

// The length of the UTF-8 sequence led by `lead`, or 0 for a byte that cannot lead one. For
// stepping over whole characters in text already checked.
std::size_t utf8_sequence_length(unsigned char lead);

}  // namespace tracker::read
