#include <catch2/catch.hpp>

#include "tracker/feeds.h"

using tracker::feeds::Feed;
using tracker::feeds::parse_feed;

namespace {

Feed parsed(std::string_view bytes, const std::string& base = "https://feeds.example.org/news.xml") {
    auto feed = parse_feed(bytes, base);
    if (!feed) FAIL(feed.error().message());
    return *feed;
}

std::string error_of(std::string_view bytes) {
    auto feed = parse_feed(bytes, "https://feeds.example.org/bad.xml");
    REQUIRE_FALSE(feed);
    return feed.error().message();
}

}  // namespace

TEST_CASE("parse_feed: RSS 2.0 with CDATA, HTML titles and relative links", "[feeds]") {
    const Feed feed = parsed(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Chip &amp; Policy Wire</title>
  <link>https://wire.example.com/</link>
  <atom:link href="https://wire.example.com/feed.xml" rel="self"/>
  <item>
    <title><![CDATA[Lab <b>denies</b> buying chips]]></title>
    <link>/2025/12/lab-denies</link>
    <guid isPermaLink="false">wire-1001</guid>
    <pubDate>Wed, 10 Dec 2025 08:00:00 +0200</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>short</description>
    <content:encoded><![CDATA[<p>First paragraph &amp; more.</p><p>Second   paragraph.</p>]]></content:encoded>
  </item>
  <item>
    <title>No guid here</title>
    <link>posts/two.html</link>
    <pubDate>10 Dec 25 08:00 EST</pubDate>
    <description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt; text.&lt;/p&gt;</description>
  </item>
</channel>
</rss>)");
    CHECK(feed.format == "rss 2.0");
    CHECK(feed.title == "Chip & Policy Wire");
    CHECK(feed.link == "https://wire.example.com/");
    REQUIRE(feed.items.size() == 2);
    const auto& first = feed.items[0];
    CHECK(first.id == "wire-1001");
    CHECK(first.title == "Lab denies buying chips");
    CHECK(first.link == "https://wire.example.com/2025/12/lab-denies");
    CHECK(first.published == "2025-12-10T06:00:00Z");
    CHECK(first.updated == "");
    CHECK(first.author == "Ana Ruiz");
    CHECK(first.text == "First paragraph & more.\n\nSecond paragraph.");
    const auto& second = feed.items[1];
    CHECK(second.id == "https://wire.example.com/posts/two.html");
    CHECK(second.published == "2025-12-10T13:00:00Z");
    CHECK(second.text == "Escaped HTML text.");
}

TEST_CASE("parse_feed: RSS 0.91 with the Netscape DOCTYPE is read, not refused", "[feeds]") {
    const Feed feed = parsed(R"(<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://old.example.net/</link>
<item><title>One</title><link>http://old.example.net/1</link><description>Text one.</description></item>
</channel></rss>)");
    CHECK(feed.format == "rss 0.91");
    REQUIRE(feed.items.size() == 1);
    CHECK(feed.items[0].id == "http://old.example.net/1");
    CHECK(feed.items[0].text == "Text one.");
}

TEST_CASE("parse_feed: RSS 1.0 (RDF) items beside the channel, dc:date in W3C-DTF", "[feeds]") {
    const Feed feed = parsed(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example.org/"><title>RDF News</title><link>http://rdf.example.org/</link></channel>
  <item rdf:about="http://rdf.example.org/a">
    <title>A</title><link>http://rdf.example.org/a</link>
    <dc:date>2025-11-30T23:30:00-05:00</dc:date><dc:creator>Bo</dc:creator>
    <description>Body A.</description>
  </item>
</rdf:RDF>)");
    CHECK(feed.format == "rss 1.0");
    CHECK(feed.title == "RDF News");
    REQUIRE(feed.items.size() == 1);
    CHECK(feed.items[0].id == "http://rdf.example.org/a");
    CHECK(feed.items[0].published == "2025-12-01T04:30:00Z");
    CHECK(feed.items[0].author == "Bo");
}

