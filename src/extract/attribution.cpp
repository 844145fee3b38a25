#include "extract/attribution.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/clause_structure.h"
#include "extract/event_date.h"

namespace tracker::extract {

std::optional<std::size_t> accuser_in_relative_clause(const SentenceParse& s, const std::vector<Party>& parties,
                                                      const PhraseMatch& a) {
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const Party& p = parties[i];
        if (p.last + 1 == a.first && p.first > 0 &&
            (s.tokens[p.first - 1].is("which") || s.tokens[p.first - 1].is("that") || s.tokens[p.first - 1].is("whom")))
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> author_of_document_before(const SentenceParse& s, const Lexicon& lex,
                                                    const std::vector<Party>& parties, std::size_t verb) {
    // Words back to the document; a party named counts as one ("to the House Select Committee
    // on the Chinese Communist Party last month").
    constexpr std::size_t k_addressee_words = 5;
    const auto& t = s.tokens;
    std::size_t noun = verb;
    std::size_t words = 0;
    for (std::size_t k = verb; k-- > 0 && ++words <= k_addressee_words + 1;) {
        if (!t[k].capitalized && lex.class_of(t[k]) == WordClass::document) {
            noun = k;
            break;
        }
        if (t[k].is_mark()) break;
        for (const auto& p : parties)
            if (p.last == k && p.first < k) k = p.first;
    }
    if (noun == verb || noun < 2) return std::nullopt;
    // (Between the document and the verb, only whom it went to: "to Congress".)
    if (noun + 1 < verb && !t[noun + 1].is("to")) return std::nullopt;
    if (t[noun - 1].is_possessive()) {
        for (std::size_t i = 0; i < parties.size(); ++i)
            if (parties[i].last + 2 == noun && !parties[i].via_reference) return i;
        return std::nullopt;
    }
    if (noun < 3 || lex.class_of(t[noun - 1]) != WordClass::determiner) return std::nullopt;
    const std::size_t acted = noun - 2;  // "sent", "published", "filed"
    if (t[acted].capitalized || t[acted].is_mark()) return std::nullopt;
    for (std::size_t i = 0; i < parties.size(); ++i)
        if (parties[i].last + 1 == acted && !parties[i].via_reference) return i;
    return std::nullopt;
}

namespace {

constexpr std::size_t k_subject_gap = 3;  // "Anthropic has formally accused": two words between
constexpr std::size_t k_max_phrase = 8;   // a claimant phrase of our own making stays short
constexpr std::size_t k_by_reach = 4;     // "according to a memo reviewed by Bloomberg News"

std::string pick(const std::vector<std::string>& names, const std::string& prefer) {
    if (std::find(names.begin(), names.end(), prefer) != names.end()) return prefer;
    return names.front();
}

bool is_clause_edge(const SentenceParse& s, std::size_t i) {
    return s.tokens[i].is_mark() && !s.tokens[i].is_possessive();
}

// A name that is part of an adjective ("Beijing-based", "Jakarta-based"), its last token
// `last` joined by a hyphen to the next (the tokenizer drops joining hyphens).
bool is_adjective(std::string_view text, const SentenceParse& s, std::size_t last) {
    const std::size_t end = s.tokens[last].end;
    return last + 1 < s.tokens.size() && end < text.size() && text[end] == '-' && s.tokens[last + 1].start == end + 1;
}

// Words that open a subordinate clause or phrase: a speaker's phrase, read backwards from its
// verb, stops there ("The licenses came months after Commerce Department officials told").
bool opens_subordinate(const std::string& w) {
    static const std::set<std::string> k_words = {"after", "before", "when",  "while", "because", "since",
                                                  "although", "though", "if", "than", "that",  "which",
                                                  "who",   "whom",   "where", "until", "whether", "as"};
    return k_words.count(w) > 0;
}

bool is_auxiliary(const std::string& w) {
    static const std::set<std::string> k_words = {"has", "have", "had", "is", "was", "were", "are", "also",
                                                  "previously", "now", "already", "repeatedly", "publicly",
                                                  "since", "later", "earlier", "once"};
    return k_words.count(w) > 0;
}

// Determiners a claimant phrase drops, as the annotation does ("the Pacific Ledger" is "Pacific
// Ledger", "a senior Trump administration official" is "senior Trump administration official").
bool is_determiner(const std::string& w) { return w == "the" || w == "a" || w == "an"; }

std::string slice(std::string_view text, const SentenceParse& s, std::size_t first, std::size_t last) {
    static const std::set<std::string> k_leading = {"that", "and", "but", "while", "as"};
    while (first <= last && (k_leading.count(s.tokens[first].folded) || is_determiner(s.tokens[first].folded)))
        ++first;
    if (first > last) return "";
    return std::string(text.substr(s.tokens[first].start, s.tokens[last].end - s.tokens[first].start));
}

// Words that end a claimant phrase after an `after` attribution: the claimant is a noun phrase,
// and these open what it is said to say or show ("records reviewed by customs officers show
// that ...").
bool opens_clause(const std::string& w) {
    static const std::set<std::string> k_words = {
        "that",    "show",    "shows",   "showed", "shown",  "indicate", "indicates", "indicated",
        "suggest", "suggests", "suggested", "reveal", "reveals", "revealed", "stated",  "say",
        "says",    "said",    "found",   "find",   "finds",  "claim",    "claims",    "claimed",
        "allege",  "alleges", "alleged", "point",  "points", "pointed",  "is",        "are",
        "was",     "were",    "has",     "have",   "had",    "who",      "which",     "when",
        "after",   "before",  "because", "while",  "last",   "this",     "earlier"};
    return k_words.count(w) > 0;
}

// Connectors inside a proper name ("Bureau of Industry and Security", "Procter & Gamble").
bool joins_name(const std::string& w) { return w == "of" || w == "and" || w == "for" || w == "&"; }

// A publication or party named within a few words after `pos`.
std::string named_after(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                        std::size_t pos, const std::string& prefer) {
    for (const auto& m : s.mentions)
        if (m.first > pos && m.first - pos <= 2 && m.entity->has_kind("publication") && !is_adjective(text, s, m.last))
            return m.entity->canonical;
    for (const auto& p : parties)
        if (p.first > pos && p.first - pos <= 2 && !is_adjective(text, s, p.last)) return pick(p.names, prefer);
    return "";
}

// The party or publication whose name starts at token `at`, "" when none does or the name is
// part of an adjective.
std::string name_at(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                    std::size_t at, const std::string& prefer) {
    for (const auto& m : s.mentions)
        if (m.first == at && m.entity->has_kind("publication") && !is_adjective(text, s, m.last)) return m.entity->canonical;
    for (const auto& p : parties)
        if (p.first == at && !is_adjective(text, s, p.last)) return pick(p.names, prefer);
    return "";
}

// The noun phrase from token `first`, without its determiners: a capitalised name ("the Ridge
// Post"), else common words up to one that opens a clause ("people familiar with the matter"),
// or the capitalised name that closes them ("the research firm Lumen Research").
std::string noun_phrase_at(std::string_view text, const SentenceParse& s, std::size_t first) {
    const std::size_t n = s.tokens.size();
    while (first < n && is_determiner(s.tokens[first].folded)) ++first;
    if (first >= n || is_clause_edge(s, first)) return "";
    std::size_t last = first;
    const bool adjective = is_adjective(text, s, first);  // "Jakarta-based outlet"
    if (s.tokens[first].capitalized && !adjective) {
        while (last + 1 < n && last - first + 1 < k_max_phrase) {
            const Token& next = s.tokens[last + 1];
            if (next.capitalized && !next.is_mark()) {
                ++last;
            } else if (joins_name(next.folded) && last + 2 < n && s.tokens[last + 2].capitalized) {
                last += 2;
            } else {
                break;
            }
        }
        return slice(text, s, first, last);
    }
    if (opens_clause(s.tokens[first].folded)) return "";
    while (last + 1 < n && !is_clause_edge(s, last + 1) && !opens_clause(s.tokens[last + 1].folded) &&
           last - first + 1 < k_max_phrase) {
        // A name ends the phrase: "the investigative outlet Lensa Data and two people ..."
        const bool name_goes_on = s.tokens[last + 1].capitalized ||
                                  (joins_name(s.tokens[last + 1].folded) && last + 2 < n && s.tokens[last + 2].capitalized);
        if (last > first && s.tokens[last].capitalized && !name_goes_on) break;
        ++last;
    }
    std::size_t name = last + 1;
    while (name > first + 1 && s.tokens[name - 1].capitalized && !s.tokens[name - 1].is_mark()) --name;
    if (name > last) return slice(text, s, first, last);
    // "the research firm Lumen Research" is Lumen Research; "people familiar with the Commerce
    // Department" stays whole: the name there is what they know, not who they are.
    std::size_t before = name - 1;
    while (before > first && is_determiner(s.tokens[before].folded)) --before;
    static const std::set<std::string> k_prepositions = {"with", "of", "at", "in",    "on",  "for",
                                                         "to",   "from", "about", "by", "and"};
    if (!k_prepositions.count(s.tokens[before].folded)) first = name;
    return slice(text, s, first, last);
}

// The claimant after an `after` attribution ending at token `cue_last`: a name close after it,
// else what follows "by"/"from" in the next words ("according to a filing by Anthropic",
// "according to estimates by the research firm Lumen Research"), else the noun phrase that
// follows ("citing people familiar with the matter").
std::string claimant_after(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                           std::size_t cue_last, const std::string& prefer) {
    std::string named = named_after(text, s, parties, cue_last, prefer);
    if (!named.empty()) return named;
    for (std::size_t i = cue_last + 1; i < s.tokens.size() && i <= cue_last + k_by_reach; ++i) {
        if (is_clause_edge(s, i)) break;
        if (s.tokens[i].is("by") || s.tokens[i].is("from")) {
            named = named_after(text, s, parties, i, prefer);
            if (named.empty()) named = noun_phrase_at(text, s, i + 1);
            if (!named.empty()) return named;
        }
    }
    return noun_phrase_at(text, s, cue_last + 1);
}

// The name that ends right before the comma at token `comma`, past one description set off by
// commas ("The Mekong Ledger, a Bangkok outlet, which ..."); "" when none.
std::string name_before_comma(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                              const Lexicon& lex, std::size_t comma, std::size_t clause_start, const std::string& prefer) {
    if (comma < 1 || comma <= clause_start) return "";
    std::size_t name_end = comma - 1;
    // "Google's report, published on Thursday, said": whose report it is.
    const WordClass noun = lex.class_of(s.tokens[name_end]);
    if ((noun == WordClass::document || noun == WordClass::claim_noun) && name_end >= clause_start + 2 &&
        s.tokens[name_end - 1].is_possessive())
        name_end -= 2;
    for (const auto& m : s.mentions)
        if (m.last == name_end && m.entity->has_kind("publication")) return m.entity->canonical;
    for (const auto& p : parties)
        if (p.last == name_end) return pick(p.names, prefer);
    if (s.tokens[name_end].capitalized && !s.tokens[name_end].is_mark()) {
        // ("the Center for Strategic Compute Studies,": past a word that joins a name's words.)
        const auto capital = [&](std::size_t i) { return s.tokens[i].capitalized && !s.tokens[i].is_mark(); };
        std::size_t name_first = name_end;
        while (name_first > clause_start &&
               (capital(name_first - 1) || (name_first - 1 > clause_start && joins_name(s.tokens[name_first - 1].folded) &&
                                            capital(name_first - 2))))
            name_first -= capital(name_first - 1) ? 1 : 2;
        return slice(text, s, name_first, name_end);
    }
    // A description before the comma: the name before the comma that opens it.
    std::size_t open = name_end;
    while (open > clause_start && s.tokens[open - 1].folded != "," && name_end - open < 8) --open;
    if (open > clause_start + 1 && s.tokens[open - 1].folded == "," && is_determiner(s.tokens[open].folded))
        return name_before_comma(text, s, parties, lex, open - 1, clause_start, prefer);
    return "";
}

// "American AI company Anthropic published a blog post saying": the one party named in a phrase
// that only describes it before its name speaks. Not a party behind a preposition, a relative
// pronoun or a participle ("people familiar with Nvidia's plans", "an analyst who covers
// Huawei"), nor one a noun follows ("Nvidia's critics", "Nvidia customers").
const Party* described_party(const SentenceParse& s, const std::vector<Party>& parties, const Lexicon& lex,
                             std::size_t first, std::size_t last) {
    const Party* head = nullptr;
    for (const auto& p : parties) {
        if (p.via_reference || p.first < first || p.last > last) continue;
        if (head) return nullptr;
        head = &p;
    }
    if (!head || head->first == first) return nullptr;
    const auto describes = [&](const Token& t) {
        const WordClass kind = lex.class_of(t);
        return !t.is_mark() && kind != WordClass::preposition && !t.is("who") &&
               !t.is("which") && !t.is("that") && (t.capitalized || !(t.folded.ends_with("ing") || t.folded.ends_with("ed")));
    };
    for (std::size_t i = first; i < head->first; ++i)
        if (!describes(s.tokens[i])) return nullptr;
    // After the name, its own verb ("published a blog post saying"), if anything.
    if (head->last < last) {
        const Token& next = s.tokens[head->last + 1];
        if (next.capitalized || !(lex.class_of(next) == WordClass::auxiliary || next.folded.ends_with("ed")))
            return nullptr;
    }
    return head;
}

// The claimant before a `before` attribution: a name right before the verb, else the phrase
// since the clause began (or since an earlier attribution: "Officials said prosecutors alleged"
// is the prosecutors' claim); a phrase that opens with a name is that name's ("Baidu filed a
// complaint alleging", "OpenAI sent a letter saying").
std::string claimant_before(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                            const Lexicon& lex, const PhraseMatch& cue, const std::string& prefer) {
    if (cue.first == 0) return "";
    if (const auto author = author_of_document_before(s, lex, parties, cue.first)) return pick(parties[*author].names, prefer);
    std::size_t end = cue.first - 1;
    bool word_before_is_name = false;
    const auto addressee = [&](std::size_t first) {
        if (first > 1 && is_determiner(s.tokens[first - 1].folded)) --first;  // "to the House ..."
        return first > 0 && s.tokens[first - 1].is("to");
    };
    for (const auto& m : s.mentions)
        if ((m.last == end && !addressee(m.first)) || (m.last + 1 < cue.first && m.last + k_subject_gap >= cue.first &&
                              m.entity->has_kind("publication")))
            word_before_is_name = true;
    for (const auto& p : parties)
        if ((p.last == end && !addressee(p.first)) ||  // ("a memo to Congress saying": whom it went to)
            (p.last < cue.first && cue.first - p.last <= k_subject_gap &&
                              !s.tokens[end].capitalized && s.tokens[end].folded.size() <= 9 &&
                              (s.tokens[end].folded.ends_with("ly") || s.tokens[end].is("has") ||
                               s.tokens[end].is("have") || s.tokens[end].is("had") ||
                               s.tokens[end].is("also"))))
            word_before_is_name = true;
    // "US AI company Anthropic on Monday accused": past a date between the name and its verb.
    if (!word_before_is_name && !parties.empty() && !s.tokens[end].is_mark())
        for (const auto& d : date_spans(text, s.tokens))
            if (d.last == end)
                for (const auto& p : parties)
                    if ((p.last + 1 == d.first ||
                         (p.last + 2 == d.first && lex.class_of(s.tokens[p.last + 1]) == WordClass::preposition)) &&
                        !p.via_reference && !addressee(p.first))
                        return pick(p.names, prefer);
    // "DeepSeek, which is backed by High-Flyer, has said": past an aside that closes right before
    // the auxiliary, the name before the aside speaks.
    if (s.tokens[end].is("has") || s.tokens[end].is("have") || s.tokens[end].is("had"))
        for (const auto& p : parties) {
            const auto aside = p.via_reference || p.last >= end ? std::nullopt : comma_aside(s, lex, p.last, end);
            if (aside == AsideKind::relative || aside == AsideKind::apposition) return pick(p.names, prefer);
        }
    if (word_before_is_name) return subject_before(s, parties, cue.first, prefer);
    std::size_t clause_start = 0;
    // (", citing three people ...," between the speaker and its verb is an aside, no clause.)
    auto cites_aside = [&](const PhraseMatch& a) {
        return a.first > 0 && s.tokens[a.first - 1].folded == "," && s.tokens[a.first].folded.ends_with("ing");
    };
    for (const auto& a : s.attributions)
        if (a.last < cue.first && !cites_aside(a)) clause_start = std::max(clause_start, a.last + 1);
    // "the administration reversed course and said ...": the speaker is the subject the two
    // verbs share, the first party of the clause.
    if ((s.tokens[end].is("and") || s.tokens[end].is("but")) && end > clause_start) {
        for (const auto& p : parties)
            if (p.first >= clause_start && p.last < end) return pick(p.names, prefer);
        return "";
    }
    if (s.tokens[end].is("as") && end > clause_start) --end;  // "quoted an engineer as saying"
    // "The Harbor Institute published a report that says ...", "..., a 74-page report that says":
    // a document's words are its publisher's, the name that opens the clause; else the document
    // (as_source takes it to the source last named).
    if ((s.tokens[end].is("that") || s.tokens[end].is("which")) && end > clause_start) {
        std::size_t noun = end - 1;
        if (s.tokens[noun].is(",") && noun > clause_start) --noun;
        if (lex.class_of(s.tokens[noun]) == WordClass::document && !s.tokens[noun].capitalized) {
            std::size_t open = clause_start;
            while (open < noun && is_determiner(s.tokens[open].folded)) ++open;
            if (std::string name = name_at(text, s, parties, open, prefer); !name.empty()) return name;
            if (open < noun && s.tokens[open].capitalized && !s.tokens[open].is_mark())
                return noun_phrase_at(text, s, open);
            return slice(text, s, noun, noun);
        }
    }
    // "Critics have long accused": the words between the speaker and the verb are not the speaker.
    while (end > clause_start && !s.tokens[end].capitalized &&
           (is_auxiliary(s.tokens[end].folded) || s.tokens[end].is("long") ||
            (s.tokens[end].folded.size() > 4 && s.tokens[end].folded.ends_with("ly"))))
        --end;
    // "OpenAI, a company that built its products by scraping the writing of millions of people
    // without asking, accuses": an aside longer than a speaker's phrase speaks of the name before.
    if (s.tokens[end].is(",")) {
        constexpr std::size_t k_long_aside = 24;
        for (std::size_t k = end; k-- > clause_start && end - k <= k_long_aside;) {
            if (!s.tokens[k].is_mark() || s.tokens[k].is_possessive()) continue;
            const AsideKind kind = k + 1 < end ? aside_opened_by(s, lex, k + 1) : AsideKind::other;
            if (s.tokens[k].is(",") && end - k > k_max_phrase &&
                (kind == AsideKind::apposition || kind == AsideKind::relative)) {
                std::string name = name_before_comma(text, s, parties, lex, k, clause_start, prefer);
                if (!name.empty()) return name;
            }
            break;
        }
    }
    std::size_t first = end;
    while (first > clause_start && !is_clause_edge(s, first - 1) && !opens_subordinate(s.tokens[first - 1].folded) &&
           end - first + 1 < k_max_phrase)
        --first;
    // "DeepSeek, the Hangzhou startup whose model ..., has said": only auxiliaries since the
    // last comma, so the speaker is the sentence's subject.
    bool only_auxiliaries = true;
    for (std::size_t i = first; i <= end && only_auxiliaries; ++i)
        only_auxiliaries = is_auxiliary(s.tokens[i].folded);
    if (only_auxiliaries) {
        for (const auto& p : parties)
            if (p.last < first) return pick(p.names, prefer);
        return "";
    }
    // "The Mekong Ledger, a Bangkok-based outlet, reported", "The Mekong Ledger, a Bangkok
    // outlet, which reported": a description or relative clause set off by commas, or a relative pronoun, before the
    // verb speaks of the name before it, which speaks.
    const bool relative = (s.tokens[end].is("which") || s.tokens[end].is("who")) && end >= 2 &&
                          s.tokens[end - 1].is(",");
    const bool aside = s.tokens[end].is(",") && first >= 2 && s.tokens[first - 1].is(",") &&
                       aside_opened_by(s, lex, first) == AsideKind::apposition;
    if (relative || aside) {
        std::string name = name_before_comma(text, s, parties, lex, relative ? end - 1 : first - 1, clause_start, prefer);
        if (!name.empty()) return name;
    }
    // "Alibaba, whose Qwen models are the most downloaded on Hugging Face, said": a relative
    // clause set off by commas, however long, speaks of the name before it; so does a phrase
    // that opens with a preposition or a participle ("ByteDance, in a statement to the Ledger,
    // said", "Granite Report, citing three people with knowledge of the plans, had said",
    // "Google's report, published on Thursday, said").
    if (s.tokens[end].folded == "," && end > clause_start) {
        std::size_t comma = end;
        while (comma > clause_start && s.tokens[comma - 1].folded != "," && !s.tokens[comma - 1].is_mark()) --comma;
        const AsideKind kind = aside_opened_by(s, lex, comma < end ? comma : end);
        const bool opens_aside =
            kind == AsideKind::relative || kind == AsideKind::prepositional || kind == AsideKind::participle;
        if (comma > clause_start + 1 && s.tokens[comma - 1].folded == "," && comma < end && opens_aside) {
            std::string name = name_before_comma(text, s, parties, lex, comma - 1, clause_start, prefer);
            if (!name.empty()) return name;
            // "The report, which the think tank plans to publish on Thursday, says": with no name
            // before the aside, the short phrase before it speaks, not the aside's words.
            if (comma - 1 - clause_start <= k_max_phrase) return slice(text, s, clause_start, comma - 2);
        }
    }
    std::size_t open = first;
    while (open < end && (is_determiner(s.tokens[open].folded) || s.tokens[open].is("that"))) ++open;
    // "Last Tuesday The Bellwether reported": past a date that opens the phrase, a name speaks.
    if (open < end && s.tokens[open].capitalized)
        for (const auto& d : date_spans(text, s.tokens))
            if (d.first <= open + 1 && d.last >= open && d.last < end &&
                std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(d.last) + 1,
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(end) + 1,
                            [](const Token& t) { return t.capitalized && !t.is_mark(); }))
                return slice(text, s, d.last + 1, end);
    std::string name = name_at(text, s, parties, open, prefer);
    if (!name.empty()) return name;
    if (const Party* head = described_party(s, parties, lex, open, end)) return pick(head->names, prefer);
    // "The Beijing-based firm said", "A company spokesperson said": a reference that ends the
    // phrase names whom it points to.
    for (const auto& p : parties)
        if (p.via_reference && p.first >= first && p.last == end) return pick(p.names, prefer);
    // "the research firm Lumen Research reported": the name that closes a description.
    std::size_t named = end + 1;
    while (named > open && s.tokens[named - 1].capitalized && !s.tokens[named - 1].is_mark()) --named;
    // ("Tech news site Bayline Tech reported": the first word's capital is the sentence's.)
    // ("US newsletter The Foundry Report reported": past a country named before the description.)
    const auto in_mention = [&](std::size_t i) {
        return std::any_of(s.mentions.begin(), s.mentions.end(),
                           [&](const Mention& m) { return m.first <= i && i <= m.last; });
    };
    const bool described = !s.tokens[open].capitalized || (open == 0 && open + 1 <= end && !s.tokens[open + 1].capitalized) ||
                           (named > open + 1 && in_mention(open) && !s.tokens[open + 1].capitalized && !s.tokens[open + 1].is_mark());
    if (named <= end && named > open && described) return slice(text, s, named, end);
    // "South Korean Hanul Economic Daily reported": a people's word before a name says where the
    // outlet is, not which: the name alone, as other articles write it.
    std::size_t from = open;
    while (from < end && (lex.class_of(s.tokens[from]) == WordClass::demonym ||
                          (s.tokens[from].capitalized && lex.class_of(s.tokens[from + 1]) == WordClass::demonym)))
        ++from;
    if (from > open && std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(from),
                                   s.tokens.begin() + static_cast<std::ptrdiff_t>(end) + 1,
                                   [](const Token& t) { return t.capitalized; }))
        return slice(text, s, from, end);
    // A phrase cut at its longest ("couple of wire rewrites I saw", "among the first buyers of
    // the H200 and") opens inside a clause: a fragment, no source.
    const bool cut = first > clause_start && !is_clause_edge(s, first - 1) && !opens_subordinate(s.tokens[first - 1].folded);
    return cut ? "" : slice(text, s, first, end);
}


// The claimant that attribution `a` gives.
std::string claimant_of(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                        const Lexicon& lex, const PhraseMatch& a, const std::string& prefer) {
    const ClaimantSide side = lex.attributions[static_cast<std::size_t>(a.id)].side;
    // ("Moonshot AI, which Anthropic accused of distilling": the party between the relative
    // pronoun and the words accuses.)
    if (side == ClaimantSide::none) {
        const auto accuser = accuser_in_relative_clause(s, parties, a);
        return accuser && !parties[*accuser].via_reference ? pick(parties[*accuser].names, prefer) : "";
    }
    if (side == ClaimantSide::after) return claimant_after(text, s, parties, a.last, prefer);
    if (!is_participial(s, lex, a)) return claimant_before(text, s, parties, lex, a, prefer);
    // "Anthropic accused DeepSeek of X, saying ...": the speaker of the attribution before;
    // "Ant Group released its model, saying ...": the name that opens the sentence.
    const PhraseMatch* earlier = nullptr;
    for (const auto& e : s.attributions)
        if (e.last < a.first) earlier = &e;
    if (earlier) return claimant_of(text, s, parties, lex, *earlier, prefer);
    std::size_t open = 0;
    while (open < a.first && is_determiner(s.tokens[open].folded)) ++open;
    if (open + 2 < a.first && s.tokens[open + 1].is("-") && s.tokens[open].capitalized) open += 2;  // "BEIJING —"
    return name_at(text, s, parties, open, prefer);
}

// "a far larger scale than initially indicated", "more than previously reported": an attribution
// inside a comparison attributes nothing.
bool in_comparison(const SentenceParse& s, const PhraseMatch& a) {
    for (std::size_t i = a.first; i > 0 && a.first - i < 3;) {
        --i;
        if (s.tokens[i].is("than")) return true;
        if (s.tokens[i].is_mark()) break;
    }
    return false;
}

// "released Qwen 3.5, models that it said outperform V3.1": an attribution in a relative clause
// speaks of that clause only, not of what the sentence did before it.
bool in_relative_clause(const SentenceParse& s, const PhraseMatch& a) {
    for (std::size_t i = a.first; i > 0 && a.first - i < 4;) {
        --i;
        const std::string& w = s.tokens[i].folded;
        if (w == "that" || w == "which" || w == "who" || w == "whom") return true;
        if (s.tokens[i].is_mark()) break;
    }
    return false;
}

// "Anthropic: DeepSeek, Moonshot, MiniMax distilled Claude": a headline that opens with a
// party and a colon gives that party the word.
std::string headline_speaker(const SentenceParse& s, const std::vector<Party>& parties, std::size_t at,
                             const std::string& prefer) {
    for (const auto& p : parties)
        if (p.first == 0 && !p.via_reference && p.last + 1 < at && s.tokens[p.last + 1].is(":"))
            return pick(p.names, prefer);
    return "";
}

}  // namespace

