// The lexicons of data/, compiled for matching.
//
// Files and columns (each a TSV with a header row, `#` comments; `-` for none):
//   actors.tsv       canonical  kind  country  aliases
//                    kind: lab | chipmaker | company | person | government | agency | publication
//   hardware.tsv     canonical  family  vendor  aliases      (family `-` for a family root)
//   models.tsv       canonical  maker  aliases  short_aliases (short ones count only when the
//                    maker is the claim's actor: "its V4 model")
//   allegations.tsv  allegation  actor_kinds  needs  object  self_report  contested (see the file)
//   cues.tsv         allegation  cue  frame  modality  example  needs
//                    frame: agent | patient | passive (where the actor stands, see cue_frames.h)
//   denials.tsv      cue  scope  example
//                    scope: governs | negation | judgement | rebuts (like governs, and with no cue
//                    after it, it denies what was claimed against the speaker: "complies with all
//                    export regulations") | cancels (the cue after it is no
//                    claim: "defenses against distillation") | neutral (words that only keep a
//                    shorter cue from matching: "not clear whether", "did not respond")
//   hedges.tsv       cue  modality  example
//   attributions.tsv cue  claimant_side  modality  example   claimant_side: before | after
//   clauses.tsv      marker  kind  example   kind: question | refusal | background | condition |
//                    directive
//                    (words that open a part of a sentence in which a cue asserts nothing)
//   confidence.tsv   feature  weight   (confidence.h: the weights of the confidence model)
//   word_classes.tsv word  class   class: determiner | preposition | auxiliary | adverb | source |
//                    organization | model_noun | chip_noun | link | ... (one per word), or a
//                    trait: place_noun | owned_noun | ruled_chips | home_chips (any number)
//   demonyms.tsv     word  country (peoples' words: the word class demonym, and whose a reference is)
//   names.tsv        word  role   (open_names.h: how to read a name no lexicon lists)
//   references.tsv   phrase  refers_to  example
//                    refers_to: actor | actors | chipmaker | lab | government | hardware | model | claim |
//                    speaker | none (words that
//                    only keep a shorter phrase from matching: "it is not clear")
// Aliases are `|`-separated. An alias written with an initial capital matches only text with an
// initial capital ("Meta" is not "meta"). Cue phrases use the PhraseTrie syntax (`a/b`, `...`).
//
// The loader rejects a bad row as `file:line: reason`: an unknown allegation, kind, frame or
// modality, an alias held by two entities, an empty required field.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/confidence.h"
#include "extract/open_names.h"
#include "extract/phrase_trie.h"
#include "tracker/claim.h"
#include "tracker/error.h"
#include "tracker/store.h"

