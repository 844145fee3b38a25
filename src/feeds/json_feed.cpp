#include "feeds/json_feed.h"

#include <nlohmann/json.hpp>

#include "feeds/feed_text.h"
#include "feeds/url_resolver.h"

namespace tracker::feeds {

namespace {

using nlohmann::json;

constexpr std::string_view k_version_prefix = "https://jsonfeed.org/version/";

std::string string_at(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());  // ids are numbers, sometimes
    return "";
}

std::string author_of(const json& object) {
    if (const auto authors = object.find("authors"); authors != object.end() && authors->is_array())
        for (const json& a : *authors)
            if (a.is_object() && !string_at(a, "name").empty()) return plain_title(string_at(a, "name"), false);
    if (const auto author = object.find("author"); author != object.end() && author->is_object())
        return plain_title(string_at(*author, "name"), false);
    return "";
}

FeedItem json_item(const json& item, const std::string& base, const std::string& feed_author) {
    FeedItem out;
    out.id = string_at(item, "id");
    out.title = plain_title(string_at(item, "title"));
    std::string link = string_at(item, "url");
    if (link.empty()) link = string_at(item, "external_url");
    out.link = link.empty() ? "" : resolve_url(base, link);
    out.published = iso_instant(string_at(item, "date_published"));
    out.updated = iso_instant(string_at(item, "date_modified"));
    out.author = author_of(item);
    if (out.author.empty()) out.author = feed_author;
    if (std::string html = string_at(item, "content_html"); !html.empty()) out.text = plain_text(html);
    if (out.text.empty()) out.text = plain_text(string_at(item, "content_text"), false);
    if (out.text.empty()) out.text = plain_text(string_at(item, "summary"), false);
    complete_id(out);
    return out;
}

}  // namespace

bool looks_like_json(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{';
}

Expected<Feed> parse_json_feed(std::string_view bytes, const std::string& base_url) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const json document = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (document.is_discarded()) return fail(base_url, "malformed feed: not valid JSON");
    const std::string version = document.is_object() ? string_at(document, "version") : "";
    if (!version.starts_with(k_version_prefix)) return fail(base_url, "malformed feed: JSON without a JSON Feed version");
    Feed feed;
    feed.format = "json " + version.substr(k_version_prefix.size());
    if (feed.format == "json 1") feed.format = "json 1.0";
    feed.title = plain_title(string_at(document, "title"));
    std::string home = string_at(document, "home_page_url");
    feed.link = home.empty() ? "" : resolve_url(base_url, home);
    const std::string base = feed.link.empty() ? base_url : feed.link;
    const std::string feed_author = author_of(document);
    if (const auto items = document.find("items"); items != document.end() && items->is_array())
        for (const json& item : *items)
            if (item.is_object()) feed.items.push_back(json_item(item, base, feed_author));
    return feed;
}

}  // namespace tracker::feeds
