#include "extract/attribution.h"

#include <algorithm>
#include <set>

namespace tracker::extract {

namespace {

constexpr std::size_t k_subject_gap = 3;  // "Anthropic has formally accused": two words between
constexpr std::size_t k_max_phrase = 8;   // a claimant phrase of our own making stays short

std::string pick(const std::vector<std::string>& names, const std::string& prefer) {
    if (std::find(names.begin(), names.end(), prefer) != names.end()) return prefer;
    return names.front();
}

bool is_clause_edge(const Token& t) { return t.is_mark() && !t.is_possessive(); }

bool is_auxiliary(const std::string& w) {
    static const std::set<std::string> k_words = {"has", "have", "had", "is", "was", "were", "are", "also",
                                                  "previously", "now", "already", "repeatedly", "publicly",
                                                  "since", "later", "earlier", "once"};
    return k_words.count(w) > 0;
}

std::string slice(std::string_view text, const SentenceParse& s, std::size_t first, std::size_t last) {
    static const std::set<std::string> k_leading = {"that", "and", "but", "while", "as", "the"};
    while (first <= last && k_leading.count(s.tokens[first].folded) &&
           !(s.tokens[first].folded == "the" && first < last && s.tokens[first + 1].capitalized))
        ++first;
    if (first > last) return "";
    return std::string(text.substr(s.tokens[first].start, s.tokens[last].end - s.tokens[first].start));
}

// A publication or party named within a few words after `pos`.
std::string named_after(const SentenceParse& s, const std::vector<Party>& parties, std::size_t pos,
                        const std::string& prefer) {
    for (const auto& m : s.mentions)
        if (m.first > pos && m.first - pos <= 2 && m.entity->kind == "publication") return m.entity->canonical;
    for (const auto& p : parties)
        if (p.first > pos && p.first - pos <= 2) return pick(p.names, prefer);
    return "";
}

}  // namespace

std::string subject_before(const SentenceParse& s, const std::vector<Party>& parties, std::size_t at,
                           const std::string& prefer) {
    std::string best;
    std::size_t best_last = 0;
    for (const auto& m : s.mentions)
        if (m.last < at && at - m.last <= k_subject_gap && m.entity->kind == "publication" &&
            (best.empty() || m.last > best_last))
            best = m.entity->canonical, best_last = m.last;
    for (const auto& p : parties)
        if (p.last < at && at - p.last <= k_subject_gap && (best.empty() || p.last > best_last))
            best = pick(p.names, prefer), best_last = p.last;
    return best;
}

std::string claimant_at(std::string_view text, const SentenceParse& s, const std::vector<Party>& parties,
                        const Lexicon& lex, std::size_t at, const std::string& prefer) {
    const PhraseMatch* nearest = nullptr;
    std::size_t nearest_distance = 0;
    for (const auto& a : s.attributions) {
        std::size_t distance = a.first > at ? a.first - at : at - a.first;
        if (!nearest || distance < nearest_distance) nearest = &a, nearest_distance = distance;
    }
    if (!nearest) return "";
    const Attribution& def = lex.attributions[static_cast<std::size_t>(nearest->id)];
    if (def.side == ClaimantSide::after) {
        std::string named = named_after(s, parties, nearest->last, prefer);
        if (!named.empty()) return named;
        std::size_t last = nearest->last;
        while (last + 1 < s.tokens.size() && !is_clause_edge(s.tokens[last + 1]) &&
               last - nearest->last < k_max_phrase)
            ++last;
        return last > nearest->last ? slice(text, s, nearest->last + 1, last) : "";
    }
    // The claimant precedes: a name right before the verb, else the phrase since the clause began.
    if (nearest->first == 0) return "";
    std::size_t end = nearest->first - 1;
    bool word_before_is_name = false;
    for (const auto& m : s.mentions)
        if (m.last == end || (m.last + 1 < nearest->first && m.last + k_subject_gap >= nearest->first &&
                              m.entity->kind == "publication"))
            word_before_is_name = true;
    for (const auto& p : parties)
        if (p.last == end || (p.last < nearest->first && nearest->first - p.last <= k_subject_gap &&
                              !s.tokens[end].capitalized && s.tokens[end].folded.size() <= 9 &&
                              (s.tokens[end].folded.ends_with("ly") || s.tokens[end].folded == "has" ||
                               s.tokens[end].folded == "have" || s.tokens[end].folded == "had" ||
                               s.tokens[end].folded == "also")))
            word_before_is_name = true;
    if (word_before_is_name) return subject_before(s, parties, nearest->first, prefer);
    std::size_t first = end;
    while (first > 0 && !is_clause_edge(s.tokens[first - 1]) && end - first + 1 < k_max_phrase) --first;
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
    return slice(text, s, first, end);
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

}  // namespace tracker::extract
