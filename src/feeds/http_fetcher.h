// A FeedSource over HTTP(S) with libcurl, for the nightly cron job: every wait is bounded
// (connect and total timeouts), every response is bounded (size cap, at most 5 redirects), only
// http and https are followed (a redirect to file:// or gopher:// is refused), bodies come
// decompressed (gzip, deflate, whatever libcurl supports), and a conditional GET sends the
// previous ETag and Last-Modified so an unchanged feed costs a 304.
//
// Outcomes: 2xx -> the body and the new validators; 304 -> unchanged; any other status, a
// timeout, a refused redirect or an oversized body -> an Error naming the URL.
#pragma once

#include <cstddef>
#include <string>

#include "feeds/internal_address.h"
#include "tracker/feeds.h"

namespace tracker::feeds {

// Names tracker and its version; robots.txt groups are matched by its product token.
inline constexpr char k_user_agent[] = "tracker/0.1 (+feed reader)";
inline constexpr char k_robots_product_token[] = "tracker";

struct HttpLimits {
    long connect_timeout_s = 15;
    long total_timeout_s = 60;
    long max_redirects = 5;
    std::size_t max_bytes = 20 * 1024 * 1024;
};

// One response, whatever its status.
struct HttpResponse {
    long status = 0;
    std::string body;
    std::string url;             // where it came from, after redirects
    std::string remote_address;  // the numeric IP that answered
    Validators validators;
};

class HttpFetcher : public FeedSource {
public:
    explicit HttpFetcher(HttpLimits limits = {});
    Expected<FetchResult> fetch(const std::string& url, const Validators& validators) override;

    // One GET, following redirects. With a guard, every connection (each redirect's too) is
    // opened only once the guard admits the address it resolved to, and no proxy is used (the
    // address checked must be the server's). Errors: no answer (a timeout, a refused or failed
    // connection; guard->refusal() tells a refusal apart), an oversized body, too many redirects.
    // Thread-safe: each call has its own libcurl handle.
    Expected<HttpResponse> get(const std::string& url, const Validators& validators,
                               AddressGuard* guard = nullptr) const;

private:
    HttpLimits m_limits;
};

}  // namespace tracker::feeds