// "..., saying" or "..., adding that": a `before` attribution right after a comma, whose speaker
// is the subject of the clause before the comma and which speaks only for what follows it.
bool is_participial(const SentenceParse& s, const Lexicon& lex, const PhraseMatch& a) {
    // "Caixin, the business magazine, reported": a finite verb after an aside is no participle.
    return lex.attributions[static_cast<std::size_t>(a.id)].side == ClaimantSide::before && a.first > 0 &&
           is_clause_edge(s, a.first - 1) && s.tokens[a.first].folded.ends_with("ing");
}

std::string subject_before(const SentenceParse& s, const std::vector<Party>& parties, std::size_t at,
                           const std::string& prefer) {
    std::string best;
    std::size_t best_last = 0;
    for (const auto& m : s.mentions)
        if (m.last < at && at - m.last <= k_subject_gap && m.entity->has_kind("publication") &&
            (best.empty() || m.last > best_last))
            best = m.entity->canonical, best_last = m.last;
    for (const auto& p : parties)
        if (p.last < at && at - p.last <= k_subject_gap && (best.empty() || p.last > best_last))
            best = pick(p.names, prefer), best_last = p.last;
    return best;
}

namespace {

// "four people familiar with the transactions", "sources": a claimant with no capitalised word.
bool names_nobody(const std::string& claimant) {
    for (std::size_t at = 0; at < claimant.size();) {
        std::size_t end = claimant.find(' ', at);
        if (end == std::string::npos) end = claimant.size();
        if (end > at && std::isupper(static_cast<unsigned char>(claimant[at]))) return false;
        at = end + 1;
    }
    return true;
}

}  // namespace

