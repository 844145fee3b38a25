// What the parts of a sentence do: where a cue asserts, and where it only asks, refuses, sets
// the background or supposes. Read from the clause markers of data/clauses.tsv and the closed
// word classes of data/word_classes.tsv:
//
//   "U.S. officials are investigating whether DeepSeek bought Nvidia chips via third parties"
//                                     ^^^^^^^ question: "bought ... via third parties" asserts
//                                     nothing, and DeepSeek is the one investigated;
//   "The person declined to say how DeepSeek obtained the chips, but said ..."
//               ^^^^^^^^^^^^^^^ refusal, up to ", but": DeepSeek is nobody's actor after it;
//   "... advancing despite US export restrictions"   background: no export rule is reported;
//   "trained on banned Blackwell chips"              "banned" modifies the chips: no ban event.
//
// A span opened by a marker reaches to the end of its clause (see clauses.tsv); spans nest.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence_parse.h"

namespace tracker::extract {

struct ClauseSpan {
    std::size_t marker_first = 0;  // the marker's words
    std::size_t marker_last = 0;
    std::size_t first = 0;  // the words it governs, inclusive; empty when last < first
    std::size_t last = 0;
    ClauseKind kind = ClauseKind::question;
    bool by_government = false;  // a directive a government gives ("Beijing told Tencent to ...")
    bool holds(std::size_t token) const { return token >= first && token <= last && last >= first; }
};

class ClauseStructure {
public:
    ClauseStructure(const SentenceParse& s, const Lexicon& lex);

