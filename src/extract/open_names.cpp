#include "extract/open_names.h"

#include <algorithm>

#include "extract/lexicon.h"

namespace tracker::extract {

namespace {

constexpr std::size_t k_longest_name = 3;  // words of a name without a company word
constexpr double k_title_case_share = 0.85;  // of a sentence's words capitalised: a headline

bool is_word(const Token& t) { return !t.is_mark(); }

bool all_caps(std::string_view text) {
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "Two Men Charged With Smuggling Chips Through Ports", "Anthropic Accuses Three Labs of
// Distillation": in a title-case line the small words or the lexicons' cue words are capitalised
// too, and capitals say nothing about names. A sentence naming many people ("Judge Ana Okafor
// said Brennan Vale smuggled ...") writes those in lower case. `lexical[i]`: the word belongs to
// a cue, denial, attribution, hedge, reference or clause marker.
bool title_case(const std::vector<Token>& tokens, const TokenFlags& lexical, const Lexicon& lex) {
    // Small words are looked up only when some capitalised one is (most sentences have none).
    auto small = [&](std::size_t i) { return lexical[i] || lex.class_of(tokens[i]) != WordClass::other; };
    std::size_t words = 0, capitalised = 0, small_capitalised = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!is_word(tokens[i])) continue;
        ++words;
        if (!tokens[i].capitalized) continue;
        ++capitalised;
        small_capitalised += i > 0 && small(i);
    }
    if (words >= 4 && static_cast<double>(capitalised) > k_title_case_share * static_cast<double>(words)) return true;
    if (small_capitalised == 0) return false;
    std::size_t small_lower = 0;
    for (std::size_t i = 1; i < tokens.size(); ++i)
        small_lower += is_word(tokens[i]) && !tokens[i].capitalized && small(i);
    return small_capitalised >= small_lower;
}

std::string folded_words(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i <= last; ++i) out += (i == first ? "" : " ") + tokens[i].folded;
    return out;
}

// The words of the longest phrase of `phrases` (or word of `role`) starting at `first`, 0 when none.
std::size_t phrase_at(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const NameTable& names,
                      const std::unordered_set<std::string>& phrases, NameRole role) {
    if (last > first && names.phrase_starts.count(tokens[first].folded))
        for (std::size_t n = std::min(names.longest_phrase, last - first + 1); n >= 2; --n)
            if (phrases.count(folded_words(tokens, first, first + n - 1))) return n;
    const NameRole* r = names.role_of(tokens[first]);
    return r && *r == role ? 1 : 0;
}

// What the word before a name says it is: "national Wei Lin", "the firm Orbis".
NameSpan::Kind introduced_as(const std::vector<Token>& tokens, std::size_t first, const NameTable& names) {
    if (first == 0 || tokens[first - 1].capitalized || !is_word(tokens[first - 1])) return NameSpan::Kind::unknown;
    const NameRole* r = names.role_of(tokens[first - 1]);
    if (!r) return NameSpan::Kind::unknown;
    if (*r == NameRole::person_intro || *r == NameRole::title) return NameSpan::Kind::person;
    if (*r == NameRole::company_intro) return NameSpan::Kind::company;
    return NameSpan::Kind::unknown;
}

