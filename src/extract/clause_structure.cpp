#include "extract/clause_structure.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

namespace tracker::extract {

namespace {

constexpr std::size_t k_background_reach = 7;  // "despite US export restrictions on advanced chips"
constexpr std::size_t k_question_reach = 6;    // "opened a probe with partner Microsoft into whether"
constexpr std::size_t k_attribution_reach = 6;  // ", Bloomberg News reported": comma to the verb

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool closes_clause(std::string_view word) { return is_one_of(word, {";", ":", ")", "—", "–"}); }

// The last word of the clause a question or refusal opens at `from`: before a semicolon, colon,
// dash or parenthesis, a "but", or a comma that starts another clause (", but", ", according to",
// ", Bloomberg reported").
std::size_t end_of_clause(const SentenceParse& s, std::size_t from) {
    const auto& t = s.tokens;
    for (std::size_t j = from; j < t.size(); ++j) {
        const std::string& w = t[j].folded;
        if (w == "(") {  // "startup (AI) DeepSeek": an aside the clause goes on after
            std::size_t close = j + 1;
            while (close < t.size() && !t[close].is(")")) ++close;
            if (close == t.size()) return j - 1;
            j = close;
            continue;
        }
        if (closes_clause(w) || (w == "but" && j > from)) return j - 1;
        if (w != ",") continue;
        if (j + 1 < t.size() &&
            is_one_of(t[j + 1].folded, {"but", "while", "although", "though", "whereas", "according", "saying", "which"}))
            return j - 1;
        for (const auto& a : s.attributions)
            if (a.first > j && a.first - j <= k_attribution_reach) return j - 1;
    }
    return t.size() - 1;
}

// The last word of a background phrase or a condition: before the next mark, within a few words
// for a background ("despite US export controls, DeepSeek ...").
std::size_t end_of_phrase(const SentenceParse& s, std::size_t from, std::size_t reach) {
    std::size_t j = from;
    while (j < s.tokens.size() && !s.tokens[j].is_mark() && j - from < reach) ++j;
    return j - 1;
}

// What a directive asks for ends at the next mark or at a word that opens the reason for it:
// "called on Commerce to add DeepSeek to the entity list after reports that it used smuggled
// chips" asks for the listing, and reports the use.
std::size_t end_of_directive(const SentenceParse& s, std::size_t from) {
    std::size_t j = from;
    while (j < s.tokens.size() && !s.tokens[j].is_mark() &&
           !is_one_of(s.tokens[j].folded, {"after", "because", "following", "amid", "since", "citing"}))
        ++j;
    return j - 1;
}

constexpr std::size_t k_director_reach = 8;  // "Chinese regulators have in recent weeks told"

// Whether the party nearest before a directive's marker, in its clause, is a government.
bool given_by_government(const SentenceParse& s, std::size_t marker) {
    const Mention* nearest = nullptr;
    for (const auto& m : s.mentions)
        if (m.last < marker && marker - m.last <= k_director_reach && m.entity->type == EntityType::actor) nearest = &m;
    return nearest && nearest->entity->has_kind("government");
}

}  // namespace

ClauseStructure::ClauseStructure(const SentenceParse& s, const Lexicon& lex) : m_s(s), m_lex(lex) {
    for (const auto& m : s.clause_markers) {
        ClauseSpan span;
        span.marker_first = m.first;
        span.marker_last = m.last;
        span.kind = lex.clause_markers[static_cast<std::size_t>(m.id)].kind;
        span.first = m.last + 1;
        if (span.first >= s.tokens.size()) continue;
        switch (span.kind) {
            case ClauseKind::question:
            case ClauseKind::refusal:
            case ClauseKind::premise:
                span.last = end_of_clause(s, span.first);
                break;
            case ClauseKind::background:
                span.last = end_of_phrase(s, span.first, k_background_reach);
                break;
            case ClauseKind::directive:
                span.last = end_of_directive(s, span.first);
                span.by_government = given_by_government(s, m.first);
                break;
            case ClauseKind::condition:
                // "If Washington approves, Nvidia could sell ...": a sentence that opens with its
                // condition supposes all of it; "... to buy Ascend chips instead" up to a mark.
                span.last = m.first == 0 ? s.tokens.size() - 1 : end_of_phrase(s, span.first, s.tokens.size());
                break;
        }
        if (span.last >= span.first) m_spans.push_back(span);
    }
}

namespace {

// "Asked whether Qwen 2.5-Max, the model Alibaba released in January, was trained on ...": an
// apposition or relative clause set off by commas inside a question says what it says; only the
// question's own words are asked. Whether `token` stands in one that opens after `first`.
bool in_aside(const SentenceParse& s, const Lexicon& lex, std::size_t first, std::size_t token) {
    const auto& t = s.tokens;
    std::size_t open = token;
    while (open > first && !t[open].is_mark()) --open;
    if (open <= first || !t[open].is(",") || open + 1 >= t.size()) return false;
    const AsideKind kind = aside_opened_by(s, lex, open + 1);
    if (kind != AsideKind::apposition && kind != AsideKind::relative) return false;
    for (std::size_t close = token + 1; close < t.size(); ++close) {
        if (t[close].is(",")) return true;
        if (t[close].is_mark() && !t[close].is_possessive()) return false;
    }
    return false;
}

}  // namespace

bool ClauseStructure::asserts(std::size_t token, bool government_rule) const {
    return std::none_of(m_spans.begin(), m_spans.end(), [&](const ClauseSpan& c) {
        // "The Ledger could not determine whether ...": a cue that is a refusal's own verb.
        if (c.kind == ClauseKind::refusal && token >= c.marker_first && token <= c.marker_last) return true;
        return c.holds(token) && c.kind != ClauseKind::premise &&
               !(government_rule && c.kind == ClauseKind::directive && c.by_government) &&
               !((c.kind == ClauseKind::question || c.kind == ClauseKind::refusal) && in_aside(m_s, m_lex, c.first, token));
    });
}

const ClauseSpan* ClauseStructure::premise_at(std::size_t token) const {
    for (const auto& c : m_spans)
        if (c.kind == ClauseKind::premise && c.holds(token)) return &c;
    return nullptr;
}

bool ClauseStructure::separated(std::size_t party, std::size_t cue) const {
    return across_semicolon(party, cue) || shut_in(party, cue);
}

bool ClauseStructure::across_semicolon(std::size_t a, std::size_t b) const {
    for (std::size_t i = std::min(a, b) + 1; i < std::max(a, b); ++i)
        if (m_s.tokens[i].is(";")) return true;
    return false;
}

bool ClauseStructure::told(std::size_t party, std::size_t cue) const {
    return std::any_of(m_spans.begin(), m_spans.end(), [&](const ClauseSpan& c) {
        return c.kind == ClauseKind::directive && c.holds(cue) && party > c.marker_first && party < c.marker_last;
    });
}

bool ClauseStructure::shut_in(std::size_t party, std::size_t at) const {
    // A party told to do something is still there to refer to ("called on Commerce to add
    // DeepSeek to the entity list after reports that it used ..."): only what a question or a
    // refusal shuts in is cut off.
    return std::any_of(m_spans.begin(), m_spans.end(), [&](const ClauseSpan& c) {
        return c.kind != ClauseKind::directive && c.holds(party) && !c.holds(at);
    });
}

const ClauseSpan* ClauseStructure::question_after(std::size_t cue_last) const {
    for (const auto& c : m_spans) {
        if (c.kind != ClauseKind::question) continue;
        if (c.marker_first <= cue_last && cue_last < c.first) return &c;  // "probing if"
        if (c.marker_first <= cue_last || c.marker_first - cue_last > k_question_reach) continue;
        bool same_clause = true;
        for (std::size_t i = cue_last + 1; i < c.marker_first; ++i) same_clause &= !closes_clause(m_s.tokens[i].folded);
        if (same_clause) return &c;
    }
    return nullptr;
}

bool names_paper(const SentenceParse& s, const PhraseMatch& cue) {
    // Papers that record what was done; not those that tell of it ("H100 smuggling report").
    static const std::set<std::string> k_papers = {"records", "record", "data", "documents", "filings",
                                                   "manifests", "invoices", "logs", "papers"};
    return cue.first == cue.last && cue.last + 1 < s.tokens.size() && k_papers.count(s.tokens[cue.last + 1].folded) > 0;
}

bool used_as_modifier(const SentenceParse& s, const Lexicon& lex, const PhraseMatch& cue) {
    const auto& t = s.tokens;
    if (!t[cue.last].folded.ends_with("ed") || cue.last + 1 >= t.size()) return false;
    auto starts_mention = [&](std::size_t i, bool hardware) {
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
            return m.first == i && (m.entity->type == EntityType::hardware) == hardware;
        });
    };
    auto ends_party = [&](std::size_t i) {
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return m.last == i; }) ||
               std::any_of(s.references.begin(), s.references.end(), [&](const ReferenceMention& r) {
                   return r.last == i && r.refers_to != RefersTo::hardware;
               });
    };
    // What follows is a noun of its own: a chip, or a word of no closed class ("its banned,
    // advanced Blackwell chips": past a comma too). A party after it is the verb's object
    // ("restricted Nvidia from selling").
    std::size_t next = cue.last + 1;
    if (t[next].is(",") && next + 1 < t.size()) ++next;
    if (t[next].is_mark() || starts_mention(next, false)) return false;
    if (!starts_mention(next, true) && lex.class_of(t[next]) != WordClass::other) return false;
    if (cue.first == 0) return true;  // "Banned chips still reach China"
    const Token& before = t[cue.first - 1];
    if (before.is_possessive()) return true;
    WordClass c = lex.class_of(before);
    if (c == WordClass::determiner || c == WordClass::preposition) return true;
    // "top-tier, export-restricted Blackwell chips": a chip follows and no subject precedes
    // ("Commerce already licensed H200 shipments": past adverbs, a subject).
    std::size_t subject_end = cue.first - 1;
    while (subject_end > 0 && c == WordClass::adverb) c = lex.class_of(t[--subject_end]);
    return starts_mention(next, true) && !ends_party(subject_end) && c != WordClass::auxiliary;
}

