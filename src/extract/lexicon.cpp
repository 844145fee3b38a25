#include "extract/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "embedded/embedded_files.h"
#include "extract/tsv_table.h"

namespace tracker::extract {

namespace {

const std::vector<std::string> k_files = {"allegations.tsv", "actors.tsv",  "hardware.tsv",     "models.tsv",
                                          "cues.tsv",    "denials.tsv",      "hedges.tsv",
                                          "attributions.tsv", "references.tsv", "clauses.tsv",
                                          "word_classes.tsv", "demonyms.tsv", "names.tsv", "confidence.tsv"};

const std::set<std::string> k_actor_kinds = {"lab",        "chipmaker", "company", "person",
                                             "government", "agency",    "publication"};

std::vector<std::string> split_aliases(const std::string& s) {
    std::vector<std::string> out;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, '|')) {
        while (!part.empty() && part.back() == ' ') part.pop_back();
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        if (!part.empty()) out.push_back(part);
    }
    return out;
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Builds the entity tables; `alias_owner` catches an alias given to two entities.
class EntityLoader {
public:
    explicit EntityLoader(Lexicon& lex) : m_lex(lex) {}

    Expected<int> add_entity(const TsvTable& t, const TsvRow& row, Entity e) {
        if (e.canonical.empty()) return tl::unexpected(t.error(row, "empty canonical name"));
        if (m_lex.find_entity(e.canonical))
            return tl::unexpected(t.error(row, "'" + e.canonical + "' is defined twice"));
        return m_lex.add_entity(std::move(e));
    }

    Expected<void> add_alias(const TsvTable& t, const TsvRow& row, int entity,
                             const std::string& alias, bool is_short) {
        std::string key = join(fold_words(alias)) + (is_short ? " #short" : "");
        auto [it, fresh] = m_alias_owner.emplace(key, entity);
        if (!fresh) {
            if (it->second == entity) return {};
            return tl::unexpected(t.error(row, "alias '" + alias + "' is already held by '" +
                                                   m_lex.entities[it->second].canonical + "'"));
        }
        Alias a{entity, !alias.empty() && alias[0] >= 'A' && alias[0] <= 'Z', is_short};
        // Single-word capitalised aliases need a capital; multi-word names ("Moonshot AI",
        // "the White House") are distinctive enough in any case.
        if (a.needs_capital && fold_words(alias).size() > 1) a.needs_capital = false;
        m_lex.aliases.push_back(a);
        if (!m_lex.entity_trie.add(alias, static_cast<int>(m_lex.aliases.size() - 1)))
            return tl::unexpected(t.error(row, "alias '" + alias + "' has no words"));
        return {};
    }

    // Adds the row's entity, or, for a user's row whose canonical name exists, its aliases to
    // that entity.
    Expected<void> add_with_aliases(const TsvTable& t, const TsvRow& row, Entity e,
                                    const std::string& aliases, const std::string& short_aliases) {
        std::string canonical = e.canonical;
        const bool user = !t.name().starts_with("data/");
        Expected<int> id = 0;
        if (const Entity* known = m_lex.find_entity(canonical); user && known) {
            if (known->type != e.type)
                return tl::unexpected(t.error(row, "'" + canonical + "' names something else already"));
            id = static_cast<int>(known - m_lex.entities.data());
            ++m_extended[t.name()];
        } else {
            id = add_entity(t, row, std::move(e));
            if (user) ++m_added[t.name()];
        }
        if (!id) return tl::unexpected(id.error());
        auto r = add_alias(t, row, *id, canonical, false);
        if (!r) return r;
        for (const auto& a : split_aliases(aliases))
            if (auto r2 = add_alias(t, row, *id, a, false); !r2) return r2;
        for (const auto& a : split_aliases(short_aliases))
            if (auto r2 = add_alias(t, row, *id, a, true); !r2) return r2;
        return {};
    }

