#include "cli/unknown_actor.h"

#include <unistd.h>

#include <algorithm>

#include "cli/closed_set.h"

namespace tracker::cli {

namespace {

bool same_name(const std::string& a, const std::string& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

void note_unknown_actor(CommandContext& ctx, const std::string& actor) {
    if (actor.empty() || ctx.options().quiet || !isatty(2)) return;
    std::vector<std::string> known;
    for (const auto& row : ctx.store(Access::read).actors()) {
        if (same_name(row.name, actor)) return;
        known.push_back(row.name);
    }
    const auto near = near_values(actor, known);
    std::string names;
    for (std::size_t i = 0; i < near.size() && i < 5; ++i) names += (i ? ", " : "") + near[i];
    ctx.note(near.empty() ? "no known actor '" + actor + "'"
                          : "no known actor '" + actor + "'; near: " + names);
}

}  // namespace tracker::cli
