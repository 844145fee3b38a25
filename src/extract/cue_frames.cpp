#include "extract/cue_frames.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/attribution.h"
#include "extract/event_date.h"


namespace tracker::extract {

namespace {

constexpr std::size_t k_reach = 25;           // how far (in words) a frame looks for its actor
constexpr std::size_t k_model_reach = 4;      // a model stands for its maker only as a near subject
constexpr std::size_t k_possessor_reach = 5;  // "DeepSeek's unauthorized use of": 's to the cue
constexpr std::size_t k_by_reach = 3;         // "release from China's DeepSeek": words to the agent
constexpr std::size_t k_subject_reach = 4;    // "Nvidia was granted a license to sell": words to the cue
constexpr std::size_t k_patient_reach = 8;    // "an investigation into Nvidia's purchases": words to it
constexpr std::size_t k_mark_reach = 6;       // "to the Chinese startup DeepSeek": words from mark to party
constexpr std::size_t k_place_words = 4;      // "a data centre in Guizhou province that": a place before its user
constexpr std::size_t k_join_reach = 5;       // "OpenAI and its key backer Microsoft": words between
constexpr std::size_t k_aside_reach = 4;      // "(Kimi)", "(9988.HK)": words of an aside in a list
constexpr std::size_t k_family_reach = 3;     // "Hopper architecture's H200": words from family to member
constexpr std::size_t k_object_reach = 6;     // "launched its latest artificial intelligence model"
constexpr std::size_t k_denial_reach = 6;     // "has never used smuggled": words from denial to cue

bool is_list_word(const Token& t) {
    static const std::set<std::string> k_words = {",", "and", "or", "-", "as", "well", "both", "plus", "&"};
    return k_words.count(t.folded) > 0;
}

bool has_digit(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Token `i` joins a list: a list word, or "along with" / "together with" ("Moonshot, along with
// DeepSeek and MiniMax, had used ...": all three).
bool joins_list(const SentenceParse& s, std::size_t i) {
    if (is_list_word(s.tokens[i])) return true;
    const auto pair_word = [](const Token& t) { return t.is("along") || t.is("together"); };
    if (pair_word(s.tokens[i])) return i + 1 < s.tokens.size() && s.tokens[i + 1].is("with");
    return s.tokens[i].is("with") && i > 0 && pair_word(s.tokens[i - 1]);
}

bool is_actor_kind(const std::string& kind) { return kind != "publication"; }

// Where the auxiliaries and adverbs right before token `pos` begin ("has long", "would not be"),
// at most `reach` words back: the word after a verb's subject.
std::size_t past_auxiliaries(const SentenceParse& s, const Lexicon& lex, std::size_t pos,
                             std::size_t reach = static_cast<std::size_t>(-1)) {
    std::size_t i = pos;
    while (i > 0 && pos - i < reach) {
        const WordClass word = lex.class_of(s.tokens[i - 1]);
        if (word != WordClass::auxiliary && word != WordClass::adverb) break;
        --i;
    }
    return i;
}

// Whether a party can be a clause's subject: it stands behind no preposition ("in a letter to
// Anthropic") and possesses no noun ("charged Megaspeed's executives").
bool stands_as_subject(const SentenceParse& s, const Lexicon& lex, const Party& p) {
    const bool behind_preposition = p.first > 0 && lex.class_of(s.tokens[p.first - 1]) == WordClass::preposition;
    const bool possessor = p.last + 1 < s.tokens.size() && s.tokens[p.last + 1].is_possessive();
    return !behind_preposition && !possessor;
}

// The sentence's first party before token `before` that can be its subject (stands_as_subject).
// "Last August, Anthropic cut off OpenAI's access, saying ...": Anthropic.
Party* first_subject(const SentenceParse& s, const Lexicon& lex, std::vector<Party>& parties, std::size_t before) {
    for (auto& p : parties) {
        if (p.last >= before) return nullptr;
        // "The Information reported that DeepSeek ..., saying": one inside what another says.
        if (std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) { return a.first < p.first; }))
            return nullptr;
        return stands_as_subject(s, lex, p) && !p.in_adjective ? &p : nullptr;
    }
    return nullptr;
}

// "OpenAI, which does not operate in China, said", "Nvidia, the chip designer, said": whether
// the words between a name's last word and a verb are one aside set off by commas, a relative
// clause or an apposition.
bool aside_between(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb) {
    const auto aside = comma_aside(s, lex, name_last, verb);
    return aside == AsideKind::relative || aside == AsideKind::apposition;
}

// "OpenAI, in a separate memo to lawmakers, accused ...": an aside a preposition opens says where
// or when the party speaks; the party speaks, and acts in nothing there.
bool prepositional_aside_between(const SentenceParse& s, const Lexicon& lex, std::size_t name_last, std::size_t verb) {
    return comma_aside(s, lex, name_last, verb) == AsideKind::prepositional;
}

// Marks parties that are claimants: the subject right before an attribution verb ("Anthropic
// said", "Anthropic has formally accused") or the name right after "according to".
void mark_claimants(const SentenceParse& s, const Lexicon& lex, std::vector<Party>& parties) {
    // "OpenAI's allegation that DeepSeek had distilled its models": the accuser speaks; so does
    // a name that opens a line before a colon ("Anthropic: DeepSeek distilled Claude", "The
    // Docket Desk: Two men charged with smuggling ...").
    for (auto& p : parties)
        if (accuser_of_claim_noun(s, lex, p.last) ||
            (p.first <= 1 && !p.via_reference && p.last + 1 < s.tokens.size() && s.tokens[p.last + 1].is(":")))
            p.is_claimant = true;
    for (const auto& a : s.attributions) {
        const Attribution& at = lex.attributions[static_cast<std::size_t>(a.id)];
        // "Moonshot AI, which Anthropic accused of distilling Claude": a party between a relative
        // pronoun and a passive's words ("accused of") is the one accusing.
        if (at.side == ClaimantSide::none)
            if (const auto accuser = accuser_in_relative_clause(s, parties, a)) parties[*accuser].is_claimant = true;
        // "it added Zhipu AI, alleging that the lab had ...": a participle after a comma speaks
        // for the clause's subject, not for the party before the comma.
        const bool participle = is_participial(s, lex, a);
        if (participle)
            if (Party* subject = first_subject(s, lex, parties, a.first))
                subject->is_claimant = subject->speaks_by_participle = true;
        // "OpenAI sent a memo to Congress saying", "Anthropic published a report saying": the
        // party that opens such a phrase speaks by the document.
        Party* author = nullptr;
        if (at.side == ClaimantSide::before && !participle)
            if (const auto i = author_of_document_before(s, lex, parties, a.first)) author = &parties[*i];
        if (author) author->is_claimant = true;
        // The party right before the verb speaks, not one before it ("sales to China after
        // Washington signals licences": Washington), nor the one a document went to.
        const Party* nearest = nullptr;
        for (const auto& p : parties)
            if (p.last < a.first) nearest = &p;
        if (author && nearest && nearest->first > author->last) nearest = author;
        for (auto& p : parties) {
            if (at.side == ClaimantSide::before && p.last < a.first && a.first - p.last <= 3 && !participle &&
                (&p == nearest || p.via_reference || nearest->via_reference))
                p.is_claimant = true;
            // It may act in its aside too ("Moonshot AI, which trained Kimi K2 on H800 chips, said").
            if (at.side == ClaimantSide::before && !participle && aside_between(s, lex, p.last, a.first))
                p.is_claimant = p.speaks_by_participle = true;
            if (at.side == ClaimantSide::before && !participle && prepositional_aside_between(s, lex, p.last, a.first))
                p.is_claimant = true;
            // "A senior official told the Atlas Examiner that V4 was ...": who hears it.
            if (at.side == ClaimantSide::before && p.first > a.last && p.first - a.last <= 2 &&
                p.last + 1 < s.tokens.size() && s.tokens[p.last + 1].is("that"))
                p.hearer = true;
            if (at.side == ClaimantSide::after && p.first > a.last && p.first - a.last <= 2)
                p.is_claimant = true;
        }
    }
}

// "the Hangzhou start-up", "the Chinese lab": whether a capitalized word past the reference's
// first names something.
bool names_something(const SentenceParse& s, const ReferenceMention& r) {
    for (std::size_t i = r.first + 1; i <= r.last; ++i)
        if (s.tokens[i].capitalized) return true;
    return false;
}

// "the Chinese lab": the country a reference's own words give its party, "" when none.
std::string country_of_reference(const SentenceParse& s, const Lexicon& lex, const ReferenceMention& r) {
    for (std::size_t i = r.first; i <= r.last; ++i)
        if (auto it = lex.demonym_countries.find(s.tokens[i].folded); it != lex.demonym_countries.end()) return it->second;
    return "";
}

// "The Commerce Department said it would ...", "The administration cannot decide what it wants.
// In July it let Nvidia ...": "it" takes up a government that opens its own sentence, or the one
// before, where no firm stands between (firms are what "it" mostly means, fits_reference).
const Party* government_subject(const std::vector<Party>& here, std::size_t it, const std::vector<Party>& before) {
    constexpr std::size_t k_opening = 2;  // "The Trump administration" starts at most this far in
    auto opening_government = [](const std::vector<Party>& parties, std::size_t end) -> const Party* {
        for (const auto& p : parties) {
            if (p.first >= end) break;
            if (p.in_adjective) continue;
            return p.first <= k_opening && p.has_kind("government") && p.names.size() == 1 && !p.via_reference ? &p : nullptr;
        }
        return nullptr;
    };
    const bool party_before = std::any_of(here.begin(), here.end(), [&](const Party& p) { return p.first < it; });
    if (party_before) return opening_government(here, it);
    // "The timing is awkward for the administration. In July it allowed ...": a government the
    // sentence before names alone.
    if (before.size() == 1 && before.front().has_kind("government") && before.front().names.size() == 1 &&
        !before.front().in_adjective)
        return &before.front();
    return opening_government(before, static_cast<std::size_t>(-1));
}

// Whether the party is of the country (any, when `country` is "").
bool of_country(const Lexicon& lex, const Party& p, const std::string& country) {
    if (country.empty()) return true;
    const Entity* e = lex.find_entity(p.names.front());
    return e && e->country == country;
}

// Whether the party's words are its canonical name and nothing more ("the UAE", "China"): a country
// by its own name, where "Washington", "BIS" or "the commerce ministry" name a government's body.
bool names_country_only(const SentenceParse& s, const Party& p) {
    if (p.via_reference || p.names.size() != 1 || !p.has_kind("government")) return false;
    std::string words;
    for (std::size_t i = p.first; i <= p.last; ++i)
        if (!s.tokens[i].is("the")) words += (words.empty() ? "" : " ") + s.tokens[i].folded;
    std::string canonical;
    for (char ch : p.names.front()) canonical += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return words == canonical;
}

bool fits_reference(const Party& p, RefersTo r) {
    if (r == RefersTo::chipmaker) return p.has_kind("chipmaker");
    if (r == RefersTo::lab) return p.has_kind("lab") && p.names.size() == 1;
    if (r == RefersTo::government) return p.has_kind("government") && p.names.size() == 1;
    // "it", "the company": a firm or lab, never a person ("Its chief executive, Zhang Peng, told
    // reporters that the company had ...").
    if (r == RefersTo::actor || r == RefersTo::model)
        return !p.has_kind("government") && !p.has_kind("agency") && !p.has_kind("person") && p.names.size() == 1;
    if (r == RefersTo::actors) return p.names.size() >= 2;
    return true;
}

// In the sentence before, "it" and "the company" mostly take up its subject: the first party
// that is not only a claimant ("According to Anthropic, the companies ..." has the companies;
// "DeepSeek released V4, saying it runs on Huawei's chips" has DeepSeek).
const Party* subject_fitting(const std::vector<Party>& parties, RefersTo r) {
    for (const auto& p : parties)
        if ((!p.is_claimant || p.speaks_by_participle) && !p.in_adjective && fits_reference(p, r)) return &p;
    return nullptr;
}

// "Anthropic's allegation", "OpenAI's claims", "accusations by OpenAI", "a Gridline report that":
// whose accusation or report it is,
// no antecedent of "it" after it ("rejected Anthropic's allegation that it had distilled
// Claude": "it" is the one who rejects).
bool owns_claim(const SentenceParse& s, const Lexicon* lex, const Party& p) {
    // "accusations by Anthropic", "accusations by US company Anthropic": a few words may name
    // what the accuser is. ("to reject accusations by the US company that it had copied": a
    // claim noun no reference holds, too.)
    constexpr std::size_t k_title_words = 3;
    for (std::size_t by = p.first; by > 1 && p.first - by <= k_title_words;) {
        --by;
        if (s.tokens[by].is_mark()) break;
        if (s.tokens[by].folded != "by" && s.tokens[by].folded != "from") continue;
        for (const auto& r : s.references)
            if (r.last + 1 == by && r.refers_to == RefersTo::claim) return true;
        if (lex && lex->class_of(s.tokens[by - 1]) == WordClass::claim_noun) return true;
        break;
    }
    if (p.last + 2 >= s.tokens.size()) return false;
    // "denied a Northbridge Tech report that chips were smuggled to it": the publisher's report.
    const bool publishes = s.tokens[p.last + 2].is("that");
    if (!s.tokens[p.last + 1].is_possessive() && !publishes) return false;
    const std::size_t noun = publishes ? p.last + 1 : p.last + 2;
    for (const auto& r : s.references)
        if (r.first == noun && r.refers_to == RefersTo::claim) return true;
    return false;
}

// "Anthropic, which last month accused the company of ...": a reference inside a relative clause
// on a party, past the clause's first word, is that clause's object, never the party itself.
// But one that opens what the clause's verb says or denies is the party speaking of itself
// ("Baidu, which denied last year that it had stockpiled ...", "which has denied it bought"; not
// an accusing verb's object: "which accused the company of").
bool subject_of_relative_clause_around(const SentenceParse& s, const Lexicon* lex, const Party& p, std::size_t reference) {
    const auto& t = s.tokens;
    if (p.last + 3 >= reference || !t[p.last + 1].is(",") ||
        (!t[p.last + 2].is("which") && !t[p.last + 2].is("who")))
        return false;
    const auto says_before = [&](const PhraseMatch& m) {
        return m.last + 1 == reference && lex && lex->attributions[static_cast<std::size_t>(m.id)].modality != Modality::alleged;
    };
    if (t[reference - 1].is("that") ||
        std::any_of(s.denials.begin(), s.denials.end(), [&](const PhraseMatch& d) { return d.last + 1 == reference; }) ||
        std::any_of(s.attributions.begin(), s.attributions.end(), says_before))
        return false;
    for (std::size_t i = p.last + 3; i < reference; ++i)
        if (t[i].is_mark()) return false;
    return true;
}

// "Anthropic accused the company of distilling", "it had seen the startup distill": whether the
// words between a party and a reference at `at` are only a cue's, an accusing verb's or one
// other verb's, past auxiliaries and adverbs, so that the reference is the object of the party's
// verb, and another than its subject.
bool object_of_subject(const SentenceParse& s, const Lexicon& lex, const Party& p, std::size_t at) {
    if (p.last + 1 >= at) return false;
    std::size_t i = p.last + 1;
    // ("OpenAI, the paper said, is examining": past an aside set off by commas.)
    constexpr std::size_t k_aside_words = 8;
    if (s.tokens[i].is(","))
        for (std::size_t k = i + 1; k < at && k - i <= k_aside_words; ++k) {
            if (s.tokens[k].is(",")) {
                i = k + 1;
                break;
            }
            if (s.tokens[k].is_mark() && !s.tokens[k].is_possessive()) break;
        }
    while (i < at && (lex.class_of(s.tokens[i]) == WordClass::auxiliary || lex.class_of(s.tokens[i]) == WordClass::adverb)) ++i;
    // ("OpenAI is examining whether the company broke its terms": past "whether" or "if".)
    const auto verb_here = [&](const PhraseMatch& m) {
        return m.first == i && (m.last + 1 == at || (m.last + 2 == at && (s.tokens[m.last + 1].is("whether") ||
                                                                          s.tokens[m.last + 1].is("if"))));
    };
    const auto in_match = [&](const std::vector<PhraseMatch>& matches) {
        return std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& m) { return m.first <= i && i <= m.last; });
    };
    const Token& word = s.tokens[i];
    const bool plain_verb = i + 1 == at && i > p.last + 1 && !word.is_mark() && lex.class_of(word) == WordClass::other &&
                            !word.is("and") && !word.is("or") && !word.is("but") && !in_match(s.attributions) &&
                            !in_match(s.denials);
    return plain_verb || std::any_of(s.cues.begin(), s.cues.end(), verb_here) ||
           std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) {
               // (not "said the company": the speaker's own words about itself)
               return verb_here(a) && lex.attributions[static_cast<std::size_t>(a.id)].modality == Modality::alleged;
           });
}

// "OpenAI said the start-up had distilled its models": whether a cue of a wrong, not denied,
// follows a description (not a pronoun: "Zhipu said it had ...") at `reference` within a few
// words. Its speaker then speaks of another, not of itself.
bool wrong_follows(const SentenceParse& s, const Lexicon& lex, std::size_t reference) {
    constexpr std::size_t k_cue_words = 4;
    const Token& first = s.tokens[reference];
    if (first.is("it") || first.is("they") || first.is("we")) return false;
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& cue) {
        const auto between = [&](const PhraseMatch& d) { return d.last > reference && d.last < cue.first; };
        return cue.first > reference && cue.first - reference <= k_cue_words &&
               lex.rules.at(lex.cues[static_cast<std::size_t>(cue.id)].allegation).wrongdoing &&
               std::none_of(s.denials.begin(), s.denials.end(), between);
    });
}

// Whether party `p` speaks right before a reference at `reference` of a wrong that follows it,
// or tells someone of it ("OpenAI has told a House committee that the company distilled").
bool speaker_of_wrong_after(const SentenceParse& s, const Lexicon& lex, const Party& p, std::size_t reference) {
    constexpr std::size_t k_speaker_words = 3, k_hearer_words = 5;
    const auto& t = s.tokens;
    const auto told_that = [&](const PhraseMatch& a) {
        if (reference < 2 || !t[reference - 1].is("that") || reference - 1 - a.last > k_hearer_words) return false;
        for (std::size_t k = a.last + 1; k + 1 < reference; ++k)
            if (t[k].is_mark()) return false;
        return true;
    };
    const bool speaks = std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) {
        return a.first > p.last && a.first - p.last <= k_speaker_words && a.last < reference &&
               (reference - a.last <= 2 || told_that(a)) &&
               lex.attributions[static_cast<std::size_t>(a.id)].side == ClaimantSide::before;
    });
    return speaks && wrong_follows(s, lex, reference);
}

const Party* last_fitting(const std::vector<Party>& parties, std::size_t before, RefersTo r,
                          const ClauseStructure* clauses = nullptr, const SentenceParse* s = nullptr,
                          const Lexicon* lex = nullptr) {
    // "... Anthropic's models, becoming the second lab to reject accusations by the US company
    // that it had copied": the accuser, named again further back, is no antecedent either.
    const auto accuser = [&](const Party& p) {
        return s && std::any_of(parties.begin(), parties.end(), [&](const Party& q) {
                   return q.first < before && q.names == p.names && owns_claim(*s, lex, q);
               });
    };
    for (auto it = parties.rbegin(); it != parties.rend(); ++it)
        if (it->first < before && !it->in_adjective && fits_reference(*it, r) &&
            !(clauses && clauses->shut_in(it->first, before)) &&
            !(s && owns_claim(*s, lex, *it)) && !accuser(*it) && !(s && subject_of_relative_clause_around(*s, lex, *it, before)) &&
            !(s && lex && r != RefersTo::model && object_of_subject(*s, *lex, *it, before)) &&
            !(s && lex && r != RefersTo::model && speaker_of_wrong_after(*s, *lex, *it, before)))
            return &*it;
    return nullptr;
}

// Groups adjacent parties joined by list words into one party with several names.
// "Wei Lin and his firm Teralink", "Ada Roe, 34, and Tim Roe, 36": open-world names joined with
// a word that says what the next is, or with their ages.
bool joins_open_names(const Lexicon& lex, const Token& t) {
    if (lex.class_of(t) == WordClass::determiner) return true;
    if (!t.folded.empty() && std::all_of(t.folded.begin(), t.folded.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    const NameRole* r = lex.names.role_of(t);
    return r && (*r == NameRole::person_intro || *r == NameRole::company_intro);
}

// Whether an attribution ("says", "said") follows the token `last` right away.
bool speaks_next(const SentenceParse& s, std::size_t last) {
    return std::any_of(s.attributions.begin(), s.attributions.end(),
                       [&](const PhraseMatch& a) { return a.first == last + 1; });
}

// "MiniMax and Beijing-based Zhipu AI": token `i` is part of a place's "-based" before a name.
bool in_based_adjective(const SentenceParse& s, std::size_t i) {
    if (s.tokens[i].is("based")) return true;
    return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        return m.first <= i && i <= m.last && m.last + 1 < s.tokens.size() && s.tokens[m.last + 1].is("based");
    });
}

// "According to Anthropic, MiniMax distilled Claude": the party right after an attribution that
// opens the sentence is the claimant, and the comma behind it ends the attribution, no list.
bool names_opening_claimant(const SentenceParse& s, const Lexicon& lex, const Party& p) {
    return std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) {
        return a.first <= 1 && lex.attributions[static_cast<std::size_t>(a.id)].side == ClaimantSide::after &&
               p.first > a.last && p.first - a.last <= 2;
    });
}

