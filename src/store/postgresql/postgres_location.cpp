#include "store/postgresql/postgres_location.h"

#include <cctype>
#include <memory>

#include <libpq-fe.h>

#include "tracker/error.h"

namespace tracker::store {

namespace {

constexpr char k_hidden[] = "***";

// The authority of a URI: from after "://" to the first '/', '?' or '#' (bounds in `uri`).
std::pair<std::size_t, std::size_t> authority_of(const std::string& uri) {
    const std::size_t start = uri.find("://");
    if (start == std::string::npos) return {0, 0};
    const std::size_t begin = start + 3;
    const std::size_t end = uri.find_first_of("/?#", begin);
    return {begin, end == std::string::npos ? uri.size() : end};
}

std::string percent_decoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

void replace_all(std::string& text, const std::string& what, const std::string& with) {
    if (what.empty()) return;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

// The password of a URI, and the URI with it hidden: in the user information (USER:PASSWORD@;
// the last '@' of the authority ends it) or in a `password=` parameter.
PostgresLocation hidden(const std::string& uri) {
    PostgresLocation location{uri, uri, ""};
    const auto [begin, end] = authority_of(uri);
    const std::size_t at = end == 0 ? std::string::npos : uri.rfind('@', end - 1);
    if (at != std::string::npos && at >= begin) {
        const std::size_t colon = uri.find(':', begin);
        if (colon != std::string::npos && colon < at) {
            location.password = uri.substr(colon + 1, at - colon - 1);
            location.shown.replace(colon + 1, at - colon - 1, k_hidden);
        }
    }
    for (std::size_t p = uri.find("password=", end); p != std::string::npos; p = uri.find("password=", p + 1)) {
        if (uri[p - 1] != '?' && uri[p - 1] != '&') continue;
        const std::size_t value = p + 9;
        const std::size_t stop = uri.find('&', value);
        location.password = uri.substr(value, stop == std::string::npos ? std::string::npos : stop - value);
        // The shown URI differs from `uri` before p only: the same tail.
        const std::size_t shown_value = location.shown.size() - (uri.size() - value);
        location.shown.replace(shown_value, stop == std::string::npos ? std::string::npos : stop - value, k_hidden);
    }
    return location;
}

}  // namespace

std::string PostgresLocation::shown_of(const std::string& uri) { return hidden(uri).shown; }

PostgresLocation PostgresLocation::parse(const std::string& uri) {
    PostgresLocation location = hidden(uri);
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(uri.c_str(), &error),
                                                                         PQconninfoFree);
    if (!options) {
        std::string reason = error ? error : "cannot be parsed";
        PQfreemem(error);
        while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.back()))) reason.pop_back();
        throw UsageFatal(location.shown + ": malformed PostgreSQL URL: " + location.hide_password(reason));
    }
    return location;
}

std::string PostgresLocation::hide_password(std::string text) const {
    if (password.empty()) return text;
    replace_all(text, password, k_hidden);
    replace_all(text, percent_decoded(password), k_hidden);
    return text;
}

}  // namespace tracker::store