TEST_CASE("parse_feed: Atom 1.0 with xml:base, html and xhtml text constructs", "[feeds]") {
    const Feed feed = parsed(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.com/blog/">
  <title type="html">Atom &lt;em&gt;Wire&lt;/em&gt;</title>
  <link href="./" rel="alternate"/><link href="feed.atom" rel="self"/>
  <author><name>Desk</name></author>
  <entry>
    <id>tag:atom.example.com,2025:1</id>
    <title type="text">Plain &lt;tags&gt; stay</title>
    <link rel="alternate" href="posts/1"/>
    <published>2025-12-10T08:00:00Z</published>
    <updated>2025-12-11T09:30:15.5+01:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two <b>bold</b>.</p></div></content>
  </entry>
  <entry xml:base="/other/">
    <id>tag:atom.example.com,2025:2</id>
    <title>Second</title>
    <link href="two"/>
    <updated>2025-12-12</updated>
    <author><name>Own Author</name></author>
    <summary type="html">&lt;p&gt;Summary only.&lt;/p&gt;</summary>
  </entry>
</feed>)");
    CHECK(feed.format == "atom 1.0");
    CHECK(feed.title == "Atom Wire");
    CHECK(feed.link == "https://atom.example.com/blog/");
    REQUIRE(feed.items.size() == 2);
    const auto& first = feed.items[0];
    CHECK(first.id == "tag:atom.example.com,2025:1");
    CHECK(first.title == "Plain <tags> stay");
    CHECK(first.link == "https://atom.example.com/blog/posts/1");
    CHECK(first.published == "2025-12-10T08:00:00Z");
    CHECK(first.updated == "2025-12-11T08:30:15Z");
    CHECK(first.author == "Desk");
    CHECK(first.text == "One.\n\nTwo bold.");
    const auto& second = feed.items[1];
    CHECK(second.link == "https://atom.example.com/other/two");
    CHECK(second.updated == "2025-12-12T00:00:00Z");
    CHECK(second.author == "Own Author");
    CHECK(second.text == "Summary only.");
}

TEST_CASE("parse_feed: Atom 0.3 with issued, modified and escaped content", "[feeds]") {
    const Feed feed = parsed(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Old Atom</title><link rel="alternate" type="text/html" href="http://a03.example.org/"/>
  <entry><title>E</title><link rel="alternate" href="http://a03.example.org/e"/><id>urn:e</id>
    <issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T00:00:00Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Escaped body.&lt;/p&gt;</content></entry>
</feed>)");
    CHECK(feed.format == "atom 0.3");
    REQUIRE(feed.items.size() == 1);
    CHECK(feed.items[0].published == "2004-01-02T03:04:05Z");
    CHECK(feed.items[0].updated == "2004-01-03T00:00:00Z");
    CHECK(feed.items[0].text == "Escaped body.");
}

TEST_CASE("parse_feed: a prefixed Atom feed (atom:feed) is read too", "[feeds]") {
    const Feed feed = parsed(R"(<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
<atom:entry><atom:id>x</atom:id><atom:title>T</atom:title></atom:entry></atom:feed>)");
    CHECK(feed.title == "P");
    REQUIRE(feed.items.size() == 1);
    CHECK(feed.items[0].id == "x");
}

TEST_CASE("parse_feed: JSON Feed 1.1 and 1.0", "[feeds]") {
    SECTION("1.1: authors, content_html, relative url") {
        const Feed feed = parsed(R"({"version": "https://jsonfeed.org/version/1.1", "title": "JSON <i>Wire</i>",
            "home_page_url": "https://json.example.com/", "authors": [{"name": "Feed Desk"}],
            "items": [
              {"id": "1", "url": "/p/1", "title": "First", "content_html": "<p>Hello &amp; welcome.</p>",
               "date_published": "2025-12-10T08:00:00+02:00", "date_modified": "2025-12-10T09:00:00Z"},
              {"id": 2, "title": "Second", "content_text": "Plain <not html>", "authors": [{"name": "Item Author"}]}
            ]})");
        CHECK(feed.format == "json 1.1");
        CHECK(feed.title == "JSON Wire");
        REQUIRE(feed.items.size() == 2);
        CHECK(feed.items[0].link == "https://json.example.com/p/1");
        CHECK(feed.items[0].text == "Hello & welcome.");
        CHECK(feed.items[0].published == "2025-12-10T06:00:00Z");
        CHECK(feed.items[0].updated == "2025-12-10T09:00:00Z");
        CHECK(feed.items[0].author == "Feed Desk");
        CHECK(feed.items[1].id == "2");
        CHECK(feed.items[1].text == "Plain <not html>");
        CHECK(feed.items[1].author == "Item Author");
    }
    SECTION("1.0: author object, summary only") {
        const Feed feed = parsed(R"({"version": "https://jsonfeed.org/version/1", "title": "Old JSON",
            "author": {"name": "Solo"}, "items": [{"id": "a", "summary": "Only a summary."}]})");
        CHECK(feed.format == "json 1.0");
        REQUIRE(feed.items.size() == 1);
        CHECK(feed.items[0].author == "Solo");
        CHECK(feed.items[0].text == "Only a summary.");
    }
}