std::vector<Party> group_lists(const SentenceParse& s, const Lexicon& lex, std::vector<Party> parties) {
    std::vector<Party> out;
    out.reserve(parties.size());
    std::vector<bool> closed;  // of each list in `out`: whether an "and"/"or" joined its members
    for (auto& p : parties) {
        // "Moonshot AI (Kimi), and MiniMax", "Baidu (百度), Zhipu AI": a model in parentheses
        // after its maker, or the party's own name in another script, names it again; the list
        // goes on after it.
        if (!out.empty() && p.first == out.back().last + 2 && s.tokens[p.first - 1].is("(") &&
            std::find(out.back().names.begin(), out.back().names.end(), p.names.front()) != out.back().names.end()) {
            bool closed = p.last + 1 < s.tokens.size() && s.tokens[p.last + 1].is(")");
            out.back().last = closed ? p.last + 1 : p.last;
            continue;
        }
        const bool open_pair = !out.empty() && out.back().open_world && p.open_world;
        // "DeepSeek and High-Flyer": a lab and a firm of other kinds are listed together too.
        const auto firm = [](const Party& q) { return q.has_kind("lab") || q.has_kind("company"); };
        if (!out.empty() && !p.via_reference && !out.back().via_reference && out.back().open_world == p.open_world &&
            (out.back().kind == p.kind || open_pair || (firm(out.back()) && firm(p)))) {
            bool joined = p.first > out.back().last + 1;
            for (std::size_t i = out.back().last + 1; i < p.first && joined; ++i) {
                // "Moonshot AI (Kimi), and MiniMax": a short aside in parentheses
                if (s.tokens[i].is("("))
                    for (std::size_t close = i + 1; close < p.first && close <= i + k_aside_reach; ++close)
                        if (s.tokens[close].is(")")) {
                            i = close;
                            break;
                        }
                joined = joins_list(s, i) || s.tokens[i].is(")") ||
                         (open_pair && joins_open_names(lex, s.tokens[i])) || in_based_adjective(s, i);
            }
            // "... to China, Trump says": a name after a bare comma that speaks is the speaker,
            // not the list's next member.
            joined &= !(p.first == out.back().last + 2 && s.tokens[p.first - 1].is(",") && speaks_next(s, p.last));
            joined &= !(s.tokens[out.back().last + 1].is(",") && names_opening_claimant(s, lex, out.back()));
            // "distilling its Claude models, along with Moonshot AI and MiniMax": "along with"
            // joins no firm to a model.
            joined &= out.back().from_model == p.from_model ||
                      std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(out.back().last) + 1,
                                   s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                   [](const Token& t) { return t.is("along") || t.is("together"); });
            // "Microsoft, OpenAI's largest investor, ...": a possessor after a bare comma opens
            // an apposition.
            joined &= !(p.first == out.back().last + 2 && s.tokens[p.first - 1].is(",") && p.last + 1 < s.tokens.size() &&
                        s.tokens[p.last + 1].is_possessive());
            // "by both OpenAI and Google, Baidu ...": a list closed by its "and" goes on past no
            // bare comma ("OpenAI, Google and Baidu" is one list; "OpenAI and Google, Baidu" two).
            joined &= !(closed.back() && s.tokens[out.back().last + 1].is(","));
            if (joined) {
                for (std::size_t i = out.back().last + 1; i < p.first; ++i)
                    closed.back() = closed.back() || s.tokens[i].is("and") || s.tokens[i].is("or");
                if (out.back().kind != p.kind) out.back().kind = "company";  // a person and a firm
                out.back().last = p.last;
                for (auto& n : p.names)
                    if (std::find(out.back().names.begin(), out.back().names.end(), n) == out.back().names.end())
                        out.back().names.push_back(n);
                continue;
            }
        }
        out.push_back(std::move(p));
        closed.push_back(false);
    }
    return out;
}

// "Alibaba, whose Qwen models are the most downloaded on Hugging Face, said", "ByteDance, in a
// statement to the Ledger, said": a party inside a relative clause or a phrase that opens with a
// preposition, set off by commas, stands for the antecedent, the party before it.
const Party* antecedent_of_aside(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                                 const Party& p) {
    for (std::size_t i = p.first; i > 0;) {
        const Token& t = s.tokens[--i];
        if (t.folded == "," || t.folded == "-") return &p;
        const bool opens = t.folded == "whose" || t.folded == "which" || t.folded == "who" ||
                           lex.class_of(t) == WordClass::preposition;
        if (opens && i > 0 && s.tokens[i - 1].folded == ",") {
            const Party* antecedent = antecedent_at(parties, i - 1);
            return antecedent ? antecedent : &p;
        }
    }
    return &p;
}

// "Malaysia's trade ministry said it was investigating ...": "it" right after "X said" is X,
// whatever X's kind (a government too).
const Party* employer_of(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                         const Party& person);

const Party* speaker_before(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                            const ReferenceMention& r) {
    if (r.refers_to != RefersTo::actor || r.first == 0) return nullptr;
    // ("Tencent, which builds its own chips, said on Thursday that it had never ...": past an
    // aside before the verb, and a few words and "that" after it.)
    constexpr std::size_t k_that_reach = 10;  // "said in a written reply to the Ledger that it"
    auto right_after = [&](const PhraseMatch& a) {
        if (a.last + 1 == r.first) return true;
        if (r.first - a.last > k_that_reach || !s.tokens[r.first - 1].is("that")) return false;
        for (std::size_t i = a.last + 1; i + 1 < r.first; ++i)
            if (s.tokens[i].is_mark()) return false;
        return true;
    };
    for (const auto& a : s.attributions) {
        const Attribution& at = lex.attributions[static_cast<std::size_t>(a.id)];
        // "Anthropic accused the company of distilling", "OpenAI alleged that the firm ...": whom
        // an accuser speaks of is never the accuser.
        if (!right_after(a) || at.side != ClaimantSide::before || at.modality == Modality::alleged ||
            wrong_follows(s, lex, r.first))
            continue;
        // "Moonshot said it never used fake accounts to reach Claude, adding that it had ...": a
        // participle after a comma is the act of the sentence's first subject, not of a party
        // right before the comma.
        // So is a verb joined by "but" or ", and" ("DeepSeek has acknowledged that the data held
        // answers from OpenAI's models, but has said it never ..."), where that subject opens the
        // sentence ("The ministry did not confirm whether DeepSeek ..., but said it": not DeepSeek).
        const bool participle = a.first > 0 && s.tokens[a.first - 1].is(",") && s.tokens[a.first].folded.ends_with("ing");
        if (participle || joined_by_conjunction(s, a.first)) {
            const auto first = std::find_if(parties.begin(), parties.end(), [](const Party& p) { return !p.via_reference; });
            const bool subject = first != parties.end() && first->last < a.first && stands_as_subject(s, lex, *first) &&
                                 !first->in_adjective && first->names.size() == 1 &&
                                 (participle || first->first <= k_opening_words);
            if (subject) return first->has_kind("person") ? employer_of(s, lex, parties, *first) : &*first;
            if (participle) continue;
        }
        // ("DeepSeek, a unit of High-Flyer, has said it ...": the aside closes before "has".)
        std::size_t verb = a.first;
        while (verb > 0 && lex.class_of(s.tokens[verb - 1]) == WordClass::auxiliary) --verb;
        for (const auto& p : parties)
            if (!p.via_reference && p.last < a.first && p.names.size() == 1 &&
                (aside_between(s, lex, p.last, verb) || a.first - p.last <= 4 || aside_between(s, lex, p.last, a.first) ||
                 prepositional_aside_between(s, lex, p.last, a.first) || relative_clause_verb(s, lex, p.last, a.first))) {
                // "A congressman, Dana Reyes, says it was trained on ...": a person is never "it"
                // ("Nvidia chief executive Jensen Huang said it ..." is his firm).
                if (p.has_kind("person")) return employer_of(s, lex, parties, p);
                return antecedent_of_aside(s, lex, parties, p);
            }
    }
    return nullptr;
}

// The firm named right before a person with the words of a post between ("MiniMax co-founder
// and chief technology officer Zhao Lin", "Nvidia chief executive Jensen Huang"): words of no
// capital, at least one a title or a person's word (names.tsv), or null.
const Party* employer_of(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                         const Party& person) {
    constexpr std::size_t k_title_words = 7;
    if (!person.has_kind("person")) return nullptr;
    for (auto it = parties.rbegin(); it != parties.rend(); ++it) {
        if (it->last >= person.first) continue;
        if (it->has_kind("person") || it->has_kind("government") || it->has_kind("publication") ||
            person.first - it->last > k_title_words + 1)
            return nullptr;
        bool post = false;
        for (std::size_t i = it->last + 1; i < person.first; ++i) {
            const NameRole* role = lex.names.role_of(s.tokens[i]);
            // ("Moonshot AI's infrastructure chief, Wei Lan, said": a possessive, and a comma
            // right before the name.)
            if (s.tokens[i].is_mark() && !s.tokens[i].is_possessive() && !(s.tokens[i].is(",") && i + 1 == person.first))
                return nullptr;
            post |= role && (*role == NameRole::title || *role == NameRole::person_intro);
        }
        return post ? &*it : nullptr;
    }
    return nullptr;
}

// The party of a firm the lexicons list, by canonical name (no names when none is listed).
Party firm_party(const Lexicon& lex, const std::string& name) {
    const Entity* e = lex.find_entity(name);
    if (!e) return {};
    Party p;
    p.names = {e->canonical};
    p.kind = e->kind;
    return p;
}

// Inserts `p`, a copy of the party reference `r` stands for, at the reference's place.
void insert_reference(std::vector<Party>& parties, Party p, const ReferenceMention& r) {
    p.first = r.first;
    p.last = r.last;
    p.via_reference = true;
    p.is_claimant = false;
    auto at = std::find_if(parties.begin(), parties.end(), [&](const Party& q) { return q.first > r.first; });
    parties.insert(at, std::move(p));
}

// "Microsoft-run clusters", "Alibaba-backed Moonshot", "a DeepSeek-linked group": a name joined
// by a hyphen to a word of no capital is part of an adjective.
bool in_hyphenated_adjective(const SentenceParse& s, const Mention& m) {
    if (m.last + 1 >= s.tokens.size()) return false;
    const Token& last = s.tokens[m.last];
    const Token& next = s.tokens[m.last + 1];
    return last.end < s.text.size() && s.text[last.end] == '-' && next.start == last.end + 1 && !next.capitalized &&
           !has_digit(next.folded);
}

}  // namespace

// "US chipmakers", "Chinese firms": a one-word country name before a common noun is an
// adjective, not the government acting.
bool is_premodifier(const SentenceParse& s, const Lexicon& lex, const Mention& m) {
    // ("the Beijing-based developer", "a US trade blacklist", "their China revenue")
    bool based = m.last + 1 < s.tokens.size() && s.tokens[m.last + 1].is("based");
    return (based || (m.entity->has_kind("government") && m.first == m.last)) && m.last + 1 < s.tokens.size() &&
           lex.has_trait(s.tokens[m.last + 1], WordTrait::place_noun);
}

// "Supermicro servers packed with H100 GPUs ended up ...", "Dell machines": a maker named right
// before the hardware it makes says whose hardware it is; it acts in no claim about it.
bool names_maker_of_hardware(const SentenceParse& s, const Mention& m) {
    if (!m.entity->has_kind("chipmaker") && !m.entity->has_kind("company")) return false;
    for (const auto& r : s.references)
        if (r.first == m.last + 1 && r.refers_to == RefersTo::hardware && !r.anaphoric) return true;
    return false;
}

// "MiniMax said it never used fake accounts to reach Claude and rejected the claim that it had
// distilled Anthropic's models": "it" in the claim a denial verb rejects is the one who rejects,
// the party right before the verb or, for a verb joined by "and", the sentence's first subject.
const Party* denier_of_claim(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                             const ReferenceMention& r) {
    constexpr std::size_t k_claim_words = 4;  // "rejected the claim that", "denied a newspaper report that"
    if (r.first != r.last || !s.tokens[r.first].is("it") || r.first < 2 || !s.tokens[r.first - 1].is("that"))
        return nullptr;
    for (const auto& d : s.denials) {
        // (The denial may end in the "that": "denied that it".)
        if (lex.denials[static_cast<std::size_t>(d.id)].scope != DenialScope::governs || d.last >= r.first ||
            r.first - d.last > k_claim_words + 1)
            continue;
        const std::size_t i = past_auxiliaries(s, lex, d.first);
        if (i == 0) return nullptr;
        const bool joined = s.tokens[i - 1].is("and") || s.tokens[i - 1].is("but");
        for (const auto& p : parties) {
            if (p.first >= i) break;
            if (!joined && p.last + 1 == i) return &p;
            if (joined && !p.in_adjective && !p.via_reference)
                return stands_as_subject(s, lex, p) && fits_reference(p, RefersTo::actor) ? &p : nullptr;
        }
        return nullptr;
    }
    return nullptr;
}

// The party the article has named most so far (twice at least) that fits a reference, or nullptr.
template <class Allowed>
const Party* article_topic(const Discourse& d, RefersTo r, Allowed allowed) {
    constexpr int k_least_mentions = 2;
    const Party* topic = nullptr;
    int most = k_least_mentions - 1;
    for (const auto& p : d.article_parties) {
        auto named = d.mentions.find(p.names.front());
        if (named == d.mentions.end() || named->second <= most || !fits_reference(p, r) || !allowed(p)) continue;
        topic = &p, most = named->second;
    }
    return topic;
}

// "Zhipu gave Huawei's engineers early access so they could tune their software": "they" right
// after people named by a noun (a source word: engineers, staff, officials) takes them up, no
// party, when no party stands between.
bool takes_up_people_before(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                            const ReferenceMention& r) {
    constexpr std::size_t k_reach = 8;
    const Token& pronoun = s.tokens[r.first];
    if (r.first != r.last || !(pronoun.is("they") || pronoun.is("them") || pronoun.is("their"))) return false;
    for (std::size_t k = r.first; k-- > 0 && r.first - k <= k_reach;) {
        const Token& t = s.tokens[k];
        if (t.is(".") || t.is(";") || t.is(":")) return false;
        if (std::any_of(parties.begin(), parties.end(),
                        [&](const Party& p) { return p.first <= k && k <= p.last && !p.from_model; }))
            return false;
        if (lex.class_of(t) == WordClass::source && t.folded.size() > 3 && t.folded.back() == 's') return true;
    }
    return false;
}

// "two former DeepSeek engineers said they had harvested ChatGPT answers": the firm whose name
// premodifies the people "they" takes up (takes_up_people_before) acts through them; "" when
// no firm the lexicons list names them.
std::string firm_of_people_before(const SentenceParse& s, const Lexicon& lex, const ReferenceMention& r) {
    constexpr std::size_t k_reach = 8;
    for (std::size_t k = r.first; k-- > 0 && r.first - k <= k_reach;) {
        const Token& t = s.tokens[k];
        if (!(lex.class_of(t) == WordClass::source && t.folded.size() > 3 && t.folded.back() == 's')) continue;
        for (const auto& m : s.mentions)
            if (m.last + 1 == k && m.entity->type == EntityType::actor &&
                (m.entity->has_kind("lab") || m.entity->has_kind("company") || m.entity->has_kind("chipmaker")))
                return m.entity->canonical;
        return "";
    }
    return "";
}

