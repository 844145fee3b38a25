// Extractor: the article-level loop. For each prose block, each sentence: parse it against the
// lexicons, find its parties, frame its cues into claims, then settle polarity (denials and
// their scope), claimant, modality and event date. Denials that name no cue ("Baidu rejected the
// accusation") deny what was claimed against the denier earlier in the article.
#include "tracker/extract.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include <fmt/format.h>

#include "extract/attribution.h"
#include "extract/confidence.h"
#include "extract/cue_frames.h"
#include "extract/event_date.h"
#include "extract/lexicon.h"
#include "extract/sentence_parse.h"
#include "extract/sentence_splitter.h"

namespace tracker::extract {

namespace {

constexpr std::size_t k_negation_reach = 6;  // "did not ... obtain": words between negation and cue
constexpr std::size_t k_cancel_reach = 4;    // "defenses against ... distillation"
constexpr std::size_t k_some_of_reach = 4;   // "one of the three labs rejected": words before the denial

// Whether token `i` takes some members of a list, not knowing which: "one of them", "two of the labs".
bool some_of(const SentenceParse& s, std::size_t i) {
    static const std::set<std::string> k_some = {"one", "some", "several", "two", "three", "many", "most", "few"};
    return i + 1 < s.tokens.size() && k_some.count(s.tokens[i].folded) > 0 && s.tokens[i + 1].is("of");
}

struct SentenceClaims {
    int sentence = 0;
    std::vector<Claim> claims;
};

struct Denial {
    bool denied = false;
    bool cancelled = false;  // the cue is no claim at all ("defenses against distillation")
    std::string claimant;
    bool negated = false;    // by a negation ("will not allow"), not a denial of a report
};

// Whether a semicolon or colon stands between tokens `a` and `b` ("Baidu denies buying Blackwell
// servers; assemblers say orders were routed through third parties": a clause of its own).
bool hard_stop_between(const SentenceParse& s, std::size_t a, std::size_t b) {
    for (std::size_t i = a + 1; i < b; ++i)
        if (s.tokens[i].is(";") || s.tokens[i].is(":")) return true;
    return false;
}

// Whether a government speaks in the sentence: a claimant of kind government.
bool government_speaks(const std::vector<Party>& parties) {
    return std::any_of(parties.begin(), parties.end(),
                       [](const Party& p) { return p.is_claimant && p.kind == "government"; });
}

// Whether token `i` is a comma that opens a relative clause on what is before it (", which",
// ", who").
bool opens_relative_clause(const SentenceParse& s, std::size_t i) {
    return i + 1 < s.tokens.size() && s.tokens[i].is(",") && (s.tokens[i + 1].is("which") || s.tokens[i + 1].is("who"));
}

// Whether a relative clause opens between tokens `from` and `to` (both excluded).
bool relative_clause_between(const SentenceParse& s, std::size_t from, std::size_t to) {
    for (std::size_t i = from + 1; i + 1 < to; ++i)
        if (opens_relative_clause(s, i)) return true;
    return false;
}

// "without naming a chipmaker, and published the weights": ", and" or ", but" between tokens
// `from` and `to` opens a clause of its own, which a negation before it does not reach.
bool joined_clause_between(const SentenceParse& s, std::size_t from, std::size_t to) {
    for (std::size_t i = from + 1; i + 1 < to; ++i)
        if (s.tokens[i].is(",") && (s.tokens[i + 1].is("and") || s.tokens[i + 1].is("but"))) return true;
    return false;
}

// Words from token `from` to token `to` (to - from), a name of several words counting once:
// "had no information indicating that Moonshot AI had received" is as near as with a one-word lab.
std::size_t words_apart(const SentenceParse& s, std::size_t from, std::size_t to) {
    std::size_t n = to - from;
    for (const Mention& m : s.mentions)
        if (m.first > from && m.last < to) n -= m.last - m.first;
    for (const NameSpan& m : s.names)
        if (m.first > from && m.last < to) n -= m.last - m.first;
    return n;
}

// "had never purchased H100 chips or any other restricted product through unauthorised
// channels": a negation that reaches one cue's verb reaches a cue further on in that verb's
// phrase, with no mark or clause word from the negation to the cue. A "that" right after a noun
// and right before the cue (auxiliaries between) opens a restrictive relative clause, which is
// part of the phrase: "has never acquired H100 chips through any channel that violates export
// controls".
bool in_negated_phrase(const SentenceParse& s, const Lexicon& lex, std::size_t negation_last, const PhraseMatch& cue,
                       std::size_t reach) {
    const auto restrictive_that = [&](std::size_t i) {
        if (!s.tokens[i].is("that") || s.tokens[i - 1].is_mark()) return false;
        const WordClass before = lex.class_of(s.tokens[i - 1]);
        if (before == WordClass::determiner || before == WordClass::preposition || before == WordClass::auxiliary ||
            before == WordClass::adverb || before == WordClass::link)
            return false;
        for (std::size_t j = i + 1; j < cue.first; ++j)
            if (lex.class_of(s.tokens[j]) != WordClass::auxiliary) return false;
        return true;
    };
    constexpr std::size_t k_phrase_reach = 10;
    for (const auto& verb : s.cues) {
        if (verb.first <= negation_last || verb.first - negation_last > reach || verb.last >= cue.first ||
            cue.first - verb.last > k_phrase_reach)
            continue;
        bool open = true;
        for (std::size_t i = negation_last + 1; i < cue.first && open; ++i) {
            if (i >= verb.first && i <= verb.last) continue;
            const Token& t = s.tokens[i];
            open = !(t.is_mark() && !t.is_possessive()) && !t.is("and") && !t.is("but") &&
                   !(t.is("that") && !restrictive_that(i)) && !t.is("which") && !t.is("who") && !t.is("while");
        }
        if (open) return true;
    }
    return false;
}

// "Nvidia said it found no evidence that its chips were smuggled to DeepSeek, a day after the
// Kestrel Report said the lab was training on them": a denial that has a cue of its own before
// another speaker's time clause does not reach into that clause ("Baidu rejected the accusation
// a day after OpenAI said it had distilled GPT-4" does).
bool denies_before_speaker_clause(const SentenceParse& s, const PhraseMatch& denial, const PhraseMatch& cue) {
    const std::size_t clause = speaker_clause_between(s, denial.last, cue.first);
    return clause > 0 && std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& own) {
               return own.first > denial.last && own.last < clause;
           });
}

// Whether the claim of `cue` is denied, and by whom.
// "It is very likely DeepSeek trained the model on Blackwell chips, although the report
// acknowledges that they found no direct evidence of a training run": a negation in a concession
// ("although", "though") after a cue of the same allegation, with no one newly named to make it,
// hedges what the sentence claimed; the conceded cue claims nothing.
bool conceded(const SentenceParse& s, const std::vector<Party>& parties, const Lexicon& lex, const PhraseMatch& cue,
              const PhraseMatch& negation) {
    std::size_t concession = negation.first;
    while (concession > 0 && !s.tokens[concession].is("although") && !s.tokens[concession].is("though")) --concession;
    if (concession == 0 || !(s.tokens[concession].is("although") || s.tokens[concession].is("though"))) return false;
    const std::string& allegation = lex.cues[static_cast<std::size_t>(cue.id)].allegation;
    const bool claimed_before = std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& other) {
        return other.last < concession && lex.cues[static_cast<std::size_t>(other.id)].allegation == allegation;
    });
    const bool named_between = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
        return !p.via_reference && p.first > concession && p.first < negation.first;
    });
    return claimed_before && !named_between;
}

