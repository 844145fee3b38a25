// query, show, propositions, articles, actors, sources, stats: reading the store.
#include <unistd.h>

#include <cstdlib>
#include <memory>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/output/record_json.h"
#include "cli/output/table_writer.h"
#include "cli/unknown_actor.h"

namespace tracker::cli {

namespace {

const std::vector<std::string> k_list_formats = {"table", "json", "jsonl", "csv", "markdown"};

struct ListOptions {
    ClaimFilter filter;
    std::string format;  // "" = table on a terminal, JSON otherwise
};

void add_filters(CLI::App* sub, ListOptions& o, bool claim_filters) {
    auto& f = o.filter;
    if (claim_filters) {
        sub->add_option("--actor", f.actor, "actor (canonical name, any case)");
        closed_set(sub->add_option("--allegation", f.allegation, "allegation id, e.g. smuggling"), "allegation",
                   allegation_ids());
        sub->add_option("--hardware", f.hardware, "chip or family; a family matches its members");
        sub->add_option("--claimant", f.claimant, "who asserts the claim");
        closed_set(sub->add_option("--status", f.status, "the proposition's status"), "status", proposition_statuses());
        sub->add_option("--min-confidence", f.min_confidence,
                        "claims at least this sure (0..1); propositions with at least one such claim")
            ->check(CLI::Range(0.0, 1.0));
    }
    sub->add_option("--source", f.source, "publisher");
    sub->add_option("--since", f.since, "from this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive")
        ->check(partial_date());
    sub->add_option("--until", f.until, "up to this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive")
        ->check(partial_date());
    sub->add_option("--text", f.text, "words in the evidence (or article text), taken literally");
    sub->add_option("--limit", f.limit, "at most N rows");
    closed_set(sub->add_option("--format", o.format, "output format (default: table on a terminal, else json)"),
               "format", k_list_formats);
}

bool color_on() { return isatty(1) && !std::getenv("NO_COLOR"); }

// The format asked for; table on a terminal and JSON in a pipe when none was.
bool resolve_format(CommandContext& ctx, const std::string& name, Format* format) {
    if (name.empty()) {
        *format = isatty(1) ? Format::table : Format::json;
        return true;
    }
    if (parse_format(name, format)) return true;
    ctx.error("unknown --format '" + name + "' (table, json, jsonl, csv, markdown)");
    return false;
}

template <class T>
void print_json(const std::vector<T>& items, Format format) {
    if (format == Format::jsonl) {
        for (const auto& i : items) fmt::print("{}\n", to_json(i).dump());
        return;
    }
    nlohmann::json a = nlohmann::json::array();
    for (const auto& i : items) a.push_back(to_json(i));
    fmt::print("{}\n", a.dump(2));
}

// What a table shows for a missing date: undated articles and their claims are listed, labelled,
// not dated by when they were ingested (issue 16). JSON says null.
std::string shown_date(const std::string& date) { return date.empty() ? "undated" : date; }

std::string date_of(const StoredClaim& c) {
    return shown_date(c.claim.event_date.empty() ? c.reported_date : c.claim.event_date);
}

std::string what_of(const Claim& c) {
    std::string s = c.allegation;
    if (!c.hardware.empty()) s += " " + c.hardware;
    if (!c.object.empty()) s += " (" + c.object + ")";
    return s;
}

int run_query(CommandContext& ctx, const ListOptions& o) {
    Format format;
    if (!resolve_format(ctx, o.format, &format)) return k_exit_usage;
    note_unknown_actor(ctx, o.filter.actor);
    auto claims = ctx.store(Access::read).find_claims(o.filter);
    if (format == Format::json || format == Format::jsonl) return print_json(claims, format), k_exit_ok;
    bool wide = format != Format::table;
    // The open-world column (the kind of an actor no lexicon lists) comes last, so that the
    // columns before it stay where scripts reading CSV expect them.
    TableWriter t({{"id"}, {"date"}, {"actor", 18}, {"claim", wide ? 0u : 40u}, {"polarity"},
                   {"claimant", wide ? 0u : 22u}, {"source", wide ? 0u : 18u}, {"status"},
                   {"evidence", wide ? 0u : 70u}, {"open-world"}});
    for (const auto& c : claims)
        t.add({std::to_string(c.id), date_of(c), c.claim.actor, what_of(c.claim), std::string(to_string(c.claim.polarity)),
               c.claim.claimant, c.source, c.status, c.claim.evidence, c.claim.actor_kind});
    t.write(format, stdout, color_on());
    return k_exit_ok;
}

std::string context_of(const Article& a, const Claim& c) {
    std::size_t from = c.evidence_start > 200 ? c.evidence_start - 200 : 0;
    std::size_t to = std::min(a.text.size(), c.evidence_end + 200);
    while (from > 0 && (static_cast<unsigned char>(a.text[from]) & 0xC0) == 0x80) --from;
    while (to < a.text.size() && (static_cast<unsigned char>(a.text[to]) & 0xC0) == 0x80) ++to;
    return a.text.substr(from, c.evidence_start - from) + ">>> " + c.evidence + " <<<" +
           a.text.substr(c.evidence_end, to - c.evidence_end);
}

int run_show(CommandContext& ctx, std::int64_t id, const std::string& format_name) {
    Store& store = ctx.store(Access::read);
    auto claim = store.find_claim(id);
    if (!claim) {
        ctx.error(fmt::format("no claim with id {}", id));
        return k_exit_failed;
    }
    auto proposition = store.find_proposition(claim->proposition_id);
    ClaimFilter same;
    same.proposition_id = claim->proposition_id;
    auto related = store.find_claims(same);
    if (format_name == "json") {
        nlohmann::json j = to_json(*claim);
        if (proposition) j["proposition"] = to_json(*proposition);
        j["related"] = nlohmann::json::array();
        for (const auto& r : related) j["related"].push_back(to_json(r));
        fmt::print("{}\n", j.dump(2));
        return k_exit_ok;
    }
    const Claim& c = claim->claim;
    fmt::print("claim {}: {} {} [{}, {}]\n", claim->id, c.actor, what_of(c), to_string(c.polarity), to_string(c.modality));
    if (c.open_world) fmt::print("  actor:     open-world {}: no lexicon lists it\n", c.actor_kind);
    fmt::print("  claimant:  {}\n  source:    {} ({})\n  origin:    {}\n  date:      {}\n  article:   {} — {}\n",
               c.claimant.empty() ? "(the article itself)" : c.claimant, claim->source, shown_date(claim->reported_date),
               claim->origin, date_of(*claim), claim->article_id, claim->article_title);
    if (auto article = store.load_article(claim->article_id)) fmt::print("\n{}\n", context_of(*article, c));
    if (proposition) {
        fmt::print("\nproposition {}: {} — {} ({} supporting, {} denying origins; first reported {})\n",
                   proposition->id, proposition->status, proposition->actor + " " + proposition->allegation,
                   proposition->supporting_origins.size(), proposition->denying_origins.size(),
                   shown_date(proposition->first_reported));
        if (!proposition->first_denied.empty()) fmt::print("  first denied {}\n", proposition->first_denied);
        for (const auto& conflict : proposition->conflicts) fmt::print("  conflict: {}\n", conflict);
    }
    // The proposition's claims by origin, oldest first, so echoes read as one.
    for (auto polarity : {Polarity::asserted, Polarity::denied}) {
        std::map<std::string, std::vector<const StoredClaim*>> by_origin;
        for (const auto& r : related)
            if (r.claim.polarity == polarity) by_origin[r.origin].push_back(&r);
        if (by_origin.empty()) continue;
        fmt::print("\n{}:\n", polarity == Polarity::asserted ? "supporting" : "denying");
        for (const auto& [origin, list] : by_origin) {
            fmt::print("  {} ({} article{})\n", origin, list.size(), list.size() == 1 ? "" : "s");
            for (const auto* r : list)
                fmt::print("    #{} {} {}: {}\n", r->id, shown_date(r->reported_date), r->source, fit(r->claim.evidence, 100));
        }
    }
    return k_exit_ok;
}

int run_propositions(CommandContext& ctx, const ListOptions& o) {
    Format format;
    if (!resolve_format(ctx, o.format, &format)) return k_exit_usage;
    note_unknown_actor(ctx, o.filter.actor);
    ClaimFilter filter = o.filter;
    filter.with_claim_ids = format == Format::json || format == Format::jsonl;
    auto props = ctx.store(Access::read).find_propositions(filter);
    if (format == Format::json || format == Format::jsonl) return print_json(props, format), k_exit_ok;
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : "; ") + x;
        return s;
    };
    bool wide = format != Format::table;
    TableWriter t({{"id"}, {"first"}, {"actor", 18}, {"allegation"}, {"hardware/object", wide ? 0u : 24u},
                   {"status"}, {"supporting", wide ? 0u : 40u}, {"denying", wide ? 0u : 30u}, {"articles"}});
    for (const auto& p : props)
        t.add({std::to_string(p.id), shown_date(p.first_reported), p.actor, p.allegation, p.hardware.empty() ? p.object : p.hardware,
               p.status, join(p.supporting_origins), join(p.denying_origins), std::to_string(p.articles)});
    t.write(format, stdout, color_on());
    return k_exit_ok;
}

