// Origins: who a claim's support really comes from, so that circular reporting (ten articles
// repeating one report of The Information) counts once.
//
// A claimant is anonymous when its head noun is a generic word for unnamed people ("people
// familiar with the matter", "multiple industry sources", "a senior Trump administration
// official", "two people briefed on the case"), or when it names nobody at all: no capitalised
// word once determiners are skipped ("the company", "a spokesperson", "the Beijing-based
// startup": a place made an adjective names nobody). Everything else names a
// source: a publication ("The Information", "Reuters"), a company ("Anthropic", "an Nvidia
// spokesperson"), or an identifiable office ("prosecutors in Kuala Lumpur": decided named, since
// an office acting on the record is one origin however many outlets repeat it).
#include "tracker/xref.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace tracker::xref {

namespace {

// Words that open a noun phrase without naming anyone: articles, counts, vague quantifiers.
constexpr std::string_view k_determiners[] = {
    "a",     "an",    "the",      "one",      "two",   "three",   "four",  "five",  "six",
    "seven", "eight", "nine",     "ten",      "dozen", "dozens",  "some",  "several",
    "multiple", "many", "various", "numerous", "other", "unnamed", "anonymous", "few",
};

// Generic nouns for unnamed people: a phrase headed by one of them is anonymous even when a
// capitalised modifier narrows it ("a senior Trump administration official").
constexpr std::string_view k_generic_nouns[] = {
    "people",   "person",    "persons",  "sources",   "source",    "officials", "official",
    "analysts", "analyst",   "insiders", "insider",   "executives", "executive", "employees",
    "employee", "staffers",  "staffer",  "individuals", "individual", "someone", "observers",
    "experts",  "expert",    "aides",    "aide",      "diplomats", "investors", "engineers",
    "whistleblower", "whistleblowers", "brokers", "broker", "traders", "trader", "dealers",
    "suppliers", "distributors", "resellers", "critics", "researchers", "customers", "users",
    "witnesses", "residents", "workers", "staff", "others",
};

// A generic noun this far past the determiners still heads the phrase ("senior Trump
// administration official" is four words).
constexpr std::size_t k_max_modifiers = 4;

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else if (c != ',' && c != '.' && c != ';' && c != ':') {
            word.push_back(c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string lower(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A capitalised word that names someone: not an adjective made of a place and a hyphen
// ("Beijing-based", "Shenzhen-listed"), whose last part is lowercase.
bool is_capitalised(std::string_view word) {
    if (word.empty() || !std::isupper(static_cast<unsigned char>(word.front()))) return false;
    const auto hyphen = word.rfind('-');
    return hyphen == std::string_view::npos || hyphen + 1 >= word.size() ||
           !std::islower(static_cast<unsigned char>(word[hyphen + 1]));
}

}  // namespace

bool is_named_source(std::string_view claimant) {
    const std::vector<std::string> words = words_of(claimant);
    std::size_t first = 0;
    while (first < words.size() && contains(k_determiners, lower(words[first]))) ++first;
    if (first == words.size()) return false;
    const std::size_t last = std::min(words.size(), first + k_max_modifiers);
    for (std::size_t i = first; i < last; ++i)
        if (contains(k_generic_nouns, lower(words[i]))) return false;
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(first), words.end(),
                       [](const std::string& w) { return is_capitalised(w); });
}

std::vector<std::string> origins_of_article(const std::vector<Claim>& claims, const std::string& publisher,
                                            const HardwareFamilies& families) {
    std::vector<std::string> origins;
    for (const auto& c : claims) origins.push_back(origin_of(c, publisher));
    // Echoes are looked for across a family, as the family's proposition rolls its members up:
    // else a member claim and a family claim of one article would corroborate the family.
    auto same_family = [&](const Claim& a, const Claim& b) {
        return key_of(a, families).family_key() == key_of(b, families).family_key();
    };
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (origins[i] != publisher) continue;
        for (std::size_t j = 0; j < claims.size(); ++j)
            if (origins[j] != publisher && claims[j].polarity == claims[i].polarity &&
                same_family(claims[j], claims[i])) {
                origins[i] = origins[j];
                break;
            }
    }
    // A denial with no named denier in an article that reports what it denies ("DeepSeek trained
    // on Blackwell chips, report says; startup calls claim false") is the accused's: the article
    // never denies what it reports, and no origin may stand on both sides of a proposition.
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (origins[i] != publisher || claims[i].polarity != Polarity::denied) continue;
        for (std::size_t j = 0; j < claims.size(); ++j)
            if (claims[j].polarity == Polarity::asserted && same_family(claims[j], claims[i])) {
                origins[i] = claims[i].actor;
                break;
            }
    }
    return origins;
}

std::string origin_of(const Claim& claim, const std::string& publisher) {
    if (!is_named_source(claim.claimant)) return publisher;
    const auto begin = claim.claimant.find_first_not_of(" \t\r\n");
    const auto end = claim.claimant.find_last_not_of(" \t\r\n");
    return claim.claimant.substr(begin, end - begin + 1);
}

}  // namespace tracker::xref
