// One automaton for a whole list of phrases (as sentencepiece's PrefixMatcher): every lexicon
// phrase is compiled into a trie over folded words, and a sentence is scanned once.
//
// Phrase syntax (data/*.tsv): words separated by spaces; `a/b` gives alternatives at one
// position; `...` is a gap of 0 to 5 words that does not cross ; : ( ) or a dash. The part before
// the first gap goes into the trie; the parts after it are checked at each trie hit.
// A word in the text also matches its singular ("chips" matches "chip" in a phrase) when the
// singular has three letters or more ("its" is not a plural of "it").
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.h"

namespace tracker::extract {

struct PhraseMatch {
    int id = 0;               // the id given to add()
    std::size_t first = 0;    // token index of the first word
    std::size_t last = 0;     // token index of the last word (inclusive)
    std::vector<std::size_t> words;  // token indices of every phrase word (gaps excluded)
};

class PhraseTrie {
public:
    static constexpr std::size_t k_max_gap = 5;

    // Adds a phrase; returns false (and leaves the trie unchanged) when it has no words or an
    // empty segment.
    bool add(const std::string& phrase, int id);

    // Every match starting at any token, in order of start, longer first at one start.
    std::vector<PhraseMatch> find_all(const std::vector<Token>& tokens) const;

    // Matches starting at token `at`, longest first.
    void find_at(const std::vector<Token>& tokens, std::size_t at, std::vector<PhraseMatch>& out) const;

    std::size_t size() const { return m_phrases.size(); }

private:
    using Alternative = std::vector<std::string>;        // its words ("U.S.-made" is two)
    using Segment = std::vector<std::vector<Alternative>>;  // positions x alternatives
    struct Phrase {
        int id;
        std::vector<Segment> rest;  // the segments after the first gap
    };
    struct Node {
        std::unordered_map<std::string, int> next;
        std::vector<int> phrases;  // indices into m_phrases ending here
    };

    int child(int node, const std::string& word);
    bool match_rest(const std::vector<Token>& tokens, const Phrase& phrase, std::size_t after,
                    PhraseMatch& match) const;

    std::vector<Node> m_nodes{1};
    std::vector<Phrase> m_phrases;
};

// True when `word` (from text) equals `key` (from a phrase), or is its plural ("chips", "H20s").
bool word_matches(const std::string& word, const std::string& key);

}  // namespace tracker::extract
