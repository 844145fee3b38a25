// The web pages a feed's items link to, fetched politely and safely (issue 16, `feed update
// --fetch-articles`). Not the feeds themselves: a feed is fetched because the user subscribed to
// it; a page because an untrusted feed links to it.
//
// Politeness, per host (the URL's host name):
//  - at most Politeness::per_host requests in flight (2), and each one starts at least
//    Politeness::delay after the previous one to that host started (1 s by default);
//  - robots.txt (robots_txt.h) read once per origin (scheme, host, port) for the whole run,
//    before any page of it; its fetch counts as a request to the host. A disallowed page is not
//    requested. A missing robots.txt (HTTP 4xx) allows everything; one that cannot be read (5xx,
//    timeout) fails every page of that origin this run, so they are tried again next run.
// Safety: every connection, robots.txt's and each redirect's included, is admitted first by an
// AddressGuard (internal_address.h) that only lets the feed's own host be internal.
// Several hosts are fetched at once (Politeness::workers requests in flight in all).
//
// Not done: a redirect to another host is followed without that host's robots.txt or count.
#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "feeds/http_fetcher.h"
#include "feeds/robots_txt.h"
#include "feeds/url_resolver.h"

namespace tracker::feeds {

// One guarded GET, as PageFetcher needs it: HttpFetcher::get in tracker, a fake in tests. Called
// from several threads at once.
class PageClient {
public:
    virtual ~PageClient() = default;
    virtual Expected<HttpResponse> get(const std::string& url, AddressGuard& guard) const = 0;
};

struct Politeness {
    int per_host = 2;
    std::chrono::milliseconds delay{1000};
    int workers = 4;
};

struct PageFetch {
    enum class Outcome {
        fetched,     // a 2xx answer: `body` and `url`
        failed,      // no answer, an HTTP error, an unreadable robots.txt: try again next run
        refused,     // an internal address (AddressGuard): never to be fetched
        disallowed,  // robots.txt says no
    };
    Outcome outcome = Outcome::failed;
    std::string url;     // the page's URL after redirects (fetched), else as asked
    std::string body;
    std::string reason;  // why, when not fetched: "HTTP 404", "refused: 10.0.0.1 is a private address ..."
};

class PageFetcher {
public:
    // Pages and robots.txt over HTTP with libcurl (robots.txt capped at 512 KiB).
    PageFetcher(HttpLimits limits, Politeness politeness);
    // Pages from `pages`, robots.txt from `robots`; both must outlive the fetcher.
    PageFetcher(const PageClient& pages, const PageClient& robots, Politeness politeness);

    // Fetches every URL (absolute http(s) URLs; anything else fails) and returns the outcomes in
    // the order of `urls`. `own_address`: the numeric address the feed was served from, the one
    // internal address its pages may be on ("" for a feed read from a file).
    std::vector<PageFetch> fetch(const std::vector<std::string>& urls, const std::string& own_address);

private:
    using Clock = std::chrono::steady_clock;
    struct HostState {
        int in_flight = 0;
        Clock::time_point next_start{};
    };
    struct RobotsState {
        bool ready = false;                  // false while one worker fetches it
        RobotsTxt rules;
        std::string failure;                 // "" when read (or missing); else why not
    };
    struct Batch;
    struct Step;

    void work(Batch& batch);
    Step next_step(Batch& batch, Clock::time_point now);
    void start_request(const std::string& host, Clock::time_point now);
    void fetch_robots(Batch& batch, const HttpUrl& url);
    PageFetch fetch_page(const std::string& url, const std::string& own_address) const;

    std::unique_ptr<PageClient> m_own_pages, m_own_robots;  // when built from HttpLimits
    const PageClient& m_pages;
    const PageClient& m_robots_client;
    Politeness m_politeness;
    std::mutex m_mutex;  // guards m_hosts, m_robots and every Batch
    std::condition_variable m_changed;
    std::map<std::string, HostState> m_hosts;     // by host name
    std::map<std::string, RobotsState> m_robots;  // by origin, for the whole run
};

}  // namespace tracker::feeds