std::string claimant_at(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                        const Lexicon& lex, std::size_t at, const std::string& prefer) {
    // The attribution whose scope holds `at`: the nearest before it ("Reuters reported that
    // Anthropic accused Alibaba of ...": Anthropic's, the innermost), else the nearest after it
    // ("..., Bloomberg reported").
    const PhraseMatch* nearest = nullptr;
    std::size_t nearest_distance = 0;
    for (const auto& a : s.attributions) {
        if (a.first > at && is_participial(s, lex, a)) continue;  // "X did this, saying ...": not this
        if (in_comparison(s, a)) continue;
        if (a.first > at && in_relative_clause(s, a)) continue;
        const bool before = a.first < at;
        std::size_t distance = before ? at - a.first : a.first - at + s.tokens.size();
        if (!nearest || distance < nearest_distance) nearest = &a, nearest_distance = distance;
    }
    if (nearest) {
        std::string claimant = claimant_of(text, s, parties, lex, *nearest, prefer);
        // "Orchid Wire reported on Tuesday, citing four people familiar with the transactions,
        // that ...": the outlet that relays the unnamed people it cites is the claimant (but
        // "Officials said prosecutors alleged": the innermost speaker).
        const bool cites = lex.attributions[static_cast<std::size_t>(nearest->id)].side == ClaimantSide::after;
        if (cites && names_nobody(claimant))
            for (const auto& a : s.attributions) {
                if (a.last >= nearest->first || a.first >= at) continue;
                std::string relay = claimant_of(text, s, parties, lex, a, prefer);
                if (!names_nobody(relay)) return relay;
            }
        return claimant;
    }
    for (const auto& p : parties)  // "OpenAI's allegation that ..."
        if (p.last < at && !p.via_reference && accuser_of_claim_noun(s, lex, p.last)) return pick(p.names, prefer);
    return headline_speaker(s, parties, at, prefer);
}

