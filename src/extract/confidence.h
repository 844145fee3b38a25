// How sure the extractor is of a claim: a logistic model over what it knows of the claim (how
// the actor was found, how far from the cue, what the clause does, which allegation, ...), with
// the weights of data/confidence.tsv, fitted on gold claims of real articles by
// scripts/fit_confidence.py and checked there by k-fold cross-validation by article, so that a
// confidence of 0.8 means that about 8 in 10 such claims are right.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tracker/error.h"

namespace tracker::extract {

// The features, in the order of k_feature_names. Values are 0/1 flags or counts scaled to 0..~2.
enum class Feature : std::size_t {
    bias,
    via_reference,     // the actor is "the company", "it" ... resolved
    model_actor,       // the actor stands in for its model ("R1 was trained on ...")
    list_actor,        // the actor is one of a list ("DeepSeek, Moonshot AI and MiniMax")
    actor_distance,    // words between actor and cue, / 10, at most 2.5
    named_chip,        // the claim names a chip
    object,            // the claim names an object
    claimant,          // someone other than the publisher says it
    reported,          // modality
    alleged,
    speculative,
    confirmed,
    denied,
    denial_elsewhere,  // denied by a sentence of its own ("X rejected the accusation")
    patient_frame,     // the cue's frame
    passive_frame,
    other_cues,        // other cues in the sentence, / 3, at most 1
    parties,           // parties in the sentence, / 5, at most 1
    sentence_words,    // words in the sentence, / 40, at most 2
    cue_words,         // words of the cue, / 4, at most 1.5
    headline,          // the article's first sentence
    allegation_first,  // one flag per allegation, in k_allegations order, from here
};

inline constexpr std::size_t k_allegation_features = 11;
inline constexpr std::size_t k_feature_count = static_cast<std::size_t>(Feature::allegation_first) + k_allegation_features;

using Features = std::array<double, k_feature_count>;

// The name of feature `i` as data/confidence.tsv writes it ("via_reference", "is:smuggling").
std::string feature_name(std::size_t i);

class ConfidenceModel {
public:
    // Reads data/confidence.tsv's rows (feature, weight); a row naming no feature fails as
    // `confidence.tsv:LINE: ...`.
    static Expected<ConfidenceModel> parse(std::string_view contents);
    double of(const Features& x) const;

private:
    std::array<double, k_feature_count> m_weights{};
};

}  // namespace tracker::extract
