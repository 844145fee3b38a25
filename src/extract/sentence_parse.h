// One sentence read against the lexicons: its tokens, the entities it names, the references it
// makes ("the company", "these chips") and the cues it carries (allegations, denials, hedges,
// attributions). Built in one pass per trie; the frames (cue_frames.h) read it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/phrase_trie.h"
#include "extract/tokenizer.h"

namespace tracker::extract {

struct Mention {
    std::size_t first = 0;  // token range, inclusive
    std::size_t last = 0;
    const Entity* entity = nullptr;
    bool is_short = false;  // a model's short alias ("V4"): valid only as its maker's object
    bool with_maker = false;  // the maker's name was read into it ("Nvidia's H20")
};

struct ReferenceMention {
    std::size_t first = 0;
    std::size_t last = 0;
    RefersTo refers_to = RefersTo::actor;
    bool accusation = false;  // "the accusation", "the allegations": what was alleged
    bool wrongdoing = false;  // "denied wrongdoing": only what would be a wrong
    bool singular = false;    // "the accusation" (one), not "the accusations"
    bool anaphoric = false;   // "these chips" points back; plain "chips" only speaks of chips
    bool quantified = false;  // "10,000 GPUs", "thousands of chips": concrete, if unnamed
};

struct SentenceParse {
    std::string_view text;                  // the article's text, which the tokens' offsets index
    std::vector<Token> tokens;
    std::vector<Mention> mentions;          // in order, not overlapping
    std::vector<ReferenceMention> references;
    std::vector<PhraseMatch> cues;          // ids index Lexicon::cues; not overlapping
    std::vector<PhraseMatch> denials;       // outside cue words
    std::vector<PhraseMatch> hedges;
    std::vector<PhraseMatch> attributions;
    std::vector<PhraseMatch> clause_markers;  // ids index Lexicon::clause_markers
    std::vector<NameSpan> names;            // names no lexicon lists (open_names.h)

    bool is_inside_cue(std::size_t token) const;
};

// Reads sentence after sentence against the lexicons, reusing its buffers from one sentence to
// the next (parsing allocates little once they have grown). It only reads the lexicon, but its
// buffers are its own: one parser per thread, or per call, never shared between threads.
class SentenceParser {
public:
    explicit SentenceParser(const Lexicon& lexicon);

    // The parse of text[start, end), valid until the next call. `model_before`: the sentence
    // before named a model, which "it" may take up ("... GLM-5. It withheld it from Nvidia.").
    const SentenceParse& parse(std::string_view text, std::size_t start, std::size_t end, bool model_before = false);

private:
    void find_entities();
    const Entity* glued_model_line(const Token& token) const;
    // The matches of `trie` whose words carry none of the `blocked` bits of m_used, longest
    // first, into `kept`; their words get the `mark` bit.
    void select_matches(const PhraseTrie& trie, std::uint8_t blocked, std::uint8_t mark,
                        std::vector<PhraseMatch>& kept);
    void add_references(const std::vector<PhraseMatch>& matches);
    void add_place_references();

    const Lexicon& m_lex;
    SentenceParse m_parse;
    std::vector<TokenKeys> m_keys;        // of m_parse.tokens
    std::vector<std::uint8_t> m_used;     // per token: which matches hold it (sentence_parse.cpp)
    TokenFlags m_free;                    // per token: no match holds it
    TokenFlags m_lexical;                 // per token: a cue's, denial's, reference's ... word
    std::vector<PhraseMatch> m_found;     // one trie's matches, before they are selected
    std::vector<PhraseMatch> m_selected;  // the selected references, before they are resolved
    WordId m_chip_word = k_unknown_word;  // "chip", which a chip named in the plural stands for
    std::vector<std::size_t> m_chip_plurals;  // tokens of such names in the sentence
};

}  // namespace tracker::extract
