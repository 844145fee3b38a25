// How a report words what it shows, the same in HTML and Markdown: statuses and polarities each
// with a symbol that reads without colour, proposition titles, the selection in words.
#pragma once

#include <string>
#include <string_view>

#include "report/report_model.h"

namespace tracker::report {

struct StatusLabel {
    std::string_view status;   // as the store spells it
    std::string_view symbol;   // says the status without colour
    std::string_view meaning;  // one line, for the legend
};

// The four statuses of the claim model, in the legend's order.
inline constexpr StatusLabel k_status_labels[] = {
    {"corroborated", "\u2714", "two or more independent origins assert it, none denies it"},
    {"contradicted", "\u00b1", "some origins assert it, others deny it"},
    {"denied", "\u2718", "only denials"},
    {"single-source", "\u25cb", "one origin asserts it, none denies it"},
};

// The label of `status`; an unknown status (a newer store) gets "?" and no meaning.
StatusLabel status_label(std::string_view status);

struct PolarityLabel {
    std::string_view word;    // "asserted" or "denied"
    std::string_view symbol;  // the mark's shape as text: a circle or a triangle
};

PolarityLabel polarity_label(Polarity polarity);

// "DeepSeek smuggling Nvidia Blackwell", "DeepSeek distillation (Anthropic)".
// With `open_world_kind`, the actor is marked as no lexicon's: "Wei Lin (open-world person) smuggling".
std::string proposition_title(const Proposition& p, std::string_view open_world_kind = "");

// "actor DeepSeek, allegation smuggling, from 2025-12-01, until 2026-01-31"; "all claims".
std::string selection_words(const ClaimFilter& filter);

// "supporting", "denying" or "supporting and denying": how an origin stands.
std::string_view origin_side(const OriginGroup& origin);

// A date as shown: "undated" for none (issue 16: an undated article is labelled, never dated by
// when it was read).
std::string_view shown_date(const std::string& date);

// "1 article", "3 articles".
std::string count_of(std::size_t n, std::string_view noun);

}  // namespace tracker::report
