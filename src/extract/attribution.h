// Who says a claim, and how surely: the claimant from attribution cues ("according to The
// Information", "Anthropic said", "a senior official stated"), the modality from hedges
// ("reportedly", "may") and the cue itself ("accused" is alleged).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cue_frames.h"
#include "extract/lexicon.h"
#include "extract/sentence_parse.h"
#include "tracker/claim.h"

namespace tracker::extract {

// The claimant the sentence gives for what it says around token `at`, "" for the article's own
// voice. `prefer` is chosen when the claimant is a list that names it ("OpenAI and Anthropic
// accused DeepSeek of distilling Claude": the claim about Claude is Anthropic's).
std::string claimant_at(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                        const Lexicon& lex, std::size_t at, const std::string& prefer);

Modality modality_at(const SentenceParse& s, const Lexicon& lex, std::size_t at, Modality cue_default);

// The name of the party or publication that stands right before token `at` (the subject of a
// verb there), "" when none.
std::string subject_before(const SentenceParse& s, const std::vector<Party>& parties, std::size_t at,
                           const std::string& prefer);

// "Nvidia said it found no evidence that its chips were smuggled to DeepSeek, a day after the
// Kestrel Report said the lab was training on them": a time conjunction ("after", "before",
// "since", "until") between tokens `from` and `to` that a speaker's verb follows within a few
// words opens that speaker's clause; its token, or 0 when there is none.
std::size_t speaker_clause_between(const SentenceParse& s, std::size_t from, std::size_t to);


// The speaker of the verb at token `at`: the name right before it (as subject_before), or, after
// a comma ("Tencent says ..., denies receiving B30A samples"), the name that opens the sentence.
// ", insisting it used only H800s bought legally", ", and Baidu said its P800 chips ...": whether
// an attribution after a comma (with its speaker and an and/but/while) stands between words `a`
// and `b`, opening a clause the speaker asserts in; a denial before it does not reach past it,
// nor a chip beyond it a cue before it.
bool clause_opens_between(const SentenceParse& s, std::size_t a, std::size_t b);

// "..., saying" or "..., adding that": a `before` attribution right after a comma whose speaker is
// the subject of the clause before it, not the party right before the comma.
bool is_participial(const SentenceParse& s, const Lexicon& lex, const PhraseMatch& a);

// Whether the name ending at token `last` owns a claim that a that-clause states: "OpenAI's
// allegation (earlier this year) that ...", "Anthropic's claim that ...", "a Gridline report that".
bool accuser_of_claim_noun(const SentenceParse& s, const Lexicon& lex, std::size_t last);

// "OpenAI sent a memo to Congress saying ...", "OpenAI's memo to the House committee accused
// ...": the party (its index) that opens "<party> <verb> a/the <document> [to <addressee>]" or
// "<party>'s <document> [to <addressee>]" right before the attribution verb at `verb`.
std::optional<std::size_t> author_of_document_before(const SentenceParse& s, const Lexicon& lex,
                                                    const std::vector<Party>& parties, std::size_t verb);

// "Moonshot AI, which Anthropic accused of distilling Claude": the party (its index) between a
// relative pronoun and attribution `a` that names no claimant of its own ("accused of"), who is
// the one accusing.
std::optional<std::size_t> accuser_in_relative_clause(const SentenceParse& s, const std::vector<Party>& parties,
                                                      const PhraseMatch& a);

// "Zhipu AI acknowledged that its researchers had tested Claude, but denied that ...": the verb
// at `at` (past its adverbs and auxiliaries) joined by "but" is the act of the party that opens
// the sentence (within k_opening_words, clause_structure.h), not of one right before "but"; that
// party, or null.
const Party* opening_subject_of_but_verb(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                                         std::size_t at);

// Who speaks at token `at`: the subject right before it, or the name set off by an aside that
// closes right before it ("Zhipu AI, one of the labs named by Anthropic, has dismissed");
// else the name opening the sentence when a clause edge stands before `at`.
std::string speaker_of(std::string_view text, const SentenceParse& s, const Lexicon& lex,
                       const std::vector<Party>& parties, std::size_t at, const std::string& prefer);

// Who made the report or claim whose that-clause holds token `at`: "denied a Gridline report
// that ...", "called Reuters' report that ... false", "rejected accusations by Anthropic that
// ...": Gridline, Reuters, Anthropic. "" when the report names nobody ("denied reports that").
std::string publisher_of_report(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                                const Lexicon& lex, std::size_t at);

}  // namespace tracker::extract
