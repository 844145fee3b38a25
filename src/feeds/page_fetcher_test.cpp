#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

#include "feeds/page_fetcher.h"

using namespace tracker;
using namespace tracker::feeds;
using Outcome = PageFetch::Outcome;

namespace {

// Answers from a table (404 for what it does not list), records each request that "connected",
// and counts the requests in flight per host. A URL whose host is a numeric IPv4 address is put
// to the guard first, as libcurl's open-socket callback does in HttpFetcher.
class FakeClient : public PageClient {
public:
    std::map<std::string, std::pair<long, std::string>> answers;
    std::chrono::milliseconds latency{0};

    Expected<HttpResponse> get(const std::string& url, AddressGuard& guard) const override {
        const auto parts = parse_http_url(url);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        if (parts && inet_pton(AF_INET, parts->host.c_str(), &address.sin_addr) == 1 &&
            !guard.admits(reinterpret_cast<const sockaddr&>(address)))
            return fail(url, "refused: " + guard.refusal());
        const std::string host = parts ? parts->host : "";
        {
            const std::lock_guard lock(m_mutex);
            m_requests.push_back(url);
            m_most_in_flight[host] = std::max(m_most_in_flight[host], ++m_in_flight[host]);
        }
        std::this_thread::sleep_for(latency);
        const std::lock_guard lock(m_mutex);
        --m_in_flight[host];
        const auto answer = answers.find(url);
        HttpResponse response;
        response.url = url;
        response.status = answer == answers.end() ? 404 : answer->second.first;
        response.body = answer == answers.end() ? "not found" : answer->second.second;
        return response;
    }

    long requests_of(const std::string& url) const {
        const std::lock_guard lock(m_mutex);
        return std::count(m_requests.begin(), m_requests.end(), url);
    }
    int most_in_flight(const std::string& host) const {
        const std::lock_guard lock(m_mutex);
        return m_most_in_flight.count(host) ? m_most_in_flight.at(host) : 0;
    }

private:
    mutable std::mutex m_mutex;
    mutable std::vector<std::string> m_requests;
    mutable std::map<std::string, int> m_in_flight, m_most_in_flight;
};

Politeness no_delay() {
    Politeness politeness;
    politeness.delay = std::chrono::milliseconds(0);
    return politeness;
}

}  // namespace

TEST_CASE("PageFetcher: robots.txt read once per origin for the run, a disallowed page never requested", "[feeds]") {
    FakeClient client;
    client.answers["https://a.example/robots.txt"] = {200, "User-agent: tracker\nDisallow: /members/\n"};
    client.answers["https://a.example/news/1"] = {200, "<p>one</p>"};
    client.answers["https://a.example/news/2"] = {200, "<p>two</p>"};
    PageFetcher fetcher(client, client, no_delay());
    auto first = fetcher.fetch({"https://a.example/news/1", "https://a.example/members/x"}, "");
    REQUIRE(first.size() == 2);
    CHECK(first[0].outcome == Outcome::fetched);
    CHECK(first[0].body == "<p>one</p>");
    CHECK(first[1].outcome == Outcome::disallowed);
    CHECK(first[1].reason == "disallowed by robots.txt");
    auto second = fetcher.fetch({"https://a.example/news/2"}, "");
    CHECK(second.at(0).outcome == Outcome::fetched);
    CHECK(client.requests_of("https://a.example/robots.txt") == 1);
    CHECK(client.requests_of("https://a.example/members/x") == 0);
}

TEST_CASE("PageFetcher: a missing robots.txt allows all, an unreadable one fails the origin's pages", "[feeds]") {
    FakeClient client;  // a.example has no robots.txt: 404
    client.answers["https://a.example/x"] = {200, "page"};
    client.answers["https://b.example/robots.txt"] = {503, "busy"};
    client.answers["https://b.example/y"] = {200, "page"};
    PageFetcher fetcher(client, client, no_delay());
    auto pages = fetcher.fetch({"https://a.example/x", "https://b.example/y", "https://a.example/gone"}, "");
    CHECK(pages[0].outcome == Outcome::fetched);
    CHECK(pages[1].outcome == Outcome::failed);
    CHECK(pages[1].reason == "robots.txt: HTTP 503");
    CHECK(pages[2].outcome == Outcome::failed);
    CHECK(pages[2].reason == "HTTP 404");
    CHECK(pages[2].url == "https://a.example/gone");
    auto again = fetcher.fetch({"https://b.example/y"}, "");
    CHECK(again[0].outcome == Outcome::failed);
    CHECK(client.requests_of("https://b.example/robots.txt") == 1);  // not asked again this run
    CHECK(client.requests_of("https://b.example/y") == 0);
}

TEST_CASE("PageFetcher: an internal address is refused without a request, unless it is the feed's own", "[feeds]") {
    FakeClient client;
    client.answers["http://10.0.0.1/wiki"] = {200, "intranet"};
    PageFetcher fetcher(client, client, no_delay());
    auto refused = fetcher.fetch({"http://10.0.0.1/wiki", "ftp://a.example/file"}, "");
    CHECK(refused[0].outcome == Outcome::refused);
    CHECK(refused[0].reason == "refused: 10.0.0.1 is a private address (not the feed's own host)");
    CHECK(refused[1].outcome == Outcome::failed);
    CHECK(refused[1].reason == "not an http(s) URL");
    CHECK(client.requests_of("http://10.0.0.1/robots.txt") == 0);
    CHECK(client.requests_of("http://10.0.0.1/wiki") == 0);
    SECTION("the feed's own host may be internal") {
        auto own = fetcher.fetch({"http://10.0.0.1/wiki"}, "10.0.0.1");
        CHECK(own[0].outcome == Outcome::fetched);
        CHECK(client.requests_of("http://10.0.0.1/wiki") == 1);
    }
}

TEST_CASE("PageFetcher: no more than per_host requests in flight on a host, outcomes in order", "[feeds]") {
    FakeClient client;
    client.latency = std::chrono::milliseconds(20);
    std::vector<std::string> urls;
    for (int i = 0; i < 8; ++i)
        for (const char* host : {"https://a.example/", "https://b.example/"}) {
            urls.push_back(host + std::to_string(i));
            client.answers[urls.back()] = {200, urls.back()};
        }
    PageFetcher fetcher(client, client, no_delay());
    auto pages = fetcher.fetch(urls, "");
    REQUIRE(pages.size() == urls.size());
    for (std::size_t i = 0; i < urls.size(); ++i) {
        CHECK(pages[i].outcome == Outcome::fetched);
        CHECK(pages[i].body == urls[i]);
    }
    CHECK(client.most_in_flight("a.example") <= 2);
    CHECK(client.most_in_flight("b.example") <= 2);
}