namespace {

// Whether the attribution opens a clause of its own: ", insisting ...", ", and Baidu said ...",
// ", but the company said ...", "called the report groundless and said ...".
bool opens_own_clause(const SentenceParse& s, const PhraseMatch& attribution) {
    std::size_t i = attribution.first;
    for (const auto& m : s.mentions)  // its speaker, when a name stands right before it
        if (m.last + 1 == i) i = m.first;
    if (i > 1 && (s.tokens[i - 1].is("and") || s.tokens[i - 1].is("but")))
        return true;
    if (i > 1 && s.tokens[i - 1].is("while")) --i;
    return i > 0 && s.tokens[i - 1].is(",");
}

}  // namespace

bool clause_opens_between(const SentenceParse& s, std::size_t a, std::size_t b) {
    const std::size_t from = std::min(a, b), to = std::max(a, b);
    for (const auto& at : s.attributions)
        if (at.first > from && at.last < to && opens_own_clause(s, at)) return true;
    // "saying it never bought them and that its model was trained on ...": a second that-clause.
    for (std::size_t i = from + 1; i + 1 < to; ++i)
        if ((s.tokens[i].is("and") || s.tokens[i].is("but")) && s.tokens[i + 1].is("that")) return true;
    // "push back on the smuggling report as Washington clears H200 sales": a conjunction and a
    // name open a clause of another subject; "as Reuters reported" is an aside.
    constexpr std::size_t k_aside_words = 4;
    for (std::size_t i = from + 1; i + 1 < to; ++i) {
        if (!(s.tokens[i].is("as") || s.tokens[i].is("while") || s.tokens[i].is("whereas")) ||
            !s.tokens[i + 1].capitalized)
            continue;
        const bool aside = std::any_of(s.attributions.begin(), s.attributions.end(), [&](const PhraseMatch& at) {
            return at.first > i && at.first <= i + k_aside_words;
        });
        if (!aside) return true;
    }
    return false;
}

