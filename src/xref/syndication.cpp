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
#include <string>
#include <vector>

namespace tracker::xref {

namespace {

constexpr std::size_t k_shingle_words = 4;
constexpr std::uint64_t k_fnv_offset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t k_fnv_prime = 0x100000001b3ULL;

// Letters, digits and every non-ASCII byte: a table, as every byte of every article is asked.
constexpr std::array<bool, 256> k_word_bytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    return table;
}();
bool is_word_byte(unsigned char c) { return k_word_bytes[c]; }
unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c; }

// A word of a text: where it stands. The words are read in place, never copied: this runs on
// every article ingested (issue 18's profile had the copying at 5% of ingest).
struct Word {
    const unsigned char* first;
    std::size_t size;
};

void add_words(std::string_view text, std::vector<Word>& words) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        while (p < end && !is_word_byte(*p)) ++p;
        const auto* first = p;
        while (p < end && is_word_byte(*p)) ++p;
        if (p > first) words.push_back({first, static_cast<std::size_t>(p - first)});
    }
}

// Whether the words of `text` are `words`, ignoring case: a block that repeats the headline.
bool has_words(std::string_view text, const std::vector<Word>& words) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    std::size_t i = 0;
    while (p < end) {
        while (p < end && !is_word_byte(*p)) ++p;
        if (p == end) break;
        if (i == words.size()) return false;
        const Word& expected = words[i++];
        for (std::size_t k = 0; k < expected.size; ++k, ++p)
            if (p == end || !is_word_byte(*p) || lower(*p) != lower(expected.first[k])) return false;
        if (p < end && is_word_byte(*p)) return false;  // the word goes on
    }
    return i == words.size();
}

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// The eight bits of a byte spread over the eight bytes of a word, one bit each ("spread[5]" is
// 0x0000000000000101): adding spread[h's byte] to a word of eight byte-wide counters counts
// eight bits of a hash in one addition.
constexpr std::array<std::uint64_t, 256> k_spread = [] {
    std::array<std::uint64_t, 256> table{};
    for (std::size_t v = 0; v < 256; ++v)
        for (std::size_t bit = 0; bit < 8; ++bit)
            if ((v >> bit) & 1U) table[v] |= std::uint64_t{1} << (8 * bit);
    return table;
}();

// Counts how many of the hashes added have each of the 64 bits set. Counted eight bits to an
// addition in byte-wide counters (lanes[b] counts the bits of byte b), which are emptied into
// `ones` before they can overflow.
class BitVotes {
public:
    void add(std::uint64_t h) {
        for (std::size_t b = 0; b < 8; ++b) m_lanes[b] += k_spread[(h >> (8 * b)) & 0xFF];
        if (++m_added % 255 == 0) empty_lanes();
    }
    // A bit is set where most hashes have it: where its count of ones exceeds half.
    std::uint64_t majority() {
        empty_lanes();
        std::uint64_t result = 0;
        for (std::size_t bit = 0; bit < 64; ++bit)
            if (2 * static_cast<std::uint64_t>(m_ones[bit]) > m_added) result |= std::uint64_t{1} << bit;
        return result;
    }

private:
    void empty_lanes() {
        for (std::size_t b = 0; b < 8; ++b) {
            for (std::size_t bit = 0; bit < 8; ++bit)
                m_ones[8 * b + bit] += static_cast<std::uint32_t>((m_lanes[b] >> (8 * bit)) & 0xFF);
            m_lanes[b] = 0;
        }
    }
    std::array<std::uint32_t, 64> m_ones{};
    std::array<std::uint64_t, 8> m_lanes{};
    std::uint64_t m_added = 0;
};