std::vector<Party> find_parties(const SentenceParse& s, const Lexicon& lex, const Discourse& d,
                                const ClauseStructure& clauses, const std::vector<OpenParty>& open) {
    // Room made up front, here and for the references below: a Party holds strings, and growing
    // the vector one party at a time moved them all again (0.3% of extraction's instructions).
    std::vector<Party> parties;
    parties.reserve(s.mentions.size() + open.size());
    auto open_at = open.begin();
    // "Huawei's Celestial Lab", "Huawei's Noah's Ark Lab": a name no lexicon lists, ending in a
    // word for a firm's unit (word_classes.tsv's organization) and owned by a firm named right
    // before it (past one more possessive name), is that firm.
    auto owner_of_unit = [&](const OpenParty& name) -> const Party* {
        if (lex.class_of(s.tokens[name.last]) != WordClass::organization) return nullptr;
        std::size_t i = name.first;
        if (i >= 4 && s.tokens[i - 1].is_possessive() && s.tokens[i - 2].capitalized && s.tokens[i - 3].is_possessive())
            i -= 2;
        if (i < 2 || !s.tokens[i - 1].is_possessive()) return nullptr;
        for (const auto& p : parties)
            if (p.last + 2 == i && !p.open_world && !p.via_reference &&
                (p.has_kind("lab") || p.has_kind("company") || p.has_kind("chipmaker")))
                return &p;
        return nullptr;
    };
    auto add_open_before = [&](std::size_t token) {
        for (; open_at != open.end() && open_at->first < token; ++open_at) {
            if (const Party* owner = owner_of_unit(*open_at)) {
                Party unit = *owner;
                unit.first = open_at->first, unit.last = open_at->last;
                parties.push_back(std::move(unit));
                continue;
            }
            Party p{open_at->first, open_at->last, {open_at->name}, open_at->kind};
            p.open_world = true;
            parties.push_back(std::move(p));
        }
    };
    // "DeepSeek published a paper. Its V3 model was trained on ...": a short alias ("V3") names
    // the model of a maker the article has named.
    auto maker_just_named = [&](const Mention& m) {
        const auto named = [&](const std::vector<Party>& in) {
            return std::any_of(in.begin(), in.end(), [&](const Party& p) {
                return std::find(p.names.begin(), p.names.end(), m.entity->maker) != p.names.end();
            });
        };
        // Only as its maker's own ("Its V3 model", "V4's pretraining"), not "after the R1 model's
        // release, when it opened a probe", where "it" is the subject's.
        const bool possessor = m.last + 1 < s.tokens.size() && s.tokens[m.last + 1].is_possessive();
        const bool its = m.first > 0 && (s.tokens[m.first - 1].is("its") || s.tokens[m.first - 1].is("their"));
        const bool named_in_article = std::find(d.named_before.begin(), d.named_before.end(), m.entity->maker) !=
                                      d.named_before.end();
        // As the subject that opens a that-clause: "told reporters that V4 was trained on ..."
        // after its maker was named ("V3.1 is not the long-awaited R2" opening a sentence speaks
        // of the model, not as its maker).
        // ("showing that the V3 model was trained on": past "the" too.)
        // As the subject of a passive that opens the sentence after the one naming its maker
        // ("DeepSeek ... V4 has been optimised to run on Ascend chips"), or a speaking verb's
        // clause ("The report says V4 was trained on", not "Huang said V4 runs beautifully").
        std::size_t verb = m.last + 1;
        while (verb < s.tokens.size() && lex.class_of(s.tokens[verb]) == WordClass::auxiliary) ++verb;
        const bool passive = verb > m.last + 1 && verb < s.tokens.size() && s.tokens[verb].folded.ends_with("ed");
        // (Or opening a clause joined by ", and" or "but": "Huawei has had weeks of access, and
        // V4 has been optimised for its Ascend chips".)
        const bool passive_subject =
            passive && ((m.first == 0 && named(d.previous_parties)) || (joined_by_conjunction(s, m.first) && named_in_article));
        const std::size_t before = m.first > 1 && s.tokens[m.first - 1].is("the") ? m.first - 1 : m.first;
        const bool opens_clause =
            before > 0 && (s.tokens[before - 1].is("that") ||
                           (passive && std::any_of(s.attributions.begin(), s.attributions.end(),
                                                   [&](const PhraseMatch& a) { return a.last + 1 == before; })));
        // As what a training cue trains ("H800 chips were used to train V3", "trained V4 on").
        const bool trained = std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& c) {
            return c.last + 1 == m.first && lex.cues[static_cast<std::size_t>(c.id)].allegation == "trained_on";
        });
        return (possessor || its || passive_subject || trained || (opens_clause && named_in_article)) &&
               (named(d.previous_parties) || named_in_article ||
                std::any_of(s.mentions.begin(), s.mentions.end(),
                            [&](const Mention& other) { return other.entity->canonical == m.entity->maker; }));
    };
    for (const auto& m : s.mentions) {
        if (m.entity->type == EntityType::hardware || (m.is_short && !maker_just_named(m)) || is_premodifier(s, lex, m) ||
            names_maker_of_hardware(s, m))
            continue;
        const Entity* actor = m.entity->type == EntityType::model ? lex.find_entity(m.entity->maker) : m.entity;
        if (!actor || !is_actor_kind(actor->kind)) continue;
        add_open_before(m.first);
        Party p{m.first, m.last, {actor->canonical}, actor->kind};
        p.in_adjective = in_hyphenated_adjective(s, m);
        // "Alibaba's Qwen lab", "the ChatGPT maker": a model's name before a word for a unit
        // names its maker's unit; so does one after it and "of" ("the maker of ChatGPT").
        const bool unit = (m.last + 1 < s.tokens.size() &&
                           lex.class_of(s.tokens[m.last + 1]) == WordClass::organization) ||
                          (m.first >= 2 && s.tokens[m.first - 1].is("of") &&
                           lex.class_of(s.tokens[m.first - 2]) == WordClass::organization);
        p.from_model = m.entity->type == EntityType::model && !unit;
        parties.push_back(std::move(p));
    }
    add_open_before(s.tokens.size());
    parties = group_lists(s, lex, std::move(parties));
    parties.reserve(parties.size() + s.references.size());
    // References resolve against the parties before them in this sentence, else the last
    // sentence's; they are inserted in order.
    for (const auto& r : s.references) {
        // "Zhipu AI, one of the three labs named by Anthropic, has dismissed ...": the group a
        // party's apposition puts it in stands for nobody; the party before it acts.
        if (r.first >= 4 && s.tokens[r.first - 1].is("of") && s.tokens[r.first - 2].is("one") &&
            s.tokens[r.first - 3].is(",") && antecedent_at(parties, r.first - 3))
            continue;
        // "accusing DeepSeek of running what it called distillation campaigns": the speaker
        // naming the act in its own words is no party to it.
        if (r.first >= 1 && r.last + 1 < s.tokens.size() && s.tokens[r.first - 1].is("what") &&
            (lex.has_trait(s.tokens[r.last + 1], WordTrait::naming_verb) || s.tokens[r.last + 1].is("described")))
            continue;
        if (takes_up_people_before(s, lex, parties, r)) {
            if (const std::string firm = firm_of_people_before(s, lex, r); !firm.empty())
                if (Party p = firm_party(lex, firm); !p.names.empty()) insert_reference(parties, std::move(p), r);
            continue;
        }
        bool names_model = r.refers_to == RefersTo::model && r.anaphoric;  // "the model was trained"
        if (r.refers_to != RefersTo::actor && r.refers_to != RefersTo::actors && r.refers_to != RefersTo::chipmaker &&
            r.refers_to != RefersTo::lab &&
            r.refers_to != RefersTo::government &&
            !names_model)
            continue;
        // ""..., we take every allegation seriously," the company said": the speaker after a
        // quotation is none of the names quoted; it points back past the sentence.
        const bool quotes_speaker = s.tokens[r.first].after_quote && speaks_next(s, r.last);
        const Party* target = quotes_speaker ? nullptr : speaker_before(s, lex, parties, r);
        // "Alibaba's Qwen series leads downloads on the Hugging Face platform, and the company
        // released Qwen 3": a reference that opens a clause joined by ", and" is the subject
        // the two clauses share, the sentence's first party.
        // So does one right after a semicolon ("Anthropic accused Moonshot in February of
        // distilling Claude; it denied that accusation").
        const bool opens_joined_clause =
            (r.first >= 2 && (s.tokens[r.first - 1].is("and") || s.tokens[r.first - 1].is("but")) &&
             s.tokens[r.first - 2].is(",")) ||
            (r.first >= 1 && s.tokens[r.first - 1].is(";"));
        if (!target && !quotes_speaker && opens_joined_clause) {
            std::vector<Party> before;
            for (const auto& p : parties)
                if (p.last < r.first) before.push_back(p);
            if (const Party* first = subject_fitting(before, r.refers_to))
                for (const auto& p : parties)
                    if (p.first == first->first) target = &p;
        }
        if (!target && !quotes_speaker) target = denier_of_claim(s, lex, parties, r);
        // "the Chinese lab" after "OpenAI said": only a Chinese party. "the department" after "over
        // the UAE": a body of a government, not a country named by its own name.
        const std::string country = country_of_reference(s, lex, r);
        const bool body = r.refers_to == RefersTo::government;
        // "The report alleges that DeepSeek ... It also accuses DeepSeek of ...": "it" opening a
        // sentence is none of the parties the sentence goes on to name (it would have said
        // "itself"); it is what the sentence before spoke of, here the report. A model named
        // after it may be its own ("It trains Claude on TPUs").
        // Only the object of its verb, a few words on, and not an owner ("It accused the three
        // companies ... siphoning information from Anthropic's system": "it" is Anthropic).
        constexpr std::size_t k_object_words = 4;  // "It also accuses DeepSeek"
        const bool opens_sentence = r.first == 0 && r.first == r.last && s.tokens[r.first].is("it");
        const auto named_after = [&](const Party& p) {
            return std::any_of(parties.begin(), parties.end(), [&](const Party& q) {
                const bool owner = q.last + 1 < s.tokens.size() && s.tokens[q.last + 1].is_possessive();
                return q.first > r.last && q.first <= r.last + k_object_words && !owner && !q.via_reference &&
                       !q.from_model && q.names == p.names;
            });
        };
        const auto allowed = [&](const Party& p) {
            return of_country(lex, p, country) && !(body && names_country_only(s, p)) && !(opens_sentence && named_after(p));
        };
        std::vector<Party> here_kept, before_kept;  // the candidates that fit, when some do not
        const std::vector<Party>* here = &parties;
        const std::vector<Party>* before = &d.previous_parties;
        if (!country.empty() || body || opens_sentence) {
            std::copy_if(parties.begin(), parties.end(), std::back_inserter(here_kept), allowed);
            std::copy_if(d.previous_parties.begin(), d.previous_parties.end(), std::back_inserter(before_kept), allowed);
            here = &here_kept, before = &before_kept;
            if (target && !allowed(*target)) target = nullptr;
        }
        if (!target && !quotes_speaker) target = last_fitting(*here, r.first, r.refers_to, &clauses, &s, &lex);
        if (!target && !quotes_speaker && r.refers_to == RefersTo::actor && r.first == r.last && s.tokens[r.first].is("it"))
            target = government_subject(parties, r.first, d.previous_parties);
        if (!target) target = subject_fitting(*before, r.refers_to);
        if (!target) target = last_fitting(*before, static_cast<std::size_t>(-1), r.refers_to);
        if (!target && r.refers_to == RefersTo::actors)  // "the companies" after a lone name
            target = last_fitting(*before, static_cast<std::size_t>(-1), RefersTo::actor);
        // "The Formosa Ledger reported that the Hangzhou start-up had ...", paragraphs after
        // DeepSeek was named: a reference with a name in it (a city, a nationality) is specific
        // enough to take up the party last named anywhere before in the article.
        std::vector<Party> article_kept;
        if (!target && !quotes_speaker && names_something(s, r)) {
            const auto kept = [&](const Party& p) { return allowed(p) && !p.is_claimant; };
            std::copy_if(d.article_parties.begin(), d.article_parties.end(), std::back_inserter(article_kept), kept);
            std::copy_if(parties.begin(), parties.end(), std::back_inserter(article_kept),
                         [&](const Party& p) { return p.last < r.first && kept(p); });
            target = last_fitting(article_kept, static_cast<std::size_t>(-1), r.refers_to);
        }
        // "Zhipu AI dismissed it. The company's official story is one of self-reliance. The lab
        // released ...": after a sentence that names nobody, a description ("the lab", not "it")
        // takes up the party the article has named most, when that one is named twice or more.
        if (!target && !quotes_speaker && d.previous_parties.empty() && s.tokens[r.first].is("the") &&
            (r.refers_to == RefersTo::actor || r.refers_to == RefersTo::lab))
            target = article_topic(d, r.refers_to, allowed);
        if (!target) continue;
        Party p = *target;
        p.from_model = names_model;
        insert_reference(parties, std::move(p), r);
    }
    mark_claimants(s, lex, parties);
    // "We have never used smuggled chips," a DeepSeek spokesperson said: "we" is the speaker,
    // a claimant named in the same sentence.
    for (const auto& r : s.references) {
        if (r.refers_to != RefersTo::speaker) continue;
        auto speaker = std::find_if(parties.begin(), parties.end(),
                                    [](const Party& p) { return p.is_claimant && !p.via_reference && p.names.size() == 1; });
        Party p;
        if (speaker != parties.end()) {
            p = *speaker;
            // "MiniMax co-founder and chief technology officer Zhao Lin told reporters": a person
            // named with the title of a firm's post speaks for the firm; so does one the article
            // tied to a firm before ("Qiao Wen, the start-up's head of research, ... Qiao: We").
            if (const Party* firm = employer_of(s, lex, parties, *speaker)) p = *firm;
            else if (const std::string firm = firm_of_person(s, lex, parties, *speaker); !firm.empty())
                p = firm_party(lex, firm);
            else if (auto known = d.employers.find(speaker->names.front()); known != d.employers.end())
                p = firm_party(lex, known->second);
        } else if (!d.voice.empty()) {
            p = firm_party(lex, d.voice);
        } else {
            continue;
        }
        if (p.names.empty()) continue;
        p.first_person = true;
        insert_reference(parties, std::move(p), r);
    }
    mark_claimants(s, lex, parties);  // "We know Chinese labs distill ...": "we" speaks too
    return parties;
}

std::string firm_of_person(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                           const Party& person) {
    if (!person.has_kind("person")) return "";
    if (const Party* firm = employer_of(s, lex, parties, person)) return firm->names.front();
    if (person.last + 2 >= s.tokens.size() || !s.tokens[person.last + 1].is(",")) return "";
    for (const auto& p : parties) {
        if (p.first <= person.last + 1) continue;
        if (std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(person.last) + 2,
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first), [](const Token& t) { return t.is_mark(); }))
            return "";
        if (p.names.size() == 1 && (p.has_kind("lab") || p.has_kind("company") || p.has_kind("chipmaker")))
            return p.names.front();
    }
    return "";
}

const Party* antecedent_at(const std::vector<Party>& parties, std::size_t comma) {
    for (auto it = parties.rbegin(); it != parties.rend(); ++it)
        if (it->last + 1 == comma && !it->via_reference) return &*it;
    return nullptr;
}

std::string last_hardware(const SentenceParse& s) {
    for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it)
        if (it->entity->type == EntityType::hardware) return it->entity->canonical;
    return "";
}

namespace {

struct FrameContext {
    const SentenceParse& s;
    const std::vector<Party>& parties;
    const Lexicon& lex;
    const Discourse& d;
    const ClauseStructure& clauses;
    const PhraseMatch& cue;  // the cue being framed
};

// A model stands for its maker only where it is the subject of the cue, and never where the
// allegation's object is a lab (in "distilled Claude", Claude is whose outputs were used).
bool fits(const Party& p, const AllegationRule& rule, std::size_t distance, bool claimants = false) {
    // For distillation, only as the cue's very subject ("Kimi learned from Claude's outputs").
    std::size_t reach = rule.object == ObjectRule::lab ? 1 : k_model_reach;
    if (p.from_model && distance > reach) return false;
    // A claimant acts only when asked for, or when it acts too (speaks_by_participle).
    return (claimants || !p.is_claimant || p.speaks_by_participle) && !p.hearer && rule.allows(p.kind);
}

bool is_preposition(const Token& t) {
    static const std::set<std::string> k_words = {"with", "from", "of", "on", "by", "to", "using", "via", "into", "against"};
    return k_words.count(t.folded) > 0;
}

// A denial or negation shortly before the cue: "said it has never used smuggled chips".
bool denies(const FrameContext& c, const PhraseMatch& cue) {
    for (const auto& d : c.s.denials) {
        DenialScope scope = c.lex.denials[static_cast<std::size_t>(d.id)].scope;
        if ((scope == DenialScope::governs || scope == DenialScope::negation) && d.last < cue.first &&
            cue.first - d.last <= k_denial_reach)
            return true;
        // "said any use of Claude outputs was inadvertent": a judgement after the cue.
        if (scope == DenialScope::judgement && d.first > cue.last && d.first - cue.last <= k_denial_reach) return true;
    }
    return false;
}

bool is_source_preposition(const Token& t) { return t.is("from") || t.is("via"); }

// "servers supplied by Dell", "chips made by TSMC": a party behind one of these is who supplied
// or made the hardware.
bool follows_supplier_participle(const FrameContext& c, const Party& p) {
    static const std::set<std::string> k_participles = {"supplied", "sold",     "made",     "manufactured",
                                                        "built",    "produced", "provided", "assembled",
                                                        "shipped",  "designed", "fabricated"};
    return p.first > 1 && c.s.tokens[p.first - 1].is("by") && k_participles.count(c.s.tokens[p.first - 2].folded) > 0;
}

bool is_destination(const Token& t) {
    return t.is("to") || t.is("into") || t.is("in") || t.is("within") || t.is("inside");
}

// "moved Blackwell servers into China", "into mainland China", "into the mainland": whether
// China is named right after the cue, as where things went.
bool china_right_after(const FrameContext& c, const PhraseMatch& cue) {
    const auto& t = c.s.tokens;
    std::size_t at = cue.last + 1;
    if (at < t.size() && t[at].is("the")) ++at;
    if (at < t.size() && t[at].is("mainland")) {
        if (at + 1 >= t.size() || !t[at + 1].capitalized) return true;  // "into the mainland"
        ++at;
    }
    return std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& p) {
        const Entity* e = p.first == at && !p.via_reference ? c.lex.find_entity(p.names.front()) : nullptr;
        return e && e->has_kind("government") && e->country == "CN";
    });
}

// "its customers in Singapore", "servers routed via Malaysia", "filed with Taiwan's stock
// exchange": a government named as a place, or as the owner of something other than its
// officials or the cue's own act, is no investigator ("prosecutors in Singapore", "China's
// market regulator", "Beijing's antitrust probe" are).
bool names_investigating_body(const FrameContext& c, const Party& p, const PhraseMatch& cue) {
    constexpr std::size_t k_owned_words = 3;  // "China's State Administration", "its cyberspace regulator"
    const auto& t = c.s.tokens;
    const auto source_at = [&](std::size_t i) { return c.lex.class_of(t[i]) == WordClass::source || t[i].capitalized; };
    if (p.first >= 2 && (is_destination(t[p.first - 1]) || t[p.first - 1].is("via") || t[p.first - 1].is("through") ||
                         t[p.first - 1].is("from") || t[p.first - 1].is("with")))
        return source_at(p.first - 2);
    if (p.last + 2 < t.size() && t[p.last + 1].is_possessive()) {
        for (std::size_t i = p.last + 2; i < t.size() && i - p.last - 1 <= k_owned_words; ++i)
            if (source_at(i) || i == cue.first) return true;
        return false;
    }
    return true;
}

// "companies in China, Hong Kong, Singapore and the United Arab Emirates": a party in a list of
// names that a destination word opens is a destination too, though a name the lexicons do not
// list ("Hong Kong") broke the list in two. A demonym may stand before a name ("and mainland
// China").
bool in_destination_list(const SentenceParse& s, const Lexicon& lex, const Party& p) {
    constexpr std::size_t k_list_reach = 12;
    std::size_t i = p.first;
    bool listed = false;  // "in the Commerce Department's decision" is no list
    while (i > 0 && p.first - i < k_list_reach) {
        const Token& t = s.tokens[i - 1];
        const bool list_word = t.is(",") || t.is("and") || t.is("or");
        if (!list_word && !t.is("the") && !(t.capitalized && !t.is_mark()) && lex.class_of(t) != WordClass::demonym)
            break;
        listed |= list_word;
        --i;
    }
    return listed && i > 0 && is_destination(s.tokens[i - 1]);
}

// "China's best-funded artificial intelligence startups", "China's largest chipmaker": whether a
// noun a place's name modifies (word trait place_noun) follows the party's possessive
// within a few words, with no cue there ("China's chip export ban" is China's).
bool owns_firms(const FrameContext& c, const Party& p) {
    constexpr std::size_t k_owned_words = 5;  // "China's best-funded artificial intelligence startups"
    const auto& t = c.s.tokens;
    if (p.last + 1 >= t.size() || !t[p.last + 1].is_possessive()) return false;
    const std::size_t last = std::min(t.size() - 1, p.last + 1 + k_owned_words);
    if (std::any_of(c.s.cues.begin(), c.s.cues.end(), [&](const PhraseMatch& m) { return m.first > p.last && m.first <= last; }))
        return false;
    for (std::size_t i = p.last + 2; i <= last; ++i)
        if (c.lex.has_trait(t[i], WordTrait::place_noun)) return true;
    return false;
}

// "its tech war with Beijing", "tariffs against China": the other side of a dispute.
bool is_counterpart(const Token& t) {
    return t.is("with") || t.is("against") || t.is("between") || t.is("toward") ||
           t.is("towards") || t.is("versus");
}

// "OpenAI said it had seen DeepSeek ...": in a sentence whose claimant is OpenAI, "it" is the
// accuser too, and an accuser is not the accused.
bool accuses(const FrameContext& c, const Party& p) {
    if (p.first_person) return false;  // "we": the speaker speaks of itself
    // "Zhipu AI, the lab that OpenAI accused of distilling its models, said": what an aside
    // before its own verb tells of the speaker, another says.
    const auto aside_of_speaker = [&] {
        return std::any_of(c.s.attributions.begin(), c.s.attributions.end(), [&](const PhraseMatch& a) {
            return c.cue.first > p.last && c.cue.first < a.first && aside_between(c.s, c.lex, p.last, a.first);
        });
    };
    if (p.is_claimant) return !(p.speaks_by_participle && aside_of_speaker());
    for (const auto& q : c.parties)
        if (q.is_claimant)
            for (const auto& n : q.names)
                if (std::find(p.names.begin(), p.names.end(), n) != p.names.end()) return true;
    return false;
}

// Whether a chip's name ends right before token `at`.
bool names_chip_ending_at(const SentenceParse& s, std::size_t at) {
    return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        return m.entity->type == EntityType::hardware && m.last + 1 == at;
    });
}

bool inside_closed_relative_clause(const FrameContext& c, const Party& p, std::size_t cue) {
    const auto closed = [&] {
        for (std::size_t j = p.last + 1; j < cue; ++j)
            if (c.s.tokens[j].is(",") || c.s.tokens[j].is("-")) return true;
        return false;
    };
    for (std::size_t i = p.first; i > 0;) {
        --i;
        const Token& w = c.s.tokens[i];
        // Reached the clause's start: not relative. But "the H20, a chip Nvidia designed for
        // China, in April, before allowing ...": an apposition on a chip holds it.
        if (w.is(",") || w.is("-"))
            return w.is(",") && i + 1 < p.first && aside_opened_by(c.s, c.lex, i + 1) == AsideKind::apposition &&
                   names_chip_ending_at(c.s, i) && closed();
        // ("the chip that Nvidia pitched to officials, has not been approved": "that" after a
        // word for chips opens one too.)
        const bool relative_that = w.is("that") && i > 0 && c.lex.class_of(c.s.tokens[i - 1]) == WordClass::chip_noun;
        if (w.is("which") || w.is("who") || w.is("whose") || relative_that) return closed();
    }
    return false;
}

// "claims against DeepSeek, which gained attention after releasing R1": the party a relative
// clause hangs on is that clause's subject, whatever preposition stands before it.
bool opens_relative_clause(const FrameContext& c, const Party& p) {
    std::size_t i = p.last + 1;
    if (i < c.s.tokens.size() && c.s.tokens[i].is(",")) ++i;
    return i < c.s.tokens.size() && (c.s.tokens[i].is("which") || c.s.tokens[i].is("who"));
}

bool is_possessor(const FrameContext& c, const Party& p) {
    if (p.last + 1 >= c.s.tokens.size()) return false;
    const Token& next = c.s.tokens[p.last + 1];
    return next.is_possessive() || c.lex.has_trait(next, WordTrait::owned_noun);
}

// "got around Anthropic's terms of service": the owner of the rules for using its models
// (word_classes.tsv, access_rule) is whose they are, never who broke them.
bool owns_access_rules(const FrameContext& c, const Party& p) {
    return p.last + 2 < c.s.tokens.size() && c.s.tokens[p.last + 1].is_possessive() &&
           c.lex.class_of(c.s.tokens[p.last + 2]) == WordClass::access_rule;
}

// "Inspur's resellers", "Megaspeed's executives": the party's own units or people, who act for it.
bool owns_people(const FrameContext& c, const Party& p) {
    const auto& t = c.s.tokens;
    if (p.last + 2 >= t.size() || !t[p.last + 1].is_possessive()) return false;
    // ("OpenAI's technical staff": up to two words that describe them first.)
    constexpr std::size_t k_described = 2;
    for (std::size_t i = p.last + 2; i < t.size() && i <= p.last + 2 + k_described; ++i) {
        const WordClass noun = c.lex.class_of(t[i]);
        if (noun == WordClass::organization || noun == WordClass::source) return true;
        if (t[i].is_mark() || t[i].capitalized || noun != WordClass::other) return false;
    }
    return false;
}

// "members of OpenAI's technical staff had been using": the owner of people who act, not of
// people who speak ("Google's threat intelligence unit said that accounts ...").
bool acts_through_people(const FrameContext& c, const Party& p) {
    if (!owns_people(c, p)) return false;
    constexpr std::size_t k_phrase = 5;  // "'s technical staff" and a word or two after
    return std::none_of(c.s.attributions.begin(), c.s.attributions.end(), [&](const PhraseMatch& a) {
        return a.first > p.last && a.first - p.last <= k_phrase;
    });
}

// How far `pos` stands from the party, not counting an aside set off by commas right after the
// party ("Its V3 model, released in December 2024, was trained on": two words).
std::size_t distance_past_aside(const FrameContext& c, const Party& p, std::size_t pos) {
    constexpr std::size_t k_aside = 8;
    const auto& t = c.s.tokens;
    if (p.last + 1 >= pos || !t[p.last + 1].is(",")) return pos - p.last;
    for (std::size_t i = p.last + 2; i < pos && i <= p.last + 1 + k_aside; ++i)
        if (t[i].is(",")) return pos - i;
    return pos - p.last;
}

// "MFA on Anthropic distillation claims", "OpenAI's distillation accusations": the party right
// before a cue that a claim noun follows is whose claims they are, not who did it.
bool owns_claims_of_cue(const FrameContext& c, const Party& p) {
    const auto& t = c.s.tokens;
    const PhraseMatch& q = c.cue;
    const bool before = p.last + 1 == q.first || (p.last + 2 == q.first && t[p.last + 1].is_possessive());
    return before && q.last + 1 < t.size() && c.lex.class_of(t[q.last + 1]) == WordClass::claim_noun;
}

