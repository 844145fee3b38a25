#include "extract/sentence_parse.h"

#include <algorithm>
#include <set>

namespace tracker::extract {

namespace {

// What holds a token (SentenceParser::m_used), as bits: which matches may not overlap which.
enum Use : std::uint8_t {
    in_entity = 1,
    in_party_or_chip = 2,  // an entity other than a model
    in_cue = 4,
    in_denial = 8,
    in_modifier = 16,  // an attribution or a hedge
    in_reference = 32,
    in_clause_marker = 64,
};

// "BEIJING — Zhipu AI said ...": a dateline's place, in capitals before a dash at the start of a
// sentence, says where the story was filed; it is no party. In place.
void drop_dateline(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
    if (mentions.empty() || mentions.front().first != 0) return;
    const Mention& m = mentions.front();
    if (m.last + 1 >= tokens.size() || !tokens[m.last + 1].is("-")) return;
    const std::string_view place = text.substr(tokens[m.first].start, tokens[m.last].end - tokens[m.first].start);
    if (place.size() < 3 || std::any_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
    mentions.erase(mentions.begin());
}

// "Nvidia's Blackwell chips", "Anthropic's Claude": a maker named right before its own chip or
// model is part of that name, not a party of its own. In place.
void absorb_makers(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < mentions.size(); ++i, ++kept) {
        Mention m = mentions[i];
        if (m.entity->type == EntityType::actor && i + 1 < mentions.size()) {
            const Mention& next = mentions[i + 1];
            const std::string& maker = next.entity->type == EntityType::hardware ? next.entity->vendor
                                       : next.entity->type == EntityType::model  ? next.entity->maker
                                                                                 : std::string();
            std::size_t gap = next.first - m.last - 1;
            bool adjacent = gap == 0 || (gap == 1 && tokens[m.last + 1].is_possessive());
            // A short alias ("DeepSeek's R1") keeps its maker as a party of its own.
            if (adjacent && maker == m.entity->canonical && !next.is_short) {
                Mention merged = next;
                merged.first = m.first;
                merged.with_maker = true;
                m = merged;
                ++i;
            }
        }
        mentions[kept] = m;
    }
    mentions.resize(kept);
}

bool overlaps(const PhraseMatch& m, const std::vector<std::uint8_t>& used, std::uint8_t blocked) {
    for (auto w : m.words)
        if (used[w] & blocked) return true;
    return false;
}

// Keeps the longest of overlapping matches, then the earliest; marks the words they use.
// `blocked` includes `mark`, so that the kept matches do not overlap each other either.
void select(std::vector<PhraseMatch>& all, std::vector<std::uint8_t>& used, std::uint8_t blocked,
            std::uint8_t mark, std::vector<PhraseMatch>& kept) {
    if (all.size() > 1)  // (stable_sort allocates a buffer even for one element)
        std::stable_sort(all.begin(), all.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
            if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
            return a.first < b.first;
        });
    kept.clear();
    for (auto& m : all) {
        if (overlaps(m, used, blocked)) continue;
        for (auto w : m.words) used[w] |= mark;
        kept.push_back(std::move(m));
    }
    std::sort(kept.begin(), kept.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
}

// ", released in December,", ", which it released in August,": a relative clause or participle
// set off by commas, a few words long, that a cue's gap passes over ("trained its V3 model,
// released in December, on 2,000 H800 chips").
void mark_asides(const std::vector<Token>& tokens, std::vector<TokenKeys>& keys) {
    constexpr std::size_t k_aside_words = 7, k_short_aside = 3;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i].folded != ",") continue;
        const Token& first = tokens[i + 1];
        // (", a chip it designed for Chinese buyers,": an apposition too; ", at least partly,": any
        // short aside of lowercase words.)
        const bool opens = first.folded == "which" || first.folded == "who" || first.folded == "a" ||
                           first.folded == "an" ||
                           (!first.capitalized && first.folded.size() > 4 && first.folded.ends_with("ed"));
        const bool short_aside = !first.capitalized && !first.is_mark() && i + 4 < tokens.size() &&
                                 std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                                             tokens.begin() + static_cast<std::ptrdiff_t>(i) + 5,
                                             [](const Token& t) { return t.folded == ","; });
        if (!opens && !short_aside) continue;
        for (std::size_t j = i + 2; j < tokens.size() && j - i <= (opens ? k_aside_words + 1 : k_short_aside + 1); ++j) {
            if (!tokens[j].is_mark()) continue;
            if (tokens[j].folded == ",")
                for (std::size_t k = i; k <= j; ++k) keys[k].in_aside = true;
            break;
        }
    }
}