int run_articles(CommandContext& ctx, const ListOptions& o) {
    Format format;
    if (!resolve_format(ctx, o.format, &format)) return k_exit_usage;
    auto articles = ctx.store(Access::read).find_articles(o.filter);
    if (format == Format::json || format == Format::jsonl) return print_json(articles, format), k_exit_ok;
    bool wide = format != Format::table;
    TableWriter t({{"id"}, {"date"}, {"source", wide ? 0u : 20u}, {"title", wide ? 0u : 60u}, {"claims"},
                   {"path", wide ? 0u : 40u}});
    for (const auto& a : articles)
        t.add({std::to_string(a.id), shown_date(a.reported_date), a.source, a.title,
               std::to_string(a.claims),
               a.url.empty() ? a.path : a.url});
    t.write(format, stdout, color_on());
    return k_exit_ok;
}

int run_counts(CommandContext& ctx, const std::vector<NameCount>& rows, const std::string& name,
               const std::string& count_name, const std::string& format_name) {
    Format format;
    if (!resolve_format(ctx, format_name, &format)) return k_exit_usage;
    if (format == Format::json || format == Format::jsonl) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& r : rows) a.push_back({{"name", r.name}, {count_name, r.count}});
        if (format == Format::jsonl)
            for (const auto& r : a) fmt::print("{}\n", r.dump());
        else
            fmt::print("{}\n", a.dump(2));
        return k_exit_ok;
    }
    TableWriter t({{name}, {count_name}});
    for (const auto& r : rows) t.add({r.name, std::to_string(r.count)});
    t.write(format, stdout, color_on());
    return k_exit_ok;
}

