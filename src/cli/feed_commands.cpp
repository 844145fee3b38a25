// feed add, list, remove, update and show: feed subscriptions (../shared/spec/cli.md). The update
// itself is FeedUpdate (feed_update.h); this file wires the subcommands and prints.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/closed_set.h"
#include "cli/commands.h"
#include "cli/feed_update.h"
#include "cli/output/record_json.h"
#include "cli/output/table_writer.h"
#include "feeds/http_fetcher.h"
#include "feeds/page_fetcher.h"
#include "tracker/feeds.h"
#include "tracker/read.h"

namespace tracker::cli {

namespace {

namespace fs = std::filesystem;

struct FeedOptions {
    std::string location;
    std::string format;
    long timeout_seconds = 60;
    bool fetch_articles = false;
    double fetch_delay_seconds = 1.0;
};

// What a subscription is keyed by: a URL as given, or a file's absolute path (so the cron job,
// started elsewhere, finds it). Anything with another scheme is refused.
Expected<std::string> normalized_location(const std::string& location) {
    if (feeds::is_url(location)) return location;
    if (location.find("://") != std::string::npos)
        return fail(location, "only http://, https:// URLs and local paths can be feeds");
    std::error_code error;
    const fs::path absolute = fs::absolute(location, error);
    if (error) return fail(location, error.message());
    return absolute.lexically_normal().string();
}

int run_add(CommandContext& ctx, const FeedOptions& o) {
    auto location = normalized_location(o.location);
    if (!location) return ctx.error(location.error().message()), k_exit_failed;
    if (!feeds::is_url(*location) && !fs::is_regular_file(*location))
        return ctx.error(*location + ": no such file"), k_exit_failed;
    Store& store = ctx.store();
    const bool added = store.add_feed(*location);
    if (o.fetch_articles)
        for (const FeedSubscription& subscription : store.list_feeds())
            if (subscription.url == *location) store.set_feed_fetch_articles(subscription.id, true);
    const char* fetching = o.fetch_articles ? " (its items' pages will be fetched for their text)" : "";
    fmt::print("{}: {}{}\n", added ? "subscribed" : "already subscribed", *location, fetching);
    return k_exit_ok;
}

int run_remove(CommandContext& ctx, const FeedOptions& o) {
    auto location = normalized_location(o.location);
    if (!location) return ctx.error(location.error().message()), k_exit_failed;
    if (!ctx.store().remove_feed(*location)) return ctx.error(*location + ": not subscribed"), k_exit_failed;
    fmt::print("unsubscribed: {}\n", *location);
    return k_exit_ok;
}

nlohmann::json to_json(const FeedSubscription& f) {
    return {{"url", f.url},
            {"title", nullable(f.title)},
            {"items", f.items},
            {"last_checked", nullable(f.last_checked)},
            {"last_status", nullable(f.last_status)},
            {"fetch_articles", f.fetch_articles}};
}

bool color_on() { return isatty(1) && !std::getenv("NO_COLOR"); }

int run_list(CommandContext& ctx, const FeedOptions& o) {
    Format format = isatty(1) ? Format::table : Format::json;
    if (!o.format.empty() && !parse_format(o.format, &format))
        return ctx.error("unknown --format '" + o.format + "' (table, json, jsonl, csv, markdown)"), k_exit_usage;
    const auto feeds = ctx.store(Access::read).list_feeds();
    if (format == Format::json || format == Format::jsonl) {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& f : feeds) all.push_back(to_json(f));
        if (format == Format::json) fmt::print("{}\n", all.dump(2));
        else for (const auto& f : all) fmt::print("{}\n", f.dump());
        return k_exit_ok;
    }
    TableWriter table({{"url", 60}, {"title", 40}, {"items"}, {"last checked"}, {"status", 40}});
    for (const auto& f : feeds)
        table.add({f.url, f.title, std::to_string(f.items), f.last_checked, f.last_status});
    table.write(format, stdout, color_on());
    return k_exit_ok;
}

// In the order cli.md lists the fields.
nlohmann::ordered_json to_json(const feeds::FeedItem& item) {
    return {{"id", item.id},         {"title", item.title},   {"link", item.link},
            {"published", item.published.empty() ? nullptr : nlohmann::ordered_json(item.published)},
            {"updated", item.updated.empty() ? nullptr : nlohmann::ordered_json(item.updated)},
            {"author", item.author}, {"text", item.text}};
}

void print_feed(const feeds::Feed& feed) {
    fmt::print("title:  {}\nlink:   {}\nformat: {}\nitems:  {}\n", feed.title, feed.link, feed.format,
               feed.items.size());
    for (const auto& item : feed.items) {
        fmt::print("\n== {}\n", item.title.empty() ? item.id : item.title);
        fmt::print("id:        {}\nlink:      {}\npublished: {}\n", item.id, item.link, item.published);
        if (!item.author.empty()) fmt::print("author:    {}\n", item.author);
        fmt::print("{}\n", fit(item.text, 300));
    }
}

int run_show(CommandContext& ctx, const FeedOptions& o) {
    if (!o.format.empty() && o.format != "table" && o.format != "json")
        return ctx.error("feed show --format takes table or json, not '" + o.format + "'"), k_exit_usage;
    auto location = normalized_location(o.location);
    if (!location) return ctx.error(location.error().message()), k_exit_failed;
    auto source = feeds::open_feed_source(o.timeout_seconds);
    auto fetched = source->fetch(*location, {});
    if (!fetched) return ctx.error(fetched.error().message()), k_exit_failed;
    auto feed = feeds::parse_feed(fetched->body, fetched->base_url);
    if (!feed) return ctx.error(*location + ": " + feed.error().reason), k_exit_failed;
    if (o.format != "json") return print_feed(*feed), k_exit_ok;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& item : feed->items) items.push_back(to_json(item));
    const nlohmann::ordered_json out = {{"title", feed->title}, {"link", feed->link}, {"format", feed->format}, {"items", items}};
    fmt::print("{}\n", out.dump(2));
    return k_exit_ok;
}