// "Wei Lin, 41, of Fremont": an age after a name is a person's.
bool followed_by_age(const std::vector<Token>& tokens, std::size_t last) {
    if (last + 3 >= tokens.size() || !tokens[last + 1].is(",") || !tokens[last + 3].is(",")) return false;
    const std::string& age = tokens[last + 2].folded;
    return age.size() == 2 && std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Nvidia CEO Jensen Huang", "DeepSeek's founder Liang": an officer named with the lexicons'
// party speaks and acts for it; the officer is no party of their own.
bool officer_of_party(const std::vector<Token>& tokens, const TokenFlags& free, std::size_t title,
                      const NameTable& names) {
    std::size_t before = title;
    if (before > 0 && !tokens[before - 1].capitalized) {  // "chief executive" written in lower case
        const NameRole* r = names.role_of(tokens[before - 1]);
        if (!r || *r != NameRole::title) return false;
        --before;
    }
    if (before > 0 && tokens[before - 1].is_possessive()) --before;
    return before > 0 && !free[before - 1] && !tokens[before - 1].is_mark();
}

// One run of capitalised free words, [first, last]: the name in it, if any.
void read_run(const std::vector<Token>& tokens, const TokenFlags& free, std::size_t first, std::size_t last,
              const Lexicon& lex, std::vector<NameSpan>& out) {
    const NameTable& names = lex.names;
    // "at the port of Laem Chabang", "the province of Guizhou": a place ("port" is a word of
    // institutions' names too, "Port Authority": no party either way).
    if (first >= 2 && tokens[first - 1].is("of"))
        if (const NameRole* r = names.role_of(tokens[first - 2]);
            r && (*r == NameRole::place_intro || *r == NameRole::institution))
            return;
    // "a report in The Continental Herald that it trained ...": the outlet a report ran in speaks
    // through it and acts in nothing it tells.
    std::size_t in = first;
    while (in > 0 && tokens[in - 1].is("the")) --in;
    if (in >= 2 && tokens[in - 1].is("in") && lex.class_of(tokens[in - 2]) == WordClass::document) return;
    // "routed through a free-trade zone at Tanjung Seruling", "a warehouse in Port Dickson": where
    // a place stands.
    if (first >= 2 && (tokens[first - 1].is("at") || tokens[first - 1].is("in") || tokens[first - 1].is("near")))
        if (const NameRole* r = names.role_of(tokens[first - 2]);
            r && (*r == NameRole::place_intro || *r == NameRole::place_noun))
            return;
    // "tech news site Bayline Tech reported": an outlet speaks, and acts in no claim.
    if (first > 0 && !tokens[first - 1].capitalized)
        if (const NameRole* r = names.role_of(tokens[first - 1]); r && *r == NameRole::publication_intro) return;
    NameSpan span;
    span.kind = introduced_as(tokens, first, names);
    span.introduced = span.kind != NameSpan::Kind::unknown;
    const std::size_t run_first = first;
    // "The", "Judge", "Commerce Secretary": words before the name, not of it.
    while (first <= last) {
        if (lex.class_of(tokens[first]) != WordClass::other) {
            ++first;
            continue;
        }
        // "Startup Lumora AI", "Businessman Tao" at the start of a sentence.
        const NameRole* intro = names.role_of(tokens[first]);
        if (intro && (*intro == NameRole::company_intro || *intro == NameRole::person_intro)) {
            span.kind = *intro == NameRole::company_intro ? NameSpan::Kind::company : NameSpan::Kind::person;
            span.introduced = true;
            ++first;
            continue;
        }
        const std::size_t title = phrase_at(tokens, first, last, names, names.titles, NameRole::title);
        if (title == 0) break;
        first += title;
        span.kind = NameSpan::Kind::person, span.introduced = true;
    }
    if (first > last) return;
    if (span.kind == NameSpan::Kind::person && officer_of_party(tokens, free, run_first, names)) return;
    bool company_word = false;
    for (std::size_t i = first; i <= last; ++i) {
        const NameRole* r = names.role_of(tokens[i]);
        if (r && *r == NameRole::institution) return;  // "Justice Department", "Chip Security Act"
        company_word |= r && *r == NameRole::company_word;
    }
    // "the Bukit Mas Technology Park", "at the Kwai Chung container terminal": a place's name, by
    // its last word or a lower-case word of places a few words after "the" and the name.
    constexpr std::size_t k_place_noun_reach = 3;
    const auto place_noun = [&](const Token& t) {
        const NameRole* r = names.role_of(t);
        return r && *r == NameRole::place_noun;
    };
    if (place_noun(tokens[last])) return;
    if (first > 0 && tokens[first - 1].is("the"))
        for (std::size_t i = last + 1; i < tokens.size() && i <= last + k_place_noun_reach; ++i) {
            if (!is_word(tokens[i]) || tokens[i].capitalized) break;
            if (place_noun(tokens[i])) return;
        }
    // "Hong Kong", "Santa Clara": a place is no party; "Hong Kong Orbis Trading" is a firm.
    const std::size_t place = phrase_at(tokens, first, last, names, names.places, NameRole::place);
    if (place > 0 && (first + place > last || !company_word)) return;
    // "the Shanghai AI developer", "the Hangzhou AI lab": a place and words of firms' names
    // before a lower-case noun describe a firm; they name none.
    if (place > 0 && first > 0 && tokens[first - 1].is("the") && last + 1 < tokens.size() &&
        is_word(tokens[last + 1]) && !tokens[last + 1].capitalized &&
        std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(first + place),
                    tokens.begin() + static_cast<std::ptrdiff_t>(last) + 1, [&](const Token& t) {
                        const NameRole* r = names.role_of(t);
                        return r && *r == NameRole::company_word;
                    }))
        return;
    const std::size_t words = last - first + 1;
    if (company_word) span.kind = NameSpan::Kind::company;
    else if (followed_by_age(tokens, last)) span.kind = NameSpan::Kind::person;
    if (words > k_longest_name && !company_word) return;  // a title, a slogan, a heading
    // One word alone is a name only when introduced, or as a later mention of one (OpenNames).
    if (words == 1 && company_word) return;  // "Trading", "Holdings"
    span.first = first;
    span.last = last;
    out.push_back(span);
}