    // "actors.tsv: 2 new, aliases for 1", for each user file read.
    void report(std::vector<std::string>& out) const {
        std::set<std::string> names;
        for (const auto& [name, n] : m_added) names.insert(name);
        for (const auto& [name, n] : m_extended) names.insert(name);
        for (const auto& name : names) {
            auto count = [&](const std::map<std::string, int>& m) { return m.count(name) ? m.at(name) : 0; };
            out.push_back(std::filesystem::path(name).filename().string() + ": " + std::to_string(count(m_added)) +
                          " new, aliases added to " + std::to_string(count(m_extended)) + " known");
        }
    }

private:
    Lexicon& m_lex;
    std::map<std::string, int> m_alias_owner;
    std::map<std::string, int> m_added, m_extended;  // user rows by file
};

// The built-in file `name` and, after it, the user's file of that name when there is one.
Expected<std::vector<TsvTable>> tables(const LexiconSources& sources, const std::string& name,
                                       const std::vector<std::string>& columns) {
    auto it = sources.files.find(name);
    if (it == sources.files.end()) return fail("data/" + name, "lexicon file missing");
    auto builtin = TsvTable::parse("data/" + name, it->second, columns);
    if (!builtin) return tl::unexpected(builtin.error());
    std::vector<TsvTable> out{std::move(*builtin)};
    if (auto user = sources.user.files.find(name); user != sources.user.files.end()) {
        auto added = TsvTable::parse(sources.user.path_of(name), user->second, columns);
        if (!added) return tl::unexpected(added.error());
        out.push_back(std::move(*added));
    }
    return out;
}

std::vector<const TsvTable*> each(const std::vector<TsvTable>& tables) {
    std::vector<const TsvTable*> out;
    for (const auto& t : tables) out.push_back(&t);
    return out;
}

// The value that `column` of `row` names among `values` ("unknown kind 'spaceship'" when none).
template <class Value>
Expected<Value> one_of(const TsvTable& t, const TsvRow& row, const std::string& column,
                       const std::map<std::string, Value>& values) {
    auto it = values.find(t.get(row, column));
    if (it == values.end()) return tl::unexpected(t.error(row, "unknown " + column + " '" + t.get(row, column) + "'"));
    return it->second;
}

Expected<Modality> modality_of(const TsvTable& t, const TsvRow& row) {
    auto m = parse_modality(t.get(row, "modality"));
    if (!m) return tl::unexpected(t.error(row, "unknown modality '" + t.get(row, "modality") + "'"));
    return *m;
}

Expected<void> load_entities(const LexiconSources& files, Lexicon& lex) {
    EntityLoader loader(lex);
    auto actors_tables = tables(files, "actors.tsv", {"canonical", "kind", "country", "aliases"});
    if (!actors_tables) return tl::unexpected(actors_tables.error());
    for (const TsvTable* actors : each(*actors_tables)) for (const auto& row : actors->rows()) {
        Entity e{EntityType::actor, actors->get(row, "canonical"), actors->get(row, "kind"), "", "", "",
                 actors->get(row, "country")};
        if (!k_actor_kinds.count(e.kind))
            return tl::unexpected(actors->error(row, "unknown kind '" + e.kind + "'"));
        if (auto r = loader.add_with_aliases(*actors, row, e, actors->get(row, "aliases"), ""); !r) return r;
    }
    auto hardware_tables = tables(files, "hardware.tsv", {"canonical", "family", "vendor", "aliases"});
    if (!hardware_tables) return tl::unexpected(hardware_tables.error());
    for (const TsvTable* hardware : each(*hardware_tables)) for (const auto& row : hardware->rows()) {
        Entity e{EntityType::hardware, hardware->get(row, "canonical"), "", hardware->get(row, "family"),
                 hardware->get(row, "vendor"), "", ""};
        if (auto r = loader.add_with_aliases(*hardware, row, e, hardware->get(row, "aliases"), ""); !r) return r;
    }
    for (const TsvTable* hardware : each(*hardware_tables)) for (const auto& row : hardware->rows()) {
        std::string family = hardware->get(row, "family");
        if (!family.empty() && !lex.find_entity(family))
            return tl::unexpected(hardware->error(row, "unknown family '" + family + "'"));
    }
    auto models_tables = tables(files, "models.tsv", {"canonical", "maker", "aliases", "short_aliases"});
    if (!models_tables) return tl::unexpected(models_tables.error());
    for (const TsvTable* models : each(*models_tables)) for (const auto& row : models->rows()) {
        Entity e{EntityType::model, models->get(row, "canonical"), "", "", "", models->get(row, "maker"), ""};
        const Entity* maker = lex.find_entity(e.maker);
        if (!maker || maker->type != EntityType::actor)
            return tl::unexpected(models->error(row, "unknown maker '" + e.maker + "'"));
        if (auto r = loader.add_with_aliases(*models, row, e, models->get(row, "aliases"),
                                             models->get(row, "short_aliases"));
            !r)
            return r;
    }
    loader.report(lex.user_additions);
    return {};
}

Expected<void> load_rules(const LexiconSources& files, Lexicon& lex) {
    auto t_tables = tables(files, "allegations.tsv",
                   {"allegation", "actor_kinds", "needs", "object", "self_report", "contested", "as_modifier"});
    if (!t_tables) return tl::unexpected(t_tables.error());
    const std::map<std::string, ObjectRule> objects = {{"", ObjectRule::none},
                                                       {"lab", ObjectRule::lab},
                                                       {"model", ObjectRule::model},
                                                       {"party", ObjectRule::party},
                                                       {"investigator", ObjectRule::investigator}};
    for (const TsvTable* t : each(*t_tables)) for (const auto& row : t->rows()) {
        std::string id = t->get(row, "allegation");
        if (!is_allegation(id)) return tl::unexpected(t->error(row, "unknown allegation '" + id + "'"));
        AllegationRule rule;
        rule.actor_kinds = split_aliases(t->get(row, "actor_kinds"));
        rule.subject_kinds = split_aliases(t->get(row, "subject_kinds"));  // optional column
        for (const auto& kinds : {rule.actor_kinds, rule.subject_kinds})
            for (const auto& k : kinds)
                if (!k_actor_kinds.count(k.substr(0, k.find('@'))))
                    return tl::unexpected(t->error(row, "unknown kind '" + k + "'"));
        const std::string need = t->get(row, "needs");
        if (need == "chips") rule.needs = Need::chips;
        else if (need == "chip_kind") rule.needs = Need::chip_kind;
        else if (need == "named_chip") rule.needs = Need::named_chip;
        else if (need == "model") rule.needs = Need::model;
        else if (need == "any_chip") rule.needs = Need::any_chip;
        else if (!need.empty()) return tl::unexpected(t->error(row, "needs is chips, named_chip, model, any_chip or -"));
        rule.self_report = t->get(row, "self_report") == "yes";
        rule.contested = t->get(row, "contested") == "yes" || t->get(row, "contested") == "wrongdoing";
        rule.wrongdoing = t->get(row, "contested") == "wrongdoing";
        const std::string as_modifier = t->get(row, "as_modifier");
        if (as_modifier != "claim" && as_modifier != "nothing")
            return tl::unexpected(t->error(row, "as_modifier is claim or nothing"));
        rule.claim_as_modifier = as_modifier == "claim";
        auto o = objects.find(t->get(row, "object"));
        if (o == objects.end())
            return tl::unexpected(t->error(row, "unknown object rule '" + t->get(row, "object") + "'"));
        rule.object = o->second;
        lex.rules[id] = rule;
    }
    for (auto id : k_allegations)
        if (!lex.rules.count(std::string(id)))
            return fail("data/allegations.tsv", "no row for '" + std::string(id) + "'");
    return {};
}

Expected<void> load_cues(const LexiconSources& files, Lexicon& lex) {
    auto t_tables = tables(files, "cues.tsv", {"allegation", "cue", "frame", "modality", "example", "needs"});
    if (!t_tables) return tl::unexpected(t_tables.error());
    for (const TsvTable* t : each(*t_tables)) for (const auto& row : t->rows()) {
        Cue c;
        c.allegation = t->get(row, "allegation");
        c.phrase = t->get(row, "cue");
        c.example = t->get(row, "example");
        const std::string needs = t->get(row, "needs");
        if (!needs.empty() && needs != "nothing" && needs != "alone" && needs != "object" && needs != "china" &&
            needs != "government")
            return tl::unexpected(
                t->error(row, "needs is nothing, alone, object, china, government or -, not '" + needs + "'"));
        c.needs_nothing = needs == "nothing" || needs == "object";
        c.needs_alone = needs == "alone";
        c.needs_object = needs == "object";
        c.needs_china = needs == "china";
        c.needs_government = needs == "government";
        if (!is_allegation(c.allegation))
            return tl::unexpected(t->error(row, "unknown allegation '" + c.allegation + "'"));
        c.also = t->get(row, "also");
        if (!c.also.empty() && !is_allegation(c.also))
            return tl::unexpected(t->error(row, "unknown allegation '" + c.also + "' in also"));
        std::string frame = t->get(row, "frame");
        if (frame == "agent") c.frame = Frame::agent;
        else if (frame == "patient") c.frame = Frame::patient;
        else if (frame == "passive") c.frame = Frame::passive;
        else if (frame == "recipient") c.frame = Frame::recipient;
        else return tl::unexpected(t->error(row, "unknown frame '" + frame + "'"));
        auto m = modality_of(*t, row);
        if (!m) return tl::unexpected(m.error());
        c.modality = *m;
        lex.cues.push_back(c);
        if (!lex.cue_trie.add(c.phrase, static_cast<int>(lex.cues.size() - 1)))
            return tl::unexpected(t->error(row, "cue '" + c.phrase + "' has no words"));
    }
    return {};
}

Expected<void> load_modifiers(const LexiconSources& files, Lexicon& lex) {
    auto d_tables = tables(files, "denials.tsv", {"cue", "scope"});
    if (!d_tables) return tl::unexpected(d_tables.error());
    for (const TsvTable* d : each(*d_tables)) for (const auto& row : d->rows()) {
        DenialCue c{d->get(row, "cue")};
        std::string scope = d->get(row, "scope");
        if (scope == "governs") c.scope = DenialScope::governs;
        else if (scope == "negation") c.scope = DenialScope::negation;
        else if (scope == "judgement") c.scope = DenialScope::judgement;
        else if (scope == "rebuts") c.scope = DenialScope::rebuts;
        else if (scope == "cancels") c.scope = DenialScope::cancels;
        else if (scope == "neutral") c.scope = DenialScope::neutral;
        else return tl::unexpected(d->error(row, "unknown scope '" + scope + "'"));
        c.needs_speaker = c.scope == DenialScope::governs && (c.phrase.starts_with("no ") || c.phrase.starts_with("not "));
        lex.denials.push_back(c);
        if (!lex.denial_trie.add(c.phrase, static_cast<int>(lex.denials.size() - 1)))
            return tl::unexpected(d->error(row, "empty cue"));
    }
    auto h_tables = tables(files, "hedges.tsv", {"cue", "modality"});
    if (!h_tables) return tl::unexpected(h_tables.error());
    for (const TsvTable* h : each(*h_tables)) for (const auto& row : h->rows()) {
        auto m = modality_of(*h, row);
        if (!m) return tl::unexpected(m.error());
        lex.hedges.push_back(Hedge{h->get(row, "cue"), *m});
        if (!lex.hedge_trie.add(lex.hedges.back().phrase, static_cast<int>(lex.hedges.size() - 1)))
            return tl::unexpected(h->error(row, "empty cue"));
    }
    auto a_tables = tables(files, "attributions.tsv", {"cue", "claimant_side", "modality"});
    if (!a_tables) return tl::unexpected(a_tables.error());
    for (const TsvTable* a : each(*a_tables)) for (const auto& row : a->rows()) {
        Attribution at{a->get(row, "cue")};
        std::string side = a->get(row, "claimant_side");
        if (side == "before") at.side = ClaimantSide::before;
        else if (side == "after") at.side = ClaimantSide::after;
        else if (side == "none") at.side = ClaimantSide::none;
        else return tl::unexpected(a->error(row, "unknown claimant_side '" + side + "'"));
        auto m = modality_of(*a, row);
        if (!m) return tl::unexpected(m.error());
        at.modality = *m;
        lex.attributions.push_back(at);
        if (!lex.attribution_trie.add(at.phrase, static_cast<int>(lex.attributions.size() - 1)))
            return tl::unexpected(a->error(row, "empty cue"));
    }
    auto r_tables = tables(files, "references.tsv", {"phrase", "refers_to"});
    if (!r_tables) return tl::unexpected(r_tables.error());
    const std::map<std::string, RefersTo> kinds = {{"actor", RefersTo::actor},
                                                   {"actors", RefersTo::actors},
                                                   {"chipmaker", RefersTo::chipmaker},
                                                   {"lab", RefersTo::lab},
                                                   {"government", RefersTo::government},
                                                   {"hardware", RefersTo::hardware},
                                                   {"model", RefersTo::model},
                                                   {"claim", RefersTo::claim},
                                                   {"speaker", RefersTo::speaker},
                                                   {"none", RefersTo::none}};
    for (const TsvTable* r : each(*r_tables)) for (const auto& row : r->rows()) {
        auto k = one_of(*r, row, "refers_to", kinds);
        if (!k) return tl::unexpected(k.error());
        Reference reference{r->get(row, "phrase"), *k};
        const std::string& phrase = reference.phrase;
        reference.accusation = phrase.find("accus") != std::string::npos ||
                               phrase.find("alleg") != std::string::npos ||
                               phrase.find("charge") != std::string::npos;
        reference.wrongdoing = phrase.find("wrong") != std::string::npos;
        lex.references.push_back(std::move(reference));
        if (!lex.reference_trie.add(lex.references.back().phrase,
                                    static_cast<int>(lex.references.size() - 1)))
            return tl::unexpected(r->error(row, "empty phrase"));
    }
    return {};
}

Expected<void> load_clauses(const LexiconSources& files, Lexicon& lex) {
    auto t_tables = tables(files, "clauses.tsv", {"marker", "kind"});
    if (!t_tables) return tl::unexpected(t_tables.error());
    const std::map<std::string, ClauseKind> kinds = {{"question", ClauseKind::question},
                                                     {"refusal", ClauseKind::refusal},
                                                     {"background", ClauseKind::background},
                                                     {"condition", ClauseKind::condition},
                                                     {"directive", ClauseKind::directive},
                                                     {"premise", ClauseKind::premise}};
    for (const TsvTable* t : each(*t_tables)) for (const auto& row : t->rows()) {
        auto k = one_of(*t, row, "kind", kinds);
        if (!k) return tl::unexpected(k.error());
        lex.clause_markers.push_back(ClauseMarker{t->get(row, "marker"), *k});
        if (!lex.clause_trie.add(lex.clause_markers.back().phrase, static_cast<int>(lex.clause_markers.size() - 1)))
            return tl::unexpected(t->error(row, "empty marker"));
    }
    auto w_tables = tables(files, "word_classes.tsv", {"word", "class"});
    if (!w_tables) return tl::unexpected(w_tables.error());
    const std::map<std::string, WordClass> classes = {{"determiner", WordClass::determiner},
                                                      {"preposition", WordClass::preposition},
                                                      {"auxiliary", WordClass::auxiliary},
                                                      {"adverb", WordClass::adverb},
                                                      {"source", WordClass::source},
                                                      {"organization", WordClass::organization},
                                                      {"model_noun", WordClass::model_noun},
                                                      {"chip_noun", WordClass::chip_noun},
                                                      {"link", WordClass::link},
                                                      {"document", WordClass::document},
                                                      {"claim_noun", WordClass::claim_noun},
                                                      {"access_rule", WordClass::access_rule},
                                                      {"trade_rule", WordClass::trade_rule},
                                                      {"rule_noun", WordClass::rule_noun}};
    const std::map<std::string, WordTrait> traits = {{"place_noun", WordTrait::place_noun},
                                                     {"owned_noun", WordTrait::owned_noun},
                                                     {"ruled_chips", WordTrait::ruled_chips},
                                                     {"home_chips", WordTrait::home_chips},
                                                     {"coming_chips", WordTrait::coming_chips},
                                                     {"variant_noun", WordTrait::variant_noun},
                                                     {"government_office", WordTrait::government_office},
                                                     {"request_verb", WordTrait::request_verb},
                                                     {"naming_verb", WordTrait::naming_verb},
                                                     {"trade_noun", WordTrait::trade_noun},
                                                     {"on_idiom", WordTrait::on_idiom},
                                                     {"user_verb", WordTrait::user_verb}};
    for (const TsvTable* w : each(*w_tables)) for (const auto& row : w->rows()) {
        auto words = fold_words(w->get(row, "word"));
        if (words.size() != 1) return tl::unexpected(w->error(row, "a word class row holds one word"));
        if (auto trait = traits.find(w->get(row, "class")); trait != traits.end()) {
            lex.word_traits[words.front()] |= static_cast<std::uint16_t>(trait->second);
            continue;
        }
        auto c = one_of(*w, row, "class", classes);
        if (!c) return tl::unexpected(c.error());
        if (!lex.word_classes.emplace(words.front(), *c).second)
            return tl::unexpected(w->error(row, "'" + words.front() + "' has a class already"));
    }
    auto d_tables = tables(files, "demonyms.tsv", {"word", "country"});
    if (!d_tables) return tl::unexpected(d_tables.error());
    for (const TsvTable* d : each(*d_tables)) for (const auto& row : d->rows()) {
        auto words = fold_words(d->get(row, "word"));
        if (words.size() != 1) return tl::unexpected(d->error(row, "a demonym row holds one word"));
        if (!lex.word_classes.emplace(words.front(), WordClass::demonym).second)
            return tl::unexpected(d->error(row, "'" + words.front() + "' has a class already"));
        if (const std::string country = d->get(row, "country"); country != "-") lex.demonym_countries[words.front()] = country;
    }
    return {};
}

Expected<void> load_names(const LexiconSources& files, Lexicon& lex) {
    auto n_tables = tables(files, "names.tsv", {"word", "role"});
    if (!n_tables) return tl::unexpected(n_tables.error());
    const std::map<std::string, NameRole> roles = {{"place", NameRole::place},
                                                   {"place_intro", NameRole::place_intro},
                                                   {"place_noun", NameRole::place_noun},
                                                   {"title", NameRole::title},
                                                   {"person_intro", NameRole::person_intro},
                                                   {"company_intro", NameRole::company_intro},
                                                   {"company_word", NameRole::company_word},
                                                   {"institution", NameRole::institution},
                                                   {"work_intro", NameRole::work_intro},
                                                   {"publication_intro", NameRole::publication_intro},
                                                   {"not_name", NameRole::not_name}};
    NameTable& names = lex.names;
    for (const TsvTable* t : each(*n_tables)) for (const auto& row : t->rows()) {
        auto role = one_of(*t, row, "role", roles);
        if (!role) return tl::unexpected(role.error());
        const auto words = fold_words(t->get(row, "word"));
        if (words.empty()) return tl::unexpected(t->error(row, "empty word"));
        if (words.size() > 1) {
            if (*role != NameRole::place && *role != NameRole::title)
                return tl::unexpected(t->error(row, "only a place or a title may have several words"));
            (*role == NameRole::place ? names.places : names.titles).insert(join(words));
            names.phrase_starts.insert(words.front());
            names.longest_phrase = std::max(names.longest_phrase, words.size());
            continue;
        }
        if (!names.words.emplace(words.front(), *role).second)
            return tl::unexpected(t->error(row, "'" + words.front() + "' has a role already"));
    }
    return {};
}

}  // namespace