// "10,000 GPUs", "thousands of chips", "2,000 advanced processors".
bool is_quantified(const std::vector<Token>& tokens, std::size_t first) {
    static const std::set<std::string> k_amounts = {"thousands", "hundreds", "tens", "millions", "dozens",
                                                    "thousand", "hundred", "million", "dozen"};
    for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
        const std::string& w = tokens[first - back].folded;
        if (k_amounts.count(w) || (!w.empty() && w[0] >= '0' && w[0] <= '9')) return true;
    }
    return false;
}

// "the U.S. decision, announced on Monday, to allow Nvidia to ...": a past participle between
// commas after a common noun describes that noun; nobody speaks by it. Nor does a word after a
// name's possessive ("TSMC's know-your-customer checks"). (A finite verb after an
// aside has a name before it, "Nvidia, the chipmaker, announced", or words of its own after it,
// "..., reported that".)
void drop_participle_modifiers(SentenceParse& p, const Lexicon& lex) {
    constexpr std::size_t k_aside_words = 6;
    const auto& t = p.tokens;
    std::erase_if(p.attributions, [&](const PhraseMatch& a) {
        // "TSMC's know-your-customer checks": a word after a name's possessive is a noun's.
        if (a.first >= 2 && t[a.first - 1].is_possessive() && t[a.first - 2].capitalized &&
            !t[a.first].folded.ends_with("ed") && !t[a.first].is("said"))
            return true;
        if (lex.attributions[static_cast<std::size_t>(a.id)].side != ClaimantSide::before || a.first < 2 ||
            !t[a.first - 1].is(",") || !t[a.first].folded.ends_with("ed") || t[a.first - 2].is_mark() ||
            t[a.first - 2].capitalized)
            return false;
        for (std::size_t i = a.last + 1; i < t.size() && i <= a.last + k_aside_words; ++i) {
            if (t[i].is("that") || t[i].after_quote || t[i].is(":")) return false;
            if (t[i].is(",")) return true;
        }
        return false;
    });
}

// "Huawei's GPU chips", "Cambricon processors": a vendor that makes one chip family, named
// right before generic chip words, names that family.
void name_vendor_chips(SentenceParse& p, const Lexicon& lex) {
    for (auto r = p.references.begin(); r != p.references.end();) {
        auto vendor = std::find_if(p.mentions.begin(), p.mentions.end(), [&](const Mention& m) {
            if (m.entity->type != EntityType::actor || m.last >= r->first) return false;
            std::size_t gap = r->first - m.last - 1;
            return gap == 0 || (gap == 1 && p.tokens[m.last + 1].is_possessive());
        });
        // ("Microsoft Azure supercomputers built with Nvidia H100 chips": a firm that is no chip
        // maker names its family only by a word for chips, not by its machines.)
        const bool chip_word = lex.class_of(p.tokens[r->last]) == WordClass::chip_noun;
        std::string family = r->refers_to == RefersTo::hardware && !r->anaphoric && vendor != p.mentions.end() &&
                                     (vendor->entity->has_kind("chipmaker") || chip_word)
                                 ? lex.only_family_of(vendor->entity->canonical)
                                 : "";
        if (family.empty()) {
            ++r;
            continue;
        }
        vendor->entity = lex.find_entity(family);
        vendor->last = r->last;
        r = p.references.erase(r);
    }
}

