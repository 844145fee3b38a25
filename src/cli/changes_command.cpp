// changes: what happened to the propositions since a time (issue 19), from their history
// (schema/sqlite/0008): the morning brief of a nightly import.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/output/file_replacement.h"
#include "cli/output/record_json.h"
#include "cli/output/table_writer.h"
#include "report/html_changes.h"

namespace tracker::cli {

namespace {

struct ChangesOptions {
    std::string since;
    std::string format;  // "" = table on a terminal, JSON otherwise
    std::string output;  // html: the file to write; "" or "-" = standard output
};

std::string article_of(const PropositionChange& c) {
    if (c.article_id == 0) return "";
    return fmt::format("#{} {} ({})", c.article_id, c.article_title, c.article_source);
}

void print_rows(const std::vector<PropositionChange>& changes, Format format) {
    const bool wide = format != Format::table;
    TableWriter t({{"at"}, {"proposition"}, {"subject", wide ? 0u : 40u}, {"change", wide ? 0u : 40u},
                   {"article", wide ? 0u : 60u}});
    for (const auto& c : changes)
        t.add({c.at, std::to_string(c.proposition_id), report::change_subject(c), report::change_words(c), article_of(c)});
    t.write(format, stdout, format == Format::table && isatty(1) && !std::getenv("NO_COLOR"));
}

int run_changes(CommandContext& ctx, const ChangesOptions& o) {
    const auto since = instant_since(o.since, std::chrono::system_clock::now());
    if (!since) return ctx.error("--since: '" + o.since + "' is not a date, a UTC time or a duration"), k_exit_usage;
    const std::string name = o.format.empty() ? (isatty(1) ? "table" : "json") : o.format;
    if (!o.output.empty() && name != "html") return ctx.error("changes: -o is for --format html"), k_exit_usage;
    const auto changes = ctx.store(Access::read).find_changes(*since);
    if (name == "html") {
        const std::string page = report::html_changes(changes, *since);
        if (o.output.empty() || o.output == "-") return std::fwrite(page.data(), 1, page.size(), stdout), k_exit_ok;
        if (const std::string failure = replace_file(o.output, page); !failure.empty())
            return ctx.error(o.output + ": " + failure), k_exit_failed;
        return k_exit_ok;
    }
    Format format = Format::table;
    parse_format(name, &format);
    if (format == Format::json || format == Format::jsonl) {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& c : changes) {
            if (format == Format::jsonl) fmt::print("{}\n", to_json(c).dump());
            else all.push_back(to_json(c));
        }
        if (format == Format::json) fmt::print("{}\n", all.dump(2));
        return k_exit_ok;
    }
    print_rows(changes, format);
    return k_exit_ok;
}

}  // namespace

CommandRun add_changes_command(CLI::App& app) {
    auto o = std::make_shared<ChangesOptions>();
    auto* sub = app.add_subcommand("changes", "what changed in the propositions since a time, oldest first");
    sub->add_option("--since", o->since, "a date (YYYY-MM-DD), a UTC time (YYYY-MM-DDTHH:MM[:SS]Z) or a duration back "
                                         "from now (90m, 24h, 7d, 2w)")
        ->required()
        ->check(instant());
    closed_set(sub->add_option("--format", o->format, "output format (default: table on a terminal, else json)"),
               "format", {"table", "json", "jsonl", "markdown", "html"});
    sub->add_option("-o,--output", o->output, "the file to write (html); - or none for standard output");
    return [o](CommandContext& ctx) { return run_changes(ctx, *o); };
}

}  // namespace tracker::cli