Denial denial_for(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                  const Lexicon& lex, const PhraseMatch& cue, const std::string& actor) {
    // "Nvidia has said it has not applied for licences to ship them": what a cancelling phrase
    // right before the cue takes away is claimed neither way, whatever denies before it.
    for (const auto& d : s.denials)
        if (lex.denials[static_cast<std::size_t>(d.id)].scope == DenialScope::cancels && d.last < cue.first &&
            cue.first - d.last <= k_cancel_reach)
            return {false, true, ""};
    // "Nvidia seeks licences to ship B30A chips", "asked the Commerce Department for licences to
    // sell": what is asked of a government (a rule, an approval, a probe: the request verb's
    // object, right after it or after "for"; not "sought to evade export controls", nor "asked
    // for comment on the smuggling") is not granted.
    constexpr std::size_t k_request_reach = 6;
    const bool granted_by_government = lex.rules.at(lex.cues[static_cast<std::size_t>(cue.id)].allegation).allows("government");
    bool object_only = true, after_for = false;  // the words between: determiners only; a "for"
    for (std::size_t i = cue.first; granted_by_government && i > 0 && cue.first - i < k_request_reach;) {
        const Token& t = s.tokens[--i];
        if (t.is("to") || (t.is_mark() && !t.is_possessive())) break;
        if (lex.has_trait(t, WordTrait::request_verb) && (object_only || after_for)) return {false, true, ""};
        after_for |= t.is("for");
        object_only &= lex.class_of(t) == WordClass::determiner;
    }
    // "no Blackwell chips were used to train V4": chips "no" quantifies, the cue's subject (past
    // a chip word and auxiliaries), are negated.
    for (const auto& m : s.mentions) {
        if (m.entity->type != EntityType::hardware || m.first == 0 || m.last >= cue.first || !s.tokens[m.first - 1].is("no"))
            continue;
        std::size_t i = m.last + 1;
        while (i < cue.first && (lex.class_of(s.tokens[i]) == WordClass::chip_noun ||
                                 lex.class_of(s.tokens[i]) == WordClass::auxiliary))
            ++i;
        if (i == cue.first) return {true, false, claimant_at(text, s, parties, lex, cue.first, actor), true};
    }
    for (const auto& d : s.denials) {
        const DenialCue& def = lex.denials[static_cast<std::size_t>(d.id)];
        switch (def.scope) {
            case DenialScope::rebuts: {
                // "acquired in full compliance with US export controls": keeping a rule neither
                // denies nor reports the rule.
                const AllegationRule& rule = lex.rules.at(lex.cues[static_cast<std::size_t>(cue.id)].allegation);
                if (!rule.contested) {
                    if (d.last < cue.first && cue.first - d.last <= k_cancel_reach) return {false, true, ""};
                    break;
                }
                // "said it acted lawfully in buying H20 chips": the purchase stands; only a wrong
                // is denied.
                if (!rule.wrongdoing) break;
                [[fallthrough]];
            }
            case DenialScope::governs:
                // After the denial, or inside its own words ("calls Blackwell smuggling report
                // groundless").
                // "Baidu, which has denied the allegations, is preparing a model": a denial in a
                // relative clause reaches no cue past the clause's comma.
                if ((d.last < cue.first && !clause_opens_between(s, d.last, cue.first) &&
                     !hard_stop_between(s, d.last, cue.first) && !token_between(s, d.last, cue.first, "but") &&
                     !relative_aside_closes_between(s, lex, d.first, cue.first) &&
                     !denies_before_speaker_clause(s, d, cue)) ||
                    (d.first < cue.first && cue.last < d.last)) {
                    // A denial that opens with a speaking verb ("..., saying it has never") is
                    // that verb's speaker's, as an attribution there would be.
                    const bool spoken = std::any_of(s.attributions.begin(), s.attributions.end(),
                                                    [&](const PhraseMatch& a) { return a.first == d.first; });
                    std::string denier = spoken ? claimant_at(text, s, parties, lex, cue.first, actor)
                                                : speaker_of(text, s, lex, parties, d.first, actor);
                    if (denier.empty() && def.needs_speaker) {
                        denier = claimant_at(text, s, parties, lex, cue.first, actor);
                        // "No evidence has emerged that", "There is no evidence that": nobody
                        // says it ("Investigators found no evidence that" has its finders).
                        std::size_t i = d.first;
                        while (i > 0 && (s.tokens[i - 1].folded == "there" ||
                                         lex.class_of(s.tokens[i - 1]) == WordClass::auxiliary ||
                                         lex.class_of(s.tokens[i - 1]) == WordClass::adverb))
                            --i;
                        if (denier.empty() && (i == 0 || s.tokens[i - 1].is_mark())) {
                            // "..., Ernie 5.0, which it released in November": a relative clause
                            // after it still asserts.
                            if (relative_clause_between(s, d.last, cue.first)) return {};
                            return {false, true, ""};
                        }
                    }
                    return {true, false, denier};
                }
                break;
            case DenialScope::negation:
                // "would not cover Blackwell, which remains barred from sale": a relative clause
                // after the negated words says its own.
                if (d.last < cue.first &&
                    (words_apart(s, d.last, cue.first) <= k_negation_reach ||
                     in_negated_phrase(s, lex, d.last, cue, k_negation_reach)) &&
                    !relative_clause_between(s, d.last, cue.first) && !joined_clause_between(s, d.last, cue.first) &&
                    !(s.tokens[d.first].is("without") && token_between(s, d.last, cue.first, ","))) {
                    if (conceded(s, parties, lex, cue, d)) return {false, true, ""};
                    // "Neither executive said their company had supplied servers": what is
                    // negated is the saying; nothing is claimed either way.
                    if (std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) {
                            return a.first > d.last && a.last < cue.first;
                        }))
                        return {false, true, ""};
                    // "a version of Ernie that has not yet been released": a release still to
                    // come, as a delay is, claims nothing; nor does "has not released a major
                    // model since May" of any model named.
                    const bool release = lex.cues[static_cast<std::size_t>(cue.id)].allegation == "model_release";
                    if (release && d.last + 1 < s.tokens.size() && s.tokens[d.last + 1].folded == "yet")
                        return {false, true, ""};
                    if (release && cue.last + 1 < s.tokens.size() &&
                        (s.tokens[cue.last + 1].folded == "a" || s.tokens[cue.last + 1].folded == "an" ||
                         s.tokens[cue.last + 1].folded == "any"))
                        return {false, true, ""};
                    std::string subject = subject_before(s, parties, d.first, actor);
                    // "Nvidia said it does not sell to companies on the entity list": a firm's
                    // own negation says what it does, not that a government's rule is not; nor
                    // does one whose subject is no party ("chips that have not yet been
                    // throttled", "renting capacity abroad is not prohibited"), unless a
                    // government says it.
                    const AllegationRule& rule = lex.rules.at(lex.cues[static_cast<std::size_t>(cue.id)].allegation);
                    const Entity* who = subject.empty() || subject == actor ? nullptr : lex.find_entity(subject);
                    // A firm that has not received a licence does say the government has not
                    // approved ("Nvidia has not received any H20 licences").
                    const bool approval = lex.cues[static_cast<std::size_t>(cue.id)].allegation == "export_approval";
                    if (rule.allows("government") && who && who->kind != "government" && !(approval && who->kind == "chipmaker"))
                        return {false, true, ""};
                    if (rule.allows("government") && subject.empty() && !government_speaks(parties))
                        return {false, true, ""};
                    // "A researcher wrote that the team had never trained on its outputs": with
                    // no party as the negation's subject, the one who says so denies.
                    if (subject.empty()) return {true, false, claimant_at(text, s, parties, lex, cue.first, actor), true};
                    return {true, false, subject == actor ? "" : subject, true};
                }
                break;
            case DenialScope::judgement: {
                // "'Claims that H20 chips were used are false,' a spokeswoman said, adding that
                // the company had trained on Ascend": a clause of its own after the judgement
                // is not judged.
                // "That was wrong: Moonshot says the model was trained on H800 chips": what a
                // colon or semicolon sets after the judgement is what is right.
                if (d.last < cue.first && (clause_opens_between(s, d.last, cue.first) || hard_stop_between(s, d.last, cue.first)))
                    break;
                // "Tencent said reports that it had acquired servers in Thailand were
                // inaccurate": who said so judges, not the party nearest the judgement.
                for (const auto& a : s.attributions)
                    if (a.last < cue.first && lex.attributions[static_cast<std::size_t>(a.id)].side == ClaimantSide::before)
                        return {true, false, claimant_at(text, s, parties, lex, cue.first, actor)};
                return {true, false, speaker_of(text, s, lex, parties, d.first, actor)};
            }
            case DenialScope::cancels:  // (above)
            case DenialScope::neutral:
                break;
        }
    }
    return {};
}

// The denial of `claim` by `denier`, stated in the denier's words.
Claim denial_of(const Claim& claim, const std::string& denier) {
    Claim c = claim;
    c.polarity = Polarity::denied;
    c.claimant = denier;
    c.modality = Modality::stated;
    return c;
}

std::string event_date_at(const std::vector<DateMention>& dates, std::size_t at) {
    const DateMention* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& d : dates) {
        std::size_t distance = d.first > at ? d.first - at : at - d.last;
        if (!best || distance < best_distance) best = &d, best_distance = distance;
    }
    return best ? best->date : "";
}

class ArticleExtraction {
public:
    ArticleExtraction(const Lexicon& lex, const Article& a, bool keep_basis)
        : m_lex(lex), m_article(a), m_parser(lex), m_keep_basis(keep_basis) {}

    std::vector<Claim> run() {
        std::vector<Span> sentences;  // reused from block to block
        for (const auto& block : m_article.body) {
            // References reach across a paragraph break: news paragraphs are often one sentence.
            split_sentences(m_article.text, block, sentences);
            m_block_start = true;
            for (const auto& sentence : sentences) read_sentence(sentence);
        }
        name_claimants_in_full();
        name_headline_claimants();
        return deduplicated();
    }

private:
    void read_sentence(const Span& span) {
        const SentenceParse& s = m_parser.parse(m_article.text, span.start, span.end, m_discourse.model_before);
        const ClauseStructure clauses(s, m_lex);
        const auto open = m_open_names.resolve(m_article.text, s.tokens, s.names, m_lex);
        if (m_block_start) m_discourse.voice = voice_of_label(s);
        m_block_start = false;
        auto parties = find_parties(s, m_lex, m_discourse, clauses, open);
        m_parties_here = &parties;
        for (const auto& p : parties)
            if (const std::string firm = firm_of_person(s, m_lex, parties, p); !firm.empty()) {
                for (const auto& word : words_of_name(p.names.front())) m_discourse.employers[word] = firm;
                m_discourse.last_employer = firm;
            }
        // "Did the labs deny it?", "Was DeepSeek trained on smuggled chips?": a question claims
        // nothing, nor denies; what a colon or semicolon sets before it still does ("DeepSeek
        // released V4 in April: what was it trained on?").
        const std::size_t question = question_start(s, span);
        auto framed = frame_claims(s, parties, m_lex, m_discourse, clauses);
        std::erase_if(framed, [&](const FramedClaim& f) { return s.cues[f.cue].first >= question; });
        // Only a framed claim takes a date: most sentences frame none, and skip the scan.
        const auto dates = framed.empty() ? std::vector<DateMention>{}
                                          : find_dates(m_article.text, s.tokens, m_article.reported_date);
        SentenceClaims here{m_sentence, {}};
        for (const auto& f : framed)
            if (auto c = make_claim(s, parties, dates, span, f)) {
                if (const ClauseSpan* premise = clauses.premise_at(s.cues[f.cue].first)) {
                    // The report asked about is its owner's claim, of a party it names; the speaker
                    // only answers it.
                    if (!premise->holds(f.actor_at)) continue;
                    const PhraseMatch& cue = s.cues[f.cue];
                    here.claims.push_back(as_reported(s, span, cue, *c, publisher_of_report(m_article.text, s, parties, m_lex, cue.first)));
                    if (c->polarity == Polarity::asserted) answer_to_premise(s, parties, *premise, *c);
                    // ("DeepSeek said V4 \"was not trained on any Blackwell hardware,\" responding to
                    // a report that the lab had obtained B200 systems": a denial before the
                    // premise opens is of the speaker's own words, not of the report.)
                    const bool denial_in_premise = std::any_of(s.denials.begin(), s.denials.end(), [&](const PhraseMatch& d) {
                        return d.first >= premise->marker_first;
                    });
                    if (c->polarity == Polarity::denied && denial_in_premise) here.claims.push_back(std::move(*c));
                    continue;
                }
                if (c->polarity == Polarity::denied && qualified_by_wrong(s, f.cue)) continue;
                if (c->polarity == Polarity::asserted) deny_in_place(s, parties, s.cues[f.cue], *c, here.claims);
                if (c->polarity == Polarity::denied && denies_relative_clause(s, s.cues[f.cue]))
                    here.claims.push_back(asserted_in_relative_clause(s, parties, span, f, *c));
                else if (c->polarity == Polarity::denied)
                    if (auto reported = asserted_by_report(s, parties, span, f, *c)) here.claims.push_back(std::move(*reported));
                if (auto smuggled = denied_receipt_of_smuggled(s, *c)) here.claims.push_back(std::move(*smuggled));
                if (refuses_exports(s, parties, *c, s.cues[f.cue])) {
                    Claim rule = *c;  // "will not allow Nvidia to sell the B30A": a restriction
                    rule.allegation = "export_restriction";
                    rule.polarity = Polarity::asserted;
                    here.claims.push_back(std::move(rule));
                }
                here.claims.push_back(std::move(*c));
            }
        // A denial that denied nothing here denies what came before ("Zhipu called the report
        // groundless and said its model was trained on Ascend chips": the report is denied, the
        // training asserted).
        const auto denied_here = [&] {
            return std::any_of(here.claims.begin(), here.claims.end(),
                               [](const Claim& c) { return c.polarity == Polarity::denied; });
        };
        // One that names a claim and reaches no cue does so even where another denied here
        // ("calling OpenAI's claims groundless and saying it has never used fake accounts").
        if (question == s.tokens.size()) deny_earlier_claims(s, parties, clauses, span, denied_here(), here);
        if (here.claims.empty() && question == s.tokens.size()) deny_earlier_by_cue(s, parties, span, here);
        drop_use_denied_for_its_wrong(here.claims);
        if (!here.claims.empty()) m_claims.push_back(std::move(here));

        for (const auto& p : parties)
            for (const auto& n : p.names)
                if (std::find(m_discourse.named_before.begin(), m_discourse.named_before.end(), n) ==
                    m_discourse.named_before.end())
                    m_discourse.named_before.push_back(n);
        for (const auto& p : parties) {
            if (p.names.size() != 1 || p.in_adjective) continue;
            if (!p.via_reference) ++m_discourse.mentions[p.names.front()];
            auto& known = m_discourse.article_parties;
            std::erase_if(known, [&](const Party& q) { return q.names == p.names; });
            known.push_back(p);
        }
        m_discourse.previous_parties = std::move(parties);  // not used below
        std::string hw = last_hardware(s);
        m_discourse.model_before = std::any_of(s.mentions.begin(), s.mentions.end(),
                                               [](const Mention& m) { return m.entity->type == EntityType::model; });
        if (!hw.empty()) m_hardware_age = 0, m_discourse.previous_hardware = hw;
        else if (++m_hardware_age > 2) m_discourse.previous_hardware.clear();
        m_previous_sentence = span;
        m_parties_here = nullptr;  // (they end with the sentence)
        ++m_sentence;
    }