int run_update(CommandContext& ctx, const FeedOptions& o) {
    auto source = feeds::open_feed_source(o.timeout_seconds);
    feeds::HttpLimits limits;
    limits.total_timeout_s = o.timeout_seconds;
    limits.connect_timeout_s = std::min(limits.connect_timeout_s, o.timeout_seconds);
    limits.max_bytes = read::k_max_article_bytes;
    feeds::Politeness politeness;
    politeness.delay = std::chrono::milliseconds(std::lround(o.fetch_delay_seconds * 1000));
    feeds::PageFetcher pages(limits, politeness);
    return FeedUpdate(ctx, *source, pages, o.fetch_articles).run();
}

}  // namespace

CommandRun add_feed_command(CLI::App& app) {
    auto o = std::make_shared<FeedOptions>();
    auto* feed = app.add_subcommand("feed", "feed subscriptions: add, list, remove, update, show");
    feed->require_subcommand(1);
    auto* add = feed->add_subcommand("add", "subscribe to a feed (an http(s) URL or a local file)");
    add->add_option("location", o->location, "URL_OR_PATH")->required();
    add->add_flag("--fetch-articles", o->fetch_articles,
                  "at each update, fetch the page each new item links to and store its article (also for a feed already subscribed)");
    auto* list = feed->add_subcommand("list", "the subscribed feeds");
    closed_set(list->add_option("--format", o->format, "output format (default: table on a terminal, else json)"),
               "format", {"table", "json", "jsonl", "csv", "markdown"});
    auto* remove = feed->add_subcommand("remove", "unsubscribe (the imported articles stay)");
    remove->add_option("location", o->location, "URL_OR_PATH")->required();
    auto* update = feed->add_subcommand("update", "import every feed's new items (the nightly cron job)");
    update->add_flag("--fetch-articles", o->fetch_articles,
                     "fetch the page each new item links to and store its article, for every feed in this run");
    update->add_option("--fetch-delay", o->fetch_delay_seconds,
                       "seconds between the starts of two requests to one host when fetching pages (default 1)")
        ->check(CLI::Range(0.0, 60.0));
    auto* show = feed->add_subcommand("show", "fetch and parse one feed, store nothing, print it");
    show->add_option("location", o->location, "URL_OR_PATH")->required();
    closed_set(show->add_option("--format", o->format, "output format"), "format", {"table", "json"});
    for (auto* fetching : {update, show})
        fetching->add_option("--timeout", o->timeout_seconds, "seconds each HTTP fetch may take (default 60)")
            ->check(CLI::Range(1, 3600));
    for (auto* sub : {add, list, remove, update, show}) sub->fallthrough();
    return [o, add, list, remove, update](CommandContext& ctx) {
        if (add->parsed()) return run_add(ctx, *o);
        if (list->parsed()) return run_list(ctx, *o);
        if (remove->parsed()) return run_remove(ctx, *o);
        if (update->parsed()) return run_update(ctx, *o);
        return run_show(ctx, *o);
    };
}

}  // namespace tracker::cli
