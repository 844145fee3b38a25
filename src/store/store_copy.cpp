#include "store/store_copy.h"

#include <algorithm>
#include <map>

#include "tracker/error.h"

namespace tracker::store {

namespace {

// Every claim of the store, by article, in the order stored.
std::map<std::int64_t, std::vector<Claim>> claims_by_article(Store& from) {
    std::vector<StoredClaim> stored = from.find_claims(ClaimFilter{});
    std::sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::map<std::int64_t, std::vector<Claim>> claims;
    for (StoredClaim& s : stored) claims[s.article_id].push_back(std::move(s.claim));
    return claims;
}

void copy_feeds(Store& from, Store& to) {
    for (const FeedSubscription& feed : from.list_feeds()) {
        to.add_feed(feed.url);
        for (const FeedSubscription& copied : to.list_feeds())
            if (copied.url == feed.url)
                to.update_feed_state(copied.id, {feed.title, feed.etag, feed.last_modified, feed.last_checked,
                                                 feed.last_status});
    }
}

}  // namespace

CopyCounts copy_store(Store& from, Store& to, const std::string& to_shown,
                      const std::function<void(std::size_t, std::size_t)>& progress) {
    if (to.stats().articles > 0) throw Fatal(to_shown + ": not empty; db copy writes into an empty database only");
    std::vector<ArticleSummary> articles = from.find_articles(ClaimFilter{});
    std::sort(articles.begin(), articles.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::map<std::int64_t, std::vector<Claim>> claims = claims_by_article(from);
    GroupCommit batches(to);
    for (std::size_t n = 0; n < articles.size(); ++n) {
        const std::optional<Article> article = from.load_article(articles[n].id);
        if (!article) continue;  // removed since it was listed
        to.add_article(*article, claims[articles[n].id], articles[n].lexicon_version);
        batches.written();
        progress(n + 1, articles.size());
    }
    batches.finish();
    copy_feeds(from, to);
    return {from.stats(), to.stats()};
}

}  // namespace tracker::store