// Whether the party is whom an attribution tells: "told the Harbour Courier", "told Reuters".
bool told_by_speaker(const SentenceParse& s, const Party& p) {
    std::size_t k = p.first;
    if (k > 0 && s.tokens[k - 1].is("the")) --k;
    return k > 0 && (s.tokens[k - 1].is("told") || s.tokens[k - 1].is("tells") || s.tokens[k - 1].is("tell")) &&
           std::any_of(s.attributions.begin(), s.attributions.end(),
                       [&](const PhraseMatch& a) { return a.first <= k - 1 && k - 1 <= a.last; });
}

// "Baidu said it had never bought Blackwell chips, Tencent said it had never used smuggled
// ones": a cue in what a speaker says in a clause of its own after party `p` (", Tencent said
// ...") is none of `p`'s acts. Not an accuser's verb, nor a speaker inside a relative clause on
// `p` ("Moonshot, which Anthropic said had ...", "one of three labs that Anthropic accused of").
bool reported_by_another_after(const FrameContext& c, const Party& p, std::size_t pos) {
    const auto& t = c.s.tokens;
    for (const auto& a : c.s.attributions) {
        const Attribution& at = c.lex.attributions[static_cast<std::size_t>(a.id)];
        if (a.first <= p.last || a.last >= pos || at.side != ClaimantSide::before || at.modality == Modality::alleged)
            continue;
        for (const auto& q : c.parties) {
            if (!q.is_claimant || q.via_reference || q.first <= p.last || q.last >= a.first) continue;
            bool new_clause = false, relative = false;
            for (std::size_t i = p.last + 1; i < q.first; ++i) {
                new_clause |= t[i].is(",") || t[i].is(";") || t[i].is("and") || t[i].is("but");
                relative |= t[i].is("which") || t[i].is("that") || t[i].is("who") || t[i].is("whom");
            }
            if (new_clause && !relative) return true;
        }
    }
    return false;
}

const Party* nearest_before(const FrameContext& c, std::size_t pos, const AllegationRule& rule,
                            bool claimants = false, const std::string& kind = "") {
    for (auto it = c.parties.rbegin(); it != c.parties.rend(); ++it) {
        if (it->last >= pos || pos - it->last > k_reach || !fits(*it, rule, distance_past_aside(c, *it, pos), claimants))
            continue;
        if (!kind.empty() && it->kind != kind) continue;
        // "trained on outputs of OpenAI's models": the owner of the model is whose outputs were
        // taken, not who took them.
        // ("members of OpenAI's technical staff had been using Claude Code in violation of its
        // terms": the owner of people acts through them.)
        if (rule.object == ObjectRule::lab && is_possessor(c, *it) && !acts_through_people(c, *it) &&
            (pos - it->last > k_possessor_reach || owns_access_rules(c, *it)))
            continue;
        // "..., two people told the Harbour Courier, in what would amount to an evasion of export
        // controls": whom a speaker tells is no actor.
        if (told_by_speaker(c.s, *it) || owns_claims_of_cue(c, *it)) continue;
        // "how much of Nvidia's technology Chinese companies should be allowed to buy": a firm
        // that owns a noun makes no export rule.
        if (rule.allows("government") && !it->has_kind("government") && it->last + 1 < c.s.tokens.size() &&
            c.s.tokens[it->last + 1].is_possessive())
            continue;
        // "interactions with Claude to extract": a model behind a preposition is no subject,
        // unless the cue is its own ("the bulk of V4's pre-training was carried out on").
        const bool owns_cue = it->last + 2 == pos && c.s.tokens[it->last + 1].is_possessive();
        if (it->from_model && it->first > 0 && is_preposition(c.s.tokens[it->first - 1]) && !owns_cue) continue;
        // "bought servers from Supermicro and Dell, then shipped them": a seller is no subject,
        // nor is a supplier ("The servers, supplied by Dell, were shipped to ...").
        if (it->first > 0 && is_source_preposition(c.s.tokens[it->first - 1]) && !opens_relative_clause(c, *it))
            continue;
        if (rule.carries_hardware() && follows_supplier_participle(c, *it)) continue;
        // "MiniMax, backed by Alibaba and Tencent, released ...": the agent of a participle
        // that describes another party is not the verb's subject.
        if (it->first >= 2 && c.s.tokens[it->first - 1].is("by") &&
            c.s.tokens[it->first - 2].folded.ends_with("ed") && it->first - 2 > 0 &&
            std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& q) {
                return q.last + 2 < it->first && c.s.tokens[q.last + 1].is(",");
            }))
            continue;
        // "added Zhipu AI, one of China's best-funded startups, to its entity list": a government
        // that owns firms (owns_firms) makes no rule there; one that owns a decision or a ban does.
        if (rule.allows("government") && it->has_kind("government") && owns_firms(c, *it)) continue;
        // "H20 sales to China would require a license", "sell a chip in China": where exports go
        // is not who rules.
        // Nor is the other side of a dispute ("an escalation of its tech war with Beijing").
        if (rule.allows("government") && it->first > 0 &&
            (is_destination(c.s.tokens[it->first - 1]) || is_counterpart(c.s.tokens[it->first - 1]) ||
             in_destination_list(c.s, c.lex, *it)))
            continue;
        // "The company, which is racing to catch DeepSeek, used ...": a party inside a relative
        // clause that closed before the cue is not its subject.
        if (inside_closed_relative_clause(c, *it, pos)) continue;
        if (c.clauses.separated(it->first, c.cue.first)) continue;
        if (!claimants && !rule.self_report && accuses(c, *it)) continue;
        if (reported_by_another_after(c, *it, pos)) continue;
        return &*it;
    }
    return nullptr;
}

// "a cloud unit of Alibaba", "a subsidiary of ByteDance": the unit's noun where the party owns
// the unit named right before it, else the party's first word.
std::size_t unit_of(const FrameContext& c, const Party& p) {
    if (p.first < 2 || c.s.tokens[p.first - 1].folded != "of") return p.first;
    return c.lex.class_of(c.s.tokens[p.first - 2]) == WordClass::organization ? p.first - 2 : p.first;
}

// The first fitting party after `pos`; with `marked`, only behind for/to/by/into. A government
// behind "to" is where exports go ("sales to China"), so for those only "by" marks the actor.
// Whether the words between a cue's end at `pos` and a link word at `link` put the link on a place:
// "at"/"in" nearer the link than any "to"/"for"/"into".
// The token after an aside set off by commas that starts at `at` ("ByteDance, the owner of
// TikTok, uses": the verb), or `at` itself when no comma opens one there.
std::size_t past_aside(const FrameContext& c, std::size_t at) {
    constexpr std::size_t k_aside_words = 8;
    const auto& t = c.s.tokens;
    if (at >= t.size() || !t[at].is(",")) return at;
    for (std::size_t i = at + 1; i < t.size() && i - at <= k_aside_words; ++i)
        if (t[i].is(",")) return i + 1;
    return at;
}

bool owned_place_before(const FrameContext& c, std::size_t pos, std::size_t link) {
    for (std::size_t k = link; k-- > pos + 1;) {
        const Token& t = c.s.tokens[k];
        if (t.is("to") || t.is("for") || t.is("into")) return false;
        if (t.is("at") || t.is("in")) return true;
    }
    return false;
}

const Party* first_after(const FrameContext& c, std::size_t pos, const AllegationRule& rule, bool marked) {
    static const std::set<std::string> k_marks = {"for", "to", "by", "into", "at"};
    bool by_only = rule.allows("government");
    for (const auto& p : c.parties) {
        if (p.first <= pos || p.first - pos > k_reach || !fits(p, rule, p.first - pos)) continue;
        if (p.first_person) continue;  // "we" is a subject, never what a cue is done to
        // "... used smuggled Blackwell chips, and a newspaper has reported that servers were
        // smuggled to Moonshot AI": past ", and" and another speaker's verb is another report.
        auto joined_before = [&](std::size_t at) {
            for (std::size_t k = pos + 1; k + 1 < at; ++k)
                if (c.s.tokens[k].is(",") && (c.s.tokens[k + 1].is("and") || c.s.tokens[k + 1].is("but"))) return true;
            return false;
        };
        if (std::any_of(c.s.attributions.begin(), c.s.attributions.end(),
                        [&](const PhraseMatch& a) { return a.first > pos && a.last < p.first && joined_before(a.first); }))
            break;
        if (c.clauses.separated(p.first, c.cue.first)) continue;
        if (!marked) return &p;
        // "servers supplied by Dell": who supplied them did not receive them.
        if (rule.carries_hardware() && follows_supplier_participle(c, p)) continue;
        // The mark stands right before the party, or before its article and a word or two:
        // "for MiniMax", "to the Chinese startup DeepSeek", or before the party's unit ("for use
        // by a cloud unit of Alibaba").
        std::size_t head = unit_of(c, p);
        // "bound for a data centre in Shenzhen that Tencent uses", "smuggled on to a data centre
        // in Guizhou that ByteDance, the owner of TikTok, uses": the user of the place the things
        // went to, by the mark before the place.
        std::size_t reach = k_mark_reach;
        if (const std::size_t verb = past_aside(c, p.last + 1);
            head >= 2 && (c.s.tokens[head - 1].is("that") || c.s.tokens[head - 1].is("which")) &&
            verb < c.s.tokens.size() && c.lex.has_trait(c.s.tokens[verb], WordTrait::user_verb))
            reach += k_place_words;
        for (std::size_t i = head; i > pos + 1 && head - i < reach;) {
            --i;
            if (c.s.tokens[i].is_mark()) break;  // "to China, Ledgerline Asia found": not its mark
            // "rented capacity at a data centre operated by Falcon Ridge": "by" after a link word
            // on a place names the place's owner, not the cue's agent ("shipped to companies
            // controlled by Tencent" does name who received).
            if (c.s.tokens[i].is("by") && i - 1 > pos + 1 && c.lex.class_of(c.s.tokens[i - 1]) == WordClass::link &&
                owned_place_before(c, pos, i - 1))
                break;
            if (by_only ? c.s.tokens[i].is("by") : k_marks.count(c.s.tokens[i].folded) > 0) return &p;
        }
    }
    return nullptr;
}

// "fraudulent accounts linked to MiniMax", "servers operated by ByteDance": the owner of what the
// cue names (word_classes.tsv, link), a party right after the participle and its preposition.
const Party* linked_owner(const FrameContext& c, std::size_t last, const AllegationRule& rule) {
    if (last + 2 >= c.s.tokens.size() || c.lex.class_of(c.s.tokens[last + 1]) != WordClass::link ||
        c.lex.class_of(c.s.tokens[last + 2]) != WordClass::preposition)
        return nullptr;
    const Party* p = first_after(c, last + 2, rule, false);
    return p && p->first - (last + 2) <= k_by_reach ? p : nullptr;
}

// "Anthropic's distillation claims against DeepSeek": whether a claim noun and "against" follow
// the cue's last word.
bool claims_against_after(const FrameContext& c, std::size_t last) {
    const auto& t = c.s.tokens;
    return last + 2 < t.size() && c.lex.class_of(t[last + 1]) == WordClass::claim_noun && t[last + 2].is("against");
}

// The one such claims accuse, right after "against".
const Party* accused_after(const FrameContext& c, std::size_t last, const AllegationRule& rule) {
    if (!claims_against_after(c, last)) return nullptr;
    const Party* p = first_after(c, last + 2, rule, false);
    return p && p->first == last + 3 ? p : nullptr;
}

bool after_be(const FrameContext& c, const PhraseMatch& cue);

// "has been bought in large quantities by Chinese groups including ByteDance": the agent of a
// passive past a few words after the cue, and past a group's words before "including".
const Party* passive_agent_including(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    constexpr std::size_t k_words_to_by = 4, k_group_words = 4;
    const auto& t = c.s.tokens;
    if (!after_be(c, cue)) return nullptr;
    for (std::size_t by = cue.last + 1; by < t.size() && by <= cue.last + k_words_to_by; ++by) {
        if (t[by].is_mark()) return nullptr;
        if (!t[by].is("by")) continue;
        for (std::size_t i = by + 1; i + 1 < t.size() && i <= by + k_group_words; ++i) {
            if (t[i].is_mark()) return nullptr;
            if (!t[i].is("including") && !(t[i].is("such") && t[i + 1].is("as"))) continue;
            const std::size_t after = t[i].is("such") ? i + 1 : i;
            const Party* p = first_after(c, after, rule, false);
            return p && p->first == after + 1 ? p : nullptr;
        }
        return nullptr;
    }
    return nullptr;
}

// "... were obtained by DeepSeek", "a release from China's DeepSeek".
const Party* by_agent(const FrameContext& c, std::size_t last, const AllegationRule& rule) {
    if (last + 1 >= c.s.tokens.size()) return nullptr;
    // "had been bought in bulk by Tencent": a passive's "by" past a few words of manner or time.
    constexpr std::size_t k_manner_words = 3;
    if (after_be(c, c.cue))
        for (std::size_t i = last + 1; i + 1 < c.s.tokens.size() && i - last <= k_manner_words; ++i) {
            const Token& t = c.s.tokens[i];
            if (t.is("by")) {
                last = i - 1;
                break;
            }
            // ("trained on outputs generated by OpenAI's models": a participle of its own has its
            // own "by".)
            if (t.is_mark() || t.capitalized || t.is("and") || t.is("that") || t.is("which") ||
                (t.folded.size() > 4 && t.folded.ends_with("ed")))
                break;
        }
    const std::string& next = c.s.tokens[last + 1].folded;
    // "a release from DeepSeek" names who released; "bought from Dell", "distilled from Claude"
    // name a seller or a source.
    bool from_is_agent = rule.object == ObjectRule::model;
    if (next != "by" && (next != "from" || !from_is_agent)) return nullptr;
    const Party* p = first_after(c, last + 1, rule, false);
    return p && p->first - (last + 1) <= k_by_reach ? p : nullptr;
}

// "The company said the model was optimized for Ascend chips": the speaker itself, where the
// allegation allows self-reports; and any speaker denying of itself ("Alibaba said it has never
// used smuggled chips").
const Party* speaker_of(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    if (!rule.self_report && !denies(c, cue)) return nullptr;
    if (const Party* p = nearest_before(c, cue.first, rule, true)) return p;
    // "The new model was trained on 2,000 H800 GPUs, DeepSeek said": the speaker after it; or
    // its official ("There are no plans to license the B30A, a White House official said").
    for (const auto& p : c.parties) {
        if (p.first <= cue.last || !p.is_claimant || p.via_reference || p.names.size() != 1 || !fits(p, rule, 0, true))
            continue;
        const bool official = p.last + 1 < c.s.tokens.size() && c.lex.class_of(c.s.tokens[p.last + 1]) == WordClass::source;
        if (speaks_next(c.s, p.last) || (official && speaks_next(c.s, p.last + 1))) return &p;
    }
    return nullptr;
}

// The party that stands as the cue's own subject, right before it past auxiliaries and adverbs
// ("the US chipmaker designed", "Nvidia has long sold"), or before the relative pronoun that opens
// the cue's clause ("companies that flouted the rules": "companies", no party). `found` tells
// whether the subject slot is there at all: a word that names no party leaves it open.
struct Subject {
    bool found = false;
    const Party* party = nullptr;
    bool speaker_acts = false;  // the party speaks in the sentence and is this verb's subject too
};

// ""TSMC has not supplied Huawei since 2020 and is not the subject of any investigation"": a verb
// phrase opened by "and"/"but" and an auxiliary (past a determiner: "is the subject of") has no
// subject of its own; it shares the sentence's first, the first party that stands as a subject.
// nullptr when the cue opens no such phrase or the first subject is no party.
const Party* joined_verb_phrase_subject(const FrameContext& c, const PhraseMatch& cue) {
    const auto& t = c.s.tokens;
    std::size_t words = cue.first;
    if (words > 0 && c.lex.class_of(t[words - 1]) == WordClass::determiner) --words;
    const std::size_t i = past_auxiliaries(c.s, c.lex, words, k_subject_reach - (cue.first - words));
    const bool auxiliary = std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i),
                                       t.begin() + static_cast<std::ptrdiff_t>(words),
                                       [&](const Token& w) { return c.lex.class_of(w) == WordClass::auxiliary; });
    // ("gave Huawei early access but withheld it from Nvidia": a verb right after "but" too.)
    const bool but_verb = i == cue.first && i > 0 && t[i - 1].is("but") && !t[i].capitalized;
    // ("accused DeepSeek of distilling Claude, and in January cut off Zhipu AI": a verb after
    // ", and" and a date or adverbs is the sentence's first subject's, the speaker's too.)
    std::size_t opener = i;
    if (opener > 0 && !t[opener - 1].is("and"))
        for (const auto& d : date_spans(c.s.text, t))
            if (d.last + 1 == opener) {
                opener = d.first;
                if (opener > 0 && c.lex.class_of(t[opener - 1]) == WordClass::preposition) --opener;  // "in January"
                opener = past_auxiliaries(c.s, c.lex, opener, k_subject_reach);
            }
    const bool rule_of_government =
        c.lex.rules.at(c.lex.cues[static_cast<std::size_t>(cue.id)].allegation).allows("government");
    const bool dated_verb = !rule_of_government && words == cue.first && opener < cue.first && opener >= 2 && t[opener - 1].is("and") &&
                            t[opener - 2].is(",") && !t[cue.first].capitalized;
    if (dated_verb) {
        for (const auto& p : c.parties) {
            if (p.last + 2 >= opener) return nullptr;
            if (p.in_adjective) continue;
            // A speaker only by an accusation: "Anthropic said DeepSeek bought H800s, and last
            // year used them" is DeepSeek's use.
            const bool accuser = std::any_of(c.s.attributions.begin(), c.s.attributions.end(), [&](const PhraseMatch& a) {
                return a.first > p.last && a.first - p.last <= 2 &&
                       c.lex.attributions[static_cast<std::size_t>(a.id)].modality == Modality::alleged;
            });
            if (p.is_claimant && !p.speaks_by_participle && !accuser) return nullptr;
            return stands_as_subject(c.s, c.lex, p) ? &p : nullptr;
        }
        return nullptr;
    }
    if ((!auxiliary && !but_verb) || i == 0 || !(t[i - 1].is("and") || t[i - 1].is("but"))) return nullptr;
    for (const auto& p : c.parties) {
        if (p.last + 1 >= i) return nullptr;
        // "Nvidia said DeepSeek bought the chips and was ...": one who speaks is not the subject,
        // unless by a participle after ("..., adding that").
        if (p.in_adjective || (p.is_claimant && !p.speaks_by_participle)) continue;
        // "regulators have been discussing limits -- including ... -- and could bar": a dash or
        // a parenthesis between may have changed the subject.
        for (std::size_t k = p.last + 1; k + 1 < i; ++k)
            if (t[k].is_mark() && !t[k].is(",")) return nullptr;
        return stands_as_subject(c.s, c.lex, p) ? &p : nullptr;
    }
    return nullptr;
}

// "The model released in November was optimised for ...": a participle and the date after it,
// right before the verb at `verb`, describe the subject before them. Where that participle
// stands, else `verb`.
std::size_t reduced_relative_start(const FrameContext& c, std::size_t verb) {
    constexpr std::size_t k_reach = 5;  // the participle and a date of up to four words
    const auto& t = c.s.tokens;
    std::size_t participle = verb;
    for (std::size_t k = verb; k-- > 1 && verb - k <= k_reach;) {
        if (t[k].is_mark()) return verb;
        if (!t[k].capitalized && t[k].folded.size() > 4 && t[k].folded.ends_with("ed")) {
            participle = k;
            break;
        }
    }
    if (participle == verb || participle + 1 >= verb) return verb;
    // (Dates are looked for only when a party stands right before the participle.)
    if (std::none_of(c.parties.begin(), c.parties.end(), [&](const Party& p) { return p.last + 1 == participle; }))
        return verb;
    for (const auto& d : date_spans(c.s.text, t))
        if (d.last + 1 == verb && (d.first == participle + 1 || (d.first == participle + 2 &&
                                                                 c.lex.class_of(t[participle + 1]) == WordClass::preposition)))
            return participle;
    return verb;
}

