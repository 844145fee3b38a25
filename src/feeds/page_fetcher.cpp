#include "feeds/page_fetcher.h"

#include <algorithm>
#include <thread>

namespace tracker::feeds {

namespace {

// RFC 9309 2.5: crawlers should read at least 500 KiB of a robots.txt; a larger one fails.
constexpr std::size_t k_max_robots_bytes = 512 * 1024;

HttpLimits robots_limits(HttpLimits limits) {
    limits.max_bytes = k_max_robots_bytes;
    return limits;
}

bool is_success(long status) { return status >= 200 && status <= 299; }

class HttpPageClient : public PageClient {
public:
    explicit HttpPageClient(HttpLimits limits) : m_http(limits) {}
    Expected<HttpResponse> get(const std::string& url, AddressGuard& guard) const override {
        return m_http.get(url, {}, &guard);
    }

private:
    HttpFetcher m_http;
};

}  // namespace

// One call of fetch(): its pages, their outcomes, and the origins whose robots.txt this feed
// may not reach (a refusal depends on the feed, so it is not kept for the run).
struct PageFetcher::Batch {
    struct Page {
        std::optional<HttpUrl> url;
        bool started = false;  // taken by a worker, or decided without a request
    };
    std::string own_address;
    std::vector<Page> pages;
    std::vector<PageFetch> results;
    std::map<std::string, std::string> refused_origins;
};

// What a worker does next: fetch a page, fetch a robots.txt for a page's origin, wait (until a
// host's delay has passed, or until told), or stop (no page left to start).
struct PageFetcher::Step {
    enum class Kind { page, robots, wait, done };
    Kind kind = Kind::done;
    std::size_t index = 0;
    Clock::time_point until = Clock::time_point::max();
};

PageFetcher::PageFetcher(HttpLimits limits, Politeness politeness)
    : m_own_pages(std::make_unique<HttpPageClient>(limits)),
      m_own_robots(std::make_unique<HttpPageClient>(robots_limits(limits))),
      m_pages(*m_own_pages),
      m_robots_client(*m_own_robots),
      m_politeness(politeness) {}

PageFetcher::PageFetcher(const PageClient& pages, const PageClient& robots, Politeness politeness)
    : m_pages(pages), m_robots_client(robots), m_politeness(politeness) {}

std::vector<PageFetch> PageFetcher::fetch(const std::vector<std::string>& urls, const std::string& own_address) {
    Batch batch;
    batch.own_address = own_address;
    for (const std::string& url : urls) {
        batch.pages.push_back({parse_http_url(url), false});
        batch.results.push_back({PageFetch::Outcome::failed, url, "", ""});
    }
    const std::size_t workers = std::min<std::size_t>(std::max(1, m_politeness.workers), urls.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < workers; ++i) threads.emplace_back([this, &batch] { work(batch); });
    for (std::thread& thread : threads) thread.join();
    return std::move(batch.results);
}

void PageFetcher::work(Batch& batch) {
    std::unique_lock lock(m_mutex);
    while (true) {
        const Step step = next_step(batch, Clock::now());
        if (step.kind == Step::Kind::done) return;
        if (step.kind == Step::Kind::wait) {
            if (step.until == Clock::time_point::max()) m_changed.wait(lock);
            else m_changed.wait_until(lock, step.until);
            continue;
        }
        const HttpUrl url = *batch.pages[step.index].url;
        start_request(url.host, Clock::now());
        if (step.kind == Step::Kind::robots) {
            m_robots[url.origin] = RobotsState{};  // not ready: the others wait for it
            lock.unlock();
            fetch_robots(batch, url);  // stores its result under the lock
            lock.lock();
        } else {
            lock.unlock();
            PageFetch page = fetch_page(batch.results[step.index].url, batch.own_address);
            lock.lock();
            batch.results[step.index] = std::move(page);
        }
        --m_hosts[url.host].in_flight;
        m_changed.notify_all();
    }
}

// Called under the lock. Pages that need no request (robots.txt said no or could not be read, a
// refused origin, not an http(s) URL) are decided here.
PageFetcher::Step PageFetcher::next_step(Batch& batch, Clock::time_point now) {
    Step wait{Step::Kind::wait, 0, Clock::time_point::max()};
    bool pending = false;
    for (std::size_t i = 0; i < batch.pages.size(); ++i) {
        Batch::Page& page = batch.pages[i];
        if (page.started) continue;
        PageFetch& result = batch.results[i];
        auto decide = [&](PageFetch::Outcome outcome, std::string reason) {
            page.started = true;
            result.outcome = outcome;
            result.reason = std::move(reason);
        };
        if (!page.url) {
            decide(PageFetch::Outcome::failed, "not an http(s) URL");
            continue;
        }
        if (auto refused = batch.refused_origins.find(page.url->origin); refused != batch.refused_origins.end()) {
            decide(PageFetch::Outcome::refused, refused->second);
            continue;
        }
        const auto robots = m_robots.find(page.url->origin);
        if (robots != m_robots.end() && robots->second.ready) {
            if (!robots->second.failure.empty()) {
                decide(PageFetch::Outcome::failed, "robots.txt: " + robots->second.failure);
                continue;
            }
            if (!robots->second.rules.allows(page.url->target)) {
                decide(PageFetch::Outcome::disallowed, "disallowed by robots.txt");
                continue;
            }
        }
        pending = true;
        const HostState& host = m_hosts[page.url->host];
        const bool robots_known = robots != m_robots.end();
        if (host.in_flight >= m_politeness.per_host || (robots_known && !robots->second.ready)) continue;
        if (now < host.next_start) {
            wait.until = std::min(wait.until, host.next_start);
            continue;
        }
        if (robots_known) page.started = true;
        return {robots_known ? Step::Kind::page : Step::Kind::robots, i, {}};
    }
    return pending ? wait : Step{};
}

void PageFetcher::start_request(const std::string& host, Clock::time_point now) {
    HostState& state = m_hosts[host];
    ++state.in_flight;
    state.next_start = now + m_politeness.delay;
}

// RFC 9309 2.3.1: a 2xx is read; 4xx means no rules; anything else (5xx, no answer) leaves the
// origin unreadable for the run. A refusal is this feed's alone.
void PageFetcher::fetch_robots(Batch& batch, const HttpUrl& url) {
    AddressGuard guard(batch.own_address);
    auto response = m_robots_client.get(url.origin + "/robots.txt", guard);
    RobotsState state;
    state.ready = true;
    if (!response) state.failure = response.error().reason;
    else if (is_success(response->status)) state.rules = RobotsTxt::parse(response->body, k_robots_product_token);
    else if (response->status < 400 || response->status > 499) state.failure = "HTTP " + std::to_string(response->status);
    const std::lock_guard lock(m_mutex);
    if (!response && !guard.refusal().empty()) {
        m_robots.erase(url.origin);
        batch.refused_origins[url.origin] = state.failure;
        return;
    }
    m_robots[url.origin] = std::move(state);
}

PageFetch PageFetcher::fetch_page(const std::string& url, const std::string& own_address) const {
    AddressGuard guard(own_address);
    auto response = m_pages.get(url, guard);
    if (!response) {
        const auto outcome = guard.refusal().empty() ? PageFetch::Outcome::failed : PageFetch::Outcome::refused;
        return {outcome, url, "", response.error().reason};
    }
    if (!is_success(response->status)) return {PageFetch::Outcome::failed, url, "", "HTTP " + std::to_string(response->status)};
    return {PageFetch::Outcome::fetched, response->url, std::move(response->body), ""};
}

}  // namespace tracker::feeds
