#include "extract/phrase_trie.h"

#include <algorithm>
#include <functional>
#include <sstream>

namespace tracker::extract {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep)) parts.push_back(part);
    return parts;
}

bool is_hard_stop(const Token& t) {
    return t.folded == ";" || t.folded == ":" || t.folded == "(" || t.folded == ")" || t.folded == "-";
}

// Parses "got/obtained its hands on ... chips" into segments of positions of alternatives, each
// alternative split into its words once, here, so that matching never splits strings.
std::vector<std::vector<std::vector<std::vector<std::string>>>> parse_phrase(const std::string& phrase) {
    std::vector<std::vector<std::vector<std::vector<std::string>>>> segments(1);
    std::istringstream in(phrase);
    std::string item;
    while (in >> item) {
        if (item == "...") {
            segments.emplace_back();
            continue;
        }
        std::vector<std::vector<std::string>> alternatives;
        for (const auto& alt : split(item, '/')) {
            // An alternative may fold to several words ("U.S.-made"); each is a step.
            auto words = fold_words(alt);
            if (!words.empty()) alternatives.push_back(std::move(words));
        }
        if (!alternatives.empty()) segments.back().push_back(alternatives);
    }
    return segments;
}

}  // namespace

bool word_matches(const std::string& word, const std::string& key) {
    if (word == key) return true;
    // Keys of three letters or more: "its" is not the plural of "it".
    if (key.size() >= 3 && word.size() == key.size() + 1 && word.back() == 's' &&
        word.compare(0, key.size(), key) == 0)
        return true;
    // "companies" / "company", "accessories" style plurals.
    return word.size() == key.size() + 2 && key.back() == 'y' && word.ends_with("ies") &&
           word.compare(0, key.size() - 1, key, 0, key.size() - 1) == 0;
}

int PhraseTrie::child(int node, const std::string& word) {
    auto it = m_nodes[node].next.find(word);
    if (it != m_nodes[node].next.end()) return it->second;
    int id = static_cast<int>(m_nodes.size());
    m_nodes[node].next.emplace(word, id);
    m_nodes.emplace_back();
    return id;
}

bool PhraseTrie::add(const std::string& phrase, int id) {
    auto segments = parse_phrase(phrase);
    for (const auto& seg : segments)
        if (seg.empty()) return false;
    // Alternatives of one position may hold several words ("U.S.-made"): each word is a trie step.
    std::vector<int> frontier{0};
    for (const auto& alternatives : segments.front()) {
        std::vector<int> next;
        for (int node : frontier)
            for (const auto& alt : alternatives) {
                int n = node;
                for (const auto& w : alt) n = child(n, w);
                next.push_back(n);
            }
        frontier = std::move(next);
    }
    int index = static_cast<int>(m_phrases.size());
    m_phrases.push_back(Phrase{id, {segments.begin() + 1, segments.end()}});
    for (int node : frontier) m_nodes[node].phrases.push_back(index);
    return true;
}

bool PhraseTrie::match_rest(const std::vector<Token>& tokens, const Phrase& phrase,
                            std::size_t after, PhraseMatch& match) const {
    // Each later segment must start within k_max_gap words of the previous one's end.
    std::function<bool(std::size_t, std::size_t)> from = [&](std::size_t seg, std::size_t pos) {
        if (seg == phrase.rest.size()) return true;
        const Segment& s = phrase.rest[seg];
        for (std::size_t start = pos; start < tokens.size() && start <= pos + k_max_gap; ++start) {
            if (start > pos && is_hard_stop(tokens[start - 1])) break;
            std::size_t i = start;
            std::vector<std::size_t> words;
            bool ok = true;
            for (const auto& alternatives : s) {
                bool hit = false;
                for (const auto& alt : alternatives) {
                    std::size_t j = i;
                    bool all = true;
                    for (const auto& w : alt) {
                        if (j >= tokens.size() || !word_matches(tokens[j].folded, w)) { all = false; break; }
                        ++j;
                    }
                    if (all) {
                        for (std::size_t k = i; k < j; ++k) words.push_back(k);
                        i = j;
                        hit = true;
                        break;
                    }
                }
                if (!hit) { ok = false; break; }
            }
            if (ok && from(seg + 1, i)) {
                match.words.insert(match.words.end(), words.begin(), words.end());
                match.last = std::max(match.last, i - 1);
                return true;
            }
        }
        return false;
    };
    return from(0, after);
}

void PhraseTrie::find_at(const std::vector<Token>& tokens, std::size_t at,
                         std::vector<PhraseMatch>& out) const {
    std::vector<PhraseMatch> found;
    int node = 0;
    for (std::size_t i = at; i < tokens.size(); ++i) {
        const auto& next = m_nodes[node].next;
        auto it = next.find(tokens[i].folded);
        if (it == next.end() && tokens[i].folded.size() > 3 && tokens[i].folded.back() == 's') {
            it = next.find(tokens[i].folded.substr(0, tokens[i].folded.size() - 1));
            if (it == next.end() && tokens[i].folded.ends_with("ies"))
                it = next.find(tokens[i].folded.substr(0, tokens[i].folded.size() - 3) + "y");
        }
        if (it == next.end()) break;
        node = it->second;
        for (int index : m_nodes[node].phrases) {
            PhraseMatch m;
            m.id = m_phrases[index].id;
            m.first = at;
            m.last = i;
            for (std::size_t k = at; k <= i; ++k) m.words.push_back(k);
            if (match_rest(tokens, m_phrases[index], i + 1, m)) found.push_back(std::move(m));
        }
    }
    // Longest first.
    std::stable_sort(found.begin(), found.end(),
                     [](const PhraseMatch& a, const PhraseMatch& b) { return a.last > b.last; });
    out.insert(out.end(), found.begin(), found.end());
}

std::vector<PhraseMatch> PhraseTrie::find_all(const std::vector<Token>& tokens) const {
    std::vector<PhraseMatch> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) find_at(tokens, i, out);
    return out;
}

}  // namespace tracker::extract
