// eval: extract from articles and score against gold claims (format of
// ../shared/eval-dev/gold-seeds.jsonl), in memory; nothing is stored.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/commands.h"
#include "eval/gold_score.h"
#include "tracker/read.h"

namespace tracker::cli {

namespace {

struct EvalOptions {
    std::string gold;
    std::vector<std::string> paths;
    double min_precision = 0.0;
    double min_recall = 0.0;
};

void print_tally(const std::string& name, const eval::Tally& t) {
    fmt::print("  {:<24} claims {:>3}  correct {:>3}  precision {:.3f}   required {:>3}  found {:>3}  recall {:.3f}\n",
               name, t.claims, t.correct, t.precision(), t.required, t.found, t.recall());
}

int run_eval(CommandContext& ctx, const EvalOptions& o) {
    std::ifstream in(o.gold, std::ios::binary);
    if (!in) {
        ctx.error(o.gold + ": cannot read");
        return k_exit_failed;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    auto gold = eval::parse_gold(o.gold, buf.str());
    if (!gold) {
        ctx.error(gold.error().message());
        return k_exit_failed;
    }
    const auto& extractor = ctx.extractor();
    auto list = read::list_inputs(o.paths);
    int rejected = 0;
    for (const auto& e : list.rejected) ctx.error(e.message()), ++rejected;
    std::vector<eval::ScoredClaim> claims;
    for (const auto& f : list.files) {
        auto article = read::read_article(f);
        if (!article) {
            ctx.error(article.error().message());
            ++rejected;
            continue;
        }
        std::string id = std::filesystem::path(f).stem().string();
        for (auto& c : extractor.extract(*article)) claims.push_back({id, std::move(c)});
    }
    auto s = eval::score(*gold, claims, extractor.families());
    for (const auto& g : s.missed)
        fmt::print("MISSED {}: {} {} {} [{}]  «{}»\n", g.article, g.actor, g.allegation,
                   g.hardware.empty() ? g.object : g.hardware, to_string(g.polarity), g.evidence);
    for (const auto& w : s.wrong)
        fmt::print("WRONG  {}: {} {} {} [{}]  «{}»\n", w.article, w.claim.actor, w.claim.allegation,
                   w.claim.hardware.empty() ? w.claim.object : w.claim.hardware, to_string(w.claim.polarity),
                   w.claim.evidence.substr(0, 140));
    fmt::print("\nby polarity:\n");
    for (const auto& [name, t] : s.by_polarity) print_tally(name, t);
    fmt::print("by allegation:\n");
    for (const auto& [name, t] : s.by_allegation) print_tally(name, t);
    fmt::print("calibration (confidence against precision):\n");
    for (const auto& b : s.calibration)
        fmt::print("  {:.1f}-{:.1f}  claims {:>4}  mean confidence {:.3f}  precision {:.3f}\n", b.low, b.high, b.claims,
                   b.mean_confidence(), b.precision());
    fmt::print("  expected calibration error {:.3f}; precision at confidence >= 0.8: {:.3f} ({} claims)\n",
               s.calibration_error(), s.confident.precision(), s.confident.claims);
    const auto& t = s.overall;
    double p = t.precision(), r = t.recall();
    fmt::print("\nclaims={} correct={} required={} found={}\n", t.claims, t.correct, t.required, t.found);
    fmt::print("precision={:.3f} recall={:.3f} f1={:.3f}\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    if (p < o.min_precision || r < o.min_recall) return k_exit_failed;
    return rejected ? k_exit_rejected : k_exit_ok;
}

}  // namespace

CommandRun add_eval_command(CLI::App& app) {
    auto o = std::make_shared<EvalOptions>();
    auto* sub = app.add_subcommand("eval", "extract from articles and score against gold claims");
    sub->add_option("gold", o->gold, "gold claims, one JSON object per line")->required();
    sub->add_option("paths", o->paths, "the articles (files or folders)")->required();
    sub->add_option("--min-precision", o->min_precision, "exit 1 below this precision");
    sub->add_option("--min-recall", o->min_recall, "exit 1 below this recall");
    return [o](CommandContext& ctx) { return run_eval(ctx, *o); };
}

}  // namespace tracker::cli