    // "Qiao Wen: We trained it on H800s.": a paragraph that opens with a speaker's name (or "A")
    // and a colon is that speaker's answer in an interview; the firm the article tied them to,
    // or a firm named as the label, speaks as "we" in it. "" for the interviewer (the publisher,
    // "Q") and for any other paragraph.
    std::string voice_of_label(const SentenceParse& s) const {
        constexpr std::size_t k_label_words = 3;
        const auto& t = s.tokens;
        std::size_t colon = 0;
        while (colon < t.size() && colon <= k_label_words && !t[colon].is_mark() && t[colon].capitalized) ++colon;
        if (colon == 0 || colon > k_label_words || colon >= t.size() || !t[colon].is(":")) return "";
        for (const auto& m : s.mentions)
            if (m.first == 0 && m.last + 1 == colon && m.entity->type == EntityType::actor)
                return m.entity->has_kind("lab") || m.entity->has_kind("company") || m.entity->has_kind("chipmaker")
                           ? m.entity->canonical
                           : "";
        const std::string label(m_article.text.substr(t[0].start, t[colon - 1].end - t[0].start));
        if (same_name(label, m_article.source)) return "";
        // "Q: ... A: We trained it on H800s.": the answer is the interviewee's, the person the
        // article tied to a firm last.
        if (label == "A") return m_discourse.last_employer;
        for (const auto& word : words_of_name(label))
            if (auto known = m_discourse.employers.find(word); known != m_discourse.employers.end()) return known->second;
        // Transcripts write the label in capitals: "WEI: We train on H800s." (The surname only:
        // "UNDER SECRETARY TREDWELL" is no "Under Secretary" the article named.)
        const std::string surname = capitalized_only(label.substr(label.rfind(' ') + 1));
        if (auto known = m_discourse.employers.find(surname); known != m_discourse.employers.end()) return known->second;
        return "";
    }

