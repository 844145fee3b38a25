#include "extract/phrase_trie.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace tracker::extract {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep)) parts.push_back(part);
    return parts;
}

// ; : ( ) or a dash (the tokenizer folds every dash to "-").
bool is_hard_stop(const std::string& folded) {
    if (folded.size() != 1) return false;
    const char c = folded[0];
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '-';
}

std::uint64_t word_bit(WordId w) {
    return w == k_unknown_word ? 0 : std::uint64_t{1} << (static_cast<std::uint32_t>(w) % 64);  // (ids are >= 0)
}

bool ends_with_ies(const std::string& w) {
    const std::size_t n = w.size();
    return n >= 3 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 1] == 's';
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

void Vocabulary::insert(const Slot& slot) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot.hash & mask;
    while (m_slots[i].id != k_unknown_word) i = (i + 1) & mask;
    m_slots[i] = slot;
}

WordId Vocabulary::intern(std::string_view word) {
    if (WordId id = find(word); id != k_unknown_word) return id;
    const auto id = static_cast<WordId>(m_words.size());
    m_words.emplace_back(word);
    if (m_words.size() * 2 > m_slots.size()) {  // keep it at most half full: rebuild twice as large
        std::vector<Slot> old(std::max<std::size_t>(64, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot& slot : old)
            if (slot.id != k_unknown_word) insert(slot);
    }
    Slot slot{hash_of(word), id, 0};
    if (word.size() <= Slot::k_inline) {
        slot.length = static_cast<std::uint8_t>(word.size());
        std::copy(word.begin(), word.end(), slot.text);
    }
    insert(slot);
    return id;
}

Vocabulary::Slot& Vocabulary::slot_of(WordId id) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash_of(m_words[static_cast<std::size_t>(id)]) & mask;
    while (m_slots[i].id != id) i = (i + 1) & mask;
    return m_slots[i];
}

std::uint32_t Vocabulary::take_trie_bit() {
    for (std::uint32_t bit = 1; bit != 0; bit <<= 1)
        if (!(m_trie_bits_taken & bit)) {
            m_trie_bits_taken |= bit;
            return bit;
        }
    throw std::length_error("more than 32 phrase tries share one vocabulary");
}

void Vocabulary::mark_start(WordId word, std::uint32_t trie_bit) { slot_of(word).starts |= trie_bit; }

std::vector<TokenKeys> keys_of(const Vocabulary& vocabulary, const std::vector<Token>& tokens) {
    std::vector<TokenKeys> keys;
    keys_of(vocabulary, tokens, keys);
    return keys;
}

void keys_of(const Vocabulary& vocabulary, const std::vector<Token>& tokens, std::vector<TokenKeys>& keys) {
    const std::size_t n = tokens.size();  // (read once: the loop writes chars, which may alias anything)
    keys.assign(n, TokenKeys{});
    std::string y_form;  // reused: "companies" -> "company"
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& w = tokens[i].folded;
        TokenKeys& k = keys[i];
        const Vocabulary::Entry itself = vocabulary.lookup(w);
        k.word = itself.id;
        // The same plural rules as word_matches(): "chips" -> "chip" when "chip" has three letters
        // or more; "companies" -> "company".
        k.plural_form = w.size() > 3 && w.back() == 's';
        Vocabulary::Entry singular, y_singular;
        if (k.plural_form) singular = vocabulary.lookup(std::string_view(w).substr(0, w.size() - 1));
        if (ends_with_ies(w)) {
            y_form.assign(w, 0, w.size() - 3);
            y_form.push_back('y');
            y_singular = vocabulary.lookup(y_form);
        }
        k.singular = singular.id;
        k.y_singular = y_singular.id;
        k.hard_stop = is_hard_stop(w);
        // As PhraseTrie::step() takes a first word: itself, else (a plural) its singular.
        k.starts = itself.starts;
        if (k.plural_form) k.starts |= singular.starts | y_singular.starts;
        k.word_bits = word_bit(k.word) | word_bit(k.singular) | word_bit(k.y_singular);
    }
}

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

PhraseTrie::PhraseTrie() : PhraseTrie(std::make_shared<Vocabulary>()) {}

PhraseTrie::PhraseTrie(std::shared_ptr<Vocabulary> vocabulary)
    : m_vocabulary(std::move(vocabulary)), m_trie_bit(m_vocabulary->take_trie_bit()) {}

namespace {

// Makes room for one more element at the end of a range of `pool` (see PhraseTrie::Node): the
// range is copied to the pool's end unless it is there already.
template <class T>
void make_room_at_end(std::vector<T>& pool, std::uint32_t& first, std::uint32_t count) {
    if (first + count == pool.size()) return;
    const auto moved = static_cast<std::uint32_t>(pool.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        const T item = pool[first + i];  // a copy: push_back may reallocate the pool
        pool.push_back(item);
    }
    first = moved;
}

template <class Edges>
auto edge_at(Edges begin, Edges end, WordId word) {
    return std::lower_bound(begin, end, word, [](const auto& e, WordId w) { return e.word < w; });
}

}  // namespace

