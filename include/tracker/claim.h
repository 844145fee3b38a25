// A claim: one assertion, made in one article, about one actor (../shared/spec/claim-model.md).
//
// Names are canonical spellings from the lexicons; an empty string stands for JSON null.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tracker {

enum class Polarity { asserted, denied };
enum class Modality { stated, reported, alleged, confirmed, speculative };

std::string_view to_string(Polarity p);
std::string_view to_string(Modality m);
std::optional<Polarity> parse_polarity(std::string_view s);
std::optional<Modality> parse_modality(std::string_view s);

// The allegation ids of the claim model, in its order.
inline constexpr std::string_view k_allegations[] = {
    "trained_on",   "acquired_hardware", "smuggling",       "designed_for_hardware",
    "distillation", "fraudulent_access", "model_release",   "withheld_model",
    "export_approval", "export_restriction", "investigation",
};
bool is_allegation(std::string_view id);

struct Claim {
    std::string actor;
    // The actor is a name no lexicon lists (a defendant, a trading firm), as first written in
    // the article; its kind (person, company) is guessed. Empty kind for the lexicons' actors.
    bool open_world = false;
    std::string actor_kind;
    std::string allegation;
    std::string hardware;
    std::string object;
    std::string claimant;
    Polarity polarity = Polarity::asserted;
    Modality modality = Modality::stated;
    std::string event_date;     // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when not stated
    std::string cue;            // the words that carry the allegation, as in the text
    std::string evidence;       // the sentence, exactly as in Article::text
    std::size_t evidence_start = 0;  // byte offsets into Article::text
    std::size_t evidence_end = 0;
    double confidence = 0.0;
    // What the confidence was computed from: "feature=value" pairs of the nonzero features,
    // space-separated (src/extract/confidence.h); for `parse --explain` and fitting only.
    std::string confidence_basis;
};

}  // namespace tracker