    // "WEI" -> "Wei"; other words as they are.
    static std::string capitalized_only(std::string word) {
        if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](char c) { return is_upper(c); })) return word;
        for (std::size_t i = 1; i < word.size(); ++i) word[i] = static_cast<char>(word[i] - 'A' + 'a');
        return word;
    }

    // A person's name and each of its words ("Qiao Wen", "Qiao", "Wen"): how a later line names them.
    static std::vector<std::string> words_of_name(const std::string& name) {
        std::vector<std::string> out{name};
        std::size_t from = 0;
        while (from < name.size()) {
            std::size_t to = name.find(' ', from);
            if (to == std::string::npos) to = name.size();
            if (to - from >= 2 && to - from < name.size()) out.push_back(name.substr(from, to - from));
            from = to + 1;
        }
        return out;
    }

    // Where the sentence's question starts: when its last mark (past closing quotes) is '?', the
    // token after its last colon or semicolon, else 0; no question: past the last token.
    std::size_t question_start(const SentenceParse& s, const Span& span) const {
        std::size_t end = span.end;
        while (end > span.start && std::string_view(" \t\n\"')").find(m_article.text[end - 1]) != std::string_view::npos)
            --end;
        if (end == span.start || m_article.text[end - 1] != '?') return s.tokens.size();
        for (std::size_t i = s.tokens.size(); i > 0; --i)
            if (s.tokens[i - 1].is(":") || s.tokens[i - 1].is(";")) return i;
        return 0;
    }

    // "reports that it and ByteDance had ...": whether `other` is named right after `first` and
    // "and", or with it in one list.
    static bool joined_with(const SentenceParse& s, const std::vector<Party>& parties, const std::string& first,
                            const std::string& other) {
        const auto names = [](const Party& p, const std::string& name) {
            return std::count(p.names.begin(), p.names.end(), name) > 0;
        };
        for (const auto& p : parties) {
            if (names(p, first) && names(p, other)) return true;
            if (!names(p, other) || p.first < 2 || !s.tokens[p.first - 1].is("and")) continue;
            for (const auto& q : parties)
                if (q.last + 2 == p.first && names(q, first)) return true;
        }
        return false;
    }

    std::optional<Claim> make_claim(const SentenceParse& s, const std::vector<Party>& parties,
                                    const std::vector<DateMention>& dates, const Span& span, const FramedClaim& f) {
        const PhraseMatch& cue = s.cues[f.cue];
        const Cue& def = m_lex.cues[static_cast<std::size_t>(cue.id)];
        Denial d = denial_for(m_article.text, s, parties, m_lex, cue, f.actor);
        if (d.cancelled || (f.only_if_denied && !d.denied)) return std::nullopt;
        // "Alibaba pushed back against reports that it and ByteDance had lined up H200s": a lab or
        // firm denies for itself, not for the others a report names with it (a chip maker or a
        // government does speak for others); what the report says of them stands, as the report's.
        bool others_in_report = false;
        if (d.denied && !d.claimant.empty() && d.claimant != f.actor)
            if (const Entity* denier = m_lex.find_entity(d.claimant);
                denier && (denier->has_kind("lab") || denier->has_kind("company")) && !denier->has_kind("chipmaker") &&
                joined_with(s, parties, d.claimant, f.actor))
                d = Denial{}, others_in_report = true;
        std::string object = f.object;
        // ("MiniMax has not engaged in any unauthorised access to third-party models": with no
        // accusation before, the actor's own denial of the practice, the sentence's one cue,
        // stands without an object.)
        if (f.object_from_accusation) {
            object = object_accused_of(f.actor, f.allegation);
            if (object.empty() && (d.claimant != f.actor || s.cues.size() > 1)) return std::nullopt;
        }
        // "TAIPEI, March 18 (Lotus Wire) - ...": the publisher acts in no claim of its own article.
        if (!m_lex.find_entity(f.actor) && same_name(f.actor, m_article.source)) return std::nullopt;
        Claim c;
        c.actor = f.actor;
        c.open_world = !m_lex.find_entity(c.actor);
        c.actor_kind = c.open_world ? m_open_names.kind_of(c.actor) : "";
        c.allegation = f.allegation;
        c.hardware = f.hardware;
        c.object = object;
        c.cue = m_article.text.substr(s.tokens[cue.first].start, s.tokens[cue.last].end - s.tokens[cue.first].start);
        c.polarity = d.denied ? Polarity::denied : Polarity::asserted;
        c.claimant = d.denied             ? d.claimant
                     : others_in_report ? publisher_of_report(m_article.text, s, parties, m_lex, cue.first)
                                        : claimant_at(m_article.text, s, parties, m_lex, cue.first, f.object);
        c.claimant = as_source(c.claimant, span.start);
        if (f.first_person && c.claimant.empty()) c.claimant = c.actor;  // "we did not ...," X said
        c.modality = d.denied ? Modality::stated : modality_at(s, m_lex, cue.first, def.modality);
        c.event_date = event_date_at(dates, cue.first);
        set_evidence(c, span);
        Features x{};
        set(x, Feature::via_reference, f.via_reference);
        set(x, Feature::model_actor, f.model_actor);
        set(x, Feature::list_actor, f.list_actor);
        const std::size_t gap = f.actor_at > cue.last ? f.actor_at - cue.last : cue.first - std::min(cue.first, f.actor_at);
        set(x, Feature::actor_distance, std::min(2.5, static_cast<double>(gap) / 10));
        set(x, Feature::patient_frame, def.frame == Frame::patient);
        set(x, Feature::passive_frame, def.frame == Frame::passive || def.frame == Frame::recipient);
        set(x, Feature::other_cues, std::min(1.0, static_cast<double>(s.cues.size() - 1) / 3));
        set(x, Feature::parties, std::min(1.0, static_cast<double>(parties.size()) / 5));
        set(x, Feature::sentence_words, std::min(2.0, static_cast<double>(s.tokens.size()) / 40));
        set(x, Feature::cue_words, std::min(1.5, static_cast<double>(cue.last - cue.first + 1) / 4));
        set(x, Feature::headline, m_sentence == 0);
        score(c, x);
        return c;
    }

    // The lab whose models the article last said `actor` took (its latest asserted claim of the
    // allegation with an object); "" when none.
    // The lab whose model `actor` was last accused of taking by `allegation`; else by the other
    // allegation of that kind ("accused MiniMax of using fake accounts to query Claude" ... "MiniMax
    // said it has never distilled any third-party model": the denial answers Anthropic).
    std::string object_accused_of(const std::string& actor, const std::string& allegation) const {
        for (const bool same : {true, false})
            for (auto group = m_claims.rbegin(); group != m_claims.rend(); ++group)
                for (auto c = group->claims.rbegin(); c != group->claims.rend(); ++c)
                    if (c->actor == actor && c->polarity == Polarity::asserted && !c->object.empty() &&
                        (same ? c->allegation == allegation
                              : m_lex.rules.at(c->allegation).object == ObjectRule::lab))
                        return c->object;
        return "";
    }

    // "hit back at Anthropic, which last month accused the company of siphoning Claude's
    // responses": the denial is of what the relative clause tells, which its subject asserts.
    bool denies_relative_clause(const SentenceParse& s, const PhraseMatch& cue) const {
        for (const auto& d : s.denials) {
            const DenialScope scope = m_lex.denials[static_cast<std::size_t>(d.id)].scope;
            if ((scope != DenialScope::governs && scope != DenialScope::rebuts) || d.last >= cue.first) continue;
            if (relative_clause_between(s, d.last, cue.first)) return true;
        }
        return false;
    }

    Claim asserted_in_relative_clause(const SentenceParse& s, const std::vector<Party>& parties, const Span& span,
                                      const FramedClaim& f, const Claim& denied) {
        const PhraseMatch& cue = s.cues[f.cue];
        Claim c = denied;
        c.polarity = Polarity::asserted;
        c.claimant = as_source(claimant_at(m_article.text, s, parties, m_lex, cue.first, f.object), span.start);
        // No attribution: the clause's antecedent is who asserts ("Anthropic, which accused").
        for (std::size_t i = 0; c.claimant.empty() && i + 1 < cue.first; ++i)
            if (opens_relative_clause(s, i))
                if (const Party* antecedent = antecedent_at(parties, i)) c.claimant = antecedent->names.front();
        c.modality = modality_at(s, m_lex, cue.first, m_lex.cues[static_cast<std::size_t>(cue.id)].modality);
        return c;
    }

    // "MiniMax denied a Northbridge Tech report that B200 chips had been smuggled to it": the
    // report denied is a claim of its own, its publisher's.
    std::optional<Claim> asserted_by_report(const SentenceParse& s, const std::vector<Party>& parties, const Span& span,
                                            const FramedClaim& f, const Claim& denied) {
        const PhraseMatch& cue = s.cues[f.cue];
        const std::string publisher = publisher_of_report(m_article.text, s, parties, m_lex, cue.first);
        if (publisher.empty() || publisher == denied.actor || same_name(publisher, denied.claimant)) return std::nullopt;
        return as_reported(s, span, cue, denied, publisher);
    }

    // "Asked about US claims that ..., Fan said the accusations were groundless": a denial after
    // the premise, in the answer, denies it; its speaker denies. Leaves `claim` as it is when the
    // answer denies nothing ("declined to comment", "was not aware of the situation").
    void answer_to_premise(const SentenceParse& s, const std::vector<Party>& parties, const ClauseSpan& premise,
                           Claim& claim) const {
        const AllegationRule& rule = m_lex.rules.at(claim.allegation);
        for (const auto& d : s.denials) {
            const DenialScope scope = m_lex.denials[static_cast<std::size_t>(d.id)].scope;
            const bool denies = scope == DenialScope::governs || scope == DenialScope::judgement ||
                                (scope == DenialScope::rebuts && rule.wrongdoing);
            if (!denies || d.first <= premise.last) continue;
            claim = denial_of(claim, speaker_of(m_article.text, s, m_lex, parties, d.first, claim.actor));
            return;
        }
    }

    // `claim` as the report of `publisher` ("" for the article's own) tells it: asserted, and
    // reported unless its cue says more.
    Claim as_reported(const SentenceParse& s, const Span& span, const PhraseMatch& cue, const Claim& claim,
                      const std::string& publisher) {
        Claim c = claim;
        c.polarity = Polarity::asserted;
        c.claimant = as_source(publisher, span.start);
        const Modality own = modality_at(s, m_lex, cue.first, m_lex.cues[static_cast<std::size_t>(cue.id)].modality);
        c.modality = own == Modality::stated ? Modality::reported : own;
        return c;
    }

    // "There is no evidence that any of these H200 servers reached DeepSeek": a denial that a
    // party received chips the sentence points back to ("these", "the servers"), after the
    // article said such chips were smuggled, denies that they were smuggled to it.
    std::optional<Claim> denied_receipt_of_smuggled(const SentenceParse& s, const Claim& c) const {
        if (c.allegation != "acquired_hardware" || c.polarity != Polarity::denied) return std::nullopt;
        // "these servers", "these H200 servers" (past the chip's name), "the servers".
        const auto demonstrative_before = [&](std::size_t at) {
            std::size_t i = at;  // past the chips named right before (mentions are in order)
            for (auto m = s.mentions.rbegin(); m != s.mentions.rend(); ++m)
                if (m->last + 1 == i && m->entity->type == EntityType::hardware) i = m->first;
            return i > 0 && (s.tokens[i - 1].is("these") || s.tokens[i - 1].is("those") || s.tokens[i - 1].is("the"));
        };
        const bool points_back = std::any_of(s.references.begin(), s.references.end(), [&](const ReferenceMention& r) {
            return r.refers_to == RefersTo::hardware && (r.anaphoric || demonstrative_before(r.first));
        });
        if (!points_back) return std::nullopt;
        const std::string family = c.hardware.empty() ? "" : m_lex.family_of(c.hardware);
        const bool smuggled_before = !earlier_claims([&](const Claim& e) {
                                          return e.allegation == "smuggling" &&
                                                 (c.hardware.empty() || e.hardware == c.hardware ||
                                                  (!e.hardware.empty() && m_lex.family_of(e.hardware) == family));
                                      }).empty();
        if (!smuggled_before) return std::nullopt;
        Claim smuggling = c;
        smuggling.allegation = "smuggling";
        return smuggling;
    }

    // A government's own negated approval ("has decided not to allow Nvidia to sell the B30A",
    // "will not approve exports of Blackwell chips") restricts those exports: the claim is both an
    // approval denied and a restriction asserted. A denial of a report of approval is not.
    // "has never used chips obtained in breach of export controls", "never acquired H100 chips
    // through any channel that breached export controls": a purchase or use whose chips a wrong
    // right after it qualifies; denied, it denies only the wrong (the smuggling cue's claim).
    bool qualified_by_wrong(const SentenceParse& s, std::size_t cue_index) const {
        constexpr std::size_t k_qualifier_reach = 8;
        const PhraseMatch& cue = s.cues[cue_index];
        if (m_lex.cues[static_cast<std::size_t>(cue.id)].allegation != "acquired_hardware") return false;
        return std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& wrong) {
            if (wrong.first <= cue.last || wrong.first - cue.last > k_qualifier_reach ||
                !m_lex.rules.at(m_lex.cues[static_cast<std::size_t>(wrong.id)].allegation).wrongdoing)
                return false;
            // Not a wrong that only describes the chips ("stockpiled smuggled H100s"): those were
            // still bought.
            if (used_as_modifier(s, m_lex, wrong)) return false;
            for (std::size_t i = cue.last + 1; i < wrong.first; ++i)
                if (s.tokens[i].is_mark() && !s.tokens[i].is_possessive()) return false;
            return true;
        });
    }

    bool refuses_exports(const SentenceParse& s, const std::vector<Party>& parties, const Claim& c,
                         const PhraseMatch& cue) const {
        if (c.allegation != "export_approval" || c.polarity != Polarity::denied || c.hardware.empty()) return false;
        // "has not approved the sale", "no licences had yet been approved": how things stand, no
        // refusal ("will not allow", "decided not to approve").
        for (std::size_t i = cue.first; i > 0; --i) {
            const Token& t = s.tokens[i - 1];
            if (t.is("has") || t.is("have") || t.is("had") || t.is("yet")) return false;
            const WordClass word = m_lex.class_of(t);
            if (word != WordClass::auxiliary && word != WordClass::adverb && !t.is("not") && !t.is("n't")) break;
        }
        const Entity* actor = m_lex.find_entity(c.actor);
        return actor && actor->has_kind("government") && denial_for(m_article.text, s, parties, m_lex, cue, c.actor).negated;
    }

    static void set(Features& x, Feature f, double value) { x[static_cast<std::size_t>(f)] = value; }

    // The claim's confidence from the features of how it was found, and those the claim shows.
    void score(Claim& c, Features& x) const {
        set(x, Feature::bias, 1);
        set(x, Feature::named_chip, !c.hardware.empty());
        set(x, Feature::object, !c.object.empty());
        set(x, Feature::claimant, !c.claimant.empty());
        set(x, Feature::reported, c.modality == Modality::reported);
        set(x, Feature::alleged, c.modality == Modality::alleged);
        set(x, Feature::speculative, c.modality == Modality::speculative);
        set(x, Feature::confirmed, c.modality == Modality::confirmed);
        set(x, Feature::denied, c.polarity == Polarity::denied);
        const std::size_t first = static_cast<std::size_t>(Feature::allegation_first);
        for (std::size_t i = 0; i < k_allegation_features; ++i) x[first + i] = c.allegation == k_allegations[i];
        c.confidence = m_lex.confidence.of(x);
        c.confidence_basis.clear();
        if (!m_keep_basis) return;
        for (std::size_t i = 0; i < k_feature_count; ++i)
            if (x[i] != 0) c.confidence_basis += fmt::format("{}{}={:g}", c.confidence_basis.empty() ? "" : " ", feature_name(i), x[i]);
    }

    // A denial in a sentence of its own ("Baidu rejected the accusation"), of claim `c`.
    void score_denial(Claim& c, const SentenceParse& s, std::size_t parties) const {
        Features x{};
        set(x, Feature::denial_elsewhere, 1);
        set(x, Feature::parties, std::min(1.0, static_cast<double>(parties) / 5));
        set(x, Feature::sentence_words, std::min(2.0, static_cast<double>(s.tokens.size()) / 40));
        set(x, Feature::headline, m_sentence == 0);
        score(c, x);
    }

    void set_evidence(Claim& c, const Span& span) const {
        c.evidence_start = span.start;
        c.evidence_end = span.end;
        c.evidence = m_article.text.substr(span.start, span.end - span.start);
    }

    // "Baidu rejected the accusation.": no cue here, so the denial is of what was claimed against
    // the denier before (what was alleged, when the sentence speaks of an accusation), or, when
    // the denier had no claim, of the claims of the report it names. Each denier of the sentence
    // denies in its turn ("DeepSeek rejected OpenAI's claims, and MiniMax called Anthropic's
    // accusation unfounded"); a denial word with no denier of its own is the previous one's act
    // ("dismissed the reports as far-fetched").
    void deny_earlier_claims(const SentenceParse& s, const std::vector<Party>& parties, const ClauseStructure& clauses,
                             const Span& span, bool named_only, SentenceClaims& here) {
        const PhraseMatch* act = nullptr;
        bool rebuts = false;
        for (const auto& d : s.denials) {
            const DenialScope scope = m_lex.denials[static_cast<std::size_t>(d.id)].scope;
            if (scope != DenialScope::governs && scope != DenialScope::judgement && scope != DenialScope::rebuts) continue;
            const Party* denier = denier_of(s, parties, d);
            if (act && !denier) {
                rebuts |= scope == DenialScope::rebuts;
                continue;
            }
            // "An earlier version of this article said MiniMax had denied the accusation": a
            // denial that is what an earlier denial of the sentence gainsays denies nothing.
            if (act && m_lex.denials[static_cast<std::size_t>(act->id)].scope == DenialScope::governs &&
                (denier->first == act->last + 1 || (denier->first == act->last + 2 && s.tokens[act->last + 1].is("that"))))
                continue;
            if (act) deny_earlier_with(s, parties, clauses, span, *act, &d, rebuts, named_only, here);
            act = &d;
            rebuts = scope == DenialScope::rebuts;
        }
        if (act) deny_earlier_with(s, parties, clauses, span, *act, nullptr, rebuts, named_only, here);
    }

    // The party right before a denial who makes it, past auxiliaries or a relative pronoun. One
    // behind a preposition is not the subject: the party before it is ("Megaspeed is not
    // connected to the Veltara case and has denied wrongdoing": Megaspeed denies).
    const Party* denier_of(const SentenceParse& s, const std::vector<Party>& parties, const PhraseMatch& denial) const {
        // "Zhipu AI acknowledged that its researchers had tested Claude, but denied that ...".
        if (const Party* opening = opening_subject_of_but_verb(s, m_lex, parties, denial.first)) return opening;
        const Party* denier = nullptr;
        const Party* before = nullptr;  // the party before the one last seen
        for (const auto& p : parties) {
            if (p.last >= denial.first) break;
            // "Zhipu, for its part, rejected": an aside set off by commas between them; a longer
            // one when it is an apposition, a relative clause or a participle ("Zhipu AI, the
            // Beijing lab that Washington added to its entity list a year ago, called ...", "the
            // Chinese embassy, asked about the memo at a briefing on Friday, called ...").
            // ("MiniMax, which faced a similar complaint from Anthropic, again denied": past the
            // verb's adverbs and auxiliaries.)
            constexpr std::size_t k_aside = 8, k_apposition = 18;
            std::size_t verb = denial.first;
            while (verb > p.last + 1 && (m_lex.class_of(s.tokens[verb - 1]) == WordClass::adverb ||
                                         m_lex.class_of(s.tokens[verb - 1]) == WordClass::auxiliary))
                --verb;
            const auto kind = comma_aside(s, m_lex, p.last, verb);
            const bool describes = kind == AsideKind::apposition || kind == AsideKind::relative ||
                                   kind == AsideKind::participle;
            const bool aside = kind && verb - p.last <= (describes ? k_apposition : k_aside);
            if ((denial.first - p.last <= 3 && !owns_thing(s, p)) || aside ||
                relative_clause_verb(s, m_lex, p.last, denial.first)) {
                denier = &p;
                if (behind_preposition(s, p) && before) denier = before;
            }
            before = &p;
        }
        // "ByteDance said its engineers had used OpenAI's API in full compliance with its terms":
        // a statement of keeping the rules is the act of its clause's subject, however far.
        // (The last party before it that may be a subject: "OpenAI said ByteDance had used the API
        // in compliance with its terms" is ByteDance's. A speaker only of itself: "Beijing said
        // Chinese companies have always abided by the law" is no statement of Beijing's acts.)
        if (!denier && m_lex.denials[static_cast<std::size_t>(denial.id)].scope == DenialScope::rebuts)
            for (const auto& p : parties) {
                if (p.last >= denial.first) break;
                if (behind_preposition(s, p) || owns_thing(s, p) || (p.is_claimant && !speaks_of_itself(s, p))) continue;
                if (std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last) + 1,
                                 s.tokens.begin() + static_cast<std::ptrdiff_t>(denial.first),
                                 [](const Token& t) { return t.is_mark() && !t.is_possessive(); }))
                    denier = &p;
            }
        // "Zhipu has responded, calling OpenAI's claims groundless": a participle after a comma
        // is the act of the clause's subject.
        if (!denier && denial.first > 1 && s.tokens[denial.first - 1].is(",") &&
            s.tokens[denial.first].folded.ends_with("ing"))
            for (const auto& p : parties) {
                if (p.last >= denial.first) break;
                if (!behind_preposition(s, p) && !clause_opens_between(s, p.last, denial.first)) return &p;
            }
        // "A Tencent spokesperson called the report \"pure speculation\"": a judgement after the
        // report it judges is the act of the party a few words before that report.
        constexpr std::size_t k_verb_words = 3;
        if (!denier && m_lex.denials[static_cast<std::size_t>(denial.id)].scope == DenialScope::judgement)
            for (const auto& r : s.references) {
                if (r.refers_to != RefersTo::claim || r.last >= denial.first || denial.first - r.last > 2) continue;
                for (const auto& p : parties)
                    if (p.last < r.first && r.first - p.last <= k_verb_words + 1 && !p.via_reference &&
                        !behind_preposition(s, p) &&
                        std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last) + 1,
                                     s.tokens.begin() + static_cast<std::ptrdiff_t>(r.first),
                                     [](const Token& t) { return t.is_mark(); }))
                        return &p;
            }
        return denier;
    }

    // "ByteDance said its engineers ...", "Nvidia says it ...": whether what claimant `p` says
    // opens with a word for itself.
    bool speaks_of_itself(const SentenceParse& s, const Party& p) const {
        for (const auto& a : s.attributions) {
            if (a.first <= p.last) continue;
            std::size_t next = a.last + 1;
            if (next < s.tokens.size() && s.tokens[next].is("that")) ++next;
            if (next >= s.tokens.size()) return false;
            const Token& t = s.tokens[next];
            return t.is("it") || t.is("its") || t.is("we") || t.is("our");
        }
        return false;
    }

    // "OpenAI's API": a possessor of a thing (not of people or a unit: "Nvidia's spokesperson
    // denied") does not act.
    bool owns_thing(const SentenceParse& s, const Party& p) const {
        if (p.last + 2 >= s.tokens.size() || !s.tokens[p.last + 1].is_possessive()) return false;
        const WordClass noun = m_lex.class_of(s.tokens[p.last + 2]);
        return noun != WordClass::source && noun != WordClass::organization;
    }

    bool behind_preposition(const SentenceParse& s, const Party& p) const {
        std::size_t i = p.first;
        while (i > 0 && m_lex.class_of(s.tokens[i - 1]) == WordClass::determiner) --i;
        return i > 0 && m_lex.class_of(s.tokens[i - 1]) == WordClass::preposition;
    }

    // One denier's denial of earlier claims: `denial` up to `next` (the next denier's, or null).
    // With `named_only` (a claim of the sentence was denied already), only a denial that names
    // whose claims or an accusation, and reaches no cue of the sentence, denies earlier claims.
    void deny_earlier_with(const SentenceParse& s, const std::vector<Party>& parties, const ClauseStructure& clauses,
                           const Span& span, const PhraseMatch& denial, const PhraseMatch* next, bool rebuts,
                           bool named_only, SentenceClaims& here) {
        // "investigating whether Tembusu had complied with the rules": asked, not said.
        if (!clauses.asserts(denial.first, false)) return;
        // "One of them rejected the claim": not known which of the accused denies.
        for (std::size_t i = denial.first > k_some_of_reach ? denial.first - k_some_of_reach : 0; i < denial.first; ++i)
            if (some_of(s, i) && std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                              s.tokens.begin() + static_cast<std::ptrdiff_t>(denial.first),
                                              [](const Token& t) { return t.is_mark(); }))
                return;
        const bool first_act = std::none_of(s.denials.begin(), s.denials.end(), [&](const PhraseMatch& d) {
            return d.first < denial.first && m_lex.denials[static_cast<std::size_t>(d.id)].scope != DenialScope::negation;
        });
        const std::size_t from = first_act ? 0 : denial.first, to = next ? next->first : s.tokens.size();
        auto in_reach = [&](std::size_t i) { return i >= from && i < to; };
        bool names_claim = false, accusation = false, singular = false, wrongdoing = false, one_report = false;
        bool pointed_at = false;  // "that account", "this report": the one just told
        for (const auto& r : s.references)
            // ("The Ledger's reporting was done apart, and the resellers said they had not
            // spoken to its editors": a report named in a clause before ", and" is not this
            // speaker's object.)
            if (r.refers_to == RefersTo::claim && in_reach(r.first) &&
                !(r.last < denial.first && joined_clause_between(s, r.last, denial.first))) {
                names_claim = true, accusation |= r.accusation, singular |= r.singular, wrongdoing |= r.wrongdoing;
                one_report |= r.singular && r.anaphoric;  // "that report", "the story"
                pointed_at |= r.singular && r.anaphoric && (s.tokens[r.first].is("that") || s.tokens[r.first].is("this"));
            }
        // "OpenAI's claims", "Anthropic's accusation": whose claims are denied.
        const Party* accuser = nullptr;
        for (std::size_t i = std::max(from, denial.first); i + 1 < to && !accuser; ++i) {
            const WordClass noun = m_lex.class_of(s.tokens[i + 1]);
            if (!s.tokens[i].is_possessive() || (noun != WordClass::claim_noun && noun != WordClass::document)) continue;
            for (const auto& p : parties)
                if (p.last + 1 == i) accuser = &p;
            names_claim |= accuser != nullptr;
        }
        if (named_only && (!(accuser || accusation || one_report) ||
                           std::any_of(s.cues.begin(), s.cues.end(), [&](const PhraseMatch& cue) {
                               // "calling OpenAI's claims groundless and saying it has never used
                               // fake accounts": a cue in a clause of its own is not this denial's.
                               return cue.first >= denial.first && cue.first < to &&
                                      !clause_opens_between(s, denial.last, cue.first);
                           })))
            return;
        // "Moonshot denied it within hours", "Nvidia disputed that on Monday": a pronoun that is
        // the denial's object (no verb after it) is what was said before; so is one that closes
        // the denial's own words ("found no evidence of that."): evidence of a wrong, which is
        // all it denies.
        const auto pronoun_object_at = [&](std::size_t at) {
            const std::string& object = s.tokens[at].folded;
            const bool pronoun = object == "it" || object == "this" || object == "that";
            const std::size_t after = at + 1;
            return pronoun && (after >= to || s.tokens[after].is_mark() ||
                               m_lex.class_of(s.tokens[after]) == WordClass::preposition ||
                               m_lex.class_of(s.tokens[after]) == WordClass::adverb);
        };
        const bool evidence_of = denial.last > denial.first && pronoun_object_at(denial.last) &&
                                 m_lex.class_of(s.tokens[denial.last - 1]) == WordClass::preposition;
        const bool pronoun_object = evidence_of || (denial.last + 1 < to && pronoun_object_at(denial.last + 1));
        wrongdoing |= evidence_of;
        // It points at the last report, as "that report" does.
        names_claim |= pronoun_object, one_report |= pronoun_object, pointed_at |= pronoun_object;
        // "Beijing called it a smear", "dismissed it as baseless": the pronoun right after the
        // denial's verb, inside its own words.
        if (denial.first + 1 < denial.last)
            names_claim |= (s.tokens[denial.first + 1].is("it") || s.tokens[denial.first + 1].is("this")) &&
                           std::none_of(s.attributions.begin(), s.attributions.end(),
                                        [&](const PhraseMatch& a) { return a.first == denial.first; });
        // "Baidu rejected the accusation", "DeepSeek denied it.", "MiniMax said it complies with
        // the rules": what is denied is named, plainly the last claim, or all that was claimed
        // against the speaker; "said the company does not discuss products" denies nothing.
        if (!names_claim && !rebuts && denial.last + 3 < to) return;
        // "..., a charge the company has denied": what this sentence said, which claimed nothing.
        for (std::size_t i = denial.first > 5 ? denial.first - 5 : 0; i + 1 < denial.first; ++i)
            if ((s.tokens[i].is("a") || s.tokens[i].is("an")) &&
                m_lex.class_of(s.tokens[i + 1]) == WordClass::claim_noun)
                return;
        // "The White House hasn't denied it", "Baidu has not disputed the report": a denial
        // negated (a negation of denials.tsv right before it) denies nothing.
        constexpr std::size_t k_negated_reach = 2;
        if (std::any_of(s.denials.begin(), s.denials.end(), [&](const PhraseMatch& n) {
                return m_lex.denials[static_cast<std::size_t>(n.id)].scope == DenialScope::negation &&
                       n.last < denial.first && denial.first - n.last <= k_negated_reach;
            }))
            return;
        const Party* denier = denier_of(s, parties, denial);
        // "..., which Zhipu rejected": what this sentence said, which claimed nothing.
        if (denier && denier->first >= 2 && (s.tokens[denier->first - 1].is("which")) &&
            s.tokens[denier->first - 2].is(","))
            return;
        // A denier that is no party of ours ("The Chinese embassy pushed back against the
        // accusations") still denies the report it names, in its own words; one further off
        // speaks through an attribution ("Meta said the allegations were without merit").
        std::string denier_name = denier ? denier->names.front() : "";
        if (!denier && !s.attributions.empty())
            denier_name = claimant_at(m_article.text, s, parties, m_lex, denial.first, "");
        if (!denier && denier_name.empty()) denier_name = phrase_before(s, denial.first);
        denier_name = as_source(denier_name, span.start);
        // "The charge is baseless.": with nobody speaking, the article denies in its own voice.
        const bool own_voice = !denier && denier_name.empty() && s.attributions.empty();
        if (!denier && (!names_claim || (denier_name.empty() && !own_voice))) return;

        // "A spokesperson for the Chinese embassy called the accusation groundless": a government
        // denies an accusation against its country's firms.
        auto speaks_for = [&](const Claim& c) {
            if (!denier || !denier->has_kind("government") || !accusation) return false;
            const Entity* firm = m_lex.find_entity(c.actor);
            const Entity* home = firm ? m_lex.government_of(firm->country) : nullptr;
            return home && !firm->has_kind("government") &&
                   std::count(denier->names.begin(), denier->names.end(), home->canonical) > 0;
        };
        std::vector<const Claim*> targets = earlier_claims([&](const Claim& c) {
            if (!denier || (std::count(denier->names.begin(), denier->names.end(), c.actor) == 0 && !speaks_for(c)))
                return false;
            // Beside a denial of its own, the accusation denied is of a wrong.
            if (named_only && !one_report && !m_lex.rules.at(c.allegation).wrongdoing) return false;
            return !accuser || std::count(accuser->names.begin(), accuser->names.end(), c.object) > 0 ||
                   std::count(accuser->names.begin(), accuser->names.end(), c.claimant) > 0;
        });
        if ((named_only || pointed_at) && one_report && !accuser && !accusation && !targets.empty()) {
            // "denied that report, ... and said it had never ...", "disputed that account": the
            // last report's claims, not what the denier said of itself nor older reports.
            std::erase_if(targets, [&](const Claim* c) { return c->claimant == denier_name; });
            if (targets.empty()) return;
            const std::size_t last = targets.back()->evidence_start;
            std::erase_if(targets, [&](const Claim* c) { return c->evidence_start != last; });
        }
        if (accusation) {
            // "rejected the accusation": what was alleged, and when one, the first allegation
            // (the lede), not every claim made against the denier since. "OpenAI's allegations":
            // the wrongs OpenAI said it did, however it said them ("told lawmakers that ...").
            // What someone alleged: a claim in an accuser's words (a claimant other than the
            // denier) of what would be contested, or one whose cue accuses.
            auto is_alleged = [&](const Claim* c) {
                if (accuser) return m_lex.rules.at(c->allegation).wrongdoing;
                return c->modality == Modality::alleged ||
                       (m_lex.rules.at(c->allegation).contested && !c->claimant.empty() && c->claimant != denier_name);
            };
            // A headline names the accusation as its lede does: "the accusation" is both ("Anthropic
            // says MiniMax used fake accounts" over "Anthropic accused MiniMax of distillation").
            const auto in_headline = [&](const Claim* c) {
                return !m_claims.empty() && m_claims.front().sentence == 0 &&
                       std::any_of(m_claims.front().claims.begin(), m_claims.front().claims.end(),
                                   [&](const Claim& h) { return &h == c; });
            };
            std::vector<const Claim*> alleged;
            std::size_t lede = std::string::npos;  // the first accusation's sentence after a headline
            for (auto* c : targets) {
                if (!is_alleged(c)) continue;
                const bool first = alleged.empty() || c->evidence_start == alleged.front()->evidence_start;
                const bool after_headline = !alleged.empty() && in_headline(alleged.front()) && !in_headline(c) &&
                                            (lede == std::string::npos || c->evidence_start == lede);
                if (singular && !first && !after_headline) continue;
                if (after_headline) lede = c->evidence_start;
                alleged.push_back(c);
            }
            if (!alleged.empty()) targets = alleged;
        }
        // A lab or firm that rejects "the claims" with none made against it here speaks of claims
        // this article did not catch: it does not deny what others were said to do ("MiniMax did
        // not reply, while Moonshot AI called the claims groundless"). A chip maker or a
        // government does speak for others ("Nvidia called the report that DeepSeek ...").
        const bool speaks_for_others = !denier || (!denier->has_kind("lab") && !denier->has_kind("company") &&
                                                   !denier->has_kind("person"));
        // A chip maker speaks for its own chips: not for Huawei's in "Nvidia said it had no
        // evidence that Zhipu received its products" (others_chips, below).
        const Entity* who = m_lex.find_entity(denier_name);
        // A government speaks for its own country's firms: not for Google in "Anthropic said
        // Google distilled Claude. A spokesperson for the Chinese embassy called the accusation
        // baseless."
        auto others_chips = [&](const Claim& c) {
            if (who && who->has_kind("government")) {
                const Entity* firm = m_lex.find_entity(c.actor);
                const Entity* home = firm && !firm->has_kind("government") ? m_lex.government_of(firm->country) : nullptr;
                return home && home != who;
            }
            if (!who || !who->has_kind("chipmaker") || c.hardware.empty()) return false;
            const Entity* chip = m_lex.find_entity(c.hardware);
            return chip && chip->vendor != who->canonical;
        };
        if (targets.empty() && names_claim && speaks_for_others && !m_claims.empty() &&
            m_sentence - m_claims.back().sentence <= 3) {
            for (const auto& c : m_claims.back().claims)
                if (c.polarity == Polarity::asserted && !others_chips(c)) targets.push_back(&c);
            // "A senior official said DeepSeek obtained H100 chips. The official said it used
            // shell companies ... Nvidia disputed that account": the account is all that source
            // said in the sentences before.
            const std::size_t last = targets.size();
            for (auto group = m_claims.rbegin() + 1;
                 group != m_claims.rend() && m_sentence - group->sentence <= 3; ++group)
                for (const auto& c : group->claims)
                    if (c.polarity == Polarity::asserted && !others_chips(c) &&
                        std::any_of(targets.begin(), targets.begin() + static_cast<std::ptrdiff_t>(last),
                                    [&](const Claim* t) { return same_source(t->claimant, c.claimant); }))
                        targets.push_back(&c);
        }
        // "dismissed the distillation accusations", "called the smuggling story a fantasy": a cue
        // that names the claims denied keeps the denial to claims of its allegation.
        std::vector<std::string_view> named;
        // "the accusation that MiniMax had copied ...", "the accusations against DeepSeek": the
        // claims of the one named right after.
        const Party* accused = nullptr;
        for (const auto& r : s.references) {
            if (r.refers_to != RefersTo::claim || !in_reach(r.first)) continue;
            for (const auto& cue : s.cues)
                if (cue.first >= r.first ? cue.last <= r.last : cue.last + 1 == r.first)
                    named.push_back(m_lex.cues[static_cast<std::size_t>(cue.id)].allegation);
            if (r.last + 2 < s.tokens.size() && (s.tokens[r.last + 1].is("that") || s.tokens[r.last + 1].is("against")))
                for (const auto& p : parties)
                    if (p.first == r.last + 2 && !p.via_reference) accused = &p;
        }
        // "rejected the accusation, saying it had never distilled Claude": the participle right
        // after the one accusation says which of its wrongs done with others' models the
        // rejection is of (the fake accounts of the same accusation stay claimed). Not of "the
        // allegations", which the participle need not list; and a denial of buying chips ("never
        // bought H200s") covers their smuggling too.
        constexpr std::size_t k_object_words = 3;
        bool elaborated = false;
        for (std::size_t i = denial.last + 1; i < to && i + 1 < s.tokens.size() && i <= denial.last + k_object_words + 1;
             ++i)
            if (s.tokens[i].is_mark()) {
                elaborated = s.tokens[i].is(",") && s.tokens[i + 1].folded.ends_with("ing");
                break;
            }
        const auto of_models = [&](const std::string& allegation) {
            return m_lex.rules.at(allegation).object == ObjectRule::lab;
        };
        if (named.empty() && named_only && singular && elaborated) {
            std::vector<std::string_view> elaborates;
            for (const auto& c : here.claims)
                if (c.polarity == Polarity::denied && of_models(c.allegation)) elaborates.push_back(c.allegation);
            if (!elaborates.empty())
                std::erase_if(targets, [&](const Claim* c) {
                    return of_models(c->allegation) &&
                           std::find(elaborates.begin(), elaborates.end(), c->allegation) == elaborates.end();
                });
        }
        if (!named.empty())
            std::erase_if(targets, [&](const Claim* c) {
                return std::find(named.begin(), named.end(), c->allegation) == named.end();
            });
        if (accused)
            std::erase_if(targets, [&](const Claim* c) {
                return std::count(accused->names.begin(), accused->names.end(), c->actor) == 0;
            });
        // "complied with the terms of service" rebuts what was said of its use of others' models,
        // "complies with export controls" what was said of its chips.
        bool access = false, trade = false;
        for (std::size_t i = denial.first; i < to && i <= denial.last + 6; ++i) {
            access |= m_lex.class_of(s.tokens[i]) == WordClass::access_rule;
            trade |= m_lex.class_of(s.tokens[i]) == WordClass::trade_rule;
        }
        std::size_t denied = 0;
        for (const Claim* t : targets) {
            const AllegationRule& rule = m_lex.rules.at(t->allegation);
            // A rule is denied only by its own government naming the report ("the commerce
            // ministry said such reports do not conform to the facts").
            const Entity* ruler = m_lex.find_entity(denier_name);
            const bool own_rule = names_claim && denier_name == t->actor && ruler &&
                                  ruler->has_kind("government") &&
                                  (t->allegation == "export_restriction" || t->allegation == "export_approval");
            if (!rule.contested && !own_rule) continue;
            if (access != trade && (access ? rule.object != ObjectRule::lab : !rule.carries_hardware())) continue;
            // "said it complies with all applicable laws", "denied wrongdoing": no purchase or
            // training denied.
            if (((rebuts && !names_claim) || wrongdoing) && !rule.wrongdoing) continue;
            // "Moonshot AI and MiniMax have both rejected the accusations": each denies its own.
            const bool one_of_list = denier && denier->names.size() > 1 &&
                                     std::count(denier->names.begin(), denier->names.end(), t->actor) > 0;
            here.claims.push_back(later_denial_of(*t, one_of_list ? t->actor : denier_name, s, parties, span));
            ++denied;
        }
        // "A Megaspeed spokesperson said the company strictly complies with all export control
        // laws", "Megaspeed has denied wrongdoing": a firm that says it keeps the export rules or
        // did no wrong, with nothing claimed against it here, denies smuggling in general.
        // Only in its own words: "the chips DeepSeek had acquired in full compliance", as a
        // report says, is the report's.
        // The firm is the denier, or the speaker of a statement with none ("DeepSeek has said the
        // H800 chips it trained on were bought legally").
        const Entity* firm = m_lex.find_entity(denier_name);
        const bool firm_speaks = denier ? denier->has_kind("lab") || denier->has_kind("company")
                                        : firm && (firm->has_kind("lab") || firm->has_kind("company"));
        if (denied == 0 && (trade || wrongdoing) && !access && firm_speaks &&
            (!rebuts || claimant_at(m_article.text, s, parties, m_lex, denial.first, denier_name) == denier_name)) {
            Claim c;
            c.actor = denier_name;
            c.allegation = "smuggling";
            c.polarity = Polarity::denied;
            c.claimant = denier_name;
            c.cue = m_article.text.substr(s.tokens[denial.first].start,
                                          s.tokens[denial.last].end - s.tokens[denial.first].start);
            set_evidence(c, span);
            score_denial(c, s, parties.size());
            here.claims.push_back(std::move(c));
        }
    }

    // "DeepSeek does not use smuggled chips": with no chip named, denying the use of smuggled
    // chips denies the smuggling, not that it has chips at all; and "had not used Blackwell chips
    // for training" denies the training, not the chips. The use is dropped beside the smuggling
    // or training denied of the same actor. (Asserted, "is using chips that were snuck in" says
    // it has some: both stay. "has never purchased smuggled H200 chips" is left as both: the
    // annotators of our sets split on it.)
    static void drop_use_denied_for_its_wrong(std::vector<Claim>& claims) {
        const auto denied_beside = [&](const Claim& use) {
            return std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
                if (c.actor != use.actor || c.polarity != Polarity::denied) return false;
                if (c.allegation == "smuggling") return c.hardware.empty() && use.hardware.empty();
                return c.allegation == "trained_on" && c.hardware == use.hardware &&
                       (use.cue.starts_with("use") || use.cue.starts_with("Use"));
            });
        };
        std::erase_if(claims, [&](const Claim& c) {
            return c.allegation == "acquired_hardware" && c.polarity == Polarity::denied && denied_beside(c);
        });
    }

    // An earlier claim denied in this sentence, with this sentence as its evidence.
    Claim later_denial_of(const Claim& earlier, const std::string& denier, const SentenceParse& s,
                          const std::vector<Party>& parties, const Span& span) const {
        Claim c = denial_of(earlier, denier);
        c.event_date.clear();  // the denial's own sentence: the event is the earlier one's
        set_evidence(c, span);
        score_denial(c, s, parties.size());
        return c;
    }

    // "Nvidia said it had seen no evidence of smuggling", "found no evidence that its chips had
    // been diverted": a denial over a cue that found no actor of its own denies what the last
    // six sentences claimed of that allegation; a chip maker speaks for its own chips only.
    void deny_earlier_by_cue(const SentenceParse& s, const std::vector<Party>& parties, const Span& span,
                             SentenceClaims& here) {
        constexpr int k_sentences_back = 6;
        constexpr std::size_t k_negation_reach = 6;  // as denials.tsv says of negations
        for (const auto& d : s.denials) {
            const DenialScope scope = m_lex.denials[static_cast<std::size_t>(d.id)].scope;
            // Of the negations, only "no evidence of" and the like: a bare "cannot sell" or
            // "not received" says what someone did not do, not that a report was wrong.
            if (scope != DenialScope::governs && !(scope == DenialScope::negation && s.tokens[d.first].is("no")))
                continue;
            const PhraseMatch* cue = nullptr;
            for (const auto& c : s.cues)
                if (c.first > d.last && (scope == DenialScope::governs || c.first - d.last <= k_negation_reach) &&
                    !clause_opens_between(s, d.last, c.first)) {
                    cue = &c;
                    break;
                }
            if (!cue) continue;
            // "she said she had never suggested anyone was distilling anything": what is negated
            // is the saying, not what would have been said.
            if (std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& a) {
                    return a.first > d.last && a.last < cue->first;
                }))
                continue;
            // "A Tencent spokesman said the company has never purchased any products in violation
            // of export rules": a cue with a subject of its own after the denial speaks of that
            // subject, not of what others were said to do (a passive one, "the company has never
            // been denied access", is whom it was done to).
            const auto passive_after = [&](std::size_t from) {
                for (std::size_t i = from; i <= cue->last; ++i)
                    if (s.tokens[i].is("been") || s.tokens[i].is("being") || s.tokens[i].is("be")) return true;
                return false;
            };
            if (std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                    return p.first > d.first && p.last < cue->first && !passive_after(p.last + 1);
                }))
                continue;
            const std::string& allegation = m_lex.cues[static_cast<std::size_t>(cue->id)].allegation;
            if (!m_lex.rules.at(allegation).contested) continue;
            const Party* denier = nullptr;
            for (const auto& p : parties)
                if (p.last < d.first && !p.via_reference) denier = &p;
            std::string denier_name = denier ? denier->names.front()
                                             : claimant_at(m_article.text, s, parties, m_lex, d.first, "");
            denier_name = as_source(denier_name, span.start);
            if (denier_name.empty()) continue;
            const Entity* maker = denier && denier->has_kind("chipmaker") ? m_lex.find_entity(denier->names.front()) : nullptr;
            for (const auto& sc : m_claims) {
                if (m_sentence - sc.sentence > k_sentences_back) continue;
                for (const auto& c : sc.claims) {
                    if (c.polarity != Polarity::asserted || c.allegation != allegation || c.actor == denier_name) continue;
                    if (maker) {
                        const Entity* chip = c.hardware.empty() ? nullptr : m_lex.find_entity(c.hardware);
                        if (!chip || chip->vendor != maker->canonical) continue;
                    }
                    here.claims.push_back(later_denial_of(c, denier_name, s, parties, span));
                }
            }
            return;
        }
    }

    // A claimant is a source: a party, a name ("Lumen Research", "Alexandr Wang") or people of a
    // kind ("people familiar with the matter", "officials": word_classes.tsv, source); a fragment
    // ("the report also", "with a") is none, and the article speaks in its own voice. A bare
    // surname takes the full name the article gave it before `before` ("Wang" after "Alexandr
    // Wang"), so that one person's sentences are one origin.
    // "The report also said" after "Granite Report said": a document that speaks is the outlet
    // that spoke last in the article.
    std::string as_source(std::string claimant, std::size_t before) {
        if (claimant.empty()) return claimant;
        // "Huaxin Economic Daily's pre-launch story": whose story it is. "of the House Select
        // Committee on China,": a fragment's leading preposition and trailing comma.
        if (const auto possessive = claimant.find("'s "); possessive != std::string::npos && is_upper(claimant[0]))
            claimant.resize(possessive);
        while (!claimant.empty() && (claimant.back() == ',' || claimant.back() == ';' || claimant.back() == ' '))
            claimant.pop_back();
        // ("In December the account told its followers": past a phrase of time too.)
        for (std::size_t space = claimant.find(' ');
             space != std::string::npos && m_lex.class_of(ascii_lower(claimant.substr(0, space))) == WordClass::preposition;
             space = claimant.find(' ')) {
            claimant.erase(0, space + 1);
            for (std::size_t next = claimant.find(' '); next != std::string::npos; next = claimant.find(' ')) {
                const NameRole* role = m_lex.names.role_of(ascii_lower(claimant.substr(0, next)));
                if (!role || *role != NameRole::not_name) break;
                claimant.erase(0, next + 1);
            }
        }
        if (const Entity* e = m_lex.find_entity(claimant)) {
            if (e->kind == "publication") m_last_outlet = claimant;
            return claimant;
        }
        // "The Token Ledger" and "Token Ledger" are one outlet no lexicon lists.
        if (claimant.size() > 4 && claimant.starts_with("The ") && is_upper(claimant[4])) claimant.erase(0, 4);
        // "... the report itself is hedged. It says ...": "it" right after a sentence that speaks
        // of a document, and that stands for no party, is the document, its author's words.
        if ((claimant == "It" || claimant == "it") && document_before()) return m_last_outlet;
        // "Tuesday", "March": a word that is never a name.
        if (claimant.find(' ') == std::string::npos && m_lex.class_of(ascii_lower(claimant)) != WordClass::source)
            if (const NameRole* r = m_lex.names.role_of(ascii_lower(claimant)); r && *r == NameRole::not_name) return "";
        bool named = false, source = false, document = false, leading_seen = false;
        std::size_t words = 0;
        for (std::size_t at = 0; at < claimant.size();) {
            std::size_t end = claimant.find(' ', at);
            if (end == std::string::npos) end = claimant.size();
            const std::string word = ascii_lower(claimant.substr(at, end - at));
            const WordClass kind = m_lex.class_of(word);
            // "the indictment unsealed in federal court": the document, not where it was filed
            // ("people briefed on the talks" says who they are, and stays).
            if (words > 0 && !source && !is_upper(claimant[at]) && is_participle(word)) {
                claimant.resize(at - 1);
                break;
            }
            // "Report says ...": a document's capital is the headline's, not a name's.
            if (end > at && is_upper(claimant[at]) && !(words == 0 && kind == WordClass::determiner) &&
                kind != WordClass::document)
                named = true;
            source |= kind == WordClass::source || kind == WordClass::organization;
            if (!leading_seen && kind != WordClass::determiner) document = kind == WordClass::document;
            leading_seen |= kind != WordClass::determiner;
            words += end > at;
            at = end + 1;
        }
        if (words == 1 && named) return full_name_of(claimant, before);
        if (!named && source)
            if (std::string government = government_speaking(claimant); !government.empty()) return government;
        if (named && !source) m_last_outlet = claimant;  // "Granite Report", "Potomac Wire"
        if (!named && !source && document) return m_last_outlet;
        return named || source ? claimant : "";
    }

    // Whether the sentence before this one spoke of a document ("the study"), a word of no
    // capital of word_classes.tsv's document class. Read again only when asked (rarely).
    bool document_before() const {
        const auto& p = m_previous_sentence;
        if (p.end <= p.start) return false;
        const auto tokens = tokenize(m_article.text, p.start, p.end);
        return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
            return !t.capitalized && m_lex.class_of(t.folded) == WordClass::document;
        });
    }

    // "Beijing pushed back. A foreign ministry spokesperson said ...": a claimant that names no
    // one but holds a government's office (word_classes.tsv) speaks for the government named in
    // the sentence before ("Beijing pushed back."), else in its own, if one is; "" else.
    std::string government_speaking(const std::string& claimant) const {
        bool office = false;
        for (std::size_t at = 0; at < claimant.size() && !office;) {
            std::size_t end = claimant.find(' ', at);
            if (end == std::string::npos) end = claimant.size();
            Token word;  // looked up by its folded form (word -2)
            word.folded = ascii_lower(claimant.substr(at, end - at));
            office = m_lex.has_trait(word, WordTrait::government_office);
            at = end + 1;
        }
        if (!office) return "";
        for (const auto* parties : {&m_discourse.previous_parties, m_parties_here})
            if (parties)
                for (auto p = parties->rbegin(); p != parties->rend(); ++p)
                    if (p->has_kind("government") && p->names.size() == 1) return p->names.front();
        return "";
    }

    // "unsealed", "filed", "seen": a participle that opens a modifier after a noun.
    static bool is_participle(const std::string& word) {
        return (word.size() > 4 && word.ends_with("ed")) || word == "seen" || word == "written" || word == "sent";
    }

    // "Alexandr Wang" for "Wang": the last capitalised word written right before the surname in
    // the text before `before`; the surname itself when there is none.
    std::string full_name_of(const std::string& surname, std::size_t before) const {
        const std::string_view text = std::string_view(m_article.text).substr(0, before);
        for (std::size_t at = text.rfind(surname); at != std::string_view::npos && at >= 2;
             at = text.rfind(surname, at - 1)) {
            const std::size_t end = at + surname.size();
            if ((end < text.size() && is_letter(text[end])) || text[at - 1] != ' ') continue;
            std::size_t first = at - 1;
            while (first > 0 && is_letter(text[first - 1])) --first;
            if (first == at - 1 || !is_upper(text[first])) continue;
            const std::string given(text.substr(first, at - 1 - first));
            if (m_lex.class_of(ascii_lower(given)) != WordClass::other) continue;  // "The Wang"
            return given + " " + surname;
        }
        return surname;
    }

    // Whether two names are one, but for case and a leading "The" ("The Lotus Wire", "Lotus Wire").
    static bool same_name(std::string_view a, std::string_view b) {
        auto bare = [](std::string_view n) {
            if (n.size() > 4 && (n.starts_with("The ") || n.starts_with("the "))) n.remove_prefix(4);
            return n;
        };
        a = bare(a), b = bare(b);
        return !a.empty() && a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    }

    // Whether two claimants are one source: the same name, or one the other's last words ("the
    // official" after "a senior State Department official").
    static bool same_source(std::string_view a, std::string_view b) {
        if (a.empty() || b.empty()) return false;
        if (a.size() < b.size()) std::swap(a, b);
        const std::string_view tail = a.substr(a.size() - b.size());
        return same_name(tail, b) && (a.size() == b.size() || a[a.size() - b.size() - 1] == ' ');
    }

    static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
    static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
    static std::string ascii_lower(std::string word) {
        for (char& ch : word)
            if (is_upper(ch)) ch = static_cast<char>(ch - 'A' + 'a');
        return word;
    }

    // The words from the clause's start up to `at` ("The Chinese embassy in Washington"), at most
    // eight; "" when that is not a name-like phrase (it must start with a capital).
    std::string phrase_before(const SentenceParse& s, std::size_t at) const {
        if (at == 0) return "";
        std::size_t first = at;
        while (first > 0 && !s.tokens[first - 1].is_mark() && at - first < 8) --first;
        if (first == at || !s.tokens[first].capitalized) return "";
        return m_article.text.substr(s.tokens[first].start, s.tokens[at - 1].end - s.tokens[first].start);
    }

    // "..., a charge the company rejected": a denial after the claim, of the claim it names.
    void deny_in_place(const SentenceParse& s, const std::vector<Party>& parties, const PhraseMatch& cue,
                       const Claim& asserted, std::vector<Claim>& out) const {
        for (const auto& d : s.denials) {
            DenialScope scope = m_lex.denials[static_cast<std::size_t>(d.id)].scope;
            if ((scope != DenialScope::governs && scope != DenialScope::rebuts) || d.first <= cue.last) continue;
            // Before the denial ("a charge the company rejected"), or its object ("it denied that
            // accusation too", where "denied that" is the denial's own words).
            // A name between counts as one word ("an allegation the Chinese embassy in Washington
            // called groundless").
            const auto words_between = [&](std::size_t from, std::size_t to) {
                std::size_t n = to - from;
                for (const auto& p : parties)
                    if (p.first > from && p.last < to) n -= p.last - p.first;
                return n;
            };
            bool named = std::any_of(s.references.begin(), s.references.end(), [&](const ReferenceMention& r) {
                return r.refers_to == RefersTo::claim && r.first > cue.last &&
                       ((r.last < d.first && words_between(r.last, d.first) <= 4) ||
                        (r.first > d.first && r.first <= d.last + 1));
            });
            // "accused Zhipu AI of distilling Claude, which Zhipu denied": the relative pronoun
            // takes up what the sentence said.
            // Not one on a party or a chip named right before it ("ended up with ByteDance, which
            // says", "risks in the H20, which the company denied").
            const auto names_end = [&](std::size_t last) {
                return std::any_of(s.mentions.begin(), s.mentions.end(),
                                   [&](const Mention& m) { return m.last == last && m.entity->type == EntityType::hardware; }) ||
                       std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.last == last && !p.from_model; });
            };
            // ("tracking features, which the company has denied building": a verb after the
            // denial that is no cue says what it denies.)
            const bool denies_other_act = d.last + 1 < s.tokens.size() && !s.tokens[d.last + 1].capitalized &&
                                          s.tokens[d.last + 1].folded.ends_with("ing") && !s.is_inside_cue(d.last + 1);
            for (std::size_t i = cue.last + 1; i < d.first && !named && !denies_other_act; ++i)
                named = opens_relative_clause(s, i) && s.tokens[i + 1].is("which") && d.first - i <= 5 && !names_end(i - 1);
            if (!named) continue;
            std::string denier = subject_before(s, parties, d.first, asserted.actor);
            if (denier.empty()) continue;
            // "a charge the company rejected": a bare reference there is the one accused.
            for (const auto& p : parties)
                if (m_lex.rules.at(asserted.allegation).contested && p.via_reference && p.last < d.first &&
                    d.first - p.last <= 3 &&
                    std::count(p.names.begin(), p.names.end(), denier) > 0 && s.tokens[p.first].is("the"))
                    denier = asserted.actor;
            // "on the Entity List since 2025, when Commerce accused it of ..., a charge the company
            // has denied": a party denies what is alleged of it, not a government's rule. Nor the
            // probe it is under ("summoned Nvidia over what it said were security risks in the
            // H20, a claim the company rejected"): the investigator's act, not its own.
            const AllegationRule& rule = m_lex.rules.at(asserted.allegation);
            const std::string& doer = rule.object == ObjectRule::investigator ? asserted.object : asserted.actor;
            if (!rule.contested && denier != doer) continue;
            // "... had distilled its models, claims Zhipu called groundless": a lab or firm
            // denies what is said of itself, not of the others accused with it.
            const Entity* who = m_lex.find_entity(denier);
            if (who && (who->has_kind("lab") || who->has_kind("company")) && denier != asserted.actor) continue;
            out.push_back(denial_of(asserted, denier));
            score_denial(out.back(), s, parties.size());
            return;
        }
    }

    template <class Pred>
    std::vector<const Claim*> earlier_claims(Pred pred) const {
        std::vector<const Claim*> out;
        // A party denies what was said of it anywhere before in the article: the denial often
        // comes paragraphs after the accusation.
        for (const auto& sc : m_claims) {
            for (const auto& c : sc.claims)
                if (c.polarity == Polarity::asserted && pred(c)) out.push_back(&c);
        }
        return out;
    }

    // One claim per (actor, allegation, hardware, object, polarity, claimant) in an article: a
    // headline repeated in the body says nothing new.
    // The claims are moved out once chosen: this is the extraction's last step.
    // "According to Caldera, ..." after "Caldera Financial News reported ...": a one-word claimant
    // that no lexicon names is the claimant of this article whose name it opens, so that one
    // outlet's sentences are one origin.
    void name_claimants_in_full() {
        std::vector<std::string_view> names;
        for (const auto& sc : m_claims)
            for (const auto& c : sc.claims)
                if (c.claimant.find(' ') != std::string::npos) names.push_back(c.claimant);
        if (names.empty()) return;
        for (auto& sc : m_claims)
            for (auto& c : sc.claims) {
                if (c.claimant.empty() || c.claimant.find(' ') != std::string::npos || m_lex.find_entity(c.claimant)) continue;
                for (std::string_view full : names)
                    if (full.size() > c.claimant.size() && full.starts_with(c.claimant) && full[c.claimant.size()] == ' ') {
                        c.claimant = std::string(full);
                        break;
                    }
            }
    }

    // "Think tank says thousands of Blackwell chips were smuggled to DeepSeek" over a story that
    // names the Center for Strategic Compute Studies: a headline's speaker described, not named
    // (no capital past its first word, or one word of a source: "Witness tells House panel"),
    // is the one the story names for the same claim.
    void name_headline_claimants() {
        if (m_claims.empty() || m_claims.front().sentence != 0) return;
        const auto described = [&](const std::string& claimant) {
            const std::size_t space = claimant.find(' ');
            if (space == std::string::npos) return m_lex.class_of(ascii_lower(claimant)) == WordClass::source;
            return std::none_of(claimant.begin() + static_cast<std::ptrdiff_t>(space), claimant.end(),
                                [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        };
        for (auto& headline : m_claims.front().claims) {
            if (headline.claimant.empty() || !described(headline.claimant)) continue;
            for (auto sc = m_claims.begin() + 1; sc != m_claims.end(); ++sc) {
                // (The same chips, or a member of the headline's family: "Blackwell" over "B200".)
                const auto same_chips = [&](const Claim& c) {
                    return c.hardware == headline.hardware ||
                           (!c.hardware.empty() && m_lex.family_of(c.hardware) == headline.hardware);
                };
                const auto story = std::find_if(sc->claims.begin(), sc->claims.end(), [&](const Claim& c) {
                    return c.actor == headline.actor && c.allegation == headline.allegation &&
                           c.polarity == headline.polarity && c.object == headline.object && same_chips(c) &&
                           !c.claimant.empty() && !described(c.claimant);
                });
                if (story == sc->claims.end()) continue;
                headline.claimant = story->claimant;
                break;
            }
        }
    }

    std::vector<Claim> deduplicated() {
        // Views of the claims' fields, in m_claims, which nothing changes until all are chosen.
        std::set<std::tuple<std::string_view, std::string_view, std::string_view, std::string_view, int,
                            std::string_view>>
            seen;
        std::vector<Claim*> kept;
        for (auto& sc : m_claims)
            for (auto& c : sc.claims)
                if (seen.emplace(c.actor, c.allegation, c.hardware, c.object, static_cast<int>(c.polarity), c.claimant)
                        .second)
                    kept.push_back(&c);
        std::vector<Claim> out;
        out.reserve(kept.size());
        for (Claim* c : kept) out.push_back(std::move(*c));
        return out;
    }

    const Lexicon& m_lex;
    const Article& m_article;
    SentenceParser m_parser;  // this extraction's own: extractions may run on several threads
    Discourse m_discourse;
    bool m_block_start = false;  // the sentence read next opens its paragraph
    OpenNames m_open_names;  // the names no lexicon lists, as first written in this article
    std::vector<SentenceClaims> m_claims;
    int m_sentence = 0;
    int m_hardware_age = 0;
    std::string m_last_outlet;  // the last claimant named that no lexicon lists, or a publication
    Span m_previous_sentence{};  // the sentence read before this one
    const std::vector<Party>* m_parties_here = nullptr;  // the parties of the sentence being read
    bool m_keep_basis = false;
};

}  // namespace

