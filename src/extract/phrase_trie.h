// One automaton for a whole list of phrases (as sentencepiece's PrefixMatcher): every lexicon
// phrase is compiled into a trie over folded words, and a sentence is scanned once.
//
// Phrase syntax (data/*.tsv): words separated by spaces; `a/b` gives alternatives at one
// position; `...` is a gap of 0 to 5 words that does not cross ; : ( ), a dash, "without" or "but". The part before
// the first gap goes into the trie; the parts after it are checked at each trie hit.
// A word in the text also matches its singular ("chips" matches "chip" in a phrase) when the
// singular has three letters or more ("its" is not a plural of "it").
//
// Matching compares integers, not strings: every phrase word gets a WordId in a Vocabulary when
// it is added (the tries of one lexicon share one), and a sentence's tokens are looked up in it
// once each (keys_of), before any trie runs. A trie and its vocabulary are read-only once built,
// so one trie may be matched from several threads at once.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace tracker::extract {

using WordId = std::int32_t;
inline constexpr WordId k_unknown_word = -1;  // a word no phrase uses

// The words of a set of phrases, each with a dense id (0, 1, 2, ...), and for each the tries
// (of those sharing the vocabulary) that have a phrase starting with it.
//
// Every token of every sentence is looked up here, so this is an open-addressing table rather
// than a std::unordered_map, laid out for one cache miss a lookup: a power-of-two array of
// slots (never more than half full, linear probing), each holding a word's id, hash (which
// rejects other words without comparing them), trie bits and, for all but long words, the word
// itself.
class Vocabulary {
public:
    struct Entry {
        WordId id = k_unknown_word;
        std::uint32_t starts = 0;  // the bits of the tries that have a phrase starting with it
    };

    WordId intern(std::string_view word);
    WordId find(std::string_view word) const { return lookup(word).id; }  // k_unknown_word when absent
    Entry lookup(std::string_view word) const;
    std::size_t size() const { return m_words.size(); }

    // Each trie sharing the vocabulary takes a bit of its own when it is made (there are 32),
    // and marks the words its phrases start with: keys_of() notes them per token, so that a trie
    // skips the tokens that start nothing in it with one test.
    std::uint32_t take_trie_bit();
    void mark_start(WordId word, std::uint32_t trie_bit);

private:
    struct Slot {
        static constexpr std::size_t k_inline = 11;  // longer words are compared in m_words
        std::uint32_t hash = 0;
        WordId id = k_unknown_word;  // k_unknown_word: empty
        std::uint32_t starts = 0;
        std::uint8_t length = 0;  // of `text`, when the word fits there
        char text[k_inline] = {};
    };
    static std::uint32_t hash_of(std::string_view word);
    bool holds(const Slot& slot, std::string_view word) const;
    Slot& slot_of(WordId id);
    void insert(const Slot& slot);

    std::vector<std::string> m_words;  // by id
    std::vector<Slot> m_slots;
    std::uint32_t m_trie_bits_taken = 0;
};

// Defined here, inline: keys_of() makes one to three lookups for every token of every sentence,
// and a call costs about as much as the probe.

// FNV-1a: words are short, and it needs no more than a multiply a byte.
inline std::uint32_t Vocabulary::hash_of(std::string_view word) {
    std::uint32_t h = 2166136261u;
    for (char c : word) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

inline bool Vocabulary::holds(const Slot& slot, std::string_view word) const {
    if (word.size() <= Slot::k_inline) {  // then the slot's word is inline too, if it is this word
        if (slot.length != word.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i)  // (short: a loop beats calling memcmp)
            if (slot.text[i] != word[i]) return false;
        return true;
    }
    return m_words[static_cast<std::size_t>(slot.id)] == word;
}

inline Vocabulary::Entry Vocabulary::lookup(std::string_view word) const {
    if (m_slots.empty()) return {};
    const std::uint32_t hash = hash_of(word);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.id == k_unknown_word) return {};
        if (slot.hash == hash && holds(slot, word)) return {slot.id, slot.starts};
    }
}

// A token as the tries see it: the ids of the phrase words it may stand for.
struct TokenKeys {
    WordId word = k_unknown_word;        // the token itself: "chips"
    WordId singular = k_unknown_word;    // less its plural s: "chips" -> "chip" (when plural_form)
    WordId y_singular = k_unknown_word;  // "companies" -> "company" (any token ending in "ies")
    bool plural_form = false;            // four letters or more, ending in s
    bool hard_stop = false;              // ; : ( ), a dash, "without" or "but": a gap does not cross it
    bool name_tail = false;              // a later word of a name found: a gap counts a name once
    bool in_aside = false;               // ", released in December,": a gap does not count it
    std::uint32_t starts = 0;            // the trie bits of the tries it starts a phrase in
    std::uint64_t word_bits = 0;         // bit id % 64 of each of its ids: a quick "is it none of"

    // word_matches() on ids: the token is `key` or a plural of it.
    bool matches(WordId key) const { return word == key || singular == key || y_singular == key; }
    // A word the token also stands for, in the place no "-ies" plural takes: a chip named in the
    // plural ("H200s") for "chip" (sentence_parse.cpp).
    void stand_for(WordId key) {
        y_singular = key;
        if (key != k_unknown_word) word_bits |= std::uint64_t{1} << (static_cast<std::uint32_t>(key) % 64);
    }
};

// The keys of every token, looked up in `vocabulary`.
std::vector<TokenKeys> keys_of(const Vocabulary& vocabulary, const std::vector<Token>& tokens);
// The same into `out` (cleared first), whose capacity is reused.
void keys_of(const Vocabulary& vocabulary, const std::vector<Token>& tokens, std::vector<TokenKeys>& out);

