#include "cli/feed_update.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>
#include <unordered_set>

#include <fmt/core.h>

#include "cli/app.h"
#include "cli/page_article.h"
#include "cli/update_lock.h"
#include "read/date_text.h"
#include "tracker/read.h"

namespace tracker::cli {

namespace {

// A cron run that finds the previous one still going waits this long, then gives up (exit 1).
constexpr int k_lock_wait_seconds = 120;

std::string lock_path(const std::string& db_location) {
    constexpr std::string_view k_sqlite_scheme = "sqlite:";
    std::string path = db_location;
    if (path.starts_with(k_sqlite_scheme)) path.erase(0, k_sqlite_scheme.size());
    return path + ".lock";
}

}  // namespace

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

Expected<Article> article_of(const feeds::FeedItem& item, const feeds::Feed& feed, const std::string& feed_url) {
    const std::string& date = item.published.empty() ? item.updated : item.published;
    const auto instant = read::parse_date_time(date);
    // The path names the feed and the item; it ends in ']' so no item id makes it look like an
    // .html file to the reader (the text is plain already).
    read::InputInfo info;
    info.path = feed_url + " [" + item.id + "]";
    info.modified = instant ? std::chrono::system_clock::time_point(*instant) : std::chrono::system_clock::now();
    ArticleOverrides overrides;
    overrides.title = item.title;
    overrides.source = feed.title.empty() ? feed_url : feed.title;
    overrides.url = item.link;
    overrides.date = instant ? read::iso_date(*instant) : "";
    auto article = read::parse_article(item.text.empty() ? item.title : item.text, info, overrides);
    if (!article) return tl::unexpected(Error{info.path, article.error().reason});
    if (!item.author.empty()) article->author = item.author;
    return article;
}

int FeedUpdate::run() {
    Store& store = m_context.store();  // opens (and creates the folder of) the database first
    std::optional<UpdateLock> file_lock;  // when the store has no lock of its own
    if (const std::optional<bool> taken = store.lock_feed_updates(k_lock_wait_seconds)) {
        if (!*taken) {
            m_context.error(fmt::format("{}: another feed update is running (still locked after {} s)",
                                        shown_location(m_context.db_location()), k_lock_wait_seconds));
            return k_exit_failed;
        }
    } else {
        auto lock = UpdateLock::acquire(lock_path(m_context.db_location()), k_lock_wait_seconds);
        if (!lock) {
            m_context.error(lock.error().message());
            return k_exit_failed;
        }
        file_lock.emplace(std::move(*lock));
    }
    const auto subscriptions = store.list_feeds();
    int failed = 0;
    for (const FeedSubscription& subscription : subscriptions)
        if (!update(subscription)) ++failed;
    store.finish_writing();
    if (subscriptions.empty()) m_context.note("no feeds: add one with `tracker feed add URL_OR_PATH`");
    if (failed && failed == static_cast<int>(subscriptions.size())) return k_exit_failed;
    return failed || m_rejected ? k_exit_rejected : k_exit_ok;
}

bool FeedUpdate::update(const FeedSubscription& subscription) {
    FeedState state{subscription.title, subscription.etag, subscription.last_modified, utc_now(), ""};
    auto fetched = m_source.fetch(subscription.url, {subscription.etag, subscription.last_modified});
    if (!fetched) return report_failure(subscription, state, fetched.error()), false;
    if (fetched->unchanged) {
        state.last_status = "unchanged";
        m_context.store().update_feed_state(subscription.id, state);
        if (!m_context.options().quiet) fmt::print(stderr, "{}: 0 new, 0 unchanged (not modified)\n", subscription.url);
        return true;
    }
    auto feed = feeds::parse_feed(fetched->body, fetched->base_url);
    if (!feed) return report_failure(subscription, state, feed.error()), false;
    const FeedCounts counts = import(subscription, *feed, fetched->remote_address);
    state.title = feed->title;
    state.etag = fetched->validators.etag;
    state.last_modified = fetched->validators.last_modified;
    state.last_status = "ok";
    m_context.store().update_feed_state(subscription.id, state);
    if (!m_context.options().quiet)
        fmt::print(stderr, "{}: {} new, {} unchanged{}{}\n", subscription.url, counts.added, counts.unchanged,
                   counts.rejected ? fmt::format(", {} rejected", counts.rejected) : "",
                   counts.pages_failed ? fmt::format(", {} left for the next run (page failed)", counts.pages_failed) : "");
    return true;
}

FeedCounts FeedUpdate::import(const FeedSubscription& subscription, const feeds::Feed& feed,
                              const std::string& feed_address) {
    FeedCounts counts;
    std::vector<const feeds::FeedItem*> fresh;
    std::unordered_set<std::string_view> seen;  // an id twice in one feed: the first one counts
    for (const feeds::FeedItem& item : feed.items) {
        if (!seen.insert(item.id).second || m_context.store().item_imported(subscription.id, item.id)) ++counts.unchanged;
        else fresh.push_back(&item);
    }
    const bool fetch = m_fetch_every_feed || subscription.fetch_articles;
    const std::size_t round = fetch ? k_pages_per_round : std::max<std::size_t>(fresh.size(), 1);
    for (std::size_t start = 0; start < fresh.size(); start += round) {
        const std::vector<const feeds::FeedItem*> items(fresh.begin() + start,
                                                        fresh.begin() + std::min(fresh.size(), start + round));
        import_round(subscription, feed, items, fetch, feed_address, counts);
    }
    return counts;
}

void FeedUpdate::import_round(const FeedSubscription& subscription, const feeds::Feed& feed,
                              const std::vector<const feeds::FeedItem*>& items, bool fetch,
                              const std::string& feed_address, FeedCounts& counts) {
    // Pages first, with no transaction open: a batch holds the write lock until it commits.
    std::vector<std::string> links;
    std::vector<std::size_t> page_of(items.size(), items.size());  // items.size(): not fetched
    for (std::size_t i = 0; fetch && i < items.size(); ++i)
        if (feeds::is_url(items[i]->link)) page_of[i] = links.size(), links.push_back(items[i]->link);
    const std::vector<feeds::PageFetch> pages = links.empty() ? std::vector<feeds::PageFetch>{}
                                                              : m_pages.fetch(links, feed_address);
    Store& store = m_context.store();
    const auto& extractor = m_context.extractor();
    // One transaction per batch of items, not per item: a feed of 10,000 new items is ten
    // commits. Each item stays whole (a savepoint), with the mark that it was imported.
    GroupCommit batches(store);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const feeds::FeedItem& item = *items[i];
        std::optional<Expected<Article>> article;
        if (page_of[i] == items.size()) article = article_of(item, feed, subscription.url);
        else article = article_of_fetched(item, feed, subscription.url, pages[page_of[i]]);
        if (!article) {
            ++counts.pages_failed;
            continue;
        }
        if (!*article) {
            m_context.error(article->error().message());
            ++counts.rejected, ++m_rejected;
            continue;
        }
        const AddResult result = store.add_feed_item(subscription.id, item.id, **article, extractor.extract(**article),
                                                     extractor.lexicon_version());
        ++(result.outcome == AddOutcome::unchanged ? counts.unchanged : counts.added);
        batches.written();
    }
    batches.finish();
}

