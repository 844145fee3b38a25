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

#include "tracker/feeds.h"

namespace tracker::feeds {

struct HttpLimits {
    long connect_timeout_s = 15;
    long total_timeout_s = 60;
    long max_redirects = 5;
    std::size_t max_bytes = 20 * 1024 * 1024;
};

class HttpFetcher : public FeedSource {
public:
    explicit HttpFetcher(HttpLimits limits = {});
    Expected<FetchResult> fetch(const std::string& url, const Validators& validators) override;

private:
    HttpLimits m_limits;
};

}  // namespace tracker::feeds