std::size_t speaker_clause_between(const SentenceParse& s, std::size_t from, std::size_t to) {
    constexpr std::size_t k_speaker_words = 6;
    for (std::size_t i = from + 1; i + 1 < to; ++i) {
        if (!(s.tokens[i].is("after") || s.tokens[i].is("before") || s.tokens[i].is("since") ||
              s.tokens[i].is("until")))
            continue;
        for (const auto& at : s.attributions) {
            if (at.first <= i || at.first - i > k_speaker_words || at.last >= to) continue;
            if (std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                             s.tokens.begin() + static_cast<std::ptrdiff_t>(at.first),
                             [](const Token& t) { return t.is_mark() && !t.is_possessive(); }))
                return i;
        }
    }
    return 0;
}

bool accuser_of_claim_noun(const SentenceParse& s, const Lexicon& lex, std::size_t last) {
    constexpr std::size_t k_that_reach = 5;  // "allegation earlier this year that"
    const auto& t = s.tokens;
    if (last + 2 >= t.size()) return false;
    // "a Gridline report that ...": a name right before a report noun is its publisher.
    if (lex.class_of(t[last + 1]) == WordClass::document) return t[last + 2].is("that");
    if (!t[last + 1].is_possessive()) return false;
    // "Anthropic's allegation that", "The Circuit Ledger's December report that".
    std::size_t noun = last + 2;
    if (t[noun].capitalized && noun + 1 < t.size() && lex.class_of(t[noun + 1]) == WordClass::document) ++noun;
    const WordClass kind = lex.class_of(t[noun]);
    if (kind != WordClass::claim_noun && !(kind == WordClass::document && noun + 1 < t.size() && t[noun + 1].is("that")))
        return false;
    for (std::size_t i = noun + 1; i < t.size() && i <= noun + k_that_reach; ++i) {
        if (t[i].is("that")) return true;
        if (t[i].is_mark()) return false;
    }
    return false;
}

