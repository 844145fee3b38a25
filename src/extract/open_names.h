// Open-world parties: proper names that no lexicon lists (issue 15).
//
// Real coverage of chip smuggling is about people and small firms the lexicons have never heard
// of: defendants, trading firms, server resellers. A run of capitalised words that no lexicon,
// cue or reference holds is a name; data/names.tsv tells places, titles, institutions and
// capitalised words that are no names from names, and guesses a name's kind:
//
//   "Chinese national Wei Lin and his firm Teralink Trading Ltd shipped H100 servers ..."
//    person_intro    ^^^^^^^ person    ^^^^ company_intro ^^^^^^^^^^^^^^^^^^^^^ company (company_word)
//
// A name is a party only where it fills a cue's actor role (cue_frames.h), and a hardware
// allegation of such a party needs a chip named (or of a named vendor) in its sentence, so
// "cigarette smugglers" and "smuggling drugs" give nothing. Within an article, later mentions
// resolve to the full name first written: a surname alone ("Lin"), a firm's first word or its
// name without the legal suffix ("Teralink", "Teralink Trading"). Across articles the same full
// name is the same actor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/tokenizer.h"

namespace tracker::extract {

class Lexicon;

enum class NameRole { place, place_intro, place_noun, title, person_intro, company_intro, company_word, institution, work_intro, publication_intro, not_name };

// data/names.tsv, compiled: single words by case-folded form; places and titles of several
// words as their folded words joined by spaces.
struct NameTable {
    std::unordered_map<std::string, NameRole> words;
    std::unordered_set<std::string> places;  // of several words
    std::unordered_set<std::string> titles;  // of several words
    std::size_t longest_phrase = 1;          // words in the longest place or title
    std::unordered_set<std::string> phrase_starts;  // first words of the places and titles of several words
    std::vector<const NameRole*> role_by_id;  // into `words`, by vocabulary id; nullptr for none
    const NameRole* role_of(const std::string& folded) const;
    // The same for a token of a SentenceParse, by its vocabulary id (no hashing).
    const NameRole* role_of(const Token& token) const;
};

// A name in a sentence, before it is resolved against the article's earlier names.
struct NameSpan {
    std::size_t first = 0;  // token range, inclusive
    std::size_t last = 0;
    enum class Kind { unknown, person, company } kind = Kind::unknown;
    bool introduced = false;  // a word before it says what it is ("national", "firm")
};

// A yes or no per token, a byte each (std::vector<bool> packs bits, which costs a shift and a
// mask at every read, and the name finder reads them for every token of every sentence).
using TokenFlags = std::vector<char>;

// The names among `tokens`; `free[i]` is false for a word some lexicon match holds, `lexical[i]`
// true for a word of a cue, denial, attribution, hedge, reference or clause marker (words that
// only a title-case line capitalises).
void find_names(const std::vector<Token>& tokens, const TokenFlags& free, const TokenFlags& lexical,
                const Lexicon& lex, std::vector<NameSpan>& out);

// A name resolved: the full name as first written in the article, and its kind.
struct OpenParty {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string name;
    std::string kind;  // person | company
};

// The open-world names of one article, in the order first written; resolves later mentions.
class OpenNames {
public:
    // The parties the sentence's names stand for, registering the new full names.
    std::vector<OpenParty> resolve(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<NameSpan>& spans, const Lexicon& lex);
    // The kind of a full name registered, "" when it is none.
    std::string kind_of(const std::string& name) const;

private:
    struct Known {
        std::string name;
        std::string kind;
    };
    std::vector<Known> m_known;
    // Each full name and short form ("Lin"; "Teralink", "Teralink Trading") -> its index in
    // m_known; the first name written keeps a form two share.
    std::unordered_map<std::string, std::size_t> m_by_form;
};

}  // namespace tracker::extract
