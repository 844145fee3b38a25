// Cross-referencing rules (../shared/spec/claim-model.md, "Cross-referencing"): which claims
// speak about the same thing, which origin each counts for, and a proposition's status.
//
// Pure functions over claims; the store calls them when it recomputes the propositions that an
// article touches, so every backend applies the same rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/article.h"
#include "tracker/claim.h"
#include "tracker/store.h"

namespace tracker::xref {

// Claims with equal keys belong to one proposition: same actor, allegation, hardware (exactly
// the chip or family named: Nvidia H200 and Nvidia H20 are two propositions) and object.
// A family contains its members, so a claim about a member also speaks about its family: the
// proposition of the family itself (`family_key`), when some claim names the family, counts the
// claims of its members' propositions too (the store rolls them up; a member's proposition
// counts only its own claims).
struct PropositionKey {
    std::string actor;
    std::string allegation;
    std::string hardware;  // as the claim names it, "" = none
    std::string object;    // "" = none
    std::string family;    // the family root of hardware (hardware itself when it is a root or
                           // has no family), "" = none
    bool operator==(const PropositionKey&) const = default;

    // True when hardware is a member of a family (Nvidia H200 of Nvidia Hopper).
    bool is_member() const { return family != hardware; }
    // The key of the family's own proposition (itself when not a member).
    PropositionKey family_key() const { return {actor, allegation, family, object, family}; }
};

PropositionKey key_of(const Claim& claim, const HardwareFamilies& families);

// True when a claimant names a source of its own (a publication, a company, an agency) rather
// than an anonymous one ("people familiar with the matter", "a senior official").
bool is_named_source(std::string_view claimant);

// The independent origin a claim counts for: its claimant when named, else the publisher.
std::string origin_of(const Claim& claim, const std::string& publisher);

// The origins of one article's claims, in order. Within an article, a claim in its own voice
// that another claim of the same family's proposition (family_key) attributes to a named source echoes that source
// ("... The Information reported" and, later, the same in the article's words): it counts for
// that source, so one article never corroborates itself. A denial in the article's own voice of
// what the same article reports is the accused's (its actor's), so that no origin stands on both
// sides.
std::vector<std::string> origins_of_article(const std::vector<Claim>& claims, const std::string& publisher,
                                            const HardwareFamilies& families);

// contradicted | corroborated | denied | single-source, from counts of independent origins.
std::string status_of(int supporting_origins, int denying_origins);

// Values that should agree but differ, e.g. "24,000 accounts" against "20,000 accounts": the
// counted quantities found in the evidence sentences, grouped by their unit, where a unit has
// more than one value. Each conflict reads "24,000 accounts vs 20,000 accounts".
std::vector<std::string> conflicts_of(const std::vector<std::string>& evidence_sentences);

// A counted quantity found in a sentence: "24,000 accounts" is {text, "accounts", 24000}.
struct Quantity {
    std::string text;  // as written
    std::string unit;  // lowercase
    double value = 0;
    bool operator==(const Quantity&) const = default;
};

// The counted quantities of one sentence, in order, each (unit, value) once.
std::vector<Quantity> quantities_in(std::string_view sentence);

// A distinct (unit, value) of a proposition with the first sentence that gave it: `sentence`
// orders sentences (a claim id), `position` orders quantities within that sentence.
struct QuantitySighting {
    Quantity quantity;
    std::int64_t sentence = 0;
    int position = 0;
};

// conflicts_of over a proposition's distinct values, each listed once with its first sighting
// (the store keeps these per proposition so that it never re-reads every evidence sentence).
std::vector<std::string> conflicts_among(std::vector<QuantitySighting> sightings);

// 64-bit SimHash of a text's word 4-shingles: near-duplicate texts (syndicated copies) differ
// in few bits.
std::uint64_t simhash(std::string_view text);

// The SimHash by which the store finds an article's earlier copies: of its prose without the
// headline (body spans, leaving out one that reads as the title), since a republished story
// often keeps the text and changes the headline. The whole text when it has no body spans.
std::uint64_t copy_simhash(const Article& article);
int hamming_distance(std::uint64_t a, std::uint64_t b);

// A claim's evidence sentence as a copy would carry it: a hash of its words, lowercased, in order
// (punctuation and spacing aside), so that a wire story trimmed and republished under another
// name, too changed for copy_simhash, still shows its sentences as copied. 0 for a sentence of
// fewer than eight words, which two writers may well word alike.
std::uint64_t sentence_hash(std::string_view sentence);

}  // namespace tracker::xref