int run_stats(CommandContext& ctx, const std::string& format_name) {
    auto s = ctx.store(Access::read).stats();
    if (format_name == "json") {
        nlohmann::json by_status = nlohmann::json::object();
        for (const auto& r : s.by_status) by_status[r.name] = r.count;
        fmt::print("{}\n", nlohmann::json{{"articles", s.articles},
                                          {"claims", s.claims},
                                          {"propositions", s.propositions},
                                          {"sources", s.sources},
                                          {"bytes", s.bytes},
                                          {"last_import", nullable(s.last_import)},
                                          {"propositions_by_status", by_status},
                                          {"database", shown_location(ctx.db_location())},
                                          {"lexicon_version", ctx.lexicon_version()}}
                               .dump(2));
        return k_exit_ok;
    }
    fmt::print("database:      {}\n", shown_location(ctx.db_location()));
    fmt::print("size:          {:.1f} MB\n", static_cast<double>(s.bytes) / 1e6);
    fmt::print("articles:      {}\nclaims:        {}\npropositions:  {}\nsources:       {}\n", s.articles, s.claims,
               s.propositions, s.sources);
    for (const auto& r : s.by_status) fmt::print("  {:<13}{}\n", r.name + ":", r.count);
    fmt::print("last import:   {}\nlexicon:       {}\n", s.last_import.empty() ? "never" : s.last_import,
               ctx.lexicon_version());
    return k_exit_ok;
}

}  // namespace

CommandRun add_query_command(CLI::App& app) {
    auto o = std::make_shared<ListOptions>();
    add_filters(app.add_subcommand("query", "claims as a timeline, oldest first"), *o, true);
    return [o](CommandContext& ctx) { return run_query(ctx, *o); };
}

