#include "extract/sentence_parse.h"

#include <algorithm>

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
            if (adjacent && maker == m.entity->canonical) {
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
    for (const auto& m : p.mentions)
        for (std::size_t i = m.first; i <= m.last; ++i) in_entity[i] = true;

    // Cues may not use the words of a name; denials, hedges and attributions may not use a cue's.
    std::vector<bool> taken = in_entity;
    p.cues = select(lex.cue_trie.find_all(p.tokens), taken);
    std::vector<bool> after_cues = taken;
    p.denials = select(lex.denial_trie.find_all(p.tokens), taken);
    std::vector<bool> for_hedges = after_cues;
    p.attributions = select(lex.attribution_trie.find_all(p.tokens), for_hedges);
    p.hedges = select(lex.hedge_trie.find_all(p.tokens), for_hedges);

    std::vector<bool> for_refs = in_entity;
    for (const auto& m : select(lex.reference_trie.find_all(p.tokens), for_refs)) {
        const Reference& r = lex.references[static_cast<std::size_t>(m.id)];
        bool accusation = r.phrase.find("accus") != std::string::npos ||
                          r.phrase.find("alleg") != std::string::npos ||
                          r.phrase.find("charge") != std::string::npos;
        p.references.push_back(ReferenceMention{m.first, m.last, r.refers_to, accusation});
    }
    return p;
}

}  // namespace tracker::extract
