// Argument frames: for each allegation cue of a sentence, who the actor is, which chip and which
// object the claim concerns.
//
// A cue's frame (cues.tsv) says where its actor stands:
//   agent    before the cue, as its subject ("DeepSeek obtained ..."), or after a "by" that
//            follows it ("... were obtained by DeepSeek");
//   patient  after the cue ("an investigation into Nvidia"); the party before it is the other
//            side (for investigation, the investigator);
//   passive  after the cue behind for/to/by/into ("smuggled into China for MiniMax"), else
//            before it ("Servers bound for DeepSeek were smuggled").
// A list of actors ("DeepSeek, Moonshot AI and MiniMax") gives each member a claim. Parties of a
// kind the allegation does not allow (allegations.tsv) are passed over, and so are claimants
// ("according to Anthropic", "Anthropic said").
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clause_structure.h"
#include "extract/lexicon.h"
#include "extract/sentence_parse.h"

namespace tracker::extract {

// A party named in a sentence: an actor, a model standing for its maker, or a resolved
// reference ("the company" -> DeepSeek; "the companies" -> several).
struct Party {
    std::size_t first = 0;
    std::size_t last = 0;
    std::vector<std::string> names;  // canonical actor names
    std::string kind;                // kind of the (first) actor
    bool via_reference = false;
    bool from_model = false;         // a model standing for its maker ("Kimi K2 was trained on")
    bool is_claimant = false;        // the subject of "said" or the object of "according to"
    // The subject of a clause a participle goes on to speak for ("DeepSeek released V4, saying
    // ..."), or a speaker with an aside before its verb ("Moonshot AI, which trained Kimi K2 on
    // H800 chips, said"): a claimant that acts too, the sentence's subject for "it" in the next.
    bool speaks_by_participle = false;
    bool first_person = false;       // "we" in a quotation: the speaker speaking of itself
    bool open_world = false;         // a name no lexicon lists (open_names.h)
    bool in_adjective = false;       // "Microsoft-run clusters": what "it" or "the company" never means
    bool hearer = false;             // "told the Atlas Examiner that ...": who is told acts in no claim
    bool has_kind(std::string_view name) const { return std::string_view(kind) == name; }  // as Entity's
};

// What the sentence before left for references to resolve against.
struct Discourse {
    std::vector<Party> previous_parties;  // the previous sentence's parties, in order
    std::vector<std::string> named_before;  // every actor the article named before this sentence
    std::vector<Party> article_parties;     // the last mention of each one-name party so far, oldest first
    std::map<std::string, int> mentions;    // how often the article named each one-name party so far
    std::string previous_hardware;        // the last chip named in the last two sentences
    bool model_before = false;            // the sentence before named a model
    // People the article tied to a firm ("Qiao Wen, the Beijing start-up's head of research"), by
    // each word of their name, to the firm's canonical name: who "we" is when they speak.
    std::map<std::string, std::string> employers;
    std::string last_employer;  // the firm of the person the article tied to one last
    // In an interview, the firm of the one answering in this paragraph ("Qiao: We trained it on
    // H800s"), for "we" in its sentences with no speaker of their own; "" elsewhere.
    std::string voice;
};

struct FramedClaim {
    std::size_t cue = 0;        // index into SentenceParse::cues
    std::string actor;
    std::string allegation;
    std::string hardware;
    std::string object;
    bool via_reference = false;
    // The sentence only speaks of chips in general ("smuggled hardware"): too vague for an
    // assertion, but a denial of it ("has never used smuggled hardware") is worth keeping.
    bool only_if_denied = false;
    // A denial of distillation or fraudulent access naming no lab ("does not use other companies'
    // models to train Kimi"): its object is the lab of the accusation it answers, if any.
    bool object_from_accusation = false;
    bool first_person = false;  // the actor is "we" in a quotation: the speaker, of itself
    std::size_t actor_at = 0;   // the actor's first word (the cue's, for an actor implied)
    bool list_actor = false;    // one of a list of actors
    bool model_actor = false;   // a model standing for its maker
};

// Parties of a sentence: the lexicons' and the open-world names (`open`), references resolved
// ("it" is never a party shut in a question or refusal that closed before it).
std::vector<Party> find_parties(const SentenceParse& s, const Lexicon& lex, const Discourse& d,
                                const ClauseStructure& clauses, const std::vector<OpenParty>& open);

// The firm a person named in the sentence works for, as the sentence ties them: a title of a
// firm's post before the name ("Moonshot AI co-founder Qiao Wen") or an apposition after it
// ("Qiao Wen, the Beijing start-up's head of research,", "Qiao Wen, head of research at Moonshot
// AI,"); "" when none.
std::string firm_of_person(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                           const Party& person);

std::vector<FramedClaim> frame_claims(const SentenceParse& s, const std::vector<Party>& parties,
                                      const Lexicon& lex, const Discourse& d, const ClauseStructure& clauses);

// The hardware a sentence names (canonical), else "".
std::string last_hardware(const SentenceParse& s);

// The party a relative clause set off by a comma hangs on ("Anthropic, which accused ...": the
// party that ends right before the comma at `comma`), as written, not through a reference; null
// when none ends there.
const Party* antecedent_at(const std::vector<Party>& parties, std::size_t comma);

}  // namespace tracker::extract
