#include "read/json_ld.h"

#include <nlohmann/json.hpp>

#include "read/ascii_text.h"

namespace tracker::read {
namespace {

using nlohmann::json;

// How deep the reader looks into nested arrays and "@graph"s. Pages nest two or three levels; a
// bound keeps hostile JSON (a million nested arrays) from exhausting the stack.
constexpr int k_max_depth = 16;

constexpr std::string_view k_article_types[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report",
    "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle"};

// A script's text without the CDATA wrapper that XHTML habits put around it, commented out or
// not ("//<![CDATA[ {...} //]]>"): JSON inside an HTML <script> is otherwise the whole text.
std::string_view without_cdata(std::string_view text) {
    text = trim(text);
    for (std::string_view open : {"//<![CDATA[", "<![CDATA["})
        if (text.substr(0, open.size()) == open) {
            text = trim(text.substr(open.size()));
            break;
        }
    for (std::string_view close : {"//]]>", "]]>"})
        if (text.size() >= close.size() && text.substr(text.size() - close.size()) == close) {
            text = trim(text.substr(0, text.size() - close.size()));
            break;
        }
    return text;
}

bool is_article_type(const json& type, int depth = 0) {
    if (type.is_array()) {
        for (const json& each : type)
            if (depth < k_max_depth && is_article_type(each, depth + 1))
                return true;
        return false;
    }
    if (!type.is_string())
        return false;
    for (std::string_view known : k_article_types)
        if (type.get_ref<const std::string&>() == known)
            return true;
    return false;
}

const json* find_article(const json& node, int depth = 0) {
    if (depth > k_max_depth)
        return nullptr;
    if (node.is_array()) {
        for (const json& each : node)
            if (const json* found = find_article(each, depth + 1))
                return found;
        return nullptr;
    }
    if (!node.is_object())
        return nullptr;
    if (auto type = node.find("@type"); type != node.end() && is_article_type(*type))
        return &node;
    if (auto graph = node.find("@graph"); graph != node.end())
        return find_article(*graph, depth + 1);
    return nullptr;
}

std::string string_field(const json& object, const char* key) {
    auto field = object.find(key);
    return field != object.end() && field->is_string() ? field->get<std::string>() : "";
}

// "X", {"name": "X"} or a list of either, names joined by ", ".
std::string name_of(const json& value, int depth = 0) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_object())
        return string_field(value, "name");
    std::string names;
    if (value.is_array() && depth < k_max_depth)
        for (const json& each : value)
            if (std::string name = name_of(each, depth + 1); !name.empty())
                names += (names.empty() ? "" : ", ") + name;
    return names;
}

std::string named_field(const json& object, const char* key) {
    auto field = object.find(key);
    return field == object.end() ? "" : name_of(*field);
}

}  // namespace

JsonLdScan scan_json_ld(std::string_view text) {
    text = without_cdata(text);
    json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded())
        return {};
    const json* article = find_article(document);
    if (!article)
        return {};
    return {true,
            {string_field(*article, "headline"), string_field(*article, "datePublished"),
             named_field(*article, "publisher"), named_field(*article, "author"),
             string_field(*article, "articleBody")}};
}

}  // namespace tracker::read
