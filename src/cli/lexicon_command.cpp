// lexicon check: what the user's lexicon files add to the built-in lexicons, and what is wrong in
// them (issue 15). Nothing is stored.
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/commands.h"

namespace tracker::cli {

namespace {

int run_lexicon_check(CommandContext& ctx) {
    bool named = false;
    const std::string dir = ctx.lexicons_location(&named);
    const auto& extractor = ctx.extractor();  // a bad row ends here: "FILE:LINE: reason", exit 2
    if (extractor.user_additions().empty()) {
        fmt::print("no user lexicon files in {}; built-in lexicons only ({})\n", dir.empty() ? "(none)" : dir,
                   extractor.lexicon_version());
        return k_exit_ok;
    }
    fmt::print("user lexicons in {}:\n", dir);
    for (const auto& line : extractor.user_additions()) fmt::print("  {}\n", line);
    fmt::print("lexicon version {}: `tracker reextract` brings stored claims up to it\n", extractor.lexicon_version());
    return k_exit_ok;
}

}  // namespace

CommandRun add_lexicon_command(CLI::App& app) {
    auto* sub = app.add_subcommand("lexicon", "the lexicons: what the user's lexicon files add");
    sub->require_subcommand(1);
    auto* check = sub->add_subcommand("check", "say what the user's lexicon files add and what is wrong in them");
    return [check](CommandContext& ctx) { return check->parsed() ? run_lexicon_check(ctx) : k_exit_usage; };
}

}  // namespace tracker::cli