// A model named ("Claude", "its V4") or a word for one ("model", "chatbot": word_classes.tsv).
bool speaks_of_models(const SentenceParse& p, const Lexicon& lex) {
    for (const auto& m : p.mentions)
        if (m.entity->type == EntityType::model) return true;
    for (const auto& t : p.tokens)
        if (lex.class_of(t) == WordClass::model_noun) return true;
    return false;
}

}  // namespace

// A parser reads an article; its buffers start at the size of a long sentence, so that they are
// allocated once an article rather than grown a few times from nothing.
SentenceParser::SentenceParser(const Lexicon& lexicon) : m_lex(lexicon), m_chip_word(lexicon.vocabulary->find("chip")) {
    constexpr std::size_t k_tokens = 64, k_matches = 16;
    m_parse.tokens.reserve(k_tokens);
    m_keys.reserve(k_tokens);
    m_used.reserve(k_tokens);
    m_free.reserve(k_tokens);
    m_lexical.reserve(k_tokens);
    m_found.reserve(k_matches);
    m_selected.reserve(k_matches);
}

bool SentenceParse::is_inside_cue(std::size_t token) const {
    for (const auto& c : cues)
        if (std::find(c.words.begin(), c.words.end(), token) != c.words.end()) return true;
    return false;
}

// "Qwen3.6", "Llama4": a capitalised word that is a model line's name with a version glued to it
// names that line (versioned_name in cue_frames.cpp gives the release its written name), where no
// alias lists the version. Null for any other word.
const Entity* SentenceParser::glued_model_line(const Token& token) const {
    const std::string& w = token.folded;
    if (!token.capitalized || w.size() < 3) return nullptr;
    std::size_t digit = 0;
    while (digit < w.size() && w[digit] >= 'a' && w[digit] <= 'z') ++digit;
    if (digit < 2 || digit == w.size() || w[digit] < '0' || w[digit] > '9') return nullptr;
    auto it = m_lex.model_lines.find(std::string_view(w).substr(0, digit));
    return it == m_lex.model_lines.end() ? nullptr : &m_lex.entities[static_cast<std::size_t>(it->second)];
}

// Longest entity alias at each position, left to right; a capitalised alias needs a capital.
void SentenceParser::find_entities() {
    const std::vector<Token>& tokens = m_parse.tokens;
    std::vector<Mention>& out = m_parse.mentions;
    out.clear();
    for (std::size_t i = 0; i < tokens.size();) {
        if (!m_lex.entity_trie.starts_phrase(m_keys[i])) {
            if (const Entity* line = glued_model_line(tokens[i])) out.push_back(Mention{i, i, line, false});
            ++i;
            continue;
        }
        m_found.clear();
        m_lex.entity_trie.find_at(m_keys, i, m_found);
        const PhraseMatch* best = nullptr;
        for (const auto& m : m_found) {
            const Alias& a = m_lex.aliases[static_cast<std::size_t>(m.id)];
            if (a.needs_capital && !tokens[i].capitalized) continue;
            best = &m;
            break;
        }
        if (!best) {
            ++i;
            continue;
        }
        const Alias& a = m_lex.aliases[static_cast<std::size_t>(best->id)];
        out.push_back(Mention{best->first, best->last, &m_lex.entities[static_cast<std::size_t>(a.entity)],
                              a.is_short});
        i = best->last + 1;
    }
}

void SentenceParser::select_matches(const PhraseTrie& trie, std::uint8_t blocked, std::uint8_t mark,
                                    std::vector<PhraseMatch>& kept) {
    m_found.clear();
    trie.find_all(m_keys, m_found);
    select(m_found, m_used, blocked, mark, kept);
}

