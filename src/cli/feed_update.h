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
#pragma once

#include <string>

#include "cli/command_context.h"
#include "tracker/feeds.h"

namespace tracker::cli {

// Counts for one feed's log line "FEED: N new, M unchanged".
struct FeedCounts {
    int added = 0;
    int unchanged = 0;
    int rejected = 0;
};

class FeedUpdate {
public:
    FeedUpdate(CommandContext& context, feeds::FeedSource& source) : m_context(context), m_source(source) {}

    // Runs over every subscription; returns the exit code (0, 1 all failed, 3 some failed or
    // some items rejected).
    int run();

private:
    // Updates one feed and writes its log line; false when the feed failed.
    bool update(const FeedSubscription& subscription);
    FeedCounts import(const FeedSubscription& subscription, const feeds::Feed& feed);
    void report_failure(const FeedSubscription& subscription, FeedState state, const Error& error);

    CommandContext& m_context;
    feeds::FeedSource& m_source;
    int m_rejected = 0;
};

// The article an item becomes: title, link as url, date, the feed's title as source, author,
// and the item's text (its title when it has no text).
Expected<Article> article_of(const feeds::FeedItem& item, const feeds::Feed& feed, const std::string& feed_url);

// The current time as ISO 8601 UTC ("2025-12-10T08:00:00Z").
std::string utc_now();

}  // namespace tracker::cli