int PhraseTrie::child(int node, WordId word) {
    const auto id = static_cast<int>(m_nodes.size());
    if (node == 0) {
        auto slot = static_cast<std::size_t>(word);
        if (slot >= m_root_edges.size()) m_root_edges.resize(slot + 1, 0);
        if (m_root_edges[slot] != 0) return m_root_edges[slot];
        m_root_edges[slot] = id;
        m_vocabulary->mark_start(word, m_trie_bit);
        m_nodes.emplace_back();
        return id;
    }
    if (int existing = step(node, word); existing >= 0) return existing;
    Node& n = m_nodes[static_cast<std::size_t>(node)];
    make_room_at_end(m_edges, n.first_edge, n.edge_count);
    m_edges.push_back(Edge{word, id});
    ++n.edge_count;
    // Into its place among the node's edges, sorted by word.
    auto first = m_edges.begin() + n.first_edge;
    std::rotate(edge_at(first, m_edges.end() - 1, word), m_edges.end() - 1, m_edges.end());
    m_nodes.emplace_back();  // last: `n` refers into m_nodes
    return id;
}

inline int PhraseTrie::step(int node, WordId word) const {
    if (word == k_unknown_word) return -1;
    if (node == 0) {
        auto slot = static_cast<std::size_t>(word);
        return slot < m_root_edges.size() && m_root_edges[slot] != 0 ? m_root_edges[slot] : -1;
    }
    const Node& n = m_nodes[static_cast<std::size_t>(node)];
    const auto first = m_edges.begin() + n.first_edge, last = first + n.edge_count;
    auto it = edge_at(first, last, word);
    return it != last && it->word == word ? it->node : -1;
}

// The token as itself, else (a plural) as its singular: "chips" follows an edge "chip".
int PhraseTrie::step(int node, const TokenKeys& token) const {
    int next = step(node, token.word);
    if (next < 0 && token.plural_form) {
        next = step(node, token.singular);
        if (next < 0) next = step(node, token.y_singular);
    }
    return next;
}

bool PhraseTrie::add(const std::string& phrase, int id) {
    auto segments = parse_phrase(phrase);
    for (const auto& seg : segments)
        if (seg.empty()) return false;
    auto ids_of = [&](const std::vector<std::vector<std::vector<std::string>>>& words) {
        Segment segment;
        for (const auto& alternatives : words) {
            auto& position = segment.positions.emplace_back();
            for (const auto& alt : alternatives) {
                auto& ids = position.emplace_back();
                for (const auto& w : alt) ids.push_back(m_vocabulary->intern(w));
            }
        }
        for (const auto& alt : segment.positions.front()) {
            segment.first_words.push_back(alt.front());
            segment.first_word_bits |= word_bit(alt.front());
        }
        std::sort(segment.first_words.begin(), segment.first_words.end());
        return segment;
    };
    // Alternatives of one position may hold several words ("U.S.-made"): each word is a trie step.
    std::vector<int> frontier{0};
    for (const auto& alternatives : ids_of(segments.front()).positions) {
        std::vector<int> next;
        for (int node : frontier)
            for (const auto& alt : alternatives) {
                int n = node;
                for (WordId w : alt) n = child(n, w);
                next.push_back(n);
            }
        frontier = std::move(next);
    }
    Phrase compiled;
    for (std::size_t s = 1; s < segments.size(); ++s) compiled.rest.push_back(ids_of(segments[s]));
    const int index = static_cast<int>(m_phrases.size());
    const std::uint64_t rest_first_bits = compiled.rest.empty() ? 0 : compiled.rest.front().first_word_bits;
    m_phrases.push_back(std::move(compiled));
    for (int node : frontier) {
        Node& n = m_nodes[static_cast<std::size_t>(node)];
        make_room_at_end(m_ends, n.first_end, n.end_count);
        m_ends.push_back(End{index, id, rest_first_bits});
        ++n.end_count;
    }
    return true;
}

namespace {

// The end (one past the last word) of a segment's `positions` matched from token `start`, or 0
// when they do not match there. At each position the first alternative that matches is taken.
template <class Positions>
std::size_t match_segment(const std::vector<TokenKeys>& keys, const Positions& positions, std::size_t start) {
    std::size_t i = start;
    for (const auto& alternatives : positions) {
        bool hit = false;
        for (const auto& alt : alternatives) {
            std::size_t j = i;
            while (j - i < alt.size() && j < keys.size() && keys[j].matches(alt[j - i])) ++j;
            if (j - i == alt.size()) {
                i = j;
                hit = true;
                break;
            }
        }
        if (!hit) return 0;
    }
    return i;
}

}  // namespace