// Word classes and name roles by vocabulary id: every token of a sentence is looked up in the
// vocabulary once (keys_of), and its classes are then read by id, not by hashing its text.
Expected<void> index_word_classes(Lexicon& lex) {
    Vocabulary& vocabulary = *lex.vocabulary;
    auto grow = [&](auto& table, std::size_t id, auto none) {
        if (table.size() <= id) table.resize(id + 1, none);
    };
    for (const auto& [word, word_class] : lex.word_classes) {
        const auto id = static_cast<std::size_t>(vocabulary.intern(word));
        grow(lex.m_class_by_id, id, WordClass::other);
        lex.m_class_by_id[id] = word_class;
    }
    for (const auto& [word, traits] : lex.word_traits) {
        const auto id = static_cast<std::size_t>(vocabulary.intern(word));
        grow(lex.m_traits_by_id, id, std::uint16_t{0});
        lex.m_traits_by_id[id] = traits;
    }
    for (const auto& [word, role] : lex.names.words) {  // (a map's values stay where they are)
        const auto id = static_cast<std::size_t>(vocabulary.intern(word));
        grow(lex.names.role_by_id, id, static_cast<const NameRole*>(nullptr));
        lex.names.role_by_id[id] = &role;
    }
    return {};
}

Expected<LexiconFiles> Lexicon::read_files(const std::string& dir) {
    LexiconFiles files;
    if (dir.empty()) {
        for (const auto& f : embedded::files())
            if (f.name.starts_with("data/"))
                files.emplace(std::string(f.name.substr(5)), std::string(f.contents));
        return files;
    }
    for (const auto& name : k_files) {
        std::filesystem::path p = std::filesystem::path(dir) / name;
        std::ifstream in(p, std::ios::binary);
        if (!in) return fail(p.string(), "cannot read lexicon file");
        std::ostringstream s;
        s << in.rdbuf();
        files.emplace(name, s.str());
    }
    return files;
}