// "the Beijing startup", "the Shenzhen company": a place's name between "the" and a word that
// makes a name a firm's (names.tsv, company_intro) points back to a firm, as "the company" does.
void SentenceParser::add_place_references() {
    SentenceParse& p = m_parse;
    const auto& t = p.tokens;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        if (!t[i - 1].is("the")) continue;
        std::size_t last = i;  // the place's last word
        bool place = false;
        for (const auto& m : p.mentions)
            if (m.first == i && m.entity->has_kind("government")) place = true, last = m.last;
        const NameRole* role = m_lex.names.role_of(t[i]);
        place |= role && *role == NameRole::place;
        if (!place || last + 1 >= t.size()) continue;
        std::size_t noun_last = last + 1;
        const NameRole* noun = m_lex.names.role_of(t[last + 1]);
        // "start-up" is two tokens ("start", "up"): the word the hyphen joined is the noun.
        if (!noun && last + 2 < t.size()) {
            noun = m_lex.names.role_of(t[last + 1].folded + t[last + 2].folded);
            noun_last = last + 2;
        }
        if (!noun || *noun != NameRole::company_intro || t[noun_last].folded.ends_with("s")) continue;
        ReferenceMention ref{i - 1, noun_last, RefersTo::actor};
        ref.singular = true;
        ref.anaphoric = true;
        const auto at = std::find_if(p.references.begin(), p.references.end(),
                                     [&](const ReferenceMention& r) { return r.first > ref.first; });
        p.references.insert(at, ref);
    }
}

void SentenceParser::add_references(const std::vector<PhraseMatch>& matches) {
    SentenceParse& p = m_parse;
    p.references.clear();
    for (const auto& m : matches) {
        const Reference& r = m_lex.references[static_cast<std::size_t>(m.id)];
        if (r.refers_to == RefersTo::none) continue;
        ReferenceMention ref{m.first, m.last, r.refers_to};
        // What the words matched say ("that report" of the row "that claim/.../accusation/report"
        // is no accusation), where the row's phrase may say it at all.
        if (r.accusation || r.wrongdoing)
            for (std::size_t i = m.first; i <= m.last; ++i) {
                const std::string& w = p.tokens[i].folded;
                ref.accusation |= w.find("accus") != std::string::npos || w.find("alleg") != std::string::npos ||
                                  w.find("charge") != std::string::npos;
                ref.wrongdoing |= w.find("wrong") != std::string::npos;
            }
        const std::string& last_word = p.tokens[m.last].folded;
        ref.singular = !last_word.ends_with("s");
        const Token& first_word = p.tokens[m.first];
        ref.anaphoric = first_word.is("the") || first_word.is("these") || first_word.is("those") ||
                        first_word.is("this") || first_word.is("that") || first_word.is("such") ||
                        (r.refers_to == RefersTo::model && (first_word.is("its") || first_word.is("their")));
        ref.quantified = is_quantified(p.tokens, m.first);
        p.references.push_back(ref);
    }
}