bool PhraseTrie::Segment::may_start_with(WordId word) const {
    return (word_bit(word) & first_word_bits) != 0 && std::binary_search(first_words.begin(), first_words.end(), word);
}

namespace {

// A name's later words and an aside's words are no words of a gap.
bool counts_in_gap(const TokenKeys& k) { return !k.name_tail && !k.in_aside; }

}  // namespace

// Whether the segments after the first gap, from `segment` on, follow token `pos`: each must
// start within k_max_gap words of the previous one's end (a name of several words counts as
// one: "tens of thousands of RTX Pro 6000D cards"; an aside between commas counts nothing:
// "trained its V3 model, released in December, on"), and no gap crosses a hard stop. With
// `record`, the match found appends its words to record->words (the later segments' first, as
// the search unwinds) and extends record->last.
bool PhraseTrie::match_rest(const std::vector<TokenKeys>& keys, const Phrase& phrase, std::size_t segment,
                            std::size_t pos, PhraseMatch* record) const {
    if (segment == phrase.rest.size()) return true;
    for (std::size_t start = pos, gap = 0; start < keys.size() && gap <= k_max_gap; gap += counts_in_gap(keys[start++])) {
        if (start > pos && keys[start - 1].hard_stop) break;
        const Segment& s = phrase.rest[segment];
        if (!s.may_start_at(keys[start])) continue;
        std::size_t end = match_segment(keys, s.positions, start);
        if (end == 0 || !match_rest(keys, phrase, segment + 1, end, record)) continue;
        if (record) {
            for (std::size_t k = start; k < end; ++k) record->words.push_back(k);
            record->last = std::max(record->last, end - 1);
        }
        return true;
    }
    return false;
}

// Bit w % 64 of the words of every token where a segment after a gap may start (from `pos`,
// within k_max_gap words, not across a hard stop: where match_rest() looks).
std::uint64_t PhraseTrie::gap_bits(const std::vector<TokenKeys>& keys, std::size_t pos) {
    std::uint64_t bits = 0;
    for (std::size_t start = pos, gap = 0; start < keys.size() && gap <= k_max_gap; gap += counts_in_gap(keys[start++])) {
        if (start > pos && keys[start - 1].hard_stop) break;
        bits |= keys[start].word_bits;
    }
    return bits;
}

void PhraseTrie::find_at(const std::vector<TokenKeys>& keys, std::size_t at, std::vector<PhraseMatch>& out) const {
    const std::size_t first_found = out.size(), n_keys = keys.size();  // (read once: see find_all)
    int node = 0;
    for (std::size_t i = at; i < n_keys; ++i) {
        node = step(node, keys[i]);
        if (node < 0) break;
        const Node& n = m_nodes[static_cast<std::size_t>(node)];
        std::optional<std::uint64_t> after_gap;  // gap_bits(keys, i + 1), when a phrase needs it
        for (std::uint32_t e = 0; e < n.end_count; ++e) {
            const End& end = m_ends[n.first_end + e];
            const Phrase* phrase = nullptr;
            if (end.rest_first_bits != 0) {
                if (!after_gap) after_gap = gap_bits(keys, i + 1);
                if ((*after_gap & end.rest_first_bits) == 0) continue;
                // Checked first, then searched again to record the words: most checks fail, and
                // a failed check allocates nothing.
                phrase = &m_phrases[static_cast<std::size_t>(end.phrase)];
                if (!match_rest(keys, *phrase, 0, i + 1, nullptr)) continue;
            }
            PhraseMatch m{end.id, at, i, {}};
            for (std::size_t k = at; k <= i; ++k) m.words.push_back(k);
            if (phrase) match_rest(keys, *phrase, 0, i + 1, &m);
            out.push_back(std::move(m));
        }
    }
    // Longest first.
    if (out.size() - first_found > 1)
        std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first_found), out.end(),
                         [](const PhraseMatch& a, const PhraseMatch& b) { return a.last > b.last; });
}

std::vector<PhraseMatch> PhraseTrie::find_all(const std::vector<TokenKeys>& keys) const {
    std::vector<PhraseMatch> out;
    find_all(keys, out);
    return out;
}

void PhraseTrie::find_all(const std::vector<TokenKeys>& keys, std::vector<PhraseMatch>& out) const {
    // (The size and the bit read once: find_at() appends to a vector, which the compiler must
    // assume may change them, so the loop would read them again at every token.)
    const std::size_t n = keys.size();
    const std::uint32_t bit = m_trie_bit;
    for (std::size_t i = 0; i < n; ++i)
        if (keys[i].starts & bit) find_at(keys, i, out);
}

std::vector<PhraseMatch> PhraseTrie::find_all(const std::vector<Token>& tokens) const {
    return find_all(keys_of(*m_vocabulary, tokens));
}

}  // namespace tracker::extract