// The SimHash of a stream of words, taken as they are read from one text or from several
// blocks in turn (a shingle may span two blocks, as if they were joined by newlines). Each word
// is hashed as it is scanned: nothing is copied or kept.
//
// The four shingles that word j belongs to are hashed side by side: h0 is the shingle starting
// at word j - 3, h1 at j - 2, h2 at j - 1 and h3 at word j. Each byte goes into four independent
// FNV chains, which the processor runs in parallel, rather than through one chain four times
// over. h0 is complete after word j; the states of shingles before word 0 are computed and never
// counted. While a text is read the states are four plain variables, not members or an array:
// the compiler must assume a store into those may change the text's bytes (both may be chars)
// and kept them in memory, storing and loading them at every byte.
class ShingleVotes {
public:
    void add_words_of(std::string_view text) {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const auto* end = p + text.size();
        std::uint64_t h0 = m_h0, h1 = m_h1, h2 = m_h2, h3 = m_h3;
        constexpr auto space = static_cast<unsigned char>(' ');
        while (p < end) {
            while (p < end && !is_word_byte(*p)) ++p;
            if (p == end) break;
            h0 = (h0 ^ space) * k_fnv_prime;
            h1 = (h1 ^ space) * k_fnv_prime;
            h2 = (h2 ^ space) * k_fnv_prime;
            for (; p < end && is_word_byte(*p); ++p) {
                const unsigned char c = lower(*p);
                h0 = (h0 ^ c) * k_fnv_prime;
                h1 = (h1 ^ c) * k_fnv_prime;
                h2 = (h2 ^ c) * k_fnv_prime;
                h3 = (h3 ^ c) * k_fnv_prime;
            }
            if (++m_words >= k_shingle_words) m_votes.add(mix(h0));
            h0 = h1, h1 = h2, h2 = h3, h3 = k_fnv_offset;
        }
        m_h0 = h0, m_h1 = h1, m_h2 = h2, m_h3 = h3;
    }

    // 0 for no words; fewer than four words are one shingle, the one that starts at word 0.
    std::uint64_t simhash() {
        static_assert(k_shingle_words == 4, "the states are shifted by hand");
        if (m_words == 0) return 0;
        if (m_words == 1) m_votes.add(mix(m_h2));
        if (m_words == 2) m_votes.add(mix(m_h1));
        if (m_words == 3) m_votes.add(mix(m_h0));
        return m_votes.majority();
    }

private:
    std::uint64_t m_h0 = k_fnv_offset, m_h1 = k_fnv_offset, m_h2 = k_fnv_offset, m_h3 = k_fnv_offset;
    std::size_t m_words = 0;
    BitVotes m_votes;
};

}  // namespace

std::uint64_t simhash(std::string_view text) {
    ShingleVotes votes;
    votes.add_words_of(text);
    return votes.simhash();
}

int hamming_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::uint64_t sentence_hash(std::string_view sentence) {
    constexpr std::size_t k_min_words = 8;
    std::vector<Word> words;
    add_words(sentence, words);
    if (words.size() < k_min_words) return 0;
    std::uint64_t h = k_fnv_offset;
    for (const Word& word : words) {
        for (std::size_t i = 0; i < word.size; ++i) h = (h ^ lower(word.first[i])) * k_fnv_prime;
        h = (h ^ static_cast<unsigned char>(' ')) * k_fnv_prime;
    }
    // Never 0, which stands for "too short to tell"; stored as a signed 64-bit integer.
    return mix(h) | 1;
}

std::uint64_t copy_simhash(const Article& article) {
    if (article.body.empty()) return simhash(article.text);
    // The prose blocks' words in order, as if joined by newlines; the headline left out.
    std::vector<Word> title;
    add_words(article.title, title);
    ShingleVotes votes;
    for (const Span& span : article.body) {
        if (span.end > article.text.size() || span.start >= span.end) continue;
        const std::string_view block = std::string_view(article.text).substr(span.start, span.end - span.start);
        if (!title.empty() && has_words(block, title)) continue;
        votes.add_words_of(block);
    }
    return votes.simhash();
}

}  // namespace tracker::xref
