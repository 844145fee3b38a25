#include "cli/page_article.h"

#include <chrono>

#include "cli/feed_update.h"
#include "feeds/url_resolver.h"
#include "read/date_text.h"
#include "tracker/read.h"

namespace tracker::cli {

namespace {

std::size_t prose_bytes(const Article& article) {
    std::size_t bytes = 0;
    for (const Span& span : article.body) bytes += span.end - span.start;
    return bytes;
}

// The canonical URL the page declares, resolved, when it is on the page's own host.
std::string canonical_url(const std::string& declared, const std::string& page_url) {
    if (declared.empty()) return "";
    const std::string resolved = feeds::resolve_url(page_url, declared);
    const auto canonical = feeds::parse_http_url(resolved);
    const auto page = feeds::parse_http_url(page_url);
    if (!canonical || !page || canonical->host != page->host) return "";
    return resolved;
}

Expected<PageArticle> feed_text_kept(const feeds::FeedItem& item, const feeds::Feed& feed,
                                     const std::string& feed_url, std::string why) {
    auto article = article_of(item, feed, feed_url);
    if (!article) return tl::unexpected(article.error());
    return PageArticle{std::move(*article), std::move(why)};
}

}  // namespace

Expected<PageArticle> article_of_page(const feeds::FeedItem& item, const feeds::Feed& feed,
                                      const std::string& feed_url, const std::string& page_url,
                                      const std::string& page) {
    const std::string& item_date = item.published.empty() ? item.updated : item.published;
    const auto instant = read::parse_date_time(item_date);
    read::InputInfo info;
    info.path = feed_url + " [" + item.id + "]";
    info.modified = std::chrono::system_clock::now();  // "2 hours ago" on a page read now
    info.html = true;
    info.fallback_name = feed.title.empty() ? feed_url : feed.title;
    ArticleOverrides overrides;
    overrides.title = item.title;
    overrides.date = instant ? read::iso_date(*instant) : "";
    auto article = read::parse_article(page, info, overrides);
    if (!article) return feed_text_kept(item, feed, feed_url, "no article in the page (" + article.error().reason + ")");
    const std::size_t prose = prose_bytes(*article);
    if (prose < k_min_page_prose || prose < item.text.size())
        return feed_text_kept(item, feed, feed_url,
                              "no article in the page (" + std::to_string(prose) + " bytes of text)");
    const std::string canonical = canonical_url(article->url, page_url);
    article->url = !canonical.empty() ? canonical : !item.link.empty() ? item.link : page_url;
    if (!item.author.empty()) article->author = item.author;
    return PageArticle{std::move(*article), ""};
}

}  // namespace tracker::cli
