#include "tracker/claim.h"

#include <algorithm>
#include <array>

namespace tracker {

namespace {
constexpr std::array<std::string_view, 2> k_polarities = {"asserted", "denied"};
constexpr std::array<std::string_view, 5> k_modalities = {"stated", "reported", "alleged",
                                                          "confirmed", "speculative"};
}  // namespace

std::string_view to_string(Polarity p) { return k_polarities[static_cast<int>(p)]; }
std::string_view to_string(Modality m) { return k_modalities[static_cast<int>(m)]; }

std::optional<Polarity> parse_polarity(std::string_view s) {
    for (std::size_t i = 0; i < k_polarities.size(); ++i)
        if (k_polarities[i] == s) return static_cast<Polarity>(i);
    return std::nullopt;
}

std::optional<Modality> parse_modality(std::string_view s) {
    for (std::size_t i = 0; i < k_modalities.size(); ++i)
        if (k_modalities[i] == s) return static_cast<Modality>(i);
    return std::nullopt;
}

bool is_allegation(std::string_view id) {
    return std::find(std::begin(k_allegations), std::end(k_allegations), id) !=
           std::end(k_allegations);
}

}  // namespace tracker