Subject subject_of(const FrameContext& c, const PhraseMatch& cue) {
    if (const Party* shared = joined_verb_phrase_subject(c, cue)) return {true, shared, shared->is_claimant};
    const std::size_t i = past_auxiliaries(c.s, c.lex, cue.first, k_subject_reach);
    if (i == 0) return {};
    const Token& before = c.s.tokens[i - 1];
    // "DeepSeek, the Hangzhou lab funded by the hedge fund High-Flyer, released": the party before
    // an apposition set off by commas, not the one that ends it (a participle there, "...,
    // circumventing US controls", is no verb of that subject; "..., is training" is).
    if (before.is(",") && i >= 2 && (i < cue.first || !c.s.tokens[cue.first].folded.ends_with("ing"))) {
        std::size_t open = i - 2;
        while (open > 0 && (!c.s.tokens[open].is_mark() || c.s.tokens[open].is_possessive())) --open;
        // ("Zhipu AI, one of China's AI tigers, was added": "one of" opens one too.)
        if (c.s.tokens[open].is(",") && open > 0 && open + 1 < i - 1 &&
            (c.lex.class_of(c.s.tokens[open + 1]) == WordClass::determiner ||
             (c.s.tokens[open + 1].is("one") && c.s.tokens[open + 2].is("of"))))
            for (const auto& p : c.parties)
                if (p.last + 1 == open && !p.is_claimant && !c.clauses.separated(p.first, c.cue.first)) return {true, &p};
    }
    const bool relative = before.is("that") || before.is("who") || before.is("which");
    std::size_t end = relative ? i - 1 : reduced_relative_start(c, i);  // the subject's last word is end - 1
    // (Past the passive a cue may follow: "The model released in November was optimized to run on".)
    if (end == i && !before.capitalized && before.folded.ends_with("ed") && i >= 2)
        if (const std::size_t verb = past_auxiliaries(c.s, c.lex, i - 1, k_subject_reach); verb < i - 1)
            if (const std::size_t start = reduced_relative_start(c, verb); start != verb) end = start;
    if (relative && end > 0 && c.s.tokens[end - 1].is(",")) --end;
    if (end == 0) return {};
    // "Anthropic's Claude Opus 5, which was released": a model's version written after its name
    // belongs to the model.
    auto ends_at = [&](const Party& p) {
        if (p.last == end - 1) return true;
        if (!p.from_model || p.last + 1 >= end || end - 1 - p.last > 3) return false;
        for (std::size_t k = p.last + 1; k < end; ++k)
            if (!c.s.tokens[k].capitalized && !has_digit(c.s.tokens[k].folded)) return false;
        return true;
    };
    for (const auto& p : c.parties) {
        if (!ends_at(p) || (p.is_claimant && !p.speaks_by_participle) || c.clauses.separated(p.first, c.cue.first)) continue;
        if (owns_access_rules(c, p) || owns_claims_of_cue(c, p)) return {};
        // "H20 sales to China would require a license": where exports go is no subject.
        if (p.first > 0 && is_destination(c.s.tokens[p.first - 1])) return {};
        return {true, &p};
    }
    // "The company alerted the FBI, and Zhou was arrested": a name no lexicon lists, opening a
    // clause of its own after ", and" or "but", is the cue's subject: nobody further back.
    for (const auto& n : c.s.names)
        if (n.last + 1 == end && joined_by_conjunction(c.s, n.first)) return {true, nullptr};
    // A word of no closed class right before a relative pronoun is its antecedent: no party.
    // So is an unnamed one the indefinite article brings right before the cue's auxiliaries ("a
    // report that a Chinese cloud provider had bought A100 servers": the provider bought them,
    // not a party named further back).
    bool unnamed_subject = false;
    constexpr std::size_t k_indefinite_reach = 4;
    if (i < cue.first && !before.is_mark() && !before.capitalized && c.lex.class_of(before) == WordClass::other)
        for (std::size_t k = i - 1; k-- > 0 && i - 1 - k <= k_indefinite_reach;) {
            if (c.s.tokens[k].is_mark()) break;
            if (c.s.tokens[k].is("a") || c.s.tokens[k].is("an")) {
                unnamed_subject = std::none_of(c.parties.begin(), c.parties.end(),
                                               [&](const Party& p) { return p.last >= k && p.first < i; });
                break;
            }
        }
    return {relative || unnamed_subject, nullptr};
}

// "MiniMax used distillation to copy Claude, relying on accounts set up to get around Anthropic's
// terms of service": a participle after a comma ("relying", "using") goes on to speak of the
// subject of the clause before it: its first party that stands as a subject, past what a speaker
// says ("Nvidia said the US would let it resume sales, reversing ...": the US) and past "that".
// nullptr when the cue stands in no such phrase, the phrase has a subject of its own, or the
// participle reports speech ("..., saying the model was tuned for Ascend chips").
const Party* participle_clause_subject(const FrameContext& c, const PhraseMatch& cue) {
    const auto& t = c.s.tokens;
    std::size_t comma = 0;
    for (std::size_t k = cue.first; k-- > 1 && cue.first - k <= k_reach;) {
        if (!t[k].is_mark() || t[k].is_possessive()) continue;
        if (t[k].is(",") && !t[k + 1].capitalized && t[k + 1].folded.size() > 4 && t[k + 1].folded.ends_with("ing"))
            comma = k;
        break;
    }
    if (comma == 0) return nullptr;
    std::size_t start = 0;
    for (const auto& a : c.s.attributions) {
        if (a.first == comma + 1) return nullptr;
        if (a.last < comma) start = std::max(start, a.last + 1);
    }
    for (std::size_t k = start; k < comma; ++k)
        if (t[k].is("that")) start = k + 1;
    for (const auto& p : c.parties)
        if (p.first > comma && p.last < cue.first && stands_as_subject(c.s, c.lex, p)) return nullptr;
    for (const auto& p : c.parties) {
        if (p.first < start || p.in_adjective || (p.is_claimant && !p.speaks_by_participle)) continue;
        if (p.last >= comma) return nullptr;
        if (!stands_as_subject(c.s, c.lex, p) || c.clauses.separated(p.first, c.cue.first)) continue;
        return &p;
    }
    return nullptr;
}

// The same subject, where it can be the allegation's actor; nullptr else.
const Party* participle_subject(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    const Party* p = participle_clause_subject(c, cue);
    return p && !p->from_model && fits(*p, rule, 0, p->speaks_by_participle) ? p : nullptr;
}

// Whether a form of "be" stands among the auxiliaries and adverbs right before the cue: "it
// would be required to hold a licence", "Nvidia was barred from".
// A form of "be", or of "remain" ("remain barred from sale to China").
bool is_be(const Token& t) {
    return t.folded == "be" || t.folded == "been" || t.folded == "being" || t.folded == "is" || t.folded == "are" ||
           t.folded == "was" || t.folded == "were" || t.folded == "remain" || t.folded == "remains" ||
           t.folded == "remained";
}

// "OpenAI's data was obtained", "OpenAI's outputs were used": whether the thing a possessor
// owns is the subject of a passive (a form of "be" within a few words after it).
bool possessed_is_passive(const FrameContext& c, const Party& p) {
    constexpr std::size_t k_noun_words = 4;
    const auto& t = c.s.tokens;
    for (std::size_t i = p.last + 2; i < t.size() && i <= p.last + 1 + k_noun_words; ++i)
        if (t[i].is_mark() || is_be(t[i])) return true;
    return false;
}

bool after_be(const FrameContext& c, const PhraseMatch& cue) {
    // ("Washington is weighing new curbs": a progressive, not a passive.)
    if (c.s.tokens[cue.first].folded.ends_with("ing")) return false;
    for (std::size_t i = cue.first; i > 0 && cue.first - i < k_subject_reach;) {
        const Token& t = c.s.tokens[--i];
        const WordClass word = c.lex.class_of(t);
        if (word != WordClass::auxiliary && word != WordClass::adverb) return false;
        if (is_be(t)) return true;
    }
    return false;
}

// A government party within the cue's own words, or nullptr.
const Party* government_inside(const FrameContext& c, const PhraseMatch& cue) {
    for (const auto& p : c.parties)
        if (p.has_kind("government") && p.first >= cue.first && p.last <= cue.last && !p.via_reference) return &p;
    return nullptr;
}

// "Megaspeed, the Singapore cloud company that US officials have been investigating": the
// object of a cue inside a relative clause is the clause's antecedent, the party right before
// "that"/"which"/"whom" or before an apposition of a few words ending there. The cue's own
// subject (here "US officials") stands between the pronoun and the cue.
const Party* relative_antecedent(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    constexpr std::size_t k_subject_words = 5, k_apposition_words = 8;
    const auto& t = c.s.tokens;
    const std::size_t i = past_auxiliaries(c.s, c.lex, cue.first, k_subject_reach);
    // The subject: a few words, none a mark, then the pronoun.
    std::size_t pronoun = i;
    while (pronoun > 0 && i - pronoun <= k_subject_words && !t[pronoun - 1].is_mark() &&
           !t[pronoun - 1].is("that") && !t[pronoun - 1].is("which") && !t[pronoun - 1].is("whom"))
        --pronoun;
    if (pronoun == 0 || pronoun == i) return nullptr;
    --pronoun;
    if (!t[pronoun].is("that") && !t[pronoun].is("which") && !t[pronoun].is("whom")) return nullptr;
    for (auto it = c.parties.rbegin(); it != c.parties.rend(); ++it) {
        if (it->last >= pronoun) continue;
        // "DeepSeek, the Chinese start-up which": a reference in apposition is its name's.
        const auto named = std::next(it);
        if (it->via_reference && named != c.parties.rend() && named->names == it->names && !named->via_reference &&
            named->last + 1 < it->first && t[named->last + 1].is(","))
            continue;
        if (!fits(*it, rule, 0, it->speaks_by_participle) || it->via_reference) return nullptr;
        if (it->last + 1 == pronoun || (it->last + 1 == pronoun - 1 && t[pronoun - 1].is(","))) return &*it;
        // "Megaspeed, the Singapore-based cloud company that": an apposition with no mark inside.
        if (!t[it->last + 1].is(",") || pronoun - it->last > k_apposition_words) return nullptr;
        for (std::size_t j = it->last + 2; j < pronoun; ++j)
            if (t[j].is_mark()) return nullptr;
        return &*it;
    }
    return nullptr;
}

// "The rules, which barred sales of the H800", "Export controls bar the sale of": rules (a word of
// word_classes.tsv's rule_noun) are the cue's subject, right before it past auxiliaries and
// adverbs, or before the relative pronoun that opens its clause.
bool rules_subject_of(const FrameContext& c, const PhraseMatch& cue) {
    std::size_t i = past_auxiliaries(c.s, c.lex, cue.first);
    if (i > 0 && (c.s.tokens[i - 1].is("which") || c.s.tokens[i - 1].is("that"))) --i;
    if (i > 0 && c.s.tokens[i - 1].is(",")) --i;
    // "rules the Biden administration introduced in October 2023, which": the rules' noun
    // stands before the words that say who made them.
    constexpr std::size_t k_maker_words = 9;
    for (std::size_t k = i; k > 0 && i - k < k_maker_words;) {
        const Token& t = c.s.tokens[--k];
        if (c.lex.class_of(t) == WordClass::rule_noun) return true;
        if (t.is_mark()) return false;
    }
    return false;
}

// The first party of the cue's sentence before it, past claimants, if it can be a subject
// (stands_as_subject) in the cue's clause; nullptr when none.
const Party* clause_subject(const FrameContext& c, const PhraseMatch& cue) {
    for (const auto& p : c.parties) {
        if (p.last >= cue.first) return nullptr;
        if (p.in_adjective || p.is_claimant) continue;
        return stands_as_subject(c.s, c.lex, p) && !c.clauses.separated(p.first, cue.first) &&
                       !reported_by_another_after(c, p, cue.first)
                   ? &p
                   : nullptr;
    }
    return nullptr;
}

// "Huawei obtained two million dies": a kind the allegation takes only as the cue's own subject
// (allegations.tsv, subject_kinds).
bool acts_only_as_subject(const FrameContext& c, const Party& p, const AllegationRule& rule) {
    const Entity* entity = c.lex.find_entity(p.names.front());
    return !p.is_claimant && !p.from_model && entity && rule.allows_as_subject(p.kind, entity->country);
}

// "denied that any of its chips reached Huawei", "helped divert H20 processors to Huawei": a kind
// the allegation takes only as a subject (a Chinese chip maker: subject_kinds) is also who the
// chips go to, right after the cue, or (`marked`) behind to/for/into in the cue's own stretch of
// words. A seller never stands there.
const Party* receiver_of_subject_kind(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule,
                                      bool marked) {
    const auto& t = c.s.tokens;
    for (const auto& q : c.parties) {
        if (q.via_reference || !acts_only_as_subject(c, q, rule)) continue;
        if (!marked) {
            if (q.first == cue.last + 1) return &q;
            continue;
        }
        if (q.first <= cue.last + 1 || q.first - cue.last > k_reach) continue;
        if (!t[q.first - 1].is("to") && !t[q.first - 1].is("for") && !t[q.first - 1].is("into")) continue;
        if (c.clauses.separated(q.first, cue.first)) continue;
        if (std::none_of(t.begin() + static_cast<std::ptrdiff_t>(cue.last) + 1, t.begin() + static_cast<std::ptrdiff_t>(q.first),
                         [](const Token& w) { return w.is_mark() && !w.is_possessive(); }))
            return &q;
    }
    return nullptr;
}

// "charged two former engineers with leaking TSMC trade secrets": the people a cue is done to
// right after it are named by no party; a firm further on is not done to ("of", "at", "from" or a
// link word after them ties them to one: "arrested three men linked to Megaspeed").
bool unnamed_people_after(const FrameContext& c, const PhraseMatch& cue) {
    constexpr std::size_t k_described = 3;  // "two former senior engineers"
    const auto& t = c.s.tokens;
    for (std::size_t i = cue.last + 1; i < t.size() && i <= cue.last + 1 + k_described; ++i) {
        if (t[i].capitalized || t[i].is_mark()) return false;
        if (std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& p) { return p.first == i; })) return false;
        const WordClass word = c.lex.class_of(t[i]);
        if (word == WordClass::source) {
            if (i + 1 >= t.size()) return true;
            const Token& next = t[i + 1];
            return !(next.is("of") || next.is("at") || next.is("from") || c.lex.class_of(next) == WordClass::link ||
                     next.is_possessive());
        }
        if (word != WordClass::other && word != WordClass::determiner) return false;
    }
    return false;
}

const Party* actor_of(const FrameContext& c, const PhraseMatch& cue, Frame frame, const AllegationRule& rule) {
    switch (frame) {
        case Frame::agent:
            if (const Party* p = by_agent(c, cue.last, rule)) return p;
            if (const Party* p = accused_after(c, cue.last, rule)) return p;
            if (const Party* p = passive_agent_including(c, cue, rule)) return p;
            if (const Party* p = linked_owner(c, cue.last, rule)) return p;
            // An export rule in the passive binds the party that is its subject ("it would be
            // required to hold a licence"): with no "by", the rule is the chip's home
            // government's (frame_claims). A thing as subject leaves the search as it is ("the
            // licences will be approved").
            // A government named inside the cue owns the rule ("was added to the US Entity List").
            if (rule.allows("government") && after_be(c, cue) && subject_of(c, cue).party)
                return government_inside(c, cue);
            // "shipping MI308 accelerators under licences the Commerce Department granted": a
            // government right before the cue's last word grants, whoever ships.
            if (rule.allows("government"))
                if (const Party* p = government_inside(c, cue); p && p->last + 1 == cue.last) return p;
            if (const Party* p = participle_subject(c, cue, rule)) return p;
            // "The Commerce Department added Zhipu AI to its entity list, restricting the
            // company's access to US technology": a government's act is no lab's withholding.
            if (!rule.allows("government"))
                if (const Party* p = participle_clause_subject(c, cue); p && p->has_kind("government")) return nullptr;
            // The cue's own subject decides: a party of a kind the allegation does not allow
            // ("hardware the US chipmaker designed for China") lends the claim to nobody further
            // back; an export rule with a chipmaker as subject is its government's (below).
            if (const Subject subject = subject_of(c, cue); subject.found) {
                // "rules the Biden administration introduced, which barred sales of the H800":
                // rules bar for the government that made them.
                if (!subject.party) {
                    if (!(rule.allows("government") && rules_subject_of(c, cue))) return nullptr;
                } else {
                    if (fits(*subject.party, rule, 0, subject.party->speaks_by_participle || subject.speaker_acts) &&
                        !(rule.allows("government") && !subject.party->has_kind("government")))
                        return subject.party;
                    if (acts_only_as_subject(c, *subject.party, rule)) return subject.party;
                    if (!rule.allows("government")) return nullptr;
                }
            }
            // Export rules are made by governments: "the administration ... allowing Nvidia to
            // resume shipments" is the government's act, though Nvidia stands nearer.
            if (rule.allows("government"))
                if (const Party* p = nearest_before(c, cue.first, rule, false, "government")) return p;
            if (const Party* p = nearest_before(c, cue.first, rule)) return p;
            return speaker_of(c, cue, rule);
        case Frame::patient: {
            // "a TSMC probe and AMD's China shipments": a firm named right before a one-word cue
            // is what it is done to (a government there does it: "a Commerce probe").
            // So is the owner before a government there ("Nvidia's China probe").
            if (cue.first == cue.last && cue.first > 0)
                for (const auto& p : c.parties) {
                    if (p.last + 1 != cue.first || p.via_reference) continue;
                    if (!p.has_kind("government") && !p.has_kind("agency")) {
                        if (fits(p, rule, 0)) return &p;
                        break;
                    }
                    for (const auto& owner : c.parties)
                        if (owner.last + 2 == p.first && c.s.tokens[owner.last + 1].is_possessive() &&
                            !owner.has_kind("government") && fits(owner, rule, 0))
                            return &owner;
                }
            // "OpenAI said it had banned all of the accounts it identified": who does it to the
            // patient is not the patient ("it" after the cue, the subject of a relative clause,
            // is OpenAI again).
            if (rule.object == ObjectRule::investigator && unnamed_people_after(c, cue)) return nullptr;
            const Subject doer = subject_of(c, cue);
            std::size_t from = cue.last;
            const Party* p = first_after(c, from, rule, false);
            auto pronoun = [&](const Party& q) {
                return q.via_reference && (c.s.tokens[q.first].is("it") || c.s.tokens[q.first].is("they"));
            };
            while (p && doer.party && pronoun(*p) && p->names == doer.party->names)
                p = first_after(c, from = p->last, rule, false);
            if (p && p->first - cue.last <= k_patient_reach) return p;
            if (const Party* q = receiver_of_subject_kind(c, cue, rule, false)) return q;
            // "Tencent ended up with 2,000 GB200 chips": with chips after the cue and no party, the
            // cue's own subject has them (who probes chips is not probed).
            if (!p && doer.party && rule.object != ObjectRule::investigator && fits(*doer.party, rule, 0) &&
                std::any_of(c.s.mentions.begin(), c.s.mentions.end(), [&](const Mention& m) {
                    return m.entity->type == EntityType::hardware && m.first > cue.last && m.first - cue.last <= k_patient_reach;
                }))
                return doer.party;
            return relative_antecedent(c, cue, rule);
        }
        case Frame::recipient:
            // "Supermicro sold H100 servers to DeepSeek": who receives, behind its mark; the
            // subject only of a passive ("DeepSeek was sold ..."), else it is the seller.
            if (const Party* p = first_after(c, cue.last, rule, true)) return p;
            return after_be(c, cue) ? nearest_before(c, cue.first, rule) : nullptr;
        case Frame::passive:
            if (const Party* p = first_after(c, cue.last, rule, true)) return p;
            if (const Party* q = receiver_of_subject_kind(c, cue, rule, true)) return q;
            if (const Party* p = nearest_before(c, cue.first, rule)) return p;
            if (const Subject subject = subject_of(c, cue); subject.party && acts_only_as_subject(c, *subject.party, rule))
                return subject.party;
            // "Huawei obtained two million dies through front companies, circumventing the
            // rules", "ByteDance shipped servers into China, evading export controls": the
            // clause's subject, past its verb and object, does what the cue says (a Chinese
            // chipmaker too: subject_kinds).
            if (const Party* subject = clause_subject(c, cue); subject && acts_only_as_subject(c, *subject, rule))
                return subject;
            return speaker_of(c, cue, rule);
    }
    return nullptr;
}

// "chips from Chinese technology group Huawei": the family of a vendor that makes only one.
std::string family_from_vendor(const FrameContext& c, const ReferenceMention& r) {
    std::size_t i = r.last + 1;
    if (i >= c.s.tokens.size() || (!c.s.tokens[i].is("from") && !c.s.tokens[i].is("by"))) return "";
    for (const auto& m : c.s.mentions)
        if (m.first > i && m.first - i <= 5 && m.entity->type == EntityType::actor)
            return c.lex.only_family_of(m.entity->canonical);
    return "";
}

struct HardwareFound {
    std::vector<std::string> names;  // one, or a list ("A800 and H20 chips"); empty for none
    bool spoken_of = false;  // the sentence names a chip, points back to one or counts chips
    bool named = false;      // it names one (or points back to one: "these chips")
    bool generic = false;    // it speaks of chips only in general ("smuggled hardware")
    bool of_maker = false;   // chips of a named maker ("Nvidia servers")
    bool of_kind = false;    // chips of a kind: "domestic chips", "home-grown chips"
};

