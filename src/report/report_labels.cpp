#include "report/report_labels.h"

#include <fmt/core.h>

namespace tracker::report {

StatusLabel status_label(std::string_view status) {
    for (const auto& label : k_status_labels)
        if (label.status == status) return label;
    return {status, "?", ""};
}

PolarityLabel polarity_label(Polarity polarity) {
    if (polarity == Polarity::denied) return {"denied", "\u25b2"};
    return {"asserted", "\u25cf"};
}

std::string proposition_title(const Proposition& p, std::string_view open_world_kind) {
    std::string title = p.actor;
    if (!open_world_kind.empty()) title += fmt::format(" (open-world {})", open_world_kind);
    title += " " + p.allegation;
    if (!p.hardware.empty()) title += " " + p.hardware;
    if (!p.object.empty()) title += " (" + p.object + ")";
    return title;
}

std::string selection_words(const ClaimFilter& filter) {
    // Each filter a report may be given, with the word that introduces it.
    const std::pair<std::string_view, const std::string*> k_parts[] = {
        {"actor", &filter.actor},       {"allegation", &filter.allegation}, {"hardware", &filter.hardware},
        {"claimant", &filter.claimant}, {"source", &filter.source},         {"status", &filter.status},
        {"words", &filter.text},        {"from", &filter.since},            {"until", &filter.until},
    };
    std::string words;
    for (const auto& [name, value] : k_parts)
        if (!value->empty()) words += fmt::format("{}{} {}", words.empty() ? "" : ", ", name, *value);
    return words.empty() ? "all claims" : words;
}

std::string_view origin_side(const OriginGroup& origin) {
    if (origin.asserting > 0 && origin.denying > 0) return "supporting and denying";
    return origin.denying > 0 ? "denying" : "supporting";
}

std::string count_of(std::size_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

std::string_view shown_date(const std::string& date) {
    return date.empty() ? std::string_view("undated") : std::string_view(date);
}

}  // namespace tracker::report
