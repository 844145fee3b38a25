// The article a feed item becomes when its page was fetched (`feed update --fetch-articles`,
// issue 16): the page's main content as its text, and the page's metadata for what the item
// lacks. Not the fetching (feeds/page_fetcher.h) nor the storing (FeedUpdate).
//
//   text     the page's main content (read::parse_article on the HTML), unless it holds no
//            article: under k_min_page_prose bytes of prose, or less than the feed's own text
//            (a consent, login or paywall page), or no text at all; then the item's own text
//   title    the item's; else the page's
//   date     the item's; else the page's (article:published_time, JSON-LD datePublished, ...)
//   source   the page's publisher (og:site_name, JSON-LD publisher); else the feed's title
//   author   the item's; else the page's
//   url      the page's canonical URL when it is on the host the page came from (a page cannot
//            claim another site's article: the URL is the article's identity in the store);
//            else the item's link; else where the page came from
#pragma once

#include <cstddef>
#include <string>

#include "tracker/article.h"
#include "tracker/error.h"
#include "tracker/feeds.h"

namespace tracker::cli {

inline constexpr std::size_t k_min_page_prose = 400;

struct PageArticle {
    Article article;
    // "" when the page gave the text; else why the item's own text was kept, one line:
    // "no article in the page (120 bytes of text)".
    std::string kept_feed_text;
};

// `page_url` is where the page came from (after redirects), `page` its bytes. Errors: the item's
// own text cannot be read either (article_of's errors).
Expected<PageArticle> article_of_page(const feeds::FeedItem& item, const feeds::Feed& feed,
                                      const std::string& feed_url, const std::string& page_url,
                                      const std::string& page);

}  // namespace tracker::cli
