#include "feeds/url_resolver.h"

#include <cctype>
#include <vector>

namespace tracker::feeds {

namespace {

// The five parts of RFC 3986 section 3; `has_*` tells an empty part from an absent one.
struct UrlParts {
    std::string_view scheme, authority, path, query, fragment;
    bool has_authority = false, has_query = false, has_fragment = false;
};

std::size_t scheme_length(std::string_view s) {
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ':') return i;
        if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return 0;
    }
    return 0;
}

UrlParts split(std::string_view s) {
    UrlParts p;
    if (const std::size_t n = scheme_length(s)) p.scheme = s.substr(0, n), s.remove_prefix(n + 1);
    if (const auto hash = s.find('#'); hash != std::string_view::npos)
        p.fragment = s.substr(hash + 1), p.has_fragment = true, s = s.substr(0, hash);
    if (const auto question = s.find('?'); question != std::string_view::npos)
        p.query = s.substr(question + 1), p.has_query = true, s = s.substr(0, question);
    if (s.starts_with("//")) {
        s.remove_prefix(2);
        const auto slash = s.find('/');
        p.authority = s.substr(0, slash);
        p.has_authority = true;
        s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
    }
    p.path = s;
    return p;
}

// RFC 3986 5.2.4: "." and ".." segments removed.
std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> out;
    const bool absolute = path.starts_with('/');
    if (absolute) path.remove_prefix(1);
    bool trailing_slash = false;
    while (true) {
        const auto slash = path.find('/');
        const std::string_view segment = path.substr(0, slash);
        trailing_slash = segment == "." || segment == "..";
        if (segment == "..") {
            if (!out.empty()) out.pop_back();
        } else if (segment != ".") {
            out.push_back(segment);
        }
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    std::string result = absolute ? "/" : "";
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i) result += '/';
        result += out[i];
    }
    if (trailing_slash && !result.ends_with('/')) result += '/';
    return result;
}

// RFC 3986 5.2.3.
std::string merge(const UrlParts& base, std::string_view reference_path) {
    if (base.has_authority && base.path.empty()) return "/" + std::string(reference_path);
    const auto slash = base.path.rfind('/');
    if (slash == std::string_view::npos) return std::string(reference_path);
    return std::string(base.path.substr(0, slash + 1)) + std::string(reference_path);
}

std::string compose(std::string_view scheme, const UrlParts& p, std::string_view path) {
    std::string out(scheme);
    out += ':';
    if (p.has_authority) out += "//" + std::string(p.authority);
    out += path;
    if (p.has_query) out += "?" + std::string(p.query);
    if (p.has_fragment) out += "#" + std::string(p.fragment);
    return out;
}

}  // namespace

std::string resolve_url(std::string_view base_text, std::string_view reference_text) {
    const UrlParts r = split(reference_text);
    if (!r.scheme.empty()) return compose(r.scheme, r, remove_dot_segments(r.path));
    const UrlParts base = split(base_text);
    if (base.scheme.empty()) return std::string(reference_text);
    UrlParts t = r;
    if (r.has_authority) return compose(base.scheme, t, remove_dot_segments(r.path));
    t.authority = base.authority;
    t.has_authority = base.has_authority;
    if (r.path.empty()) {
        t.path = base.path;
        if (!r.has_query) t.query = base.query, t.has_query = base.has_query;
        return compose(base.scheme, t, t.path);
    }
    const std::string path = r.path.starts_with('/') ? std::string(r.path) : merge(base, r.path);
    return compose(base.scheme, t, remove_dot_segments(path));
}

std::optional<HttpUrl> parse_http_url(std::string_view url) {
    const UrlParts p = split(url);
    std::string scheme(p.scheme);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if ((scheme != "http" && scheme != "https") || !p.has_authority) return std::nullopt;
    std::string_view authority = p.authority.substr(p.authority.rfind('@') + 1);  // npos + 1 == 0
    const auto port_colon = authority.rfind(':');
    const bool has_port = port_colon != std::string_view::npos && authority.find(']', port_colon) == std::string_view::npos;
    std::string host(has_port ? authority.substr(0, port_colon) : authority);
    if (host.empty()) return std::nullopt;
    for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    HttpUrl parsed;
    parsed.host = host;
    parsed.origin = scheme + "://" + host + (has_port ? std::string(authority.substr(port_colon)) : "");
    parsed.target = p.path.empty() ? "/" : std::string(p.path);
    if (p.has_query) parsed.target += "?" + std::string(p.query);
    return parsed;
}

}  // namespace tracker::feeds
