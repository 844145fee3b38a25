#include "extract/confidence.h"

#include <cmath>
#include <cstdlib>

#include "extract/tsv_table.h"
#include "tracker/claim.h"

namespace tracker::extract {

namespace {

constexpr std::string_view k_feature_names[] = {
    "bias",          "via_reference", "model_actor",  "list_actor",       "actor_distance",
    "named_chip",    "object",        "claimant",     "reported",         "alleged",
    "speculative",   "confirmed",     "denied",       "denial_elsewhere", "patient_frame",
    "passive_frame", "other_cues",    "parties",      "sentence_words",   "cue_words",
    "headline",
};
static_assert(std::size(k_feature_names) == static_cast<std::size_t>(Feature::allegation_first));
static_assert(std::size(k_allegations) == k_allegation_features);

}  // namespace

std::string feature_name(std::size_t i) {
    const std::size_t first = static_cast<std::size_t>(Feature::allegation_first);
    if (i < first) return std::string(k_feature_names[i]);
    return "is:" + std::string(k_allegations[i - first]);
}

Expected<ConfidenceModel> ConfidenceModel::parse(std::string_view contents) {
    auto t = TsvTable::parse("data/confidence.tsv", contents, {"feature", "weight"});
    if (!t) return tl::unexpected(t.error());
    ConfidenceModel model;
    for (const auto& row : t->rows()) {
        const std::string name = t->get(row, "feature");
        std::size_t i = 0;
        while (i < k_feature_count && feature_name(i) != name) ++i;
        if (i == k_feature_count) return tl::unexpected(t->error(row, "unknown feature '" + name + "'"));
        const std::string weight = t->get(row, "weight");
        char* end = nullptr;
        const double w = std::strtod(weight.c_str(), &end);
        if (weight.empty() || *end != '\0' || !std::isfinite(w))
            return tl::unexpected(t->error(row, "weight '" + weight + "' is no number"));
        model.m_weights[i] = w;
    }
    return model;
}

double ConfidenceModel::of(const Features& x) const {
    double z = 0;
    for (std::size_t i = 0; i < k_feature_count; ++i) z += m_weights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace tracker::extract