// The list of chips that `best` stands in: neighbours joined by "and", "or" and commas, counts
// and words for chips ("10,000 H800 units, 10,000 H100 units"), and what a family is said to
// include ("50,000 Hopper GPUs, which include 10,000 H800 units").
std::vector<std::string> chip_list(const FrameContext& c, const std::vector<const Mention*>& chips, std::size_t best) {
    auto joined = [&](const Mention& a, const Mention& b) {
        for (std::size_t i = a.last + 1; i < b.first; ++i) {
            const Token& t = c.s.tokens[i];
            const bool count = !t.folded.empty() && t.folded[0] >= '0' && t.folded[0] <= '9';
            const bool includes = t.is("which") || t.is("include") || t.is("includes") ||
                                  t.is("including");
            // "for the H20 and for AMD's MI308": the preposition repeated, the article, the maker.
            const bool repeated = c.lex.class_of(t) == WordClass::preposition && is_list_word(c.s.tokens[i - 1]);
            auto of_maker = [&](std::size_t at) {
                return std::any_of(c.s.mentions.begin(), c.s.mentions.end(), [&](const Mention& m) {
                    return m.first <= at && at <= m.last && m.entity->has_kind("chipmaker");
                });
            };
            const bool maker = t.is("the") || t.is("its") || of_maker(i) || (t.is_possessive() && i > 0 && of_maker(i - 1));
            // "B200 chips and Nvidia's upcoming Rubin processors", "Blackwell or its coming Rubin
            // line", "Blackwell or the upcoming Rubin chips": one word describing the second.
            const bool describes = i + 1 == b.first && i > a.last + 1 &&
                                   (c.s.tokens[i - 1].is_possessive() || c.s.tokens[i - 1].is("its") ||
                                    (c.s.tokens[i - 1].is("the") && i >= 2 &&
                                     (c.s.tokens[i - 2].is("and") || c.s.tokens[i - 2].is("or"))));
            // "and Nvidia's next-generation Rubin line": the words that say it is not out yet.
            const bool coming = c.lex.has_trait(t, WordTrait::coming_chips) ||
                                c.lex.has_trait(c.s.tokens[i - 1], WordTrait::coming_chips);
            if (!is_list_word(t) && !count && !includes && !repeated && !maker && !describes && !coming &&
                c.lex.class_of(t) != WordClass::chip_noun)
                return false;
        }
        return true;
    };
    std::size_t first = best, last = best;
    while (first > 0 && joined(*chips[first - 1], *chips[first])) --first;
    while (last + 1 < chips.size() && joined(*chips[last], *chips[last + 1])) ++last;
    // "Blackwell or Nvidia's forthcoming Rubin line": a chip not out yet, listed with one that
    // is, is no chip of the claim.
    const auto coming = [&](const Mention& m) {
        for (std::size_t i = m.first; i > 0 && m.first - i < 2;)
            if (c.lex.has_trait(c.s.tokens[--i], WordTrait::coming_chips)) return true;
        return false;
    };
    const bool any_out = std::any_of(chips.begin() + static_cast<std::ptrdiff_t>(first),
                                     chips.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                     [&](const Mention* m) { return !coming(*m); });
    std::vector<std::string> names;
    for (std::size_t i = first; i <= last; ++i)
        if (!(any_out && coming(*chips[i])) &&
            std::find(names.begin(), names.end(), chips[i]->entity->canonical) == names.end())
            names.push_back(chips[i]->entity->canonical);
    return names;
}

// "Nvidia servers", "AMD's accelerators": chips of a named maker, concrete though unnamed.
bool of_named_maker(const FrameContext& c, const ReferenceMention& r) {
    if (r.first == 0) return false;
    std::size_t before = r.first - 1;
    if (c.s.tokens[before].is_possessive() && before > 0) --before;
    for (const auto& m : c.s.mentions)
        if (m.last == before && m.entity->has_kind("chipmaker")) return true;
    return false;
}

// The chips nearest the cue; else "these chips" for the last one named; else, when the sentence
// only speaks of chips ("advanced chips"), none.
// A chip inside another cue's words, with a denial between the two cues, is the denied cue's
// alone ("Tencent says its chip stockpile will last, denies receiving B30A samples": the
// stockpile is no B30A, and Tencent does not say it received any).
bool belongs_to_other_cue(const FrameContext& c, const PhraseMatch& cue, const Mention& chip) {
    bool inside = false;
    for (const auto& other : c.s.cues)
        inside |= &other != &cue && other.first <= chip.first && chip.last <= other.last;
    if (!inside) return false;
    const std::size_t from = std::min(cue.last, chip.last), to = std::max(cue.first, chip.first);
    for (const auto& d : c.s.denials)
        if (d.first > from && d.last < to) return true;
    return false;
}

// The last chip named before token `at` in the sentence, for "the chip" to point back to where a
// clause of its own named it ("AMD, which makes the MI308, said it may sell the chip"); "" if none.
std::string chip_named_before(const SentenceParse& s, std::size_t at) {
    std::string name;
    for (const auto& m : s.mentions)
        if (m.entity->type == EntityType::hardware && m.last < at) name = m.entity->canonical;
    return name;
}

// "kept its ban on Blackwell chips while allowing the H200": a contrast ("while", "whereas",
// "but") between a cue and a chip puts them in clauses of their own.
bool contrast_between(const SentenceParse& s, std::size_t a, std::size_t b) {
    for (std::size_t i = std::min(a, b) + 1; i < std::max(a, b); ++i)
        if (s.tokens[i].is("while") || s.tokens[i].is("whereas") || s.tokens[i].is("but")) return true;
    return false;
}

// "The H20, a cut-down version of the H100 that Nvidia designed, has been bought": where the aside
// set off by commas (an apposition or a relative clause) that holds token `at` opens, when it
// closes right before the cue's auxiliaries, so that the words before it are the cue's subject;
// else 0.
std::size_t aside_before_cue(const FrameContext& c, std::size_t at, const PhraseMatch& cue) {
    const auto& t = c.s.tokens;
    std::size_t close = past_auxiliaries(c.s, c.lex, cue.first);
    // "The A800, a version of the A100, was built for China and banned in 2023": the aside closes
    // before the first of two verbs joined by "and".
    if (close > 0 && t[close - 1].is("and"))
        for (std::size_t k = close - 1; k-- > 0 && close - k <= k_join_reach + 3;) {
            if (t[k].is(",") && c.lex.class_of(t[k + 1]) == WordClass::auxiliary) close = k + 1;
            if (t[k].is_mark() && !t[k].is_possessive()) break;
        }
    if (close == 0 || !t[close - 1].is(",") || at >= close - 1) return 0;
    for (std::size_t open = at; open > 0;) {
        --open;
        if (t[open].is(","))
            return open > 0 && open + 1 < t.size() &&
                           (c.lex.class_of(t[open + 1]) == WordClass::determiner || t[open + 1].is("which"))
                       ? open
                       : 0;
        if (t[open].is_mark() && !t[open].is_possessive()) return 0;
    }
    return 0;
}

// "trained its models on chips that were smuggled in through Malaysia": chips a relative clause
// right after calls smuggled are of the kind export rules are about, as "smuggled chips" are.
bool smuggled_after(const FrameContext& c, const ReferenceMention& r) {
    const auto& t = c.s.tokens;
    std::size_t i = r.last + 1;
    if (i >= t.size() || !(t[i].is("that") || t[i].is("which"))) return false;
    ++i;
    while (i < t.size() && c.lex.class_of(t[i]) == WordClass::auxiliary) ++i;
    return std::any_of(c.s.cues.begin(), c.s.cues.end(), [&](const PhraseMatch& m) {
        return m.first == i && c.lex.cues[static_cast<std::size_t>(m.id)].allegation == "smuggling";
    });
}

// "Unlike Zhipu AI, which is accused of distillation by OpenAI, Baidu ...": the comma that
// closes the relative clause holding the cue (a list of names is one party, so its commas are
// not this one), or the sentence's end when the cue stands in none.
std::size_t end_of_relative_clause(const FrameContext& c, const PhraseMatch& cue) {
    return relative_aside_end(c.s, c.lex, cue.first, cue.last, [&](std::size_t i) {
        return std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& p) { return p.first < i && i < p.last; });
    });
}

// "Nvidia H800 chips, the export-compliant version of the H100 that DeepSeek bought": a chip
// named after a variant noun and "of" (word_classes.tsv) is what another chip the sentence names
// was made from; a claim is of that other one.
bool variant_source(const FrameContext& c, const Mention& chip) {
    const auto& t = c.s.tokens;
    std::size_t i = chip.first;
    if (i > 0 && c.lex.class_of(t[i - 1]) == WordClass::determiner) --i;
    if (i < 2 || !t[i - 1].is("of") || !c.lex.has_trait(t[i - 2], WordTrait::variant_noun)) return false;
    return std::any_of(c.s.mentions.begin(), c.s.mentions.end(), [&](const Mention& other) {
        return other.entity->type == EntityType::hardware && other.entity != chip.entity;
    });
}

HardwareFound hardware_of(const FrameContext& c, const PhraseMatch& cue) {
    std::vector<const Mention*> chips;
    std::size_t best = 0, best_distance = 0;
    bool others_chips = false;  // the sentence names chips, all of them another cue's
    // "DeepSeek, which built its name on one training run, ... Kimi K2 was trained on H800s".
    const std::size_t clause_end = end_of_relative_clause(c, cue);
    for (const auto& m : c.s.mentions) {
        if (m.entity->type != EntityType::hardware || m.first > clause_end || clause_opens_between(c.s, cue.first, m.first) ||
            c.clauses.across_semicolon(cue.first, m.first) || contrast_between(c.s, cue.first, m.first) ||
            variant_source(c, m))
            continue;
        if (belongs_to_other_cue(c, cue, m)) {
            others_chips = true;
            continue;
        }
        // (Only where a chip is that subject: "the racks, which held H200 chips, were diverted".)
        if (const std::size_t open = m.last < cue.first ? aside_before_cue(c, m.first, cue) : 0;
            open > 0 && std::any_of(c.s.mentions.begin(), c.s.mentions.end(), [&](const Mention& subject) {
                return subject.entity->type == EntityType::hardware && subject.last < open;
            }))
            continue;
        std::size_t distance = m.first > cue.last ? m.first - cue.last : cue.first - std::min(cue.first, m.last);
        if (chips.empty() || distance < best_distance) best = chips.size(), best_distance = distance;
        chips.push_back(&m);
    }
    // "the Hopper architecture's H200 chip": a family named to describe its member is the member.
    if (!chips.empty() && best + 1 < chips.size() && chips[best + 1]->first - chips[best]->last <= k_family_reach &&
        c.lex.family_of(chips[best + 1]->entity->canonical) == chips[best]->entity->canonical &&
        chips[best + 1]->entity->canonical != chips[best]->entity->canonical)
        ++best;
    if (!chips.empty()) return {chip_list(c, chips, best), true, true, false};
    // "denied that any Blackwell chips had been smuggled to it, and said it had never acquired
    // them": "them" as the object of a cue of what was done with chips (not of an export rule)
    // takes up the chips named before; not "selling them the engine".
    // (The rule, a map keyed by string, is looked up only where "them" follows: this runs for
    // every cue.)
    const auto& t = c.s.tokens;
    const std::size_t after = cue.last + 2;
    if (cue.last + 1 < t.size() && t[cue.last + 1].is("them") &&
        (after >= t.size() || t[after].is_mark() || c.lex.class_of(t[after]) == WordClass::preposition) &&
        !c.lex.rules.at(c.lex.cues[static_cast<std::size_t>(cue.id)].allegation).allows("government")) {
        std::string name = chip_named_before(c.s, cue.first);
        if (name.empty()) name = c.d.previous_hardware;
        if (!name.empty()) return {{name}, true, true, false};
    }
    HardwareFound found;
    found.spoken_of = others_chips;  // chips, but not which: a claim without a named chip
    for (const auto& r : c.s.references) {
        if (r.refers_to != RefersTo::hardware || r.first > clause_end) continue;
        // "the servers", "2,000 GPUs", "Nvidia servers" speak of chips; "powerful chips" in
        // general does not.
        found.of_maker |= of_named_maker(c, r);
        // "obtained restricted chips": chips of the kind export rules are about; "designed for
        // next-generation domestic chips": the kind that replaces them.
        found.of_kind |= r.first > 0 && (c.lex.has_trait(c.s.tokens[r.first - 1], WordTrait::home_chips) ||
                                         (r.first > 1 && c.s.tokens[r.first - 1].is("grown") &&
                                          c.s.tokens[r.first - 2].is("home")));
        const bool ruled = (r.first > 0 && c.lex.has_trait(c.s.tokens[r.first - 1], WordTrait::ruled_chips)) ||
                           smuggled_after(c, r);
        found.spoken_of |= r.anaphoric || r.quantified || found.of_maker || ruled;
        found.generic = true;
        std::string name = family_from_vendor(c, r);
        if (name.empty() && r.anaphoric) name = chip_named_before(c.s, r.first);
        if (name.empty() && r.anaphoric) name = c.d.previous_hardware;
        if (!name.empty()) return {{name}, true, true, false};
    }
    return found;
}

// A model of the actor's named ("its V4 model"), any model named, or an AI model spoken of.
bool speaks_of_model(const SentenceParse& s, const Party& actor) {
    for (const auto& m : s.mentions)
        if (m.entity->type == EntityType::model &&
            (!m.is_short || std::find(actor.names.begin(), actor.names.end(), m.entity->maker) != actor.names.end()))
            return true;
    for (const auto& r : s.references)
        if (r.refers_to == RefersTo::model) return true;
    return false;
}

// Whether the words of `cue` hold a word for a model ("successor", "model", "chatbot").
bool names_model(const FrameContext& c, const PhraseMatch& cue) {
    for (std::size_t i = cue.first; i <= cue.last; ++i)
        if (c.lex.class_of(c.s.tokens[i]) == WordClass::model_noun) return true;
    return false;
}

// The model a release cue speaks of: named or spoken of within the cue ("its upcoming V4 model"),
// as its object a few words after it ("launched its latest AI model", "released a preview version
// of V4"; not "released cost figures for training its R1 model": the model stands behind another
// preposition), or before it as the subject of a passive or participle ("MiniMax M1, launched in
// June", "the model was released"). A short alias counts only for the actor's own model.
std::size_t version_last(const SentenceParse& s, const Mention& m);

bool releases_model(const FrameContext& c, const PhraseMatch& cue, const Party& actor) {
    // Token `i` belongs to the actor, as written or as a reference to it ("it", "the company").
    auto acts_here = [&](std::size_t i) {
        return std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& p) {
            return p.first <= i && i <= p.last && p.names == actor.names;
        });
    };
    // "launched in June 2025 the open-source model M1", "released on the 20th its model R1": a time
    // right after the cue, the object after it (translated word order).
    std::size_t object_from = cue.last + 1;
    const auto& tokens = c.s.tokens;
    if (object_from + 1 < tokens.size() && (tokens[object_from].is("in") || tokens[object_from].is("on"))) {
        std::size_t at = object_from + 1;
        if (tokens[at].is("the") && at + 1 < tokens.size()) ++at;
        const auto ordinal = [](const std::string& w) {
            return w.size() > 2 && w[0] >= '0' && w[0] <= '9' &&
                   (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
        };
        if (ordinal(tokens[at].folded)) {
            object_from = at + 1;
        } else {
            for (const auto& d : find_dates(c.s.text, tokens, ""))
                if (d.first == at) object_from = d.last + 1;
        }
    }
    auto near = [&](std::size_t first, std::size_t last) {
        if (last >= cue.first && first <= cue.last) return true;
        bool after = first > cue.last;
        std::size_t from = after ? object_from : last + 1, to = after ? first : cue.first;
        if (after && first < from) return false;
        if (after && to - from > k_object_reach) return false;
        std::size_t between = 0;  // words before the cue, but for the actor and a relative pronoun
        for (std::size_t i = from; i < to; ++i) {
            const Token& t = c.s.tokens[i];
            const WordClass word = c.lex.class_of(t);
            if (after) {
                // "released a technical report describing how Kimi K2 was trained": a document
                // released, not the model.
                // "released an update to its Qwen series": a model noun's own preposition.
                const bool nouns_own = word == WordClass::preposition && i > from &&
                                       c.lex.class_of(c.s.tokens[i - 1]) == WordClass::model_noun;
                // ("the release of DeepSeek's R1": a possessive is no mark between them.)
                if ((t.is_mark() && !t.is_possessive()) ||
                    (word == WordClass::preposition && !t.is("of") && !t.is("as") && !nouns_own) ||
                    word == WordClass::document)
                    return false;
            } else if (acts_here(i) || t.is("that") || t.is("which")) {
                // "the ERNIE 5.0 model it released", "a model that the company plans to release":
                // the model is the object of a relative clause whose subject is the actor.
                continue;
            } else if (!(word == WordClass::auxiliary || word == WordClass::adverb || word == WordClass::model_noun ||
                         (t.is(",") && (i == from || i + 1 == to)) || t.is("to"))) {
                // "GLM-5 update landed", "the model was released", "MiniMax M1, launched", "set to
                // be released", "Zhipu's GLM-5 model, released in April"
                return false;
            }
            if (!after && ++between > k_subject_reach) return false;
        }
        return true;
    };
    if (names_model(c, cue)) return true;  // "preparing a successor", "next model"
    // "V3, a general-purpose model the company put out in December": a model noun right before
    // the actor opens an object relative clause; what it names was released.
    {
        std::size_t k = past_auxiliaries(c.s, c.lex, cue.first, k_subject_reach);
        if (k > 0 && acts_here(k - 1)) {
            while (k > 0 && acts_here(k - 1)) --k;
            if (k > 0 && (tokens[k - 1].is("that") || tokens[k - 1].is("which"))) --k;
            // (Not "any model it has released": no model in particular.)
            if (k > 0 && c.lex.class_of(tokens[k - 1]) == WordClass::model_noun &&
                !(k > 1 && (tokens[k - 2].is("any") || tokens[k - 2].is("every") || tokens[k - 2].is("no"))))
                return true;
        }
    }
    // Only its own model: "shifted its traffic to a newly released Claude model" is no release
    // of MiniMax's.
    for (const auto& m : c.s.mentions)
        if (m.entity->type == EntityType::model &&
            ((!m.is_short && m.entity->maker.empty()) ||
             std::find(actor.names.begin(), actor.names.end(), m.entity->maker) != actor.names.end()) &&
            near(m.first, version_last(c.s, m)))
            return true;
    for (const auto& r : c.s.references)
        if (r.refers_to == RefersTo::model && near(r.first, r.last)) return true;
    // "expected to release a successor to its V3 model": a release cue that names a model
    // ("successor to", "upcoming ... model"; not "a test version" of any software) is the object.
    for (const auto& other : c.s.cues)
        if (&other != &cue && c.lex.cues[static_cast<std::size_t>(other.id)].needs_alone && names_model(c, other) &&
            near(other.first, other.last))
            return true;
    return false;
}

// A product line named with a version no lexicon lists: "Claude Opus 4.5", "Ernie 5.0",
// "Kimi K3" are named by their version, as written, as the claim model names models. A canonical
// that holds a version of its own ("DeepSeek V3"), or a name written otherwise than its canonical
// ("Tongyi Qianwen"), stays the canonical.
// The last token of a product line's name as written with its version ("Claude Opus 5",
// "Gemini 3.5 Pro", "GLM-Image"); the mention's own last when no version follows it.
std::size_t version_last(const SentenceParse& s, const Mention& m) {
    auto is_year = [](const std::string& w) {
        return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    if (has_digit(m.entity->canonical)) return m.last;
    std::size_t last = m.last;  // the version's last token
    bool versioned = false;
    for (std::size_t i = m.first; i <= m.last; ++i) versioned |= has_digit(s.tokens[i].folded);
    // "GLM-Image", "Qwen-VL": a capitalised word joined by a hyphen names a member of the line.
    while (!versioned && last + 1 < s.tokens.size() && s.tokens[last + 1].capitalized &&
           s.tokens[last].end < s.text.size() && s.text[s.tokens[last].end] == '-' &&
           s.tokens[last + 1].start == s.tokens[last].end + 1)
        ++last;
    versioned |= last > m.last;
    for (std::size_t i = last + 1; !versioned && i < s.tokens.size() && i <= m.last + 3; ++i) {
        const Token& t = s.tokens[i];
        const bool digit = has_digit(t.folded);
        if (t.is_mark() || (!t.capitalized && !digit) || t.folded.find(',') != std::string::npos || is_year(t.folded)) break;
        if (digit) last = i, versioned = true;
    }
    if (!versioned) return m.last;
    // "Gemini 3.5 Pro", "GPT-5 Thinking": a capitalised word right after the number names the
    // variant, unless it is a name of its own.
    const auto named = [&](std::size_t i) {
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& o) { return o.first <= i && i <= o.last; });
    };
    if (last + 1 < s.tokens.size() && s.tokens[last + 1].capitalized && !named(last + 1) && has_digit(s.tokens[last].folded))
        ++last;
    return last;
}

std::string versioned_name(const SentenceParse& s, const Mention& m) {
    const std::string& name = m.entity->canonical;
    if (has_digit(name)) return name;
    const std::size_t last = version_last(s, m);
    if (last == m.last && std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(m.first),
                                       s.tokens.begin() + static_cast<std::ptrdiff_t>(m.last) + 1,
                                       [](const Token& t) { return has_digit(t.folded); }))
        return name;
    // "Anthropic's Claude Opus 5": the maker named before the model is not the model's name.
    std::size_t start = m.first;
    for (std::size_t k = m.first; m.with_maker && k < m.last; ++k)
        if (s.tokens[k].is_possessive()) start = k + 1;
    const std::string_view written = s.text.substr(s.tokens[start].start, s.tokens[last].end - s.tokens[start].start);
    const bool same_start = written.size() > name.size() &&
                            std::equal(name.begin(), name.end(), written.begin(), [](char a, char b) {
                                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                            });
    return same_start ? std::string(written) : name;
}

// "Qwen 2.5-Max, which the company released", "the R1 model it released": the actor's model
// that a relative clause holding the cue hangs on, or null. Between the model (and a word for a
// model) and the cue: "which"/"that" and the clause's subject, a few words.
const Mention* model_released_in_relative_clause(const FrameContext& c, const PhraseMatch& cue, const Party& actor) {
    constexpr std::size_t k_clause_words = 4;  // ", which the company released"
    for (const auto& m : c.s.mentions) {
        if (m.entity->type != EntityType::model || m.last >= cue.first ||
            std::find(actor.names.begin(), actor.names.end(), m.entity->maker) == actor.names.end())
            continue;
        std::size_t i = m.last + 1;
        if (i < cue.first && c.lex.class_of(c.s.tokens[i]) == WordClass::model_noun) ++i;
        if (i < cue.first && c.s.tokens[i].folded == ",") ++i;
        if (i < cue.first && (c.s.tokens[i].folded == "which" || c.s.tokens[i].folded == "that")) ++i;
        if (i > m.last + 1 && cue.first - i <= k_clause_words &&
            std::none_of(c.s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                         c.s.tokens.begin() + static_cast<std::ptrdiff_t>(cue.first),
                         [](const Token& t) { return t.is_mark(); }))
            return &m;
    }
    return nullptr;
}