AsideKind aside_opened_by(const SentenceParse& s, const Lexicon& lex, std::size_t opener) {
    const Token& t = s.tokens[opener];
    if (t.is("which") || t.is("who") || t.is("whose")) return AsideKind::relative;
    if ((lex.class_of(t) == WordClass::determiner && !t.is("that")) ||
        (t.is("one") && opener + 1 < s.tokens.size() && s.tokens[opener + 1].is("of")))
        return AsideKind::apposition;
    if (lex.class_of(t) == WordClass::preposition) return AsideKind::prepositional;
    if (!t.capitalized && (t.folded.ends_with("ed") || t.folded.ends_with("ing"))) return AsideKind::participle;
    return AsideKind::other;
}

std::optional<AsideKind> comma_aside(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb) {
    const auto& t = s.tokens;
    if (verb < name_last + 4 || verb - name_last > k_aside_words || !t[name_last + 1].is(",") || !t[verb - 1].is(","))
        return std::nullopt;
    for (std::size_t i = name_last + 2; i + 1 < verb; ++i)
        if (t[i].is_mark() && !t[i].is_possessive()) return std::nullopt;
    return aside_opened_by(s, lex, name_last + 2);
}

bool in_relative_aside(const SentenceParse& s, const Lexicon& lex, std::size_t at) {
    const auto& t = s.tokens;
    std::size_t opener = at;
    while (opener > 1 && !(t[opener - 1].is_mark() && !t[opener - 1].is_possessive())) --opener;
    return opener >= 2 && t[opener - 1].is(",") && aside_opened_by(s, lex, opener) == AsideKind::relative;
}

