// ingest, parse and reextract: the commands that run articles through the extractor.
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <thread>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/in_order_workers.h"
#include "cli/output/record_json.h"
#include "cli/output/table_writer.h"
#include "cli/progress_bar.h"
#include "store/article_identity.h"
#include "tracker/read.h"

namespace tracker::cli {

namespace {

struct IngestOptions {
    std::vector<std::string> paths;
    ArticleOverrides overrides;
    unsigned jobs = 0;  // 0: one per core
};

void add_input_options(CLI::App* sub, IngestOptions& o) {
    sub->add_option("paths", o.paths, "files, folders, or - for standard input")->required();
    sub->add_option("--source", o.overrides.source, "publisher (one input only)");
    sub->add_option("--url", o.overrides.url, "the article's URL (one input only)");
    sub->add_option("--date", o.overrides.date, "publication date, YYYY-MM-DD (one input only)")
        ->check(calendar_day());
    sub->add_option("--title", o.overrides.title, "title (one input only)");
}

bool has_overrides(const ArticleOverrides& o) {
    return !o.source.empty() || !o.url.empty() || !o.date.empty() || !o.title.empty();
}

// Lists the inputs; rejected paths are reported and counted.
std::vector<std::string> inputs(CommandContext& ctx, const IngestOptions& o, int* rejected) {
    auto list = read::list_inputs(o.paths);
    for (const auto& e : list.rejected) ctx.error(e.message()), ++*rejected;
    return list.files;
}

// An input read and extracted on a worker thread, waiting for the writer.
struct ExtractedArticle {
    Expected<Article> article;
    std::vector<Claim> claims;
};

ExtractedArticle read_and_extract(const std::string& path, const ArticleOverrides& overrides,
                                  const extract::Extractor& extractor) {
    ExtractedArticle out{read::read_article(path, overrides), {}};
    if (out.article) {
        out.claims = extractor.extract(*out.article);
        out.article->digests = store::text_digests(*out.article);  // here, not on the writer
    }
    return out;
}

// Worker threads besides the writer: --jobs, else one per core; --jobs 1 is one thread in all.
unsigned worker_threads(unsigned jobs) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    return jobs == 1 ? 0 : jobs;
}

// Inputs are read and extracted on worker threads and stored by this thread, in the order
// listed, in batches (GroupCommit): the database ends the same whatever --jobs says.
int run_ingest(CommandContext& ctx, const IngestOptions& o) {
    int rejected = 0;
    auto files = inputs(ctx, o, &rejected);
    if (has_overrides(o.overrides) && files.size() + rejected > 1) {
        ctx.error("--source, --url, --date and --title apply to one input only");
        return k_exit_usage;
    }
    const auto& extractor = ctx.extractor();
    Store& store = ctx.store();
    int added = 0, unchanged = 0, replaced = 0, claims = 0;
    ProgressBar bar(files.size(), ctx.options().quiet);
    const unsigned threads = worker_threads(o.jobs);
    GroupCommit batches(store);
    // Workers may run this many articles ahead of the writer. The writer stops for each batch's
    // commit: with 4 per thread the workers filled the window in a few milliseconds and then
    // idled, and two threads kept only 1.3 of 2 cores busy. A commit of 1,000 articles now takes
    // 110-140 ms (the full-text index's terms are written then), in which the two workers,
    // sharing the core the writer leaves, can read and extract some 350 articles: 64 a thread
    // ran out after about 50 ms (perf showed both workers idle for whole 100 ms stretches at
    // commits). 256 a thread (a few MB more, whatever the corpus) carry them through one.
    constexpr std::size_t k_ahead_per_thread = 256;
    run_in_order(
        files.size(), threads, k_ahead_per_thread * threads,
        [&](std::size_t i) { return read_and_extract(files[i], o.overrides, extractor); },
        [&](std::size_t i, ExtractedArticle& input) {
            if (!input.article) {
                ctx.error(input.article.error().message());
                ++rejected;
            } else {
                const auto result = store.add_article(*input.article, input.claims, extractor.lexicon_version());
                batches.written();
                switch (result.outcome) {
                    case AddOutcome::added: ++added, claims += result.claims; break;
                    case AddOutcome::replaced: ++replaced, claims += result.claims; break;
                    case AddOutcome::unchanged: ++unchanged; break;
                }
            }
            bar.step(i + 1);
        });
    batches.finish();
    store.finish_writing();
    if (!ctx.options().quiet)
        fmt::print("{} new, {} unchanged, {} replaced, {} rejected; {} claims added\n", added, unchanged,
                   replaced, rejected, claims);
    return rejected ? k_exit_rejected : k_exit_ok;
}

void print_parsed(const Article& a, const std::vector<Claim>& claims) {
    fmt::print("== {}\n", a.path);
    fmt::print("title:  {}\nsource: {}\ndate:   {}\n", a.title, a.source, a.reported_date);
    if (!a.url.empty()) fmt::print("url:    {}\n", a.url);
    if (!a.author.empty()) fmt::print("author: {}\n", a.author);
    fmt::print("claims: {}\n", claims.size());
    for (const auto& c : claims) {
        fmt::print("  - {}{} {} {}{}[{}, {}]{}\n", c.actor, c.open_world ? " (open-world " + c.actor_kind + ")" : "", c.allegation, c.hardware.empty() ? "" : c.hardware + " ",
                   c.object.empty() ? "" : "(" + c.object + ") ", to_string(c.polarity), to_string(c.modality),
                   c.claimant.empty() ? "" : " claimant: " + c.claimant);
        fmt::print("    «{}»\n", fit(c.evidence, 160));
    }
}

int run_parse(CommandContext& ctx, const IngestOptions& o, const std::string& format_name, bool explain) {
    Format format = Format::table;
    if (!parse_format(format_name, &format) || format == Format::csv || format == Format::markdown) {
        ctx.error("parse --format takes table, json or jsonl, not '" + format_name + "'");
        return k_exit_usage;
    }
    int rejected = 0;
    auto files = inputs(ctx, o, &rejected);
    const auto& extractor = ctx.extractor();
    nlohmann::json all = nlohmann::json::array();
    for (const auto& f : files) {
        auto article = read::read_article(f, o.overrides);
        if (!article) {
            ctx.error(article.error().message());
            ++rejected;
            continue;
        }
        auto claims = extractor.extract(*article, explain);
        if (format == Format::table) {
            if (explain) fmt::print("{}", extractor.explain(*article));
            print_parsed(*article, claims);
            continue;
        }
        nlohmann::json j = to_json(*article, claims);
        // --explain in JSON: what each claim's confidence was computed from (for fitting it)
        if (explain)
            for (std::size_t i = 0; i < claims.size(); ++i) j["claims"][i]["confidence_basis"] = claims[i].confidence_basis;
        if (format == Format::jsonl) fmt::print("{}\n", j.dump());
        else all.push_back(std::move(j));
    }
    if (format == Format::json) fmt::print("{}\n", all.dump(2));
    return rejected ? k_exit_rejected : k_exit_ok;
}

int run_reextract(CommandContext& ctx, bool all) {
    const auto& extractor = ctx.extractor();
    Store& store = ctx.store();
    auto ids = store.articles_not_at(all ? std::string() : extractor.lexicon_version());
    int claims = 0;
    ProgressBar bar(ids.size(), ctx.options().quiet);
    GroupCommit batches(store);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (auto article = store.load_article(ids[i])) {
            claims += store.replace_claims(ids[i], extractor.extract(*article), extractor.lexicon_version());
            batches.written();
        }
        bar.step(i + 1);
    }
    batches.finish();
    store.finish_writing();
    if (!ctx.options().quiet)
        fmt::print("{} articles re-extracted with lexicon {}; {} claims\n", ids.size(), extractor.lexicon_version(),
                   claims);
    return k_exit_ok;
}

}  // namespace