// Whether `word` (case-folded) stands in `text` in lower case as a word of its own: "Training"
// in "Training Costs" is a common word when the article also writes "training".
bool written_in_lower_case(std::string_view text, std::string_view word) {
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80); };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !is_letter(text[at - 1])) && (end >= text.size() || !is_letter(text[end]))) return true;
    }
    return false;
}

// A name that nothing introduces and no company word marks is taken for a person's only when it
// reads like one: words of letters, none all capitals ("FP8", "OEM"), none that the article
// writes elsewhere in lower case ("Sparse Attention", "Training Costs").
bool reads_as_personal_name(std::string_view text, const std::vector<Token>& tokens, const NameSpan& span) {
    for (std::size_t i = span.first; i <= span.last; ++i) {
        const Token& t = tokens[i];
        const std::string_view written = text.substr(t.start, t.end - t.start);
        if (written.size() < 2 || all_caps(written)) return false;
        if (std::any_of(t.folded.begin(), t.folded.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
        if (written_in_lower_case(text, t.folded)) return false;
    }
    return true;
}

}  // namespace

const NameRole* NameTable::role_of(const std::string& folded) const {
    auto it = words.find(folded);
    return it == words.end() ? nullptr : &it->second;
}

const NameRole* NameTable::role_of(const Token& token) const {
    if (token.word == -2) return role_of(token.folded);
    if (token.word < 0 || static_cast<std::size_t>(token.word) >= role_by_id.size()) return nullptr;
    return role_by_id[static_cast<std::size_t>(token.word)];
}

void find_names(const std::vector<Token>& tokens, const TokenFlags& free, const TokenFlags& lexical,
                const Lexicon& lex, std::vector<NameSpan>& out) {
    out.clear();
    if (title_case(tokens, lexical, lex)) return;
    auto in_name = [&](std::size_t i) {
        if (!free[i] || !is_word(tokens[i]) || !tokens[i].capitalized) return false;
        const NameRole* r = lex.names.role_of(tokens[i]);
        return !(r && *r == NameRole::not_name);
    };
    for (std::size_t i = 0; i < tokens.size();) {
        // A hearing titled "Leaky Borders: Closing the Pipeline": a work's title, up to the
        // quotation mark that closes it, names nobody.
        if (i > 0 && tokens[i].after_quote && lex.names.role_of(tokens[i - 1]) &&
            *lex.names.role_of(tokens[i - 1]) == NameRole::work_intro) {
            constexpr std::size_t k_title_words = 16;
            const std::size_t open = i++;
            while (i < tokens.size() && !tokens[i].after_quote && i - open < k_title_words) ++i;
            continue;
        }
        if (!in_name(i)) {
            ++i;
            continue;
        }
        std::size_t last = i;
        while (last + 1 < tokens.size() && in_name(last + 1)) ++last;
        read_run(tokens, free, i, last, lex, out);
        i = last + 1;
    }
}

std::string OpenNames::kind_of(const std::string& name) const {
    auto known = m_by_form.find(name);
    return known == m_by_form.end() || m_known[known->second].name != name ? "" : m_known[known->second].kind;
}

std::vector<OpenParty> OpenNames::resolve(std::string_view text, const std::vector<Token>& tokens,
                                          const std::vector<NameSpan>& spans, const Lexicon& lex) {
    std::vector<OpenParty> out;
    for (const auto& span : spans) {
        const std::string written(text.substr(tokens[span.first].start, tokens[span.last].end - tokens[span.first].start));
        if (auto known = m_by_form.find(written); known != m_by_form.end()) {
            const Known& k = m_known[known->second];
            out.push_back(OpenParty{span.first, span.last, k.name, k.kind});
            continue;
        }
        const std::size_t words = span.last - span.first + 1;
        // A lone word that is no later mention needs a word saying what it is; an acronym too.
        if (words == 1 && (!span.introduced || all_caps(written))) continue;
        if (span.kind == NameSpan::Kind::unknown && !reads_as_personal_name(text, tokens, span)) continue;
        Known k{written, span.kind == NameSpan::Kind::company ? "company" : "person"};
        const std::size_t index = m_known.size();
        m_by_form.emplace(written, index);
        if (words >= 2 && k.kind == "person") {
            const Token& surname = tokens[span.last];
            m_by_form.emplace(text.substr(surname.start, surname.end - surname.start), index);
        }
        const NameRole* head = lex.names.role_of(tokens[span.first]);
        if (k.kind == "company" && !(head && *head == NameRole::company_word))
            for (std::size_t last = span.first; last < span.last; ++last)
                m_by_form.emplace(text.substr(tokens[span.first].start, tokens[last].end - tokens[span.first].start), index);
        out.push_back(OpenParty{span.first, span.last, k.name, k.kind});
        m_known.push_back(std::move(k));
    }
    return out;
}

}  // namespace tracker::extract
