// report: the selection as one self-contained HTML page (or Markdown) for people who will not
// read JSON (issue 8). The page is built by src/report/; this file wires the options and writes
// the file.
#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/output/file_replacement.h"
#include "cli/unknown_actor.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/report_model.h"

namespace tracker::cli {

namespace {

struct ReportOptions {
    ClaimFilter filter;
    std::string output;           // a file, or "-" for standard output
    std::string format = "html";  // html or markdown
};

int run_report(CommandContext& ctx, const ReportOptions& o) {
    const bool markdown = o.format == "markdown";
    if (!markdown && o.format != "html") {
        ctx.error("unknown --format '" + o.format + "' (html, markdown)");
        return k_exit_usage;
    }
    if (o.output.empty() && !markdown) {
        ctx.error("report: an HTML report needs --output FILE (or -o - for standard output)");
        return k_exit_usage;
    }
    note_unknown_actor(ctx, o.filter.actor);
    const report::ReportModel model = report::gather_report(ctx.store(Access::read), o.filter);
    const std::string text = markdown ? report::markdown_report(model) : report::html_report(model);
    if (o.output.empty() || o.output == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return k_exit_ok;
    }
    if (const std::string failure = replace_file(o.output, text); !failure.empty()) {
        ctx.error(o.output + ": " + failure);
        return k_exit_failed;
    }
    if (!ctx.options().quiet)
        fmt::print("{}: {} propositions, {} claims, {} articles; {:.1f} KB\n", o.output, model.propositions.size(),
                   model.claims, model.articles.size(), static_cast<double>(text.size()) / 1e3);
    return k_exit_ok;
}

}  // namespace

CommandRun add_report_command(CLI::App& app) {
    auto o = std::make_shared<ReportOptions>();
    auto* sub = app.add_subcommand("report", "the selection as a self-contained HTML page (or Markdown) for a brief");
    sub->add_option("--actor", o->filter.actor, "actor (canonical name, any case)");
    closed_set(sub->add_option("--allegation", o->filter.allegation, "allegation id, e.g. smuggling"), "allegation",
               allegation_ids());
    sub->add_option("--since", o->filter.since, "from this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive")
        ->check(partial_date());
    sub->add_option("--until", o->filter.until, "up to this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive")
        ->check(partial_date());
    sub->add_option("-o,--output", o->output, "the file to write; - for standard output (Markdown's default)");
    closed_set(sub->add_option("--format", o->format, "html (default) or markdown"), "format", {"html", "markdown"});
    return [o](CommandContext& ctx) { return run_report(ctx, *o); };
}

}  // namespace tracker::cli
