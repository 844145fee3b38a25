#include "store/article_identity.h"

#include <fmt/format.h>

#include "tracker/xref.h"

namespace tracker::store {

namespace {
// 128-bit arithmetic without -Wpedantic noise; GCC and Clang both provide it.
__extension__ typedef unsigned __int128 uint128;

// FNV-1a 128 parameters (http://www.isthe.com/chongo/tech/comp/fnv/).
constexpr uint128 k_fnv128_prime = (uint128{1} << 88) | 0x13B;
constexpr uint128 k_fnv128_offset =
    (uint128{0x6c62272e07bb0142ULL} << 64) | uint128{0x62b821756295c58dULL};
}  // namespace

std::string content_hash(std::string_view text) {
    uint128 h = k_fnv128_offset;
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * k_fnv128_prime;
    return fmt::format("{:016x}{:016x}", static_cast<std::uint64_t>(h >> 64), static_cast<std::uint64_t>(h));
}

Article::Digests text_digests(const Article& article) {
    if (article.digests) return *article.digests;
    return {content_hash(article.text), xref::copy_simhash(article)};
}

std::string identity_of(const Article& article, const std::string& hash) {
    if (!article.url.empty()) return article.url;
    if (!article.path.empty() && article.path != "-") return article.path;
    return "stdin:" + hash;
}

std::string publisher_of(const Article& article) {
    if (!article.source.empty()) return article.source;
    if (!article.path.empty()) return article.path;
    return "unknown";
}

}  // namespace tracker::store
