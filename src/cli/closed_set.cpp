#include "cli/closed_set.h"

#include <algorithm>
#include <cctype>

#include "tracker/claim.h"

namespace tracker::cli {

namespace {

std::string folded(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and the swap of two
// neighbours each cost one ("smugling", "tabel" are one away from what was meant).
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::string joined(const std::vector<std::string>& values, const std::string& separator) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : separator) + v;
    return out;
}

}  // namespace

std::vector<std::string> near_values(const std::string& value, const std::vector<std::string>& candidates) {
    const std::string key = folded(value);
    const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& candidate : candidates) {
        const std::string c = folded(candidate);
        std::size_t distance = edit_distance(key, c);
        // A value that is the start of a candidate is near it too ("contra" for "contradicted").
        if (key.size() >= 3 && c.compare(0, key.size(), key) == 0) distance = std::min(distance, limit);
        if (distance <= limit) scored.emplace_back(distance, candidate);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (auto& [distance, candidate] : scored) out.push_back(std::move(candidate));
    return out;
}

std::string unknown_value_message(const std::string& noun, const std::string& value,
                                  const std::vector<std::string>& values) {
    const auto near = near_values(value, values);
    if (!near.empty()) return "unknown " + noun + " '" + value + "'; did you mean '" + near.front() + "'?";
    return "unknown " + noun + " '" + value + "' (" + joined(values, ", ") + ")";
}

CLI::Option* closed_set(CLI::Option* option, const std::string& noun, const std::vector<std::string>& values) {
    option->type_name("{" + joined(values, ",") + "}");
    option->check(CLI::Validator(
        [noun, values](std::string& value) {
            if (std::find(values.begin(), values.end(), value) != values.end()) return std::string();
            return unknown_value_message(noun, value, values);
        },
        "", "closed_set"));
    return option;
}

std::vector<std::string> closed_values(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    if (type.size() < 2 || type.front() != '{' || type.back() != '}') return {};
    std::vector<std::string> values;
    std::string value;
    for (char c : type.substr(1, type.size() - 2)) {
        if (c != ',') {
            value += c;
            continue;
        }
        values.push_back(value);
        value.clear();
    }
    values.push_back(value);
    return values;
}

std::vector<std::string> allegation_ids() { return {std::begin(k_allegations), std::end(k_allegations)}; }

std::vector<std::string> proposition_statuses() {
    return {"contradicted", "corroborated", "denied", "single-source"};
}

}  // namespace tracker::cli
