// One sentence read against the lexicons: its tokens, the entities it names, the references it
// makes ("the company", "these chips") and the cues it carries (allegations, denials, hedges,
// attributions). Built in one pass per trie; the frames (cue_frames.h) read it.
#pragma once

#include <cstddef>
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
};

struct ReferenceMention {
    std::size_t first = 0;
    std::size_t last = 0;
    RefersTo refers_to = RefersTo::actor;
    bool accusation = false;  // "the accusation", "the allegations": what was alleged
    bool singular = false;    // "the accusation" (one), not "the accusations"
    bool anaphoric = false;   // "these chips" points back; plain "chips" only speaks of chips
    bool quantified = false;  // "10,000 GPUs", "thousands of chips": concrete, if unnamed
};

struct SentenceParse {
    std::vector<Token> tokens;
    std::vector<Mention> mentions;          // in order, not overlapping
    std::vector<ReferenceMention> references;
    std::vector<PhraseMatch> cues;          // ids index Lexicon::cues; not overlapping
    std::vector<PhraseMatch> denials;       // outside cue words
    std::vector<PhraseMatch> hedges;
    std::vector<PhraseMatch> attributions;

    bool is_inside_cue(std::size_t token) const;
};

SentenceParse parse_sentence(std::string_view text, std::size_t start, std::size_t end,
                             const Lexicon& lexicon);

}  // namespace tracker::extract