std::optional<Expected<Article>> FeedUpdate::article_of_fetched(const feeds::FeedItem& item, const feeds::Feed& feed,
                                                                const std::string& feed_url,
                                                                const feeds::PageFetch& page) {
    using Outcome = feeds::PageFetch::Outcome;
    switch (page.outcome) {
    case Outcome::fetched: {
        auto read = article_of_page(item, feed, feed_url, page.url, page.body);
        if (!read) return tl::unexpected(read.error());
        if (!read->kept_feed_text.empty()) m_context.note(item.link + ": " + read->kept_feed_text + "; kept the feed's text");
        return std::move(read->article);
    }
    case Outcome::failed:
        m_context.error(item.link + ": " + page.reason + " (the item is tried again next run)");
        ++m_rejected;
        return std::nullopt;
    case Outcome::refused:
        m_context.error(item.link + ": " + page.reason + "; kept the feed's text");
        ++m_rejected;
        break;
    case Outcome::disallowed:
        m_context.note(item.link + ": not fetched, " + page.reason + "; kept the feed's text");
        break;
    }
    return article_of(item, feed, feed_url);
}

void FeedUpdate::report_failure(const FeedSubscription& subscription, FeedState state, const Error& error) {
    state.last_status = "failed: " + error.reason;
    m_context.store().update_feed_state(subscription.id, state);
    fmt::print(stderr, "{}: failed: {}\n", subscription.url, error.reason);
}

}  // namespace tracker::cli
