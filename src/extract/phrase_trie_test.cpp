#include <catch2/catch.hpp>

#include "extract/phrase_trie.h"

using namespace tracker::extract;

namespace {
std::vector<Token> toks(const std::string& s) { return tokenize(s, 0, s.size()); }
}  // namespace

TEST_CASE("PhraseTrie: alternatives, plurals and the longest match first", "[extract]") {
    PhraseTrie trie;
    REQUIRE(trie.add("stockpiled/amassed chip", 1));
    REQUIRE(trie.add("stockpiled", 2));
    auto m = trie.find_all(toks("Baidu amassed chips and stockpiled GPUs"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].id == 1);
    CHECK(m[0].first == 1);
    CHECK(m[0].last == 2);
    CHECK(m[1].id == 2);
}

TEST_CASE("PhraseTrie: a plural follows its own word and its singular where phrases list both", "[extract]") {
    PhraseTrie trie;
    REQUIRE(trie.add("outputs of", 1));
    REQUIRE(trie.add("output ... used to train", 2));
    auto m = trie.find_all(toks("Gemini outputs were used to train it"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].id == 2);
    CHECK(m[0].words == std::vector<std::size_t>{1, 3, 4, 5});
    auto both = trie.find_all(toks("the outputs of Gemini were used to train it"));
    REQUIRE(both.size() == 2);
    CHECK(both[0].id == 2);  // the longest first
    CHECK(both[1].id == 1);
}

TEST_CASE("PhraseTrie: a gap spans up to five words and stops at a hard clause mark", "[extract]") {
    PhraseTrie trie;
    REQUIRE(trie.add("denied ... access", 7));
    auto hit = trie.find_all(toks("it denied Nvidia and AMD early access"));
    REQUIRE(hit.size() == 1);
    CHECK(hit[0].words == std::vector<std::size_t>{1, 6});
    CHECK(trie.find_all(toks("it denied one two three four five six access")).empty());
    CHECK(trie.find_all(toks("it denied the report; access was")).empty());
}

TEST_CASE("PhraseTrie: a gap counts the words of a name once", "[extract]") {
    PhraseTrie trie;
    REQUIRE(trie.add("ordered ... card", 3));
    const auto tokens = toks("Alibaba ordered tens of thousands of RTX Pro 6000D cards");
    auto keys = keys_of(trie.vocabulary(), tokens);
    CHECK(trie.find_all(keys).empty());  // seven words between
    keys[7].name_tail = keys[8].name_tail = true;  // "RTX Pro 6000D", one name
    auto hit = trie.find_all(keys);
    REQUIRE(hit.size() == 1);
    CHECK(hit[0].words == std::vector<std::size_t>{1, 9});
}

TEST_CASE("PhraseTrie: an empty phrase or segment is refused", "[extract]") {
    PhraseTrie trie;
    CHECK_FALSE(trie.add("", 1));
    CHECK_FALSE(trie.add("... chips", 1));
    CHECK(trie.size() == 0);
}

TEST_CASE("word_matches: plurals of words of three letters or more", "[extract]") {
    CHECK(word_matches("chips", "chip"));
    CHECK(word_matches("companies", "company"));
    CHECK(word_matches("h20s", "h20"));
    CHECK_FALSE(word_matches("its", "it"));
    CHECK_FALSE(word_matches("chipset", "chip"));
}

TEST_CASE("PhraseTrie: tries sharing a vocabulary each find their own phrases", "[extract]") {
    auto words = std::make_shared<Vocabulary>();
    PhraseTrie cues(words), denials(words);
    REQUIRE(cues.add("smuggled ... chip", 1));
    REQUIRE(denials.add("denied", 2));
    REQUIRE(denials.add("said ... not", 3));
    auto tokens = toks("Baidu denied it smuggled chips; it said it did not");
    auto keys = keys_of(*words, tokens);
    auto c = cues.find_all(keys);
    REQUIRE(c.size() == 1);
    CHECK(c[0].words == std::vector<std::size_t>{3, 4});
    auto d = denials.find_all(keys);
    REQUIRE(d.size() == 2);
    CHECK(d[0].id == 2);
    CHECK(d[1].id == 3);
    CHECK(d[1].words == std::vector<std::size_t>{7, 10});
    // The same as each trie looking the tokens up itself.
    CHECK(cues.find_all(tokens).size() == 1);
    CHECK(denials.find_all(tokens).size() == 2);
}