std::vector<std::string> objects_of(const FrameContext& c, const PhraseMatch& cue, const Party& actor,
                                    ObjectRule rule) {
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        if (!name.empty() && std::find(actor.names.begin(), actor.names.end(), name) == actor.names.end() &&
            std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    switch (rule) {
        case ObjectRule::none:
            break;
        case ObjectRule::lab:
            // A model named in the cue's clause ("..., said that Kimi K2 had been trained" and
            // "users of Claude ..., and OpenAI has accused DeepSeek of distilling" speak of
            // another thing).
            // A model before the cue across a clause's start counts where its maker speaks
            // ("Anthropic, the maker of Claude, said ... had distilled its models").
            for (const auto& m : c.s.mentions) {
                if (m.entity->type != EntityType::model || m.is_short) continue;
                const bool other_clause = clause_opens_between(c.s, std::min(m.last, cue.last), std::max(m.first, cue.first));
                const bool maker_speaks = std::any_of(c.parties.begin(), c.parties.end(), [&](const Party& p) {
                    return p.is_claimant && std::find(p.names.begin(), p.names.end(), m.entity->maker) != p.names.end();
                });
                if (!other_clause || (m.first < cue.first && maker_speaks)) add(m.entity->maker);
            }
            // A lab named after the cue, in its clause ("distilling from OpenAI"), else the
            // accuser ("Anthropic accused ..."): who tells of it is not who was copied when
            // another lab is named ("Microsoft said accounts ... distilled OpenAI's models").
            // Another lab before the cue is a subject of its own ("MiniMax ran ..., while
            // DeepSeek focused on extracting ...").
            if (out.empty()) {
                auto add_labs = [&](auto chosen) {
                    for (const auto& p : c.parties)
                        if (p.has_kind("lab") && &p != &actor && chosen(p) && !c.clauses.separated(p.first, cue.first))
                            for (const auto& n : p.names) add(n);
                };
                // Not the subject of a clause of its own (", and Microsoft, its investor, said").
                auto opens_clause = [&](const Party& p) {
                    const auto& t = c.s.tokens;
                    return p.first >= 2 && t[p.first - 2].is(",") &&
                           (t[p.first - 1].is("and") || t[p.first - 1].is("but") || t[p.first - 1].is("while"));
                };
                // Inside the cue too: "used an OpenAI model to train".
                const std::size_t clause_end = end_of_relative_clause(c, cue);
                add_labs([&](const Party& p) {
                    return p.first > cue.first && p.first < clause_end && !clause_opens_between(c.s, cue.last, p.first) &&
                           !opens_clause(p);
                });
                // "got around Anthropic's terms of service": whose rules they are; "rejects
                // Anthropic's distillation claims": whose claims (its models were used).
                if (out.empty())
                    add_labs([&](const Party& p) {
                        return (p.last + 2 == cue.first && owns_access_rules(c, p)) || owns_claims_of_cue(c, p);
                    });
                if (out.empty())
                    add_labs([&](const Party& p) {
                        return p.is_claimant && !(opens_clause(p) && p.first > cue.last) &&
                               !relative_aside_closes_between(c.s, c.lex, p.first, cue.first);
                    });
                // "Anthropic's distillation claims against DeepSeek": whose claims they are.
                if (out.empty() && claims_against_after(c, cue.last))
                    add_labs([&](const Party& p) {
                        return p.last + 2 == cue.first && c.s.tokens[p.last + 1].is_possessive();
                    });
            }
            break;
        case ObjectRule::model: {
            // The model a relative clause on it releases ("Qwen 2.5-Max, which the company
            // released", "the R1 model it released"); else the actor's model after the cue
            // ("whose Qwen models lead ..., said it would release Qwen 3.5"); else the first named.
            // The cue's own object comes first: "Moonshot AI, the startup behind the Kimi chatbot,
            // unveiled its Kimi k1.5 model" releases k1.5.
            // Not one compared with ("its biggest release since R1", "faster than V3").
            const auto compared = [&](const Mention& m) {
                return m.first > 0 && (c.s.tokens[m.first - 1].is("since") || c.s.tokens[m.first - 1].is("than"));
            };
            const Mention* chosen = nullptr;
            for (const auto& m : c.s.mentions)
                if (m.entity->type == EntityType::model && !compared(m) &&
                    std::find(actor.names.begin(), actor.names.end(), m.entity->maker) != actor.names.end() &&
                    (!chosen || (chosen->first < cue.first && m.first > cue.last && m.first - cue.last <= k_object_reach)))
                    chosen = &m;
            // "a new version of its Qwen model, Qwen 2.5-Max": the version named after the family.
            constexpr std::size_t k_version_reach = 8;
            if (chosen)
                for (const auto& m : c.s.mentions)
                    if (m.entity->type == EntityType::model && m.first > chosen->last &&
                        m.first - chosen->last <= k_version_reach &&
                        m.entity->canonical.starts_with(chosen->entity->canonical + " ")) {
                        chosen = &m;
                        break;
                    }
            const bool object_after = chosen && chosen->first > cue.last && chosen->first - cue.last <= k_object_reach;
            if (!object_after)
                if (const Mention* antecedent = model_released_in_relative_clause(c, cue, actor))
                    return {versioned_name(c.s, *antecedent)};
            if (chosen) out.push_back(versioned_name(c.s, *chosen));
            break;
        }
        case ObjectRule::party: {
            // The cue's object: the first party after it (a list is one party), not those of a
            // clause beyond ("locks out Nvidia and AMD, hands Huawei a head start"). A cue that
            // ends in "instead of" or "rather than" has its object after it: the party inside
            // got what the object did not ("gave Huawei early access instead of Nvidia").
            // Nor one past "while" or "whereas" ("kept its model from US chipmakers while giving
            // Huawei a head start": who got the head start was kept from nothing).
            const std::string& last_word = c.s.tokens[cue.last].folded;
            const bool after_only = last_word == "of" || last_word == "than";
            for (const auto& p : c.parties) {
                if (p.first > cue.last && token_between(c.s, cue.last, p.first, "while")) break;
                if (p.first > cue.last && token_between(c.s, cue.last, p.first, "whereas")) break;
                // ("had not shared it with Nvidia": "it", the model shared, is no party either.)
                if (p.first > (after_only ? cue.last : cue.first) && &p != &actor && !p.has_kind("publication") &&
                    !p.from_model && !(p.first == cue.last + 1 && c.s.tokens[p.first].is("it"))) {  // "did not share its V4 model with Nvidia": the model is no party
                    for (const auto& n : p.names) add(n);
                    break;
                }
            }
            break;
        }
        case ObjectRule::investigator: {
            // An agency investigates for its state: a probe by US prosecutors, the FBI or a House
            // committee is the US government's, one by a Chinese regulator China's (claim-model.md:
            // "US government ... when they act as a government").
            const auto add_investigator = [&](const Party& p) {
                const Entity* e = p.has_kind("agency") ? c.lex.find_entity(p.names.front()) : nullptr;
                const Entity* state = e ? c.lex.government_of(e->country) : nullptr;
                add(state ? state->canonical : p.names.front());
            };
            // "to settle a US export control investigation": a government within the cue's words.
            if (const Party* g = government_inside(c, cue)) add_investigator(*g);
            // "is not under investigation by US authorities": the agent behind "by" investigates.
            for (const auto& p : c.parties)
                if (p.first > cue.last + 1 && p.first - cue.last <= k_by_reach + 1 && c.s.tokens[cue.last + 1].is("by") &&
                    (p.has_kind("government") || p.has_kind("agency"))) {
                    add_investigator(p);
                    break;
                }
            for (auto it = c.parties.rbegin(); it != c.parties.rend() && out.empty(); ++it)
                if (it->last < cue.first && (it->has_kind("government") || it->has_kind("agency")) &&
                    names_investigating_body(c, *it, cue)) {
                    add_investigator(*it);
                    break;
                }
            // "charged ... with exporting chips to China": where the chips went is no investigator;
            // nor one behind "and" ("a TSMC probe and AMD's China shipments").
            if (out.empty())
                for (const auto& p : c.parties) {
                    if (p.first <= cue.last) continue;
                    if (std::any_of(c.s.tokens.begin() + static_cast<std::ptrdiff_t>(cue.last) + 1,
                                    c.s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                    [](const Token& t) { return t.is("and"); }))
                        break;
                    if ((p.has_kind("government") || p.has_kind("agency")) && !is_destination(c.s.tokens[p.first - 1]) &&
                        names_investigating_body(c, p, cue)) {
                        add_investigator(p);
                        break;
                    }
                }
            break;
        }
    }
    return out;
}

}  // namespace

// "used Claude to train its models", "trained on ChatGPT": training on another lab's model is
// distillation, whatever the training cue; the model named inside the cue tells whose.
std::string model_inside(const FrameContext& c, const PhraseMatch& cue) {
    for (const auto& m : c.s.mentions)
        if (m.entity->type == EntityType::model && !m.is_short && m.first > cue.first && m.last < cue.last)
            return m.entity->maker;
    return "";
}

// A model named within a few words after the cue ("release of its R1 model") as a party standing
// for its maker.
// "Pre-training ran on clusters of H800 and H20 chips that DeepSeek bought": with no subject, a
// training cue's actor is who owns the chips, named in a relative clause right after them
// ("A100 clusters the company bought" too).
const Party* owner_of_chips_after(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    constexpr std::size_t k_chip_reach = 3;  // "chips that", "H20 processors, which"
    const auto& t = c.s.tokens;
    std::size_t chip_end = 0;
    for (std::size_t i = cue.last + 1; i < t.size() && i - cue.last <= k_reach; ++i) {
        if (t[i].is(";") || c.clauses.separated(i, cue.first)) return nullptr;
        for (const auto& m : c.s.mentions)
            if (m.first == i && m.entity->type == EntityType::hardware) chip_end = m.last;
        for (const auto& r : c.s.references)
            if (r.first == i && r.refers_to == RefersTo::hardware) chip_end = r.last;
        if (chip_end == 0 || i <= chip_end || i - chip_end > k_chip_reach) continue;
        // "A100 clusters the company bought in 2022": a relative clause with no pronoun, its
        // subject right before its verb (a cue).
        if (!t[i].is("that") && !t[i].is("which")) {
            for (const auto& p : c.parties)
                if (p.first == i && fits(p, rule, 0) &&
                    std::any_of(c.s.cues.begin(), c.s.cues.end(), [&](const PhraseMatch& q) { return q.first == p.last + 1; }))
                    return &p;
            continue;
        }
        for (const auto& p : c.parties)
            if (p.first == i + 1 && fits(p, rule, 0)) return &p;
        return nullptr;
    }
    return nullptr;
}

// "The H800 chips were used to train DeepSeek's V3 model", "were used to train Qwen3-Max": in the
// passive, whose model is trained is who trained it.
const Party* maker_of_model_trained(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule) {
    if (!after_be(c, cue)) return nullptr;
    const Party* p = first_after(c, cue.last, rule, false);
    if (!p || p->first - cue.last > k_model_reach || (!p->from_model && !is_possessor(c, *p))) return nullptr;
    return p;
}

// The maker of the model mentioned at `m`, as a party standing where the model is; false when
// no lexicon lists the maker.
bool maker_party(const FrameContext& c, const Mention& m, Party& out) {
    const Entity* lab = c.lex.find_entity(m.entity->maker);
    if (!lab) return false;
    out = Party{m.first, m.last, {lab->canonical}, lab->kind};
    out.from_model = true;
    return true;
}

bool maker_of_model_after(const FrameContext& c, const PhraseMatch& cue, Party& out) {
    for (const auto& m : c.s.mentions)
        if (m.entity->type == EntityType::model && m.first > cue.last && m.first - cue.last <= k_model_reach)
            return maker_party(c, m, out);
    return false;
}

// "Training of V4 was carried out partly on Blackwell chips": the model a training cue's noun
// is of, inside the cue, names its maker.
bool maker_of_model_in_cue(const FrameContext& c, const PhraseMatch& cue, Party& out) {
    constexpr std::size_t k_of_reach = 3;  // "training of the new Kimi model"
    const auto& t = c.s.tokens;
    if (cue.first + 1 >= t.size() || !t[cue.first + 1].is("of")) return false;
    for (const auto& m : c.s.mentions)
        if (m.entity->type == EntityType::model && m.first > cue.first + 1 && m.last < cue.last &&
            m.first - (cue.first + 1) <= k_of_reach)
            return maker_party(c, m, out);
    return false;
}

// "an investigation into Nvidia's H20 chips": the maker named with the chip the cue is done to.
bool maker_of_chip_after(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule, Party& out) {
    for (const auto& m : c.s.mentions) {
        if (m.first <= cue.last || m.first - cue.last > k_patient_reach) continue;
        if (m.entity->type != EntityType::hardware) return false;  // another party stands nearer
        if (!m.with_maker || c.clauses.separated(m.first, cue.first)) return false;
        const Entity* vendor = c.lex.find_entity(m.entity->vendor);
        if (!vendor || !rule.allows(vendor->kind)) return false;
        out = Party{m.first, m.first, {vendor->canonical}, vendor->kind};
        return true;
    }
    return false;
}

// "exports of Nvidia's H100 and A100 GPUs to China have required a licence": the cue's subject
// is the exports of chips (a few words back, in its clause).
bool exports_before(const FrameContext& c, const PhraseMatch& cue) {
    constexpr std::size_t k_reach_back = 14;
    for (std::size_t i = cue.first; i > 0 && cue.first - i < k_reach_back;) {
        const Token& t = c.s.tokens[--i];
        if (t.is_mark() && !t.is_possessive()) return false;
        if (c.lex.has_trait(t, WordTrait::trade_noun) && i + 1 < cue.first && c.s.tokens[i + 1].is("of"))
            return true;
    }
    return false;
}

// Whether token `at` ends a chip named, or a chip word right after one ("H100 chips").
bool ends_chip(const FrameContext& c, std::size_t at) {
    for (const auto& m : c.s.mentions)
        if (m.entity->type == EntityType::hardware &&
            (m.last == at || (m.last + 1 == at && c.lex.class_of(c.s.tokens[at]) == WordClass::chip_noun)))
            return true;
    return false;
}

// "The H100 has been barred from sale to China", "B200 processors, which are banned", "B200
// processors, whose export to China is banned": a rule in the passive whose subject is a chip
// named (or its exports, behind "whose").
bool chip_subject_of_rule(const FrameContext& c, const PhraseMatch& cue) {
    constexpr std::size_t k_whose_reach = 6;  // "whose export to mainland China is"
    // A passive: a form of "be" before the cue or in it ("[been barred]", "[cannot be exported]").
    bool passive = after_be(c, cue);
    for (std::size_t k = cue.first; k <= cue.last && !passive; ++k) passive = is_be(c.s.tokens[k]);
    if (!passive) return false;
    const std::size_t i = past_auxiliaries(c.s, c.lex, cue.first);
    if (i == 0) return false;
    std::size_t subject = i - 1;
    for (std::size_t k = subject + 1; k > 0 && subject + 1 - k < k_whose_reach;) {
        const Token& t = c.s.tokens[--k];
        if (t.is_mark()) break;
        if (t.folded == "whose" && k + 1 <= subject && c.lex.has_trait(c.s.tokens[k + 1], WordTrait::trade_noun)) {
            subject = k;
            break;
        }
    }
    const std::string& w = c.s.tokens[subject].folded;
    if (w == "which" || w == "that" || w == "whose") {
        if (subject == 0) return false;
        --subject;
        if (c.s.tokens[subject].folded == "," && subject > 0) --subject;
    }
    // "H200 sales to China have been approved": the chip's sales (or exports, shipments),
    // with the place they go to, are the subject.
    constexpr std::size_t k_destination_words = 3;
    for (std::size_t k = subject; k > 0 && subject - k < k_destination_words; --k)
        if (is_destination(c.s.tokens[k])) {
            subject = k - 1;
            break;
        }
    const Token& noun = c.s.tokens[subject];
    if (subject > 0 && c.lex.has_trait(noun, WordTrait::trade_noun) && ends_chip(c, subject - 1))
        return true;
    return ends_chip(c, subject);
}

// "Nvidia was barred from selling H20 chips to China", "AMD received approval to ship MI308
// chips": an export rule whose subject is the chip maker selling, in a sentence where no
// government makes it (a government named as the destination does not), is that maker's home
// government's. Only then: "chips it bought before export curbs" names no rule of anyone's.
bool implied_government(const FrameContext& c, const PhraseMatch& cue, const std::vector<std::string>& chips,
                        Party& out) {
    // The subject, up to a few words before ("AMD is expected to receive similar approval"),
    // in the cue's clause.
    constexpr std::size_t k_seller_reach = 8;
    const Party* subject = nullptr;
    for (const auto& p : c.parties)
        if (p.last < cue.first && cue.first - p.last <= k_seller_reach &&
            !(p.first > 0 && is_destination(c.s.tokens[p.first - 1])))  // "exports ... to China have"
            subject = &p;
    for (std::size_t i = subject ? subject->last + 1 : cue.first; i < cue.first; ++i)
        if (c.s.tokens[i].is_mark()) subject = nullptr;
    // The seller: "ByteDance was allowed to buy" says not by whom. Or the exports themselves
    // ("exports of Nvidia's H100 GPUs to China have required a licence").
    if ((!subject || subject->kind != "chipmaker") &&
        !(!subject && (exports_before(c, cue) || chip_subject_of_rule(c, cue) || rules_subject_of(c, cue))))
        return false;
    // A government that says so ("Trump said Nvidia can ship H200 chips") makes the rule itself.
    for (const auto& p : c.parties)
        if (p.has_kind("government") && p.is_claimant && p.names.size() == 1) {
            out = p;
            return true;
        }
    // The chip's home government rules its exports.
    const Entity* chip = chips.empty() || chips.front().empty() ? nullptr : c.lex.find_entity(chips.front());
    const Entity* vendor = chip ? c.lex.find_entity(chip->vendor) : nullptr;
    const Entity* government = vendor ? c.lex.government_of(vendor->country) : nullptr;
    for (const auto& p : c.parties) {
        if (p.kind != "government" || (p.first > 0 && is_destination(c.s.tokens[p.first - 1]))) continue;
        // "have required a licence from the Commerce Department", "is banned under US rules":
        // who grants it, or whose rules they are, rules; so does the home government named
        // further on ("since the Biden administration's first controls"). Another government
        // named leaves the rule unowned.
        // Not "remain barred from China": "from" right after a participle says where they may
        // not go.
        const bool barred_from = cue.last + 1 < p.first && c.s.tokens[cue.last + 1].is("from") &&
                                 c.s.tokens[cue.last].folded.ends_with("ed");
        if (barred_from) continue;
        const bool grants = p.first > cue.last && p.first - cue.last <= 3 &&
                            std::any_of(c.s.tokens.begin() + static_cast<std::ptrdiff_t>(cue.last) + 1,
                                        c.s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first), [](const Token& t) {
                                            return t.folded == "from" || t.folded == "by" || t.folded == "under";
                                        });
        if (!grants && !(government && p.names.size() == 1 && p.names.front() == government->canonical)) return false;
        out = p;
        return true;
    }
    if (!government) return false;
    out = Party{0, 0, {government->canonical}, government->kind};
    return true;
}