const Party* opening_subject_of_but_verb(const SentenceParse& s, const Lexicon& lex, const std::vector<Party>& parties,
                                         std::size_t at) {
    std::size_t verb = at;
    while (verb > 0 && (lex.class_of(s.tokens[verb - 1]) == WordClass::auxiliary ||
                        lex.class_of(s.tokens[verb - 1]) == WordClass::adverb))
        --verb;
    if (verb == 0 || !s.tokens[verb - 1].is("but") || parties.empty()) return nullptr;
    const Party& first = parties.front();
    std::size_t opener = first.first;  // "the" before "company"
    while (opener > 0 && lex.class_of(s.tokens[opener - 1]) == WordClass::determiner) --opener;
    const bool behind_preposition = opener > 0 && lex.class_of(s.tokens[opener - 1]) == WordClass::preposition;
    const bool possessor = first.last + 1 < s.tokens.size() && s.tokens[first.last + 1].is_possessive();
    if (first.last >= verb || first.first > k_opening_words || behind_preposition || possessor) return nullptr;
    return &first;
}

std::string speaker_of(std::string_view text, const SentenceParse& s, const Lexicon& lex,
                       const std::vector<Party>& parties, std::size_t at, const std::string& prefer) {
    std::size_t verb = at;  // "has dismissed": where the verb's auxiliaries start
    while (verb > 0 && (lex.class_of(s.tokens[verb - 1]) == WordClass::auxiliary ||
                        lex.class_of(s.tokens[verb - 1]) == WordClass::adverb))
        --verb;
    if (const Party* opening = opening_subject_of_but_verb(s, lex, parties, at)) return pick(opening->names, prefer);
    for (const auto& p : parties)
        if (!p.via_reference && p.last < verb && comma_aside(s, lex, p.last, verb)) return pick(p.names, prefer);
    std::string name = subject_before(s, parties, at, prefer);
    if (!name.empty() || at == 0 || !is_clause_edge(s, at - 1)) return name;
    std::size_t open = 0;
    while (open < at && is_determiner(s.tokens[open].folded)) ++open;
    return name_at(text, s, parties, open, prefer);
}