namespace tracker::extract {

enum class EntityType { actor, hardware, model };
enum class Frame { agent, patient, passive, recipient };
enum class DenialScope { governs, negation, judgement, rebuts, cancels, neutral };
enum class ClaimantSide { before, after, none };
enum class RefersTo { actor, actors, chipmaker, lab, government, hardware, model, claim, speaker, none };
enum class ObjectRule { none, lab, model, party, investigator };
enum class ClauseKind { question, refusal, background, condition, directive, premise };
enum class WordClass {
    other, determiner, preposition, auxiliary, adverb, source, organization, model_noun, chip_noun, link, document,
    claim_noun, access_rule, trade_rule, demonym, rule_noun
};

// What a word may be besides its class (word_classes.tsv), several at once: bits of a mask.
enum class WordTrait : std::uint16_t {
    place_noun = 1,   // a noun a place's name modifies: "US chipmakers", "a Beijing-based developer"
    owned_noun = 2,   // what the party named right before it owns: "OpenAI models", "Anthropic's API"
    ruled_chips = 4,  // chips of the kind export rules are about: "restricted chips", "smuggled GPUs"
    home_chips = 8,   // chips of the kind that replaces them: "domestic chips", "homegrown GPUs"
    coming_chips = 16,  // a chip not out yet: "Nvidia's forthcoming Rubin line"
    variant_noun = 32,  // before "of": another chip is named by the one after ("a version of the H100")
    government_office = 64,  // a government's office: "a foreign ministry spokesperson" speaks for one
    request_verb = 128,  // asks for what is not yet granted: "Nvidia seeks licences to ship ..."
    naming_verb = 256,   // names what is described: "what it called distillation", "a practice dubbed ..."
    trade_noun = 512,    // the trade in chips: "exports of the H100", "H200 sales to China"
    on_idiom = 1024,     // after "on", an idiom, no place of training: "on schedule", "on track"
    user_verb = 2048,    // a party's use of a place: "a data centre in Guizhou that ByteDance uses"
};

// What one allegation's claims need (allegations.tsv).
enum class Need { nothing, chips, chip_kind, named_chip, model, any_chip };

struct AllegationRule {
    std::vector<std::string> actor_kinds;
    Need needs = Need::nothing;
    bool carries_hardware() const {
        return needs == Need::chips || needs == Need::chip_kind || needs == Need::named_chip || needs == Need::any_chip;
    }
    bool self_report = false;
    bool contested = false;  // a bare denial denies earlier claims of it
    bool wrongdoing = false;  // contested, and what a statement of keeping the law denies
    bool claim_as_modifier = true;  // "smuggled chips" claims; "banned chips" does not
    ObjectRule object = ObjectRule::none;
    // Kinds that are the actor only as the cue's own subject ("Huawei obtained ... dies"), as
    // KIND or KIND@COUNTRY.
    std::vector<std::string> subject_kinds;
    bool allows(const std::string& kind) const;
    bool allows_as_subject(const std::string& kind, const std::string& country) const;
};

struct Entity {
    EntityType type = EntityType::actor;
    std::string canonical;
    std::string kind;    // actors: lab, chipmaker, company, government, agency, publication
    std::string family;  // hardware: the family root ("" for a root)
    std::string vendor;  // hardware: the maker's canonical actor name
    std::string maker;   // models: the lab's canonical actor name
    std::string country;  // actors: where it is based ("US", "CN"), as actors.tsv says
    // Compared as a string_view, the sizes first: `kind == "government"` measured the literal
    // with strlen and called compare at each test (as Token::is, tokenizer.h).
    bool has_kind(std::string_view name) const { return std::string_view(kind) == name; }
};

struct Alias {
    int entity = 0;
    bool needs_capital = false;  // the alias starts with an uppercase letter
    bool is_short = false;       // a model's short alias ("V4")
};

struct Cue {
    std::string allegation;
    std::string phrase;
    Frame frame = Frame::agent;
    Modality modality = Modality::stated;
    std::string example;
    bool needs_nothing = false;  // overrides the allegation's needs (entity-list additions)
    // A mention rather than an event ("its upcoming model"): a claim only where no other
    // cue shares the sentence ("using smuggled chips to develop its upcoming model").
    bool needs_alone = false;
    // Nothing the allegation needs but a party named as its object ("Anthropic cut off Zhipu AI";
    // not "we have cut off distributors before").
    bool needs_object = false;
    // China named right after the cue, as where things went ("moved Blackwell servers into
    // China", "into mainland China"); not "moved the cluster into a new hall".
    bool needs_china = false;
    // A directive ("told firms to stop", "asked suppliers to pause") is a rule only as a
    // government's: no chip maker's own request stands for its government's rule.
    bool needs_government = false;
    // A second allegation the cue says with the same actor and chips ("used H800 GPUs to build"
    // is trained_on and acquired_hardware), or "".
    std::string also;
};

struct DenialCue {
    std::string phrase;
    DenialScope scope = DenialScope::governs;
    // "no evidence ... that", "not seen any evidence ... that": a denial only where someone
    // says it; in the article's own voice ("No evidence has emerged that ...") it claims nothing.
    bool needs_speaker = false;
};

struct Hedge {
    std::string phrase;
    Modality modality = Modality::stated;
};

struct Attribution {
    std::string phrase;
    ClaimantSide side = ClaimantSide::before;
    Modality modality = Modality::reported;
};

struct ClauseMarker {
    std::string phrase;
    ClauseKind kind = ClauseKind::question;
};

struct Reference {
    std::string phrase;
    RefersTo refers_to = RefersTo::actor;
    // Read from the phrase at load rather than searched in it at each match (0.8% of
    // extraction's instructions, bench/RESULTS.md). One of its alternatives may be: the words a
    // match holds decide ("that report" of "that claim/.../accusation/report" is no accusation).
    bool accusation = false;  // "accus", "alleg" or "charge" in it: "the accusations", "the charges"
    bool wrongdoing = false;  // "wrong" in it: "wrongdoing"
};

// A source of lexicon files by name ("actors.tsv" -> contents).
using LexiconFiles = std::map<std::string, std::string>;

// Lexicon files an analyst adds to the built-in ones: files named as data/'s in one folder
// (`--lexicons DIR`, $TRACKER_LEXICONS, else $XDG_CONFIG_HOME/tracker/lexicons). Their rows come
// after the built-in rows; a row whose canonical name exists (actors, hardware, models) adds its
// aliases to it. allegations.tsv (the claim model's vocabulary) and confidence.tsv (fitted
// weights) cannot be added to.
struct UserLexicons {
    std::string dir;     // "" when there are none
    LexiconFiles files;  // by name, as data/'s
    std::string path_of(const std::string& name) const { return dir + "/" + name; }
};

// The files a lexicon is compiled from.
struct LexiconSources {
    const LexiconFiles& files;
    const UserLexicons& user;
};

// The chip families alone (hardware.tsv, the user's too), for what reads a database and extracts
// nothing: it costs one small file, not the compiling of every lexicon.
class HardwareFamilyTable : public HardwareFamilies {
public:
    static Expected<std::unique_ptr<HardwareFamilyTable>> load(const LexiconFiles& builtin, const UserLexicons& user);
    std::string family_of(const std::string& hardware) const override;

private:
    std::map<std::string, std::string> m_family;  // member -> family
};

class Lexicon : public HardwareFamilies {
public:
    static Expected<std::unique_ptr<Lexicon>> compile(const LexiconFiles& files, const UserLexicons& user = {});
    // The files of data/ from `dir`, or embedded in the binary when `dir` is empty.
    static Expected<LexiconFiles> read_files(const std::string& dir);
    // The user's files in `dir` (any of data/'s names; none is required). A folder that does not
    // exist holds none when `required` is false, and is an error when it is true.
    static Expected<UserLexicons> read_user_files(const std::string& dir, bool required);
    // The version that compiling these files gives, without compiling them.
    static std::string version_of(const LexiconFiles& builtin, const UserLexicons& user);