CommandRun add_show_command(CLI::App& app) {
    auto id = std::make_shared<std::int64_t>(0);
    auto format = std::make_shared<std::string>("table");
    auto* sub = app.add_subcommand("show", "one claim in context, with its proposition and every claim of it");
    sub->add_option("claim_id", *id, "the claim's id")->required();
    closed_set(sub->add_option("--format", *format, "output format"), "format", {"table", "json"});
    return [id, format](CommandContext& ctx) { return run_show(ctx, *id, *format); };
}

CommandRun add_propositions_command(CLI::App& app) {
    auto o = std::make_shared<ListOptions>();
    add_filters(app.add_subcommand("propositions", "cross-referenced propositions with their status"), *o, true);
    return [o](CommandContext& ctx) { return run_propositions(ctx, *o); };
}

CommandRun add_articles_command(CLI::App& app) {
    auto o = std::make_shared<ListOptions>();
    auto* sub = app.add_subcommand("articles", "the stored articles");
    add_filters(sub, *o, false);
    sub->add_flag("--undated", o->filter.undated, "only articles with no publication date");
    return [o](CommandContext& ctx) { return run_articles(ctx, *o); };
}

// `actors --new`: the actors no lexicon lists, newest first, for the analyst to adopt (README,
// "Extending the lexicons").
int run_open_world_actors(CommandContext& ctx, const std::string& format_name, const std::string& since_text) {
    Format format;
    if (!resolve_format(ctx, format_name, &format)) return k_exit_usage;
    std::string since_day;  // first seen on this day or later; "" for all
    if (!since_text.empty()) {
        const auto since = instant_since(since_text, std::chrono::system_clock::now());
        if (!since) return ctx.error("--since: '" + since_text + "' is not a date, a UTC time or a duration"), k_exit_usage;
        since_day = since->substr(0, 10);
    }
    auto rows = ctx.store(Access::read).open_world_actors();
    std::erase_if(rows, [&](const OpenWorldActor& a) { return a.first_seen < since_day; });
    if (format == Format::json || format == Format::jsonl) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& r : rows)
            a.push_back({{"name", r.name}, {"kind", r.kind}, {"claims", r.claims}, {"first_seen", r.first_seen},
                         {"last_seen", r.last_seen}, {"evidence", r.evidence}, {"claim", r.claim_id}});
        if (format == Format::jsonl)
            for (const auto& r : a) fmt::print("{}\n", r.dump());
        else
            fmt::print("{}\n", a.dump(2));
        return k_exit_ok;
    }
    const bool wide = format != Format::table;
    TableWriter t({{"actor", 24}, {"kind"}, {"claims"}, {"first seen"}, {"last seen"}, {"evidence", wide ? 0u : 70u}});
    for (const auto& r : rows)
        t.add({r.name, r.kind, std::to_string(r.claims), r.first_seen, r.last_seen, r.evidence});
    t.write(format, stdout, color_on());
    return k_exit_ok;
}

CommandRun add_actors_command(CLI::App& app) {
    auto format = std::make_shared<std::string>();
    auto open_world = std::make_shared<bool>(false);
    auto since = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("actors", "actors with their claim counts");
    closed_set(sub->add_option("--format", *format, "output format"), "format", k_list_formats);
    auto* is_new = sub->add_flag("--new", *open_world,
                  "only actors no lexicon lists (open-world), newest first, with first and last seen and one evidence sentence");
    sub->add_option("--since", *since,
                    "with --new: only those first seen since a date (YYYY-MM-DD), a UTC time or a duration back (7d)")
        ->needs(is_new);
    return [format, open_world, since](CommandContext& ctx) {
        if (*open_world) return run_open_world_actors(ctx, *format, *since);
        return run_counts(ctx, ctx.store(Access::read).actors(), "actor", "claims", *format);
    };
}

CommandRun add_sources_command(CLI::App& app) {
    auto format = std::make_shared<std::string>();
    closed_set(app.add_subcommand("sources", "publishers with their article counts")->add_option("--format", *format, "output format"),
               "format", k_list_formats);
    return [format](CommandContext& ctx) { return run_counts(ctx, ctx.store(Access::read).sources(), "source", "articles", *format); };
}

CommandRun add_stats_command(CLI::App& app) {
    auto format = std::make_shared<std::string>("table");
    closed_set(app.add_subcommand("stats", "counts, database size, last import")->add_option("--format", *format, "output format"),
               "format", {"table", "json"});
    return [format](CommandContext& ctx) { return run_stats(ctx, *format); };
}

}  // namespace tracker::cli
