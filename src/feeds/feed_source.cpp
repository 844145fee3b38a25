// open_feed_source (tracker/feeds.h): http(s) URLs go to HttpFetcher, anything else is a path
// read from disk, so a feed saved to a file (or a test fixture) is a subscription like any other.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "feeds/http_fetcher.h"
#include "tracker/feeds.h"

namespace tracker::feeds {

namespace {

namespace fs = std::filesystem;

// Same cap as HttpFetcher's default: a feed file is no larger than a fetched feed.
constexpr std::uintmax_t k_max_file_bytes = 20 * 1024 * 1024;

class FileSource : public FeedSource {
public:
    // Local files have no validators: they are read and parsed each time, and items already
    // imported are skipped by their keys.
    Expected<FetchResult> fetch(const std::string& path, const Validators&) override {
        std::error_code error;
        const auto size = fs::file_size(path, error);
        if (error) return fail(path, error == std::errc::no_such_file_or_directory ? "no such file or directory"
                                                                                  : error.message());
        if (size > k_max_file_bytes) return fail(path, "too large (over 20 MB)");
        std::ifstream in(path, std::ios::binary);
        if (!in) return fail(path, "cannot read");
        FetchResult result;
        result.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        result.base_url = "file://" + fs::absolute(path, error).string();
        return result;
    }
};

// Sends each location to the right source.
class SchemeSource : public FeedSource {
public:
    explicit SchemeSource(HttpLimits limits) : m_http(limits) {}

    Expected<FetchResult> fetch(const std::string& location, const Validators& validators) override {
        if (is_url(location)) return m_http.fetch(location, validators);
        return m_file.fetch(location, validators);
    }

private:
    HttpFetcher m_http;
    FileSource m_file;
};

bool starts_with_folded(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if ((s[i] | 0x20) != prefix[i]) return false;
    return true;
}

}  // namespace

bool is_url(std::string_view location) {
    return starts_with_folded(location, "http://") || starts_with_folded(location, "https://");
}

std::unique_ptr<FeedSource> open_feed_source(long timeout_seconds) {
    HttpLimits limits;
    limits.total_timeout_s = timeout_seconds;
    limits.connect_timeout_s = std::min(limits.connect_timeout_s, timeout_seconds);
    return std::make_unique<SchemeSource>(limits);
}

}  // namespace tracker::feeds