    std::string family_of(const std::string& hardware) const override;
    const Entity* find_entity(const std::string& canonical) const;
    // The government actor of a country ("US" -> US government), nullptr when none is listed.
    const Entity* government_of(const std::string& country) const;
    // The one chip family a vendor makes ("Huawei" -> "Huawei Ascend"), "" when it makes
    // several or none: "chips from Huawei" names the family, "chips from Nvidia" does not.
    std::string only_family_of(const std::string& vendor) const;
    // Appends an entity and indexes it by canonical name; returns its index.
    int add_entity(Entity e);

    // The words of every trie below: a sentence's tokens are looked up in it once (keys_of),
    // and the keys serve all six tries.
    std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>();
    std::vector<Entity> entities;
    std::vector<Alias> aliases;
    PhraseTrie entity_trie{vocabulary};  // ids index `aliases`
    std::map<std::string, AllegationRule> rules;  // by allegation id, one for each
    std::vector<Cue> cues;
    PhraseTrie cue_trie{vocabulary};     // ids index `cues`
    std::vector<DenialCue> denials;
    PhraseTrie denial_trie{vocabulary};
    std::vector<Hedge> hedges;
    PhraseTrie hedge_trie{vocabulary};
    std::vector<Attribution> attributions;
    PhraseTrie attribution_trie{vocabulary};
    std::vector<Reference> references;
    PhraseTrie reference_trie{vocabulary};
    std::vector<ClauseMarker> clause_markers;
    PhraseTrie clause_trie{vocabulary};
    // By case-folded word; hashed, and looked up by string_view without a copy: every word of
    // every sentence with a cue asks for its class.
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, WordClass, WordHash, std::equal_to<>> word_classes;
    std::unordered_map<std::string, std::uint16_t> word_traits;  // WordTrait bits by folded word
    // A model line named without a version (models.tsv: "Qwen", "Llama"), by its folded name, to
    // the line's entity index: "Qwen3.6", a version glued to the line, names that line.
    std::unordered_map<std::string, int, WordHash, std::equal_to<>> model_lines;
    // demonyms.tsv: the country a people's word names ("chinese" -> "CN"), for those that name one.
    std::unordered_map<std::string, std::string> demonym_countries;
    NameTable names;  // names.tsv

    ConfidenceModel confidence;  // confidence.tsv

    WordClass class_of(std::string_view folded_word) const;
    // The same for a token of a SentenceParse, by its vocabulary id (no hashing).
    WordClass class_of(const Token& token) const;
    bool has_trait(const Token& token, WordTrait trait) const;
    std::string version;  // "lex-" + 12 hex digits of a digest over every file, the user's too
    // What the user's files added, a line each ("actors.tsv: 2 new actors, aliases for 1").
    std::vector<std::string> user_additions;

private:
    friend Expected<void> index_word_classes(Lexicon& lex);
    std::vector<WordClass> m_class_by_id;  // by vocabulary id, for class_of(Token)
    std::vector<std::uint16_t> m_traits_by_id;  // by vocabulary id, for has_trait
    std::map<std::string, int> m_by_canonical;
    // only_family_of's answers, kept by add_entity: vendor -> its one family, "" for several.
    // Walking every entity at each call cost 7.8% of extraction's first-level data misses.
    std::unordered_map<std::string, std::string> m_only_family;
};

}  // namespace tracker::extract