Modality modality_at(const SentenceParse& s, const Lexicon& lex, std::size_t at, Modality cue_default) {
    const PhraseMatch* nearest = nullptr;
    std::size_t nearest_distance = 0;
    for (const auto& h : s.hedges) {
        std::size_t distance = h.first > at ? h.first - at : at - h.last;
        if (!nearest || distance < nearest_distance) nearest = &h, nearest_distance = distance;
    }
    if (nearest) return lex.hedges[static_cast<std::size_t>(nearest->id)].modality;
    if (cue_default != Modality::stated) return cue_default;
    if (!s.attributions.empty()) return lex.attributions[static_cast<std::size_t>(s.attributions.front().id)].modality;
    return Modality::stated;
}

std::string publisher_of_report(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                                const Lexicon& lex, std::size_t at) {
    constexpr std::size_t k_that_reach = 5;  // "a report by The Information last week that"
    const auto& t = s.tokens;
    // The name whose last word is `last`: a party, or a publication the lexicon knows.
    const auto name_ending = [&](std::size_t last) -> std::string {
        // A country's one word ("a US report") says where, not who.
        for (const auto& p : parties)
            if (p.last == last && !p.via_reference && !(p.kind == "government" && p.first == p.last))
                return p.names.front();
        for (const auto& m : s.mentions)
            if (m.last == last && m.entity->has_kind("publication")) return m.entity->canonical;
        return "";
    };
    for (const auto& r : s.references) {
        if (r.refers_to != RefersTo::claim || r.last >= at) continue;
        std::size_t that = r.last + 1;
        while (that < at && that - r.last <= k_that_reach && !t[that].is("that") && !t[that].is_mark()) ++that;
        // "a claim by Rosalind Achterberg, the Nebraska senator, made in a television interview
        // on Sunday, that ...": the claimant, then asides set off by commas before "that"; "a
        // report by the data-centre newsletter The Colo Report that": a description, then the
        // name that closes it.
        if ((that >= at || !t[that].is("that")) && r.last + 2 < at && t[r.last + 1].is("by")) {
            constexpr std::size_t k_aside_reach = 24;
            std::size_t far = r.last + 2;
            while (far < at && far - r.last <= k_aside_reach && !(t[far].is("that") && t[far - 1].is(",")) &&
                   !(t[far].is("that") && t[far - 1].capitalized) && !t[far].is(";") && !t[far].is(":"))
                ++far;
            if (far < at && t[far].is("that")) {
                std::size_t first = r.last + 2;
                while (first < far && is_determiner(t[first].folded)) ++first;
                std::string name = t[far - 1].is(",") ? name_at(text, s, parties, first, "") : name_ending(far - 1);
                if (name.empty() && !t[far - 1].is(",")) {
                    std::size_t opens = far - 1;
                    while (opens > first && t[opens - 1].capitalized && !t[opens - 1].is_mark()) --opens;
                    name = slice(text, s, opens, far - 1);
                }
                if (!name.empty()) return name;
            }
        }
        if (that >= at || !t[that].is("that")) continue;
        // After the noun: "a report by The Information that", "accusations from Anthropic that".
        if (r.last + 2 < that && (t[r.last + 1].is("by") || t[r.last + 1].is("from") || t[r.last + 1].is("in"))) {
            std::size_t first = r.last + 2;
            while (first < that && is_determiner(t[first].folded)) ++first;
            if (std::string name = name_at(text, s, parties, first, ""); !name.empty()) return name;
        }
        // Before it: "a Gridline report that", "Reuters' report that", "OpenAI's claims that".
        if (r.first == 0) continue;
        std::size_t last = r.first - 1;
        if (t[last].is_possessive() && last > 0) --last;
        if (std::string name = name_ending(last); !name.empty()) return name;
        // A name no lexicon knows, between an article and the noun: "a Gridline report that",
        // "a Lantern Daily report that".
        std::size_t first = last + 1;
        while (first > 1 && last + 1 - first < k_max_phrase && t[first - 1].capitalized && !t[first - 1].is_mark()) --first;
        if (first <= last && is_determiner(t[first - 1].folded) && lex.class_of(t[first]) != WordClass::demonym &&
            std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return m.last >= first && m.first <= last; }))
            return slice(text, s, first, last);
    }
    return "";
}

}  // namespace tracker::extract