bool relative_clause_verb(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb) {
    constexpr std::size_t k_clause_words = 6, k_two_verbs_words = 16;
    const auto& t = s.tokens;
    if (verb < name_last + 3 || verb >= t.size() || !t[name_last + 1].is(",") ||
        aside_opened_by(s, lex, name_last + 2) != AsideKind::relative)
        return false;
    const std::size_t reach = t[verb - 1].is("and") ? k_two_verbs_words : k_clause_words;
    if (verb > name_last + 2 + reach) return false;
    for (std::size_t i = name_last + 3; i < verb; ++i)
        if (t[i].is_mark() && !t[i].is_possessive()) return false;
    return std::none_of(s.mentions.begin(), s.mentions.end(),
                        [&](const Mention& m) { return m.first > name_last + 2 && m.first < verb; });
}

bool joined_by_conjunction(const SentenceParse& s, std::size_t first) {
    std::size_t i = first;
    if (i > 0 && (s.tokens[i - 1].is("has") || s.tokens[i - 1].is("have") || s.tokens[i - 1].is("had"))) --i;
    if (i == 0) return false;
    if (s.tokens[i - 1].is("but")) return true;
    return i >= 2 && s.tokens[i - 1].is("and") && s.tokens[i - 2].is(",");
}

bool token_between(const SentenceParse& s, std::size_t from, std::size_t to, std::string_view word) {
    for (std::size_t i = from + 1; i < to; ++i)
        if (s.tokens[i].is(word)) return true;
    return false;
}

}  // namespace tracker::extract
