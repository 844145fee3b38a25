// What an HTML page says about itself: title, publisher, publication date, author and canonical
// URL, from its meta tags, schema.org JSON-LD and microdata, and <time> elements. Not the
// article's text (main_content.h) nor what prose says of itself (article_metadata.h).
//
// Each field takes the best-ranked value the page gives, first found on a tie:
//   title   og:title; JSON-LD headline; twitter:title, itemprop headline; <title>
//   source  og:site_name; JSON-LD publisher.name
//   date    article:published_time; JSON-LD datePublished; itemprop datePublished; other date
//           metas (parsely-pub-date, sailthru.date, pubdate, dc.date, ...); a <time datetime>
//           marked pubdate, then one inside an <article>, then the first one read
//   author  JSON-LD author.name; article:author (unless a URL); meta author, parsely-author,
//           sailthru.author, dc.creator, byl ("By ..."); itemprop author; <a rel="author">
//   url     <link rel="canonical">; og:url
// A date must be one parse_date_text understands; it is kept as YYYY-MM-DD (UTC day).
#pragma once

#include <gumbo.h>

#include <string>

namespace tracker::read {

struct PageMetadata {
    std::string title;
    std::string source;
    std::string date;  // YYYY-MM-DD, or empty
    std::string author;
    std::string url;
    // JSON-LD articleBody as written: the text the page says its article has. Pages that build
    // their article with a script have little else.
    std::string article_body;
};

PageMetadata read_page_metadata(const GumboNode& root);

}  // namespace tracker::read