Extractor::Extractor(std::unique_ptr<Lexicon> lexicon) : m_lexicon(std::move(lexicon)) {}
Extractor::~Extractor() = default;

Expected<LexiconSummary> LexiconSummary::load(const std::string& data_dir, const std::string& user_dir) {
    auto files = Lexicon::read_files(data_dir);
    if (!files) return tl::unexpected(files.error());
    auto user = Lexicon::read_user_files(user_dir, false);
    if (!user) return tl::unexpected(user.error());
    auto families = HardwareFamilyTable::load(*files, *user);
    if (!families) return tl::unexpected(families.error());
    return LexiconSummary{std::move(*families), Lexicon::version_of(*files, *user)};
}

Expected<std::unique_ptr<Extractor>> Extractor::load(const std::string& data_dir, const std::string& user_dir) {
    auto files = Lexicon::read_files(data_dir);
    if (!files) return tl::unexpected(files.error());
    auto user = Lexicon::read_user_files(user_dir, false);
    if (!user) return tl::unexpected(user.error());
    auto lexicon = Lexicon::compile(*files, *user);
    if (!lexicon) return tl::unexpected(lexicon.error());
    return std::unique_ptr<Extractor>(new Extractor(std::move(*lexicon)));
}

std::vector<Claim> Extractor::extract(const Article& article, bool keep_confidence_basis) const {
    return ArticleExtraction(*m_lexicon, article, keep_confidence_basis).run();
}

