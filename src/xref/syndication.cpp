// Syndication: near-duplicate articles (a wire story republished with a new headline) are one
// origin, found by SimHash (Charikar 2002) over word 4-shingles.
//
// Words are runs of ASCII letters and digits (any non-ASCII byte counts as a letter, so UTF-8
// words stay whole), lowercased. Each shingle (four consecutive words joined by one space) is
// hashed with FNV-1a 64 and then the SplitMix64 finaliser: FNV-1a alone mixes its high bits
// poorly for short inputs, and SimHash needs every bit independent. A text of fewer than four
// words is one shingle; an empty text hashes to 0.
#include "tracker/xref.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <string>
#include <vector>

namespace tracker::xref {

namespace {

constexpr std::size_t k_shingle_words = 4;
constexpr std::uint64_t k_fnv_offset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t k_fnv_prime = 0x100000001b3ULL;

bool is_word_byte(unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; }

std::vector<std::string> lowercase_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_word_byte(c)) {
            word.push_back(static_cast<char>(std::tolower(c)));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Hashes words[first, last) joined by single spaces, without building the string.
std::uint64_t shingle_hash(const std::vector<std::string>& words, std::size_t first, std::size_t last) {
    std::uint64_t h = k_fnv_offset;
    for (std::size_t i = first; i < last; ++i) {
        if (i != first) h = (h ^ static_cast<unsigned char>(' ')) * k_fnv_prime;
        for (char c : words[i]) h = (h ^ static_cast<unsigned char>(c)) * k_fnv_prime;
    }
    return mix(h);
}

}  // namespace

std::uint64_t simhash(std::string_view text) {
    const std::vector<std::string> words = lowercase_words(text);
    if (words.empty()) return 0;
    std::array<long, 64> votes{};
    const std::size_t shingles = words.size() < k_shingle_words ? 1 : words.size() - k_shingle_words + 1;
    for (std::size_t s = 0; s < shingles; ++s) {
        const std::uint64_t h = shingle_hash(words, s, std::min(words.size(), s + k_shingle_words));
        for (std::size_t bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1U) ? 1 : -1;
    }
    std::uint64_t result = 0;
    for (std::size_t bit = 0; bit < 64; ++bit)
        if (votes[bit] > 0) result |= std::uint64_t{1} << bit;
    return result;
}

int hamming_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::uint64_t copy_simhash(const Article& article) {
    if (article.body.empty()) return simhash(article.text);
    std::string prose;
    for (const Span& span : article.body) {
        if (span.end > article.text.size() || span.start >= span.end) continue;
        const std::string_view block = std::string_view(article.text).substr(span.start, span.end - span.start);
        if (!article.title.empty() && lowercase_words(block) == lowercase_words(article.title)) continue;
        prose.append(block);
        prose.push_back('\n');
    }
    return simhash(prose);
}

}  // namespace tracker::xref
