// db copy: a whole store copied into another, empty one (issue 17), between any two locations:
// a path, sqlite:PATH or a PostgreSQL URL. What is copied and what is derived again:
// src/store/store_copy.h. A count check ends it: the articles, claims and propositions of both.
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "store/store_copy.h"

namespace tracker::cli {

namespace {

struct DbOptions {
    std::string from;
    std::string to;
};

std::string counts_of(const StoreStats& s) {
    return fmt::format("{} articles, {} claims, {} propositions", s.articles, s.claims, s.propositions);
}

int run_copy(CommandContext& ctx, const DbOptions& o) {
    const std::unique_ptr<Store> from = open_store(o.from, ctx.families(), Access::read);
    const std::unique_ptr<Store> to = open_store(o.to, ctx.families());
    std::unique_ptr<ProgressBar> bar;
    const store::CopyCounts counts =
        store::copy_store(*from, *to, shown_location(o.to), [&](std::size_t done, std::size_t total) {
            if (!bar) bar = std::make_unique<ProgressBar>(total, ctx.options().quiet);
            bar->step(done);
        });
    if (!counts.same()) {
        ctx.error(fmt::format("{}: the copy holds {}, where {} holds {}", shown_location(o.to), counts_of(counts.to),
                              shown_location(o.from), counts_of(counts.from)));
        return k_exit_failed;
    }
    ctx.note(fmt::format("copied {} from {} to {}", counts_of(counts.to), shown_location(o.from),
                         shown_location(o.to)));
    return k_exit_ok;
}

}  // namespace

CommandRun add_db_command(CLI::App& app) {
    auto o = std::make_shared<DbOptions>();
    auto* db = app.add_subcommand("db", "the database as a whole: copy");
    db->require_subcommand(1);
    auto* copy = db->add_subcommand("copy", "copy a whole database into an empty one (a path, sqlite:PATH or "
                                            "postgresql://...), then check the counts");
    copy->add_option("from", o->from, "FROM: the database to copy")->required();
    copy->add_option("to", o->to, "TO: an empty or new database")->required();
    copy->fallthrough();
    return [o](CommandContext& ctx) { return run_copy(ctx, *o); };
}

}  // namespace tracker::cli