std::string Extractor::explain(const Article& article) const {
    const Lexicon& lex = *m_lexicon;
    std::string out;
    auto words = [&](const SentenceParse& s, std::size_t first, std::size_t last) {
        return article.text.substr(s.tokens[first].start, s.tokens[last].end - s.tokens[first].start);
    };
    SentenceParser parser(lex);
    for (const auto& block : article.body)
        for (const auto& span : split_sentences(article.text, block)) {
            const SentenceParse& s = parser.parse(article.text, span.start, span.end);
            out += "# " + article.text.substr(span.start, span.end - span.start) + "\n";
            for (const auto& m : s.mentions)
                out += "  name  [" + words(s, m.first, m.last) + "] " + m.entity->canonical + (m.is_short ? " (short)" : "") + "\n";
            for (const auto& r : s.references)
                out += "  ref   [" + words(s, r.first, r.last) + "]\n";
            for (const auto& m : s.cues)
                out += "  cue   [" + words(s, m.first, m.last) + "] " + lex.cues[static_cast<std::size_t>(m.id)].allegation + "\n";
            for (const auto& m : s.denials)
                out += "  deny  [" + words(s, m.first, m.last) + "]\n";
            for (const auto& m : s.hedges)
                out += "  hedge [" + words(s, m.first, m.last) + "]\n";
            for (const auto& m : s.attributions)
                out += "  attr  [" + words(s, m.first, m.last) + "]\n";
            for (const auto& m : s.clause_markers)
                out += "  clause [" + words(s, m.first, m.last) + "]\n";
            for (const auto& n : s.names)
                out += "  open  [" + words(s, n.first, n.last) + "]\n";
        }
    return out;
}

const std::string& Extractor::lexicon_version() const { return m_lexicon->version; }
const HardwareFamilies& Extractor::families() const { return *m_lexicon; }
const std::vector<std::string>& Extractor::user_additions() const { return m_lexicon->user_additions; }

}  // namespace tracker::extract