    // Whether the words at `token` assert: they stand in no question, refusal, background,
    // condition or directive, and are no refusal's own verb ("could not determine whether"); with `government_rule` (a cue of an allegation a government makes),
    // a directive a government gives asserts ("Beijing told Tencent to stop buying H20 chips"),
    // one that others give does not ("lawmakers called on Commerce to add DeepSeek to the entity
    // list").
    bool asserts(std::size_t token, bool government_rule = false) const;
    // Whether a party at `party` is cut off from a cue at `cue`: it stands in a span that does
    // not hold the cue ("declined to say how DeepSeek obtained ..., but said they were not
    // shipping": DeepSeek is no actor of "shipping").
    // A semicolon between them cuts it off too.
    bool separated(std::size_t party, std::size_t cue) const;
    // "Baidu denies buying servers; assemblers say orders were routed through third parties": a
    // semicolon between tokens `a` and `b` ends a clause; its parties and chips belong to no cue
    // past it.
    bool across_semicolon(std::size_t a, std::size_t b) const;
    // Whether a party at `party` stands in a span that does not hold `at` (a reference at `at`
    // may still point back past a semicolon: "...; all three companies were accused of ...").
    bool shut_in(std::size_t party, std::size_t at) const;
    // Whether the party at `party` is the one a directive tells to do what the cue at `cue` says
    // ("pressed Taiwan and Malaysia to step up enforcement": they were told, they did not).
    bool told(std::size_t party, std::size_t cue) const;
    // The question that a cue opens: "investigating whether", "opened a probe with partner
    // Microsoft into whether", "probing if"; nullptr when none starts within a few words.
    const ClauseSpan* question_after(std::size_t cue_last) const;
    // Whether the words at `token` are the report a party was asked about ("Asked about US claims
    // that DeepSeek trained its models on smuggled chips, Fan said ..."): they assert, but as the
    // report's, not the speaker's; what the speaker says of them may deny them.
    // The premise span holding `token`, or nullptr.
    const ClauseSpan* premise_at(std::size_t token) const;

private:
    const SentenceParse& m_s;
    const Lexicon& m_lex;
    std::vector<ClauseSpan> m_spans;
};

// Whether a cue stands as a modifier of a noun rather than as a verb of its own: "its banned
// Blackwell chips", "access to restricted H100 chips", "China's restricted market"; not "The US
// banned exports", "were restricted", "banned H20 sales to China" after a subject.
bool used_as_modifier(const SentenceParse& s, const Lexicon& lex, const PhraseMatch& cue);

// Whether a one-word cue names a kind of paper, a noun for records right after it: "according to
// shipping records", "export filings". No claim, even of an allegation whose cues claim as
// modifiers ("smuggled chips").
bool names_paper(const SentenceParse& s, const PhraseMatch& cue);

// An aside set off by commas, by its first word: "Nvidia, which designs the chips," a relative
// clause; "Nvidia, the chip designer," or "Zhipu, one of the labs named," an apposition; "OpenAI,
// in a memo to lawmakers," a prepositional phrase; "the embassy, asked about the memo," a
// participle. What it says speaks of the name before it, which the clause goes on with.
enum class AsideKind { other, relative, apposition, prepositional, participle };

// The kind of aside whose first word is the token at `opener`.
AsideKind aside_opened_by(const SentenceParse& s, const Lexicon& lex, std::size_t opener);

// The aside between a name's last word and a verb: a comma right after the name and right before
// the verb, two words or more and no other mark between them (a possessive is none), at most
// k_aside_words in all. Its kind, or std::nullopt when there is none.
constexpr std::size_t k_aside_words = 24;
std::optional<AsideKind> comma_aside(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb);

// "Zhipu AI, which is accused of distillation by OpenAI, ...": whether token `at` stands in a
// relative clause set off by a comma (", which" or ", who" before it, and no other mark between).
bool in_relative_aside(const SentenceParse& s, const Lexicon& lex, std::size_t at);
// The comma that closes the relative clause holding tokens [first, last]: the first comma after
// `last` for which `in_list(i)` is false (a list of names goes on past its own commas), or
// s.tokens.size() when they stand in no such clause or nothing closes it.
template <class InList>
std::size_t relative_aside_end(const SentenceParse& s, const Lexicon& lex, std::size_t first, std::size_t last,
                               InList in_list) {
    if (!in_relative_aside(s, lex, first)) return s.tokens.size();
    for (std::size_t i = last + 1; i < s.tokens.size(); ++i)
        if (s.tokens[i].is(",") && !in_list(i)) return i;
    return s.tokens.size();
}
// Whether token `from` stands in such a clause and its comma closes it before token `to`: what
// the clause says or who speaks in it reaches nothing at `to` ("Baidu, which has denied the
// allegations, is preparing a model").
inline bool relative_aside_closes_between(const SentenceParse& s, const Lexicon& lex, std::size_t from, std::size_t to) {
    return to > from && relative_aside_end(s, lex, from, from, [](std::size_t) { return false; }) < to;
}
// "Zhipu AI, which on Tuesday said ...": whether the word at `verb` is the verb of a relative
// clause on the name ending at `name_last` (", which" or ", who" right after it), a few words of
// time or manner between, no mark and no other name; or its second verb ("which dismissed the
// report as guesswork and said ...").
bool relative_clause_verb(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb);

// Whether the verb phrase at `first` (its auxiliary "has" or "had" too) is joined to the one
// before by "but" or ", and": "X acknowledged ..., but has said", "X reviewed ..., and said".
// Its subject is the sentence's, not a party just before: the first party, where it opens the
// sentence (within k_opening_words: "On Monday, DeepSeek", "The Chinese lab DeepSeek").
constexpr std::size_t k_opening_words = 4;
bool joined_by_conjunction(const SentenceParse& s, std::size_t first);

// Whether the word or mark `word` stands between tokens `from` and `to` (both excluded): "built its
// products without asking, accuses Zhipu AI of distilling" (a phrase "without" opens ends at a
// comma); "denies using fake accounts to tap Claude, but sidesteps distillation charge" (what
// comes after "but" is the subject's other act, which a denial before it does not reach).
bool token_between(const SentenceParse& s, std::size_t from, std::size_t to, std::string_view word);

}  // namespace tracker::extract