// Token indices, in the order added. Nearly every phrase has a handful of words, kept inline: a
// match allocates nothing unless it has more.
class WordIndices {
public:
    void push_back(std::size_t index) {
        if (m_size < k_inline && m_more.empty()) {
            m_inline[m_size++] = index;
            return;
        }
        if (m_more.empty()) m_more.assign(m_inline.begin(), m_inline.end());
        m_more.push_back(index);
        ++m_size;
    }
    std::size_t size() const { return m_size; }
    const std::size_t* begin() const { return m_more.empty() ? m_inline.data() : m_more.data(); }
    const std::size_t* end() const { return begin() + m_size; }
    friend bool operator==(const WordIndices& a, const std::vector<std::size_t>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    static constexpr std::size_t k_inline = 6;
    std::array<std::size_t, k_inline> m_inline{};
    std::vector<std::size_t> m_more;  // all of them, once there are more than k_inline
    std::size_t m_size = 0;
};

struct PhraseMatch {
    int id = 0;               // the id given to add()
    std::size_t first = 0;    // token index of the first word
    std::size_t last = 0;     // token index of the last word (inclusive)
    WordIndices words;        // token indices of every phrase word (gaps excluded)
};

class PhraseTrie {
public:
    static constexpr std::size_t k_max_gap = 5;

    PhraseTrie();  // with a vocabulary of its own
    explicit PhraseTrie(std::shared_ptr<Vocabulary> vocabulary);

    // Adds a phrase; returns false (and leaves the trie unchanged) when it has no words or an
    // empty segment. Its words are interned in the vocabulary.
    bool add(const std::string& phrase, int id);

    // Every match starting at any token, in order of start, longer first at one start. `keys`
    // come from keys_of(vocabulary(), tokens).
    std::vector<PhraseMatch> find_all(const std::vector<TokenKeys>& keys) const;
    // The same, appended to `out`.
    void find_all(const std::vector<TokenKeys>& keys, std::vector<PhraseMatch>& out) const;
    // The same, looking the tokens up first (for callers that match one trie only).
    std::vector<PhraseMatch> find_all(const std::vector<Token>& tokens) const;

    // Whether some phrase starts with this token: most tokens start none.
    bool starts_phrase(const TokenKeys& token) const { return (token.starts & m_trie_bit) != 0; }

    // Matches starting at token `at`, longest first, appended to `out`.
    void find_at(const std::vector<TokenKeys>& keys, std::size_t at, std::vector<PhraseMatch>& out) const;

    std::size_t size() const { return m_phrases.size(); }
    const Vocabulary& vocabulary() const { return *m_vocabulary; }

private:
    using Alternative = std::vector<WordId>;  // its words ("U.S.-made" is two)
    struct Segment {
        std::vector<std::vector<Alternative>> positions;  // positions x alternatives
        // The first word of every alternative of the first position, sorted: a start whose token
        // is none of them is rejected without trying the alternatives one by one. Bit w % 64 of
        // `first_word_bits` is set for each: most tokens fail that test and skip the search.
        std::vector<WordId> first_words;
        std::uint64_t first_word_bits = 0;
        bool may_start_with(WordId word) const;
        bool may_start_at(const TokenKeys& token) const {
            return (token.word_bits & first_word_bits) != 0 &&
                   (may_start_with(token.word) || may_start_with(token.singular) || may_start_with(token.y_singular));
        }
    };
    struct Phrase {
        std::vector<Segment> rest;  // the segments after the first gap
    };
    struct Edge {
        WordId word;
        int node;
    };
    // A phrase ending at a node, with what find_at() needs before it looks at the phrase itself.
    struct End {
        int phrase;  // index into m_phrases
        int id;      // its id
        // Its rest's first_word_bits (0 when it has no rest): when no token within the gap's
        // reach has one of them, the rest is not tried.
        std::uint64_t rest_first_bits;
    };
    // The trie is matched a few times a sentence, each time from a cold cache, so its nodes are
    // small records over two shared pools rather than each owning vectors: a node's edges are
    // m_edges[first_edge, first_edge + edge_count), sorted by word, and the phrases ending at it
    // m_ends[first_end, first_end + end_count), in the order added. When a node gains an edge or
    // a phrase and its range is not at the end of its pool, the range is first copied there (the
    // old copy stays, unused): the pools only grow, and each range stays contiguous.
    struct Node {
        std::uint32_t first_edge = 0;
        std::uint32_t edge_count = 0;  // 0 for the root, which uses m_root_edges
        std::uint32_t first_end = 0;
        std::uint32_t end_count = 0;
    };

    int child(int node, WordId word);
    int step(int node, WordId word) const;  // -1 when there is no edge
    void walk(const std::vector<TokenKeys>& keys, std::size_t at, std::size_t i, int node,
              std::vector<PhraseMatch>& out) const;
    static std::uint64_t gap_bits(const std::vector<TokenKeys>& keys, std::size_t pos);
    bool match_rest(const std::vector<TokenKeys>& keys, const Phrase& phrase, std::size_t segment,
                    std::size_t pos, PhraseMatch* record) const;

    std::shared_ptr<Vocabulary> m_vocabulary;
    std::uint32_t m_trie_bit;  // this trie's in TokenKeys::starts
    std::vector<Node> m_nodes{1};
    std::vector<Edge> m_edges;
    std::vector<End> m_ends;
    // The root's edges as a table indexed by WordId (0: no edge, since no edge leads to the
    // root): the first step, which every match takes, is one load.
    std::vector<int> m_root_edges;
    std::vector<Phrase> m_phrases;
};

// True when `word` (from text) equals `key` (from a phrase), or is its plural ("chips", "H20s").
bool word_matches(const std::string& word, const std::string& key);

}  // namespace tracker::extract