CommandRun add_ingest_command(CLI::App& app) {
    auto o = std::make_shared<IngestOptions>();
    auto* sub = app.add_subcommand("ingest", "read articles, extract their claims and store them");
    add_input_options(sub, *o);
    sub->add_option("--jobs,-j", o->jobs, "threads that read and extract (default: one per core; 1: no threads)")
        ->check(CLI::Range(1u, 256u));
    return [o](CommandContext& ctx) { return run_ingest(ctx, *o); };
}

CommandRun add_parse_command(CLI::App& app) {
    auto o = std::make_shared<IngestOptions>();
    auto format = std::make_shared<std::string>("table");
    auto explain = std::make_shared<bool>(false);
    auto* sub = app.add_subcommand("parse", "read and extract as ingest would, store nothing, print");
    add_input_options(sub, *o);
    closed_set(sub->add_option("--format", *format, "output format"), "format", {"table", "json", "jsonl"});
    sub->add_flag("--explain", *explain,
                  "also print what the lexicons found in each sentence (table), or each claim's "
                  "confidence_basis (json, jsonl)");
    return [o, format, explain](CommandContext& ctx) { return run_parse(ctx, *o, *format, *explain); };
}

CommandRun add_reextract_command(CLI::App& app) {
    auto all = std::make_shared<bool>(false);
    auto* sub = app.add_subcommand("reextract", "re-run extraction over stored articles from an older lexicon");
    sub->add_flag("--all", *all, "every article, whatever its lexicon version");
    return [all](CommandContext& ctx) { return run_reextract(ctx, *all); };
}

}  // namespace tracker::cli