TEST_CASE("parse_feed: an item without guid or link gets a stable hash id", "[feeds]") {
    const std::string rss = "<rss version=\"2.0\"><channel><title>T</title>"
                            "<item><title>Only a title</title><description>And text.</description></item>"
                            "</channel></rss>";
    const Feed a = parsed(rss, "");
    const Feed b = parsed(rss, "");
    REQUIRE(a.items.size() == 1);
    CHECK(a.items[0].id.starts_with("hash:"));
    CHECK(a.items[0].id == b.items[0].id);
    CHECK(a.items[0].link == "");
}

TEST_CASE("parse_feed: date forms, all converted to UTC", "[feeds]") {
    const std::pair<const char*, const char*> dates[] = {
        {"Wed, 10 Dec 2025 08:00:00 GMT", "2025-12-10T08:00:00Z"},
        {"10 Dec 2025 08:00 +0000", "2025-12-10T08:00:00Z"},
        {"Wed, 10 Dec 2025 08:00:00 PST", "2025-12-10T16:00:00Z"},
        {"Wed, 10 Dec 2025 08:00:00 +02:00", "2025-12-10T06:00:00Z"},
        {"Wed, 10 Dec 25 08:00:00 UT", "2025-12-10T08:00:00Z"},
        {"2025-12-10T08:00:00Z", "2025-12-10T08:00:00Z"},
        {"2025-12-10T08:00:00.123-05:00", "2025-12-10T13:00:00Z"},
        {"2025-12-10", "2025-12-10T00:00:00Z"},
        {"not a date", ""},
    };
    for (const auto& [text, expected] : dates) {
        INFO(text);
        const std::string rss = std::string("<rss version=\"2.0\"><channel><item><guid>g</guid><pubDate>") + text +
                                "</pubDate></item></channel></rss>";
        CHECK(parsed(rss).items.at(0).published == expected);
    }
}

TEST_CASE("parse_feed: an entity-expansion bomb is refused", "[feeds]") {
    CHECK(error_of(R"(<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>)") ==
          "https://feeds.example.org/bad.xml: malformed feed: its DOCTYPE declares entities (refused: entity expansion)");
}

TEST_CASE("parse_feed: an external entity is refused and its file never read", "[feeds]") {
    // If it were expanded, the title would hold the file; it is refused before that can happen.
    CHECK(error_of(R"(<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>)") ==
          "https://feeds.example.org/bad.xml: malformed feed: its DOCTYPE declares entities (refused: entity expansion)");
}

TEST_CASE("parse_feed: an external DTD is neither read nor an error", "[feeds]") {
    const Feed feed = parsed(R"(<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "file:///etc/passwd">
<rss version="2.0"><channel><title>Safe</title></channel></rss>)");
    CHECK(feed.title == "Safe");
}

TEST_CASE("parse_feed: broken documents get a clear error", "[feeds]") {
    CHECK(error_of("<rss version=\"2.0\"><channel>\n<title>x</channel></rss>") ==
          "https://feeds.example.org/bad.xml: malformed feed: line 2: Start-end tags mismatch");
    CHECK(error_of("<html><body>hi</body></html>") ==
          "https://feeds.example.org/bad.xml: malformed feed: not RSS or Atom (root element <html>)");
    CHECK(error_of("{\"items\": [}") == "https://feeds.example.org/bad.xml: malformed feed: not valid JSON");
    CHECK(error_of("{\"items\": []}") ==
          "https://feeds.example.org/bad.xml: malformed feed: JSON without a JSON Feed version");
    CHECK(error_of("   ") == "https://feeds.example.org/bad.xml: malformed feed: empty");
    CHECK(error_of("hello") == "https://feeds.example.org/bad.xml: malformed feed: neither XML nor JSON");
}

TEST_CASE("issue 6: an item whose HTML nests too deeply keeps its words, tags dropped", "[feeds]") {
    std::string description;
    for (int i = 0; i < 5000; ++i) description += "&lt;div&gt;";
    description += "DeepSeek obtained chips.";
    const Feed feed = parsed("<rss version=\"2.0\"><channel><title>Deep</title><item><guid>1</guid><description>" +
                             description + "</description></item></channel></rss>");
    REQUIRE(feed.items.size() == 1);
    CHECK(feed.items[0].text == "DeepSeek obtained chips.");
}
