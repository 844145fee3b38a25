#include "extract/sentence_parse.h"

#include <algorithm>
#include <set>

namespace tracker::extract {

namespace {

// Longest entity alias at each position, left to right; a capitalised alias needs a capital.
std::vector<Mention> find_entities(const std::vector<Token>& tokens, const Lexicon& lex) {
    std::vector<Mention> out;
    std::vector<PhraseMatch> found;
    for (std::size_t i = 0; i < tokens.size();) {
        found.clear();
        lex.entity_trie.find_at(tokens, i, found);
        const PhraseMatch* best = nullptr;
        for (const auto& m : found) {
            const Alias& a = lex.aliases[static_cast<std::size_t>(m.id)];
            if (a.needs_capital && !tokens[i].capitalized) continue;
            best = &m;
            break;
        }
        if (!best) {
            ++i;
            continue;
        }
        const Alias& a = lex.aliases[static_cast<std::size_t>(best->id)];
        out.push_back(Mention{best->first, best->last, &lex.entities[static_cast<std::size_t>(a.entity)],
                              a.is_short});
        i = best->last + 1;
    }
    return out;
}

// "Nvidia's Blackwell chips", "Anthropic's Claude": a maker named right before its own chip or
// model is part of that name, not a party of its own.
void absorb_makers(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
    std::vector<Mention> out;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
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
                out.push_back(merged);
                ++i;
                continue;
            }
        }
        out.push_back(m);
    }
    mentions = std::move(out);
}

bool overlaps(const PhraseMatch& m, const std::vector<bool>& taken) {
    for (auto w : m.words)
        if (taken[w]) return true;
    return false;
}

// Keeps the longest of overlapping matches, then the earliest; marks the words they use.
std::vector<PhraseMatch> select(std::vector<PhraseMatch> all, std::vector<bool>& taken) {
    std::stable_sort(all.begin(), all.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
        return a.first < b.first;
    });
    std::vector<PhraseMatch> kept;
    for (auto& m : all) {
        if (overlaps(m, taken)) continue;
        for (auto w : m.words) taken[w] = true;
        kept.push_back(std::move(m));
    }
    std::sort(kept.begin(), kept.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.first; });
    return kept;
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

// "Huawei's GPU chips", "Cambricon processors": a vendor that makes one chip family, named
// right before generic chip words, names that family.
void name_vendor_chips(SentenceParse& p, const Lexicon& lex) {
    for (auto r = p.references.begin(); r != p.references.end();) {
        auto vendor = std::find_if(p.mentions.begin(), p.mentions.end(), [&](const Mention& m) {
            if (m.entity->type != EntityType::actor || m.last >= r->first) return false;
            std::size_t gap = r->first - m.last - 1;
            return gap == 0 || (gap == 1 && p.tokens[m.last + 1].is_possessive());
        });
        std::string family = r->refers_to == RefersTo::hardware && !r->anaphoric && vendor != p.mentions.end()
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

}  // namespace

bool SentenceParse::is_inside_cue(std::size_t token) const {
    for (const auto& c : cues)
        if (std::find(c.words.begin(), c.words.end(), token) != c.words.end()) return true;
    return false;
}

SentenceParse parse_sentence(std::string_view text, std::size_t start, std::size_t end,
                             const Lexicon& lex) {
    SentenceParse p;
    p.tokens = tokenize(text, start, end);
    p.mentions = find_entities(p.tokens, lex);
    absorb_makers(p.tokens, p.mentions);

    std::vector<bool> in_entity(p.tokens.size(), false);
    std::vector<bool> in_party_or_chip(p.tokens.size(), false);
    for (const auto& m : p.mentions)
        for (std::size_t i = m.first; i <= m.last; ++i) {
            in_entity[i] = true;
            if (m.entity->type != EntityType::model) in_party_or_chip[i] = true;
        }

    // Cues may not use the words of a party or chip (a model's may: "preparing its V4 model");
    // denials, hedges and attributions may not use a cue's.
    std::vector<bool> taken = in_party_or_chip;
    p.cues = select(lex.cue_trie.find_all(p.tokens), taken);
    std::vector<bool> after_cues = taken;
    p.denials = select(lex.denial_trie.find_all(p.tokens), taken);
    std::vector<bool> for_hedges = after_cues;
    p.attributions = select(lex.attribution_trie.find_all(p.tokens), for_hedges);
    p.hedges = select(lex.hedge_trie.find_all(p.tokens), for_hedges);

    std::vector<bool> for_refs = in_entity;
    for (const auto& m : select(lex.reference_trie.find_all(p.tokens), for_refs)) {
        const Reference& r = lex.references[static_cast<std::size_t>(m.id)];
        if (r.refers_to == RefersTo::none) continue;
        ReferenceMention ref{m.first, m.last, r.refers_to};
        ref.accusation = r.phrase.find("accus") != std::string::npos ||
                         r.phrase.find("alleg") != std::string::npos ||
                         r.phrase.find("charge") != std::string::npos;
        const std::string& last_word = p.tokens[m.last].folded;
        ref.singular = !last_word.ends_with("s");
        const std::string& first_word = p.tokens[m.first].folded;
        ref.anaphoric = first_word == "the" || first_word == "these" || first_word == "those" ||
                        first_word == "this" || first_word == "that" || first_word == "such" ||
                        (r.refers_to == RefersTo::model && (first_word == "its" || first_word == "their"));
        ref.quantified = is_quantified(p.tokens, m.first);
        p.references.push_back(ref);
    }
    name_vendor_chips(p, lex);
    return p;
}

}  // namespace tracker::extract
