#include <array>
#include <cctype>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tracker/xref.h"

namespace {
const char* const k_story =
    "DeepSeek trained its upcoming model on Nvidia Blackwell chips that were smuggled into China "
    "through phantom data centers in Southeast Asia, according to people familiar with the matter. "
    "The chips were first installed in facilities in Malaysia and Thailand, then dismantled and "
    "shipped onward, the people said, adding that Nvidia had not been told about the transfers.";
}

TEST_CASE("simhash: a syndicated copy with a changed byline stays within three bits", "[xref]") {
    const std::string copy = std::string(k_story) + " Copyright GlobalFocus24.";
    const auto distance = tracker::xref::hamming_distance(tracker::xref::simhash(k_story),
                                                          tracker::xref::simhash(copy));
    CHECK(distance <= 3);
}

TEST_CASE("simhash: case and punctuation do not change the hash", "[xref]") {
    std::string shouted(k_story);
    for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(tracker::xref::simhash(shouted) == tracker::xref::simhash(k_story));
}

TEST_CASE("simhash: an unrelated story is far away", "[xref]") {
    const char* other =
        "Anthropic said three Chinese laboratories created about twenty four thousand fraudulent "
        "accounts to siphon responses from Claude, generating millions of exchanges that were used "
        "to distill its capabilities into competing models released earlier this year.";
    CHECK(tracker::xref::hamming_distance(tracker::xref::simhash(k_story), tracker::xref::simhash(other)) > 10);
}

TEST_CASE("simhash: an empty text hashes to zero", "[xref]") {
    CHECK(tracker::xref::simhash("") == 0);
    CHECK(tracker::xref::simhash(" ,. ") == 0);
}

TEST_CASE("hamming_distance: counts differing bits", "[xref]") {
    CHECK(tracker::xref::hamming_distance(0, 0) == 0);
    CHECK(tracker::xref::hamming_distance(0b1011, 0b0001) == 2);
    CHECK(tracker::xref::hamming_distance(~std::uint64_t{0}, 0) == 64);
}

TEST_CASE("copy_simhash: a copy under a new headline hashes as the original", "[xref]") {
    auto story = [](std::string title) {
        tracker::Article a;
        a.title = title;
        a.text = title + "\n\n" + k_story + "\n\nMore on this later.";
        const std::size_t body = title.size() + 2;
        a.body = {{0, title.size()}, {body, body + std::string_view(k_story).size()}, {a.text.size() - 19, a.text.size()}};
        return a;
    };
    const auto original = story("Lab bought chips through a broker");
    const auto copy = story("Broker deal revealed");
    CHECK(tracker::xref::copy_simhash(original) == tracker::xref::copy_simhash(copy));
    CHECK(tracker::xref::simhash(original.text) != tracker::xref::simhash(copy.text));
    tracker::Article plain;
    plain.text = k_story;
    CHECK(tracker::xref::copy_simhash(plain) == tracker::xref::simhash(k_story));
}

// Databases keep each article's SimHash and compare new articles with it: the function must give
// the same value in every version of tracker (these were computed by the first implementation).
TEST_CASE("simhash: values are stable across versions", "[xref]") {
    CHECK(tracker::xref::simhash(k_story) == 0x196d30112a8a640cULL);
    CHECK(tracker::xref::simhash("Ünïcode wörds, MIXED case; and digits 2026 H20!") == 0xbdb7c32abfe4bfd3ULL);
    CHECK(tracker::xref::simhash("three short words") == 0xddccad5688119cc1ULL);
    tracker::Article a;
    a.title = "A Headline";
    a.text = "A Headline\n\nFirst paragraph of the story goes here.\nSecond paragraph, with more words in it.";
    a.body = {{0, 10}, {12, 54}, {55, a.text.size()}};
    CHECK(tracker::xref::copy_simhash(a) == 0x611027f8630406e2ULL);
}

namespace {

// SimHash as the header of syndication.cpp defines it, written the plain way: the shingles as
// strings, each hashed on its own. The fast implementation must agree with it on every text.
std::uint64_t plain_simhash(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text + " ") {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (words.empty()) return 0;
    std::vector<std::string> shingles;
    const std::size_t n = words.size() < 4 ? 1 : words.size() - 3;
    for (std::size_t s = 0; s < n; ++s) {
        std::string shingle = words[s];
        for (std::size_t i = s + 1; i < std::min(words.size(), s + 4); ++i) shingle += " " + words[i];
        shingles.push_back(shingle);
    }
    std::array<std::size_t, 64> ones{};
    for (const std::string& shingle : shingles) {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char c : shingle) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        h ^= h >> 30, h *= 0xbf58476d1ce4e5b9ULL, h ^= h >> 27, h *= 0x94d049bb133111ebULL, h ^= h >> 31;
        for (std::size_t bit = 0; bit < 64; ++bit) ones[bit] += (h >> bit) & 1U;
    }
    std::uint64_t result = 0;
    for (std::size_t bit = 0; bit < 64; ++bit)
        if (2 * ones[bit] > shingles.size()) result |= std::uint64_t{1} << bit;
    return result;
}

}  // namespace

TEST_CASE("simhash: the same as the definition written plainly, on texts of every length", "[xref]") {
    const std::vector<std::string> vocabulary = {"Nvidia", "H20", "chips", "a", "smuggled", "Über", "2,000",
                                                 "DeepSeek's", "--", "export", "e.g.", "ZTE"};
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (std::size_t length = 0; length < 700; length += 1 + length / 8) {
        std::string text;
        for (std::size_t i = 0; i < length; ++i) text += vocabulary[next() % vocabulary.size()] + (next() % 5 ? " " : ". ");
        INFO(text);
        CHECK(tracker::xref::simhash(text) == plain_simhash(text));
    }
}