// The revision of the extraction code, part of the lexicon version: bump it when a change in
// src/extract makes the same lexicons extract other claims, so that `tracker reextract` brings
// claims stored by an older tracker up to date (it re-extracts articles of another version).
constexpr char k_extraction_revision[] = "extraction-2026-12-26w";

Expected<UserLexicons> Lexicon::read_user_files(const std::string& dir, bool required) {
    UserLexicons user;
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) {
        if (required) return fail(dir, "no such lexicon folder");
        return user;
    }
    user.dir = dir;
    for (const auto& name : k_files) {
        const std::filesystem::path p = std::filesystem::path(dir) / name;
        if (!std::filesystem::exists(p, ec)) continue;
        if (name == "allegations.tsv" || name == "confidence.tsv")
            return fail(p.string(), name == "allegations.tsv"
                                        ? "the allegations are the claim model's: a user lexicon cannot add one"
                                        : "the confidence weights are fitted (scripts/fit_confidence.py), not added to");
        std::ifstream in(p, std::ios::binary);
        if (!in) return fail(p.string(), "cannot read lexicon file");
        std::ostringstream s;
        s << in.rdbuf();
        user.files.emplace(name, s.str());
    }
    return user;
}

Expected<std::unique_ptr<Lexicon>> Lexicon::compile(const LexiconFiles& builtin, const UserLexicons& user) {
    auto lex = std::make_unique<Lexicon>();
    const LexiconSources files{builtin, user};
    if (auto r = load_rules(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = load_entities(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = load_cues(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = load_modifiers(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = load_clauses(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = load_names(files, *lex); !r) return tl::unexpected(r.error());
    if (auto r = index_word_classes(*lex); !r) return tl::unexpected(r.error());
    for (const auto& [name, contents] : user.files) {
        if (name == "actors.tsv" || name == "hardware.tsv" || name == "models.tsv") continue;  // reported above
        auto t = TsvTable::parse(user.path_of(name), contents, {});
        if (t) lex->user_additions.push_back(name + ": " + std::to_string(t->rows().size()) + " rows added");
    }
    auto confidence = builtin.find("confidence.tsv");
    if (confidence == builtin.end()) return fail("data/confidence.tsv", "missing");
    auto model = ConfidenceModel::parse(confidence->second);
    if (!model) return tl::unexpected(model.error());
    lex->confidence = *model;
    lex->version = version_of(builtin, user);
    return lex;
}

std::string Lexicon::version_of(const LexiconFiles& builtin, const UserLexicons& user) {
    std::uint64_t h = 1469598103934665603ull;
    h = fnv1a(k_extraction_revision, h);
    for (const LexiconFiles* source : {&builtin, &user.files})
        for (const auto& name : k_files) {
            auto it = source->find(name);
            if (it == source->end()) continue;
            h = fnv1a(name, h);
            h = fnv1a(it->second, h);
        }
    char buf[32];
    std::snprintf(buf, sizeof buf, "lex-%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
    return buf;
}

Expected<std::unique_ptr<HardwareFamilyTable>> HardwareFamilyTable::load(const LexiconFiles& builtin,
                                                                         const UserLexicons& user) {
    auto table = std::make_unique<HardwareFamilyTable>();
    auto hardware_tables = tables(LexiconSources{builtin, user}, "hardware.tsv", {"canonical", "family", "vendor", "aliases"});
    if (!hardware_tables) return tl::unexpected(hardware_tables.error());
    for (const TsvTable* hardware : each(*hardware_tables))
        for (const auto& row : hardware->rows()) {
            const std::string family = hardware->get(row, "family");
            if (!family.empty()) table->m_family.emplace(hardware->get(row, "canonical"), family);
        }
    return table;
}

std::string HardwareFamilyTable::family_of(const std::string& hardware) const {
    auto it = m_family.find(hardware);
    return it == m_family.end() ? hardware : it->second;
}

WordClass Lexicon::class_of(const Token& token) const {
    if (token.word == -2) return class_of(token.folded);
    if (token.word < 0 || static_cast<std::size_t>(token.word) >= m_class_by_id.size()) return WordClass::other;
    return m_class_by_id[static_cast<std::size_t>(token.word)];
}

bool Lexicon::has_trait(const Token& token, WordTrait trait) const {
    std::uint16_t bits = 0;
    if (token.word == -2) {
        auto it = word_traits.find(token.folded);
        bits = it == word_traits.end() ? 0 : it->second;
    } else if (token.word >= 0 && static_cast<std::size_t>(token.word) < m_traits_by_id.size()) {
        bits = m_traits_by_id[static_cast<std::size_t>(token.word)];
    }
    return (bits & static_cast<std::uint16_t>(trait)) != 0;
}

WordClass Lexicon::class_of(std::string_view folded_word) const {
    auto it = word_classes.find(folded_word);
    return it == word_classes.end() ? WordClass::other : it->second;
}

bool AllegationRule::allows(const std::string& kind) const {
    return std::find(actor_kinds.begin(), actor_kinds.end(), kind) != actor_kinds.end();
}

bool AllegationRule::allows_as_subject(const std::string& kind, const std::string& country) const {
    return allows(kind) || std::find(subject_kinds.begin(), subject_kinds.end(), kind) != subject_kinds.end() ||
           std::find(subject_kinds.begin(), subject_kinds.end(), kind + "@" + country) != subject_kinds.end();
}

int Lexicon::add_entity(Entity e) {
    int id = static_cast<int>(entities.size());
    m_by_canonical.emplace(e.canonical, id);
    const bool one_word = std::all_of(e.canonical.begin(), e.canonical.end(),
                                      [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
    if (e.type == EntityType::model && one_word) {
        std::string folded = e.canonical;
        for (char& ch : folded) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        model_lines.emplace(std::move(folded), id);
    }
    if (e.type == EntityType::hardware && e.family.empty()) {  // a family: its vendor's only one, or not
        auto [it, first] = m_only_family.emplace(e.vendor, e.canonical);
        if (!first) it->second.clear();
    }
    entities.push_back(std::move(e));
    return id;
}

std::string Lexicon::only_family_of(const std::string& vendor) const {
    auto it = m_only_family.find(vendor);
    return it == m_only_family.end() ? std::string() : it->second;
}

const Entity* Lexicon::find_entity(const std::string& canonical) const {
    auto it = m_by_canonical.find(canonical);
    return it == m_by_canonical.end() ? nullptr : &entities[static_cast<std::size_t>(it->second)];
}

const Entity* Lexicon::government_of(const std::string& country) const {
    if (country.empty()) return nullptr;
    for (const Entity& e : entities)
        if (e.type == EntityType::actor && e.has_kind("government") && e.country == country) return &e;
    return nullptr;
}

std::string Lexicon::family_of(const std::string& hardware) const {
    const Entity* e = find_entity(hardware);
    if (!e || e->type != EntityType::hardware || e->family.empty()) return hardware;
    return e->family;
}

}  // namespace tracker::extract
