#include "feeds/robots_txt.h"

#include <cctype>

namespace tracker::feeds {

namespace {

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool equal_folded(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// A `User-agent:` value names us when its product token (before any '/' or space) is ours.
bool names_agent(std::string_view value, std::string_view product_token) {
    return equal_folded(value.substr(0, value.find_first_of("/ \t")), product_token);
}

// Whether `pattern` (with `*` and a final `$`) matches a prefix of `target`, or all of it when
// anchored. Greedy with backtracking to the last `*`: linear in practice, O(n*m) at worst.
bool matches(std::string_view pattern, std::string_view target) {
    const bool anchored = pattern.ends_with('$');
    if (anchored) pattern.remove_suffix(1);
    std::size_t p = 0, t = 0;
    std::size_t star = std::string_view::npos, star_t = 0;
    while (true) {
        if (p == pattern.size() && (!anchored || t == target.size())) return true;
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++, star_t = t;
            continue;
        }
        if (p < pattern.size() && t < target.size() && pattern[p] == target[t]) {
            ++p, ++t;
            continue;
        }
        if (star == std::string_view::npos || star_t >= target.size()) return false;
        p = star + 1, t = ++star_t;
    }
}

struct Line {
    std::string_view field;
    std::string_view value;
};

// "Field: value # comment" split; a line without ':' has an empty field.
Line split_line(std::string_view line) {
    line = line.substr(0, line.find('#'));
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return {};
    return {trimmed(line.substr(0, colon)), trimmed(line.substr(colon + 1))};
}

}  // namespace

RobotsTxt RobotsTxt::disallow_all() {
    RobotsTxt robots;
    robots.m_rules.push_back({"/", false});
    return robots;
}

RobotsTxt RobotsTxt::parse(std::string_view text, std::string_view product_token) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<Rule> ours, anyone;
    bool found_ours = false, group_is_ours = false, group_is_anyone = false, in_agents = false;
    while (!text.empty()) {
        const auto end = text.find_first_of("\r\n");
        const Line line = split_line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (equal_folded(line.field, "user-agent")) {
            if (!in_agents) group_is_ours = group_is_anyone = false;  // a new group starts
            in_agents = true;
            if (names_agent(line.value, product_token)) group_is_ours = found_ours = true;
            if (line.value == "*") group_is_anyone = true;
            continue;
        }
        const bool allow = equal_folded(line.field, "allow");
        if (!allow && !equal_folded(line.field, "disallow")) continue;
        in_agents = false;
        if (line.value.empty()) continue;  // "Disallow:" disallows nothing
        if (group_is_ours) ours.push_back({std::string(line.value), allow});
        if (group_is_anyone) anyone.push_back({std::string(line.value), allow});
    }
    RobotsTxt robots;
    robots.m_rules = found_ours ? std::move(ours) : std::move(anyone);
    return robots;
}

bool RobotsTxt::allows(std::string_view target) const {
    if (target.empty()) target = "/";
    if (target == "/robots.txt") return true;
    std::size_t best_length = 0;
    bool allowed = true;
    for (const Rule& rule : m_rules) {
        if (!matches(rule.pattern, target)) continue;
        const std::size_t length = rule.pattern.size();
        if (length > best_length || (length == best_length && rule.allow)) {
            best_length = length;
            allowed = rule.allow;
        }
    }
    return allowed;
}

}  // namespace tracker::feeds
