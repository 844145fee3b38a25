#include "feeds/http_fetcher.h"

#include <memory>
#include <string_view>

#include <sys/socket.h>

#include <curl/curl.h>

namespace tracker::feeds {

namespace {

constexpr char k_protocols[] = "http,https";

// What the callbacks collect. Headers are those of the last response (a redirect's are dropped
// when the next status line arrives).
struct Transfer {
    std::string body;
    std::size_t max_bytes = 0;
    bool too_large = false;
    Validators validators;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (transfer->body.size() + n > transfer->max_bytes) {
        transfer->too_large = true;
        return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, n);
    return n;
}

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// `line` is "Name: value" when it starts with `name` (any case).
bool header_is(std::string_view line, std::string_view name) {
    if (line.size() <= name.size() || line[name.size()] != ':') return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if ((line[i] | 0x20) != (name[i] | 0x20)) return false;
    return true;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::string_view line(data, size * count);
    if (line.starts_with("HTTP/")) transfer->validators = {};
    if (header_is(line, "etag")) transfer->validators.etag = trimmed(line.substr(5));
    if (header_is(line, "last-modified")) transfer->validators.last_modified = trimmed(line.substr(14));
    return size * count;
}

// Every connection of a guarded transfer asks the guard first (libcurl calls this after DNS
// resolution, for each address it tries and on each redirect). A refusal opens no socket.
curl_socket_t open_admitted_socket(void* user, curlsocktype, curl_sockaddr* address) {
    auto* guard = static_cast<AddressGuard*>(user);
    if (!guard->admits(address->addr)) return CURL_SOCKET_BAD;
    return ::socket(address->family, address->socktype, address->protocol);
}

// libcurl's global state, set up once before the first handle (curl_global_init is not
// thread-safe before 7.84): HttpFetcher's constructor runs it on the main thread, before
// PageFetcher's workers start.
void init_curl_once() {
    static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    (void)initialized;
}

using Handle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

HeaderList conditional_headers(const Validators& validators) {
    curl_slist* list = nullptr;
    if (!validators.etag.empty()) list = curl_slist_append(list, ("If-None-Match: " + validators.etag).c_str());
    if (!validators.last_modified.empty())
        list = curl_slist_append(list, ("If-Modified-Since: " + validators.last_modified).c_str());
    return HeaderList(list, curl_slist_free_all);
}

void set_options(CURL* curl, const std::string& url, const HttpLimits& limits, Transfer& transfer,
                 curl_slist* headers, char* error_buffer) {
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, k_protocols);
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, k_protocols);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, limits.max_redirects);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, limits.connect_timeout_s);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, limits.total_timeout_s);
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, k_user_agent);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
}

std::string size_reason(std::size_t max_bytes) {
    return "too large (over " + std::to_string(max_bytes / (1024 * 1024)) + " MB)";
}

void set_guard(CURL* curl, AddressGuard* guard) {
    if (!guard) return;
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, open_admitted_socket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, guard);
    curl_easy_setopt(curl, CURLOPT_PROXY, "");  // not even from http_proxy: the guard must see the server
}

std::string info_text(CURL* curl, CURLINFO what) {
    char* text = nullptr;
    curl_easy_getinfo(curl, what, &text);
    return text ? text : "";
}

}  // namespace

HttpFetcher::HttpFetcher(HttpLimits limits) : m_limits(limits) { init_curl_once(); }

Expected<HttpResponse> HttpFetcher::get(const std::string& url, const Validators& validators,
                                        AddressGuard* guard) const {
    Handle curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return fail(url, "cannot start an HTTP transfer");
    Transfer transfer;
    transfer.max_bytes = m_limits.max_bytes;
    const HeaderList headers = conditional_headers(validators);
    char error_buffer[CURL_ERROR_SIZE] = {};
    set_options(curl.get(), url, m_limits, transfer, headers.get(), error_buffer);
    set_guard(curl.get(), guard);
    const CURLcode code = curl_easy_perform(curl.get());
    // A refusal fails the transfer only when no other address of the host was admitted
    // ("localhost": ::1 refused, then 127.0.0.1 the feed's own).
    if (code != CURLE_OK && guard && !guard->refusal().empty()) return fail(url, "refused: " + guard->refusal());
    if (transfer.too_large || code == CURLE_FILESIZE_EXCEEDED) return fail(url, size_reason(m_limits.max_bytes));
    if (code != CURLE_OK) return fail(url, error_buffer[0] ? error_buffer : curl_easy_strerror(code));
    HttpResponse response;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
    response.url = info_text(curl.get(), CURLINFO_EFFECTIVE_URL);
    if (response.url.empty()) response.url = url;
    response.remote_address = info_text(curl.get(), CURLINFO_PRIMARY_IP);
    response.validators = transfer.validators;
    response.body = std::move(transfer.body);
    return response;
}

Expected<FetchResult> HttpFetcher::fetch(const std::string& url, const Validators& validators) {
    auto response = get(url, validators);
    if (!response) return tl::unexpected(response.error());
    FetchResult result;
    result.base_url = response->url;
    result.remote_address = response->remote_address;
    result.validators = response->validators;
    if (response->status == 304) {
        result.unchanged = true;
        result.validators = validators;  // a 304 need not repeat them
        return result;
    }
    if (response->status < 200 || response->status > 299) return fail(url, "HTTP " + std::to_string(response->status));
    result.body = std::move(response->body);
    return result;
}

}  // namespace tracker::feeds
