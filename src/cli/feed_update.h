// `tracker feed update`: every subscribed feed fetched, parsed, and its new items stored as
// articles; what the nightly cron job runs.
//
// A feed's states and the step that moves it (Store records the outcome in feeds.last_status):
//
//   subscribed --fetch fails / parse fails--> "failed: reason"   (nothing stored; retried next run)
//        |------ 304 Not Modified ---------> "unchanged"         (validators kept)
//        '------ 200 + parsed -------------> "ok"                (new items stored, validators saved)
//
// An item is new when its key (FeedItem::id) is not in feed_items for this feed; it is stored
// with its key in one transaction (Store::add_feed_item), so a crash never loses or repeats one.
// A lock file beside the database (UpdateLock) keeps two runs from racing on the same items.
//
// With --fetch-articles (the run's, or the feed's own from `feed add --fetch-articles`), each new
// item's link is fetched first (feeds::PageFetcher), k_pages_per_round items at a time with no
// transaction open, and the item becomes the page's article (page_article.h). An item's page:
//   fetched     -> the page's article, or the item's text when the page holds no article (a note)
//   failed      -> not stored nor marked imported: tried again next run (an error; exit 3)
//   refused     -> the item's text, never to be fetched (an error; exit 3)
//   disallowed  -> the item's text (robots.txt; a note)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/command_context.h"
#include "feeds/page_fetcher.h"
#include "tracker/feeds.h"

namespace tracker::cli {

// Counts for one feed's log line "FEED: N new, M unchanged".
struct FeedCounts {
    int added = 0;
    int unchanged = 0;
    int rejected = 0;
    int pages_failed = 0;  // items left for the next run
};

// Items whose pages are fetched before they are stored: bounds the pages held in memory.
inline constexpr std::size_t k_pages_per_round = 16;

class FeedUpdate {
public:
    // `pages` fetches the pages of the feeds that ask for it, or of every feed when
    // `fetch_every_feed` (feed update --fetch-articles).
    FeedUpdate(CommandContext& context, feeds::FeedSource& source, feeds::PageFetcher& pages, bool fetch_every_feed)
        : m_context(context), m_source(source), m_pages(pages), m_fetch_every_feed(fetch_every_feed) {}

    // Runs over every subscription; returns the exit code (0, 1 all failed, 3 some failed or
    // some items rejected).
    int run();

private:
    // Updates one feed and writes its log line; false when the feed failed.
    bool update(const FeedSubscription& subscription);
    FeedCounts import(const FeedSubscription& subscription, const feeds::Feed& feed, const std::string& feed_address);
    // Stores `items` (new ones), their pages fetched first when `fetch`.
    void import_round(const FeedSubscription& subscription, const feeds::Feed& feed,
                      const std::vector<const feeds::FeedItem*>& items, bool fetch,
                      const std::string& feed_address, FeedCounts& counts);
    // The article of an item whose page fetch ended as `page`; nullopt when the item waits for
    // the next run. Writes the item's error or note.
    std::optional<Expected<Article>> article_of_fetched(const feeds::FeedItem& item, const feeds::Feed& feed,
                                                        const std::string& feed_url, const feeds::PageFetch& page);
    void report_failure(const FeedSubscription& subscription, FeedState state, const Error& error);

    CommandContext& m_context;
    feeds::FeedSource& m_source;
    feeds::PageFetcher& m_pages;
    bool m_fetch_every_feed = false;
    int m_rejected = 0;  // items rejected, pages refused or failed: exit 3
};

// The article an item becomes: title, link as url, date, the feed's title as source, author,
// and the item's text (its title when it has no text).
Expected<Article> article_of(const feeds::FeedItem& item, const feeds::Feed& feed, const std::string& feed_url);

// The current time as ISO 8601 UTC ("2025-12-10T08:00:00Z").
std::string utc_now();

}  // namespace tracker::cli