const SentenceParse& SentenceParser::parse(std::string_view text, std::size_t start, std::size_t end,
                                           bool model_before) {
    SentenceParse& p = m_parse;
    p.text = text;
    tokenize(text, start, end, p.tokens);
    keys_of(*m_lex.vocabulary, p.tokens, m_keys);
    for (std::size_t i = 0; i < p.tokens.size(); ++i) p.tokens[i].word = m_keys[i].word;
    find_entities();
    absorb_makers(p.tokens, p.mentions);
    drop_dateline(text, p.tokens, p.mentions);

    m_used.assign(p.tokens.size(), 0);
    for (const auto& m : p.mentions) {
        for (std::size_t i = m.first; i <= m.last; ++i)
            m_used[i] |= m.entity->type == EntityType::model ? in_entity : in_entity | in_party_or_chip;
        for (std::size_t i = m.first + 1; i <= m.last; ++i) m_keys[i].name_tail = true;
    }
    mark_asides(p.tokens, m_keys);

    // Cues may not use the words of a party or chip (a model's may: "preparing its V4 model");
    // denials, hedges and attributions may not use a cue's; hedges not an attribution's.
    // A cue of an allegation about a model, in a sentence that names or speaks of none, could
    // claim nothing and gives way to the cues it overlaps ("Beijing banned data centers from
    // using H20 chips" is a ban, not a model withheld).
    // "buying H200s", "secured 60,000 H20s": a chip named in the plural stands for the word
    // "chip" that cues end with ("buying ... chip"), and a cue may use that one word of it.
    m_chip_plurals.clear();
    for (const auto& m : p.mentions) {
        const std::string& last = p.tokens[m.last].folded;
        if (m.entity->type != EntityType::hardware || m_chip_word == k_unknown_word || last.size() < 3 ||
            last.back() != 's' || std::none_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        m_keys[m.last].stand_for(m_chip_word);
        m_used[m.last] &= static_cast<std::uint8_t>(~in_party_or_chip);
        m_chip_plurals.push_back(m.last);
    }
    m_found.clear();
    m_lex.cue_trie.find_all(m_keys, m_found);
    if (!speaks_of_models(p, m_lex) && !model_before)
        std::erase_if(m_found, [&](const PhraseMatch& m) {
            const Cue& cue = m_lex.cues[static_cast<std::size_t>(m.id)];
            return !cue.needs_nothing && m_lex.rules.at(cue.allegation).needs == Need::model;
        });
    // "saying in a statement posted to its website that its models were ...": a release cue's gap
    // does not reach into the clause "that" opens.
    // (Most matches have no gap, and are passed over by the first test.)
    std::erase_if(m_found, [&](const PhraseMatch& m) {
        if (m.words.size() == m.last - m.first + 1) return false;
        bool that = false;
        for (std::size_t i = m.first + 1; i < m.last && !that; ++i)
            that = p.tokens[i].is("that") && std::find(m.words.begin(), m.words.end(), i) == m.words.end();
        return that && m_lex.cues[static_cast<std::size_t>(m.id)].allegation == "model_release";
    });
    select(m_found, m_used, in_party_or_chip | in_cue, in_cue, p.cues);
    for (const std::size_t i : m_chip_plurals) m_used[i] |= in_party_or_chip;
    select_matches(m_lex.denial_trie, in_party_or_chip | in_cue | in_denial, in_denial, p.denials);
    select_matches(m_lex.attribution_trie, in_party_or_chip | in_cue | in_modifier, in_modifier, p.attributions);
    drop_participle_modifiers(p, m_lex);
    select_matches(m_lex.hedge_trie, in_party_or_chip | in_cue | in_modifier, in_modifier, p.hedges);
    // Clause markers may share a cue's words ("probing if": the cue "probing", the marker "probing
    // if"); they only matter to cues, and most sentences have none.
    p.clause_markers.clear();
    if (!p.cues.empty())
        select_matches(m_lex.clause_trie, in_party_or_chip | in_clause_marker, in_clause_marker, p.clause_markers);
    select_matches(m_lex.reference_trie, in_entity | in_reference, in_reference, m_selected);
    add_references(m_selected);
    add_place_references();
    name_vendor_chips(p, m_lex);
    m_free.assign(p.tokens.size(), true);
    m_lexical.assign(p.tokens.size(), false);
    constexpr std::uint8_t lexical = in_cue | in_denial | in_modifier | in_reference | in_clause_marker;
    for (std::size_t i = 0; i < p.tokens.size(); ++i) {
        m_free[i] = m_used[i] == 0;
        m_lexical[i] = (m_used[i] & lexical) != 0 && (m_used[i] & in_entity) == 0;
    }
    find_names(p.tokens, m_free, m_lexical, m_lex, p.names);
    // "Moonshot AI trained model on smuggled chips - Bayline Tech": a name after a dash that ends
    // the line credits the outlet, and acts in nothing.
    std::erase_if(p.names, [&](const NameSpan& n) {
        if (n.last + 1 != p.tokens.size() || n.first == 0) return false;
        const Token& before = p.tokens[n.first - 1];
        if (before.is("-") || before.is("—") || before.is("–")) return true;
        const std::string_view gap = text.substr(before.end, p.tokens[n.first].start - before.end);
        return gap.find(" - ") != std::string_view::npos;
    });
    return p;
}

}  // namespace tracker::extract