// "US officials are investigating whether DeepSeek bought chips via third parties", "opened a
// probe with partner Microsoft into whether DeepSeek had obtained its data": the one investigated
// is the question's subject (or its passive agent: "was obtained ... by a group linked to
// DeepSeek"), who investigates is the cue's subject and its partners. Nothing inside the
// question is asserted. False when the question names no party to investigate.
bool frame_question(const FrameContext& c, std::size_t cue_index, const ClauseSpan& question,
                    const AllegationRule& rule, std::vector<FramedClaim>& out) {
    const PhraseMatch& cue = c.s.cues[cue_index];
    const Party* investigated = nullptr;
    bool behind_by = false;
    // "whether OpenAI's data was obtained by ...": the owner of a thing a passive speaks of is not
    // investigated while another party is there to be; the owner of people or units is ("whether
    // Inspur's resellers ignored warnings"), and so is the owner of a thing that acts ("whether
    // TSMC's customer checks failed") or the only one named, as the question's subject ("whether
    // DeepSeek's chips were obtained in violation of export controls").
    for (const bool owners : {false, true}) {
        for (const auto& p : c.parties) {
            if (!question.holds(p.first) || !rule.allows(p.kind) || p.is_claimant) continue;
            if (is_possessor(c, p) && !owns_people(c, p) && possessed_is_passive(c, p) &&
                (!owners || p.first > question.first + 1))
                continue;
            // ("whether Samsung broke the rules by making chips that ended up with Huawei": "by"
            // and a gerund says how, it brings no agent.)
            bool by = false;
            for (std::size_t i = question.first; i < p.first && !by; ++i)
                by = c.s.tokens[i].is("by") && !c.s.tokens[i + 1].folded.ends_with("ing");
            if (!investigated || (by && !behind_by)) investigated = &p, behind_by = by;
        }
        if (investigated) break;
    }
    if (!investigated) return false;
    std::vector<std::string> investigators;
    auto add = [&](const Party& p) {
        for (const auto& n : p.names)
            if (std::find(investigated->names.begin(), investigated->names.end(), n) == investigated->names.end() &&
                std::find(investigators.begin(), investigators.end(), n) == investigators.end())
                investigators.push_back(n);
    };
    // The cue's subject, with the parties joined to it: "Microsoft and OpenAI", "OpenAI and its
    // key backer Microsoft".
    const Party* joined = nullptr;
    std::size_t aside = cue.first;
    for (auto it = c.parties.rbegin(); it != c.parties.rend(); ++it) {
        if (it->last >= cue.first || it->is_claimant || c.clauses.separated(it->first, cue.first)) continue;
        // "deepening its investigation into Nvidia and had opened an inquiry into whether ...":
        // a party behind a preposition is no subject.
        if (!joined && it->first > 0 && is_preposition(c.s.tokens[it->first - 1])) continue;
        // ("Microsoft, OpenAI's largest investor, is investigating": nor is a possessor; the
        // subject stands before the aside it opens.)
        if (!joined && is_possessor(c, *it)) {
            if (it->first > 0 && c.s.tokens[it->first - 1].is(",")) aside = it->first - 1;
            continue;
        }
        std::size_t to = joined ? joined->first : std::min(aside, cue.first);
        if (to - it->last > (joined ? k_join_reach : k_reach)) break;
        bool linked = !joined;
        for (std::size_t i = it->last + 1; i < to && joined; ++i) linked |= c.s.tokens[i].is("and");
        if (!linked) break;
        add(*it);
        joined = &*it;
    }
    for (const auto& p : c.parties)
        if (p.first > cue.last && p.last < question.marker_first) add(p);  // "with partner Microsoft"
    if (investigators.empty()) investigators.push_back("");
    HardwareFound hw = hardware_of(c, cue);
    if (investigated->open_world && !hw.named && !hw.of_maker) return true;
    const std::string chip = hw.names.empty() ? "" : hw.names.front();
    for (const auto& name : investigated->names)
        for (const auto& by : investigators) {
            FramedClaim f{cue_index, name, c.lex.cues[static_cast<std::size_t>(cue.id)].allegation, chip, by,
                          investigated->via_reference};
            f.actor_at = investigated->first;
            f.list_actor = investigated->names.size() > 1;
            out.push_back(std::move(f));
        }
    return true;
}

// Another cue in the sentence: "using smuggled chips to develop its upcoming model" speaks of
// smuggling, and of the model only as its purpose; "postponed the release of its next-generation
// model" of a release (which a delay cancels).
bool shares_sentence(const SentenceParse& s) { return s.cues.size() > 1; }

// Whether the cue's clause goes on to say what for: "to train" (or "pretrain") after it, within
// its clause, no cue between.
bool bought_to_train(const FrameContext& c, const PhraseMatch& cue) {
    constexpr std::size_t k_purpose_reach = 16;
    const auto& t = c.s.tokens;
    for (std::size_t i = cue.last + 1; i + 1 < t.size() && i - cue.last <= k_purpose_reach; ++i) {
        if (t[i].is(";") || t[i].is(":") || t[i].is("(") || t[i].is("-") || c.clauses.separated(i, cue.first)) return false;
        if (std::any_of(c.s.cues.begin(), c.s.cues.end(), [&](const PhraseMatch& m) { return m.first == i; })) return false;
        if (t[i].is(",") && (t[i + 1].is("and") || t[i + 1].is("but") || t[i + 1].is("while"))) return false;
        if (t[i].is("to") && (t[i + 1].is("train") || t[i + 1].is("pretrain"))) return true;
    }
    return false;
}

// "DeepSeek and MiniMax had used nearly 24,000 fraudulent accounts to hold more than 16 million
// exchanges with Claude, in what it described as an effort to distill its capabilities": an
// infinitive a cue stands in says what an earlier cue's act was for, and has its actor, however
// far. Only when no subject stands between them (a party after a preposition is an object; one
// that names the speaker, "in what it described as", says whose words they are).
const Party* actor_of_purpose(const FrameContext& c, const PhraseMatch& cue, const AllegationRule& rule,
                              const std::vector<FramedClaim>& framed) {
    const auto& t = c.s.tokens;
    if (cue.first == 0 || !t[cue.first - 1].is("to") || framed.empty()) return nullptr;
    const FramedClaim& before = framed.back();
    const PhraseMatch& earlier = c.s.cues[before.cue];
    if (earlier.last >= cue.first || cue.first - earlier.last > k_reach || c.clauses.separated(earlier.first, cue.first) ||
        c.clauses.across_semicolon(earlier.last, cue.first))
        return nullptr;
    const auto speaker = [&](const Party& p) {
        return std::any_of(c.parties.begin(), c.parties.end(),
                           [&](const Party& q) { return q.is_claimant && q.names == p.names; });
    };
    const Party* actor = nullptr;
    for (const auto& p : c.parties) {
        if (p.first == before.actor_at) actor = &p;
        if (p.first > earlier.last && p.last < cue.first && stands_as_subject(c.s, c.lex, p) && !speaker(p)) return nullptr;
    }
    return actor && fits(*actor, rule, 0) ? actor : nullptr;
}

// "the smuggled MI300X servers reached Baidu", "Baidu received the smuggled servers": a smuggling
// cue that modifies chips and found no actor of its own tells of the party that acquired those
// chips in its clause.
void smuggled_to_acquirer(const SentenceParse& s, const Lexicon& lex, const ClauseStructure& clauses,
                          std::vector<FramedClaim>& out) {
    constexpr std::size_t k_reach = 10;
    const std::size_t framed = out.size();
    for (std::size_t i = 0; i < s.cues.size(); ++i) {
        const PhraseMatch& cue = s.cues[i];
        if (lex.cues[static_cast<std::size_t>(cue.id)].allegation != "smuggling" || !used_as_modifier(s, lex, cue)) continue;
        if (std::any_of(out.begin(), out.end(), [&](const FramedClaim& f) { return f.cue == i; })) continue;
        // The nearest acquisition's ("Baidu said it bought H20 chips, Tencent said it had never
        // used smuggled chips": Tencent's); a chip unnamed only in the acquisition that holds the
        // smuggling cue ("used smuggled chips").
        const auto apart = [&](const PhraseMatch& by) {
            return std::max(by.first, cue.first) - std::min(by.last, cue.last);
        };
        const auto fits_got = [&](const FramedClaim& got) {
            const PhraseMatch& by = s.cues[got.cue];
            const bool holds = by.first <= cue.first && cue.last <= by.last;
            return got.allegation == "acquired_hardware" && (!got.hardware.empty() || holds) &&
                   !clauses.separated(by.first, cue.first) && apart(by) <= k_reach;
        };
        std::size_t nearest = k_reach + 1;
        for (std::size_t n = 0; n < framed; ++n)
            if (fits_got(out[n])) nearest = std::min(nearest, apart(s.cues[out[n].cue]));
        for (std::size_t n = 0; n < framed; ++n) {
            if (!fits_got(out[n]) || apart(s.cues[out[n].cue]) != nearest) continue;
            FramedClaim smuggled = out[n];
            smuggled.cue = i;
            smuggled.allegation = "smuggling";
            out.push_back(std::move(smuggled));
        }
    }
}

// "Anthropic accused DeepSeek of distilling Claude, along with Moonshot AI and MiniMax": the
// parties that ", along with" (", together with", ", as well as", "also involving") adds at the
// end of the sentence or of its clause share the claims of the actor named before the cue.
void joined_at_end(const SentenceParse& s, const std::vector<Party>& parties, const Lexicon& lex,
                   std::vector<FramedClaim>& out) {
    if (out.empty()) return;
    const auto& t = s.tokens;
    std::size_t join = 0, after = 0;
    bool involving = false;  // "also involving" joins the act named right before it only
    for (std::size_t i = 1; i + 2 < t.size(); ++i) {
        // "a distillation effort also involving Moonshot AI and MiniMax", with or without a comma.
        if (t[i].is("also") && (t[i + 1].is("involving") || t[i + 1].is("implicating") || t[i + 1].is("including")))
            join = i, after = i + 2, involving = true;
        if (!t[i - 1].is(",")) continue;
        if ((t[i].is("along") || t[i].is("together")) && t[i + 1].is("with")) join = i, after = i + 2;
        if (t[i].is("as") && t[i + 1].is("well") && i + 3 < t.size() && t[i + 2].is("as")) join = i, after = i + 3;
    }
    if (join == 0) return;
    const auto added = std::find_if(parties.begin(), parties.end(),
                                    [&](const Party& p) { return p.first == after && !p.via_reference; });
    if (added == parties.end()) return;
    // Only a list that ends the sentence or its clause ("..., along with Moonshot AI and MiniMax,
    // though it attributed less of the traffic to DeepSeek").
    for (std::size_t i = added->last + 1; i < t.size() && !t[i].is(","); ++i)
        if (!t[i].is_mark()) return;
    std::size_t last_cue = 0;  // the last cue before the join that has claims
    for (const auto& f : out)
        if (s.cues[f.cue].last < join) last_cue = std::max(last_cue, f.cue);
    std::vector<FramedClaim> more;
    for (const auto& f : out) {
        const PhraseMatch& cue = s.cues[f.cue];
        if (cue.last >= join || f.actor_at >= cue.first || !lex.rules.at(f.allegation).allows(added->kind)) continue;
        if (involving && f.cue != last_cue) continue;
        for (const auto& name : added->names) {
            if (name == f.actor || name == f.object) continue;
            FramedClaim member = f;
            member.actor = name, member.actor_at = added->first, member.list_actor = true, member.via_reference = false;
            more.push_back(std::move(member));
        }
    }
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

// "... used fake accounts to query Claude, which it said were then used to train their own
// models in a practice known as distillation": a cue that names what the clause before it
// describes ("known as", or a naming verb such as "called" right before it), or a use of another
// lab's model joined by "and" to another such use, that found no actor of its own holds the
// actors and objects of the nearest cue before it that has claims.
void takes_actors_of_cue_before(const SentenceParse& s, const Lexicon& lex, const ClauseStructure& clauses,
                    std::vector<FramedClaim>& out) {
    const auto& t = s.tokens;
    const std::size_t framed = out.size();
    for (std::size_t i = 0; i < s.cues.size(); ++i) {
        const PhraseMatch& cue = s.cues[i];
        if (cue.first < 2) continue;
        const Token& before = t[cue.first - 1];
        const bool named = (before.is("as") && t[cue.first - 2].is("known")) || lex.has_trait(before, WordTrait::naming_verb);
        const std::string& allegation = lex.cues[static_cast<std::size_t>(cue.id)].allegation;
        const AllegationRule& rule = lex.rules.at(allegation);
        // "accused Zhipu AI and MiniMax of using fake accounts, many of them opened through
        // resellers in Singapore and Malaysia, to query its Claude models and distill their
        // capabilities": a verb joined by "and" to the use of another lab's model goes on with its
        // users, however far back they were named.
        const bool joined = before.is("and") && rule.object == ObjectRule::lab;
        if (!named && !joined) continue;
        const auto own = [&](const FramedClaim& f) { return f.cue == i; };
        if (std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(framed), own)) continue;
        if (!clauses.asserts(cue.first, rule.allows("government"))) continue;
        std::size_t named_cue = s.cues.size();
        for (std::size_t k = 0; k < framed; ++k)
            if (out[k].cue < i && (named_cue == s.cues.size() || out[k].cue > named_cue)) named_cue = out[k].cue;
        if (named_cue == s.cues.size()) continue;
        if (joined && clauses.separated(s.cues[named_cue].first, cue.first)) continue;
        for (std::size_t k = 0; k < framed; ++k) {
            if (out[k].cue != named_cue || out[k].allegation == allegation) continue;
            if (joined && lex.rules.at(out[k].allegation).object != ObjectRule::lab) continue;
            FramedClaim practice = out[k];
            practice.cue = i;
            practice.allegation = allegation;
            if (!rule.carries_hardware()) practice.hardware.clear();
            if (rule.object != lex.rules.at(out[k].allegation).object) practice.object.clear();
            if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(framed), out.end(), [&](const FramedClaim& f) {
                    return f.cue == i && f.actor == practice.actor && f.object == practice.object;
                }))
                out.push_back(std::move(practice));
        }
    }
}

// "Nvidia and AMD win licences to sell H20 and MI308 in China": a chip maker is allowed (or
// barred) to sell its own chips, not the other maker's of the list.
bool sells_only_its_own(const Lexicon& lex, const std::string& actor, const std::string& chip) {
    const Entity* seller = lex.find_entity(actor);
    const Entity* hardware = chip.empty() ? nullptr : lex.find_entity(chip);
    return seller && hardware && seller->has_kind("chipmaker") && !hardware->vendor.empty() &&
           hardware->vendor != seller->canonical;
}

std::vector<FramedClaim> frame_claims(const SentenceParse& s, const std::vector<Party>& parties,
                                      const Lexicon& lex, const Discourse& d, const ClauseStructure& clauses) {
    std::vector<FramedClaim> out;
    for (std::size_t i = 0; i < s.cues.size(); ++i) {
        const PhraseMatch& cue = s.cues[i];
        const FrameContext c{s, parties, lex, d, clauses, cue};
        const Cue& def = lex.cues[static_cast<std::size_t>(cue.id)];
        std::string allegation = def.allegation;
        // The cue's allegation's rule, looked up once (a map keyed by string: 1.6% of
        // extraction's instructions when looked up at each use, bench/RESULTS.md).
        const AllegationRule& cue_rule = lex.rules.at(allegation);
        // Only what the sentence asserts (or denies) is a claim: not what it asks, declines to
        // say, names as background or supposes, nor a cue that only modifies a noun.
        if (!clauses.asserts(cue.first, cue_rule.allows("government"))) continue;
        if (!cue_rule.claim_as_modifier && used_as_modifier(s, lex, cue)) continue;
        if (names_paper(s, cue)) continue;
        if (def.needs_alone && shares_sentence(s)) continue;
        // "to keep its training plans on schedule": an idiom, not what the training ran on.
        if (cue.last + 1 < s.tokens.size() && s.tokens[cue.last].is("on") &&
            lex.has_trait(s.tokens[cue.last + 1], WordTrait::on_idiom))
            continue;
        // "trained on its own TPU chips": "own" after a possessive is no verb of owning.
        if (cue.first > 0 && s.tokens[cue.first].is("own") && lex.class_of(s.tokens[cue.first - 1]) == WordClass::determiner)
            continue;
        if (cue_rule.object == ObjectRule::investigator)
            if (const ClauseSpan* question = clauses.question_after(cue.last))
                // "Megaspeed, which officials have been investigating over whether its customers
                // ...": with no party asked about, the cue frames as any other.
                if (frame_question(c, i, *question, cue_rule, out)) continue;
        const Party* actor = actor_of(c, cue, def.frame, cue_rule);
        // "the release of its R1 model": the model released names its maker; "an investigation
        // into Nvidia's H20 chips", the chip its maker.
        Party maker;
        if (!actor && allegation == "trained_on") actor = owner_of_chips_after(c, cue, cue_rule);
        if (!actor && allegation == "trained_on") actor = maker_of_model_trained(c, cue, cue_rule);
        if (!actor && allegation == "trained_on" && maker_of_model_in_cue(c, cue, maker)) actor = &maker;
        if (!actor && cue_rule.object == ObjectRule::model && maker_of_model_after(c, cue, maker))
            actor = &maker;
        if (!actor && def.frame == Frame::patient && maker_of_chip_after(c, cue, cue_rule, maker))
            actor = &maker;
        if (!actor && def.frame == Frame::agent) actor = actor_of_purpose(c, cue, cue_rule, out);
        const bool export_rule = allegation == "export_restriction" || allegation == "export_approval";
        Party government;
        const bool implied = export_rule && !def.needs_government && (!actor || !actor->has_kind("government")) &&
                             implied_government(c, cue, hardware_of(c, cue).names, government);
        if (!actor && implied) actor = &government;
        if (!actor || c.clauses.told(actor->first, cue.first)) continue;
        std::string teacher = allegation == "trained_on" ? model_inside(c, cue) : "";
        if (std::find(actor->names.begin(), actor->names.end(), teacher) != actor->names.end()) teacher.clear();
        if (!teacher.empty()) allegation = "distillation";
        const AllegationRule& rule = lex.rules.at(allegation);
        HardwareFound hw = hardware_of(c, cue);
        bool only_if_denied = false;
        if (!def.needs_nothing) {
            if ((rule.needs == Need::chips || rule.needs == Need::chip_kind) && !hw.spoken_of &&
                !(rule.needs == Need::chip_kind && hw.of_kind)) {
                if (!hw.generic) continue;
                only_if_denied = true;
            }
            if (rule.needs == Need::named_chip && !hw.named) continue;
            // ("... about to release GLM-5. Reports say it withheld it from Nvidia": "it" right
            // after the cue, the model the sentence before named.)
            const bool model_taken_up = d.model_before && cue.last + 1 < s.tokens.size() && s.tokens[cue.last + 1].is("it");
            if (rule.needs == Need::model && !(rule.object == ObjectRule::model ? releases_model(c, cue, *actor)
                                                                                : speaks_of_model(s, *actor) || model_taken_up))
                continue;
        }
        if (def.needs_china && !china_right_after(c, cue)) continue;
        // A name no lexicon lists acts in a hardware allegation only with a chip named, or of a
        // named maker: "cigarette smugglers", "smuggling drugs" and other charges give nothing.
        // Of the other allegations, only those with another lab as object take such a name
        // ("a startup called Lumora AI distilled Claude"); releases and export rules do not.
        if (actor->open_world && !(rule.carries_hardware() ? hw.named || hw.of_maker : rule.object == ObjectRule::lab))
            continue;
        // Only allegations about hardware carry it: a model release names no chip.
        std::vector<std::string> chips = rule.carries_hardware() ? hw.names : std::vector<std::string>{};
        // An allegation that needs no chip carries one its sentence names ("a probe into Nvidia's
        // H20"), not one pointed back to ("investigating how TSMC came to fabricate the dies").
        if (rule.needs == Need::any_chip)
            std::erase_if(chips, [&](const std::string& chip) {
                return std::none_of(s.mentions.begin(), s.mentions.end(),
                                    [&](const Mention& m) { return m.entity->canonical == chip; });
            });
        if (chips.empty()) chips.push_back("");
        auto objects = objects_of(c, cue, *actor, rule.object);
        if (!teacher.empty()) objects = {teacher};
        // ("cut off Zhipu AI", "cut MiniMax off", "cut off access for MiniMax": the party right
        // after the cue, or behind "for", or inside it is its object; not "cut off from Nvidia's
        // chips".)
        if (def.needs_object) {
            const std::size_t after = cue.last + 1 < s.tokens.size() && s.tokens[cue.last + 1].is("for") ? cue.last + 2
                                                                                                         : cue.last + 1;
            std::erase_if(objects, [&](const std::string& object) {
                return std::none_of(c.parties.begin(), c.parties.end(), [&](const Party& p) {
                    return std::find(p.names.begin(), p.names.end(), object) != p.names.end() && p.first > cue.first &&
                           p.first <= after;
                });
            });
            if (objects.empty()) continue;
        }
        // "Anthropic, which does not offer Claude in China": a model kept from a country's market
        // is a business policy, not a model withheld from a party.
        if (rule.object == ObjectRule::party && !objects.empty() &&
            std::all_of(objects.begin(), objects.end(), [&](const std::string& o) {
                const Entity* e = c.lex.find_entity(o);
                return e && e->has_kind("government");
            }))
            continue;
        // Distillation and fraudulent access are of another lab's model: with none named, the
        // sentence speaks of the practice ("smaller, distilled versions of its models").
        const bool object_from_accusation = objects.empty() && rule.object == ObjectRule::lab;
        if (objects.empty()) objects.push_back("");
        std::vector<std::string> names = actor->names;
        // The vendor allowed to ship keeps its claim; the government that allowed it gets one.
        if (implied && actor != &government) names.push_back(government.names.front());
        for (const auto& name : names)
            for (const auto& chip : chips)
                for (const auto& object : objects) {
                    if (name == object) continue;  // a lab distilling its own model is no claim
                    if (export_rule && sells_only_its_own(lex, name, chip)) continue;
                    FramedClaim f{i, name, allegation, chip, object, actor->via_reference};
                    f.actor_at = actor == &government ? cue.first : actor->first;
                    f.list_actor = actor->names.size() > 1;
                    f.model_actor = actor->from_model;
                    f.only_if_denied = only_if_denied || object_from_accusation;
                    f.object_from_accusation = object_from_accusation;
                    f.first_person = actor->first_person;
                    // "used H800 GPUs to build Kimi K2": the use of the chips named, besides.
                    const std::string& also = def.also;
                    if (!also.empty() && !chip.empty()) {
                        FramedClaim use = f;
                        use.allegation = also;
                        out.push_back(std::move(use));
                    }
                    // "rented B200 clusters from a Malaysian cloud operator to train its Kimi
                    // models": chips got for training, further off than a cue's gap reaches.
                    if (allegation == "acquired_hardware" && !chip.empty() && also != "trained_on" &&
                        bought_to_train(c, cue)) {
                        FramedClaim training = f;
                        training.allegation = "trained_on";
                        out.push_back(std::move(training));
                    }
                    out.push_back(std::move(f));
                }
    }
    smuggled_to_acquirer(s, lex, clauses, out);
    takes_actors_of_cue_before(s, lex, clauses, out);
    joined_at_end(s, parties, lex, out);
    return out;
}

}  // namespace tracker::extract
