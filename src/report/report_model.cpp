#include "report/report_model.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace tracker::report {

namespace {

// Groups a proposition's claims (in timeline order) by origin, then by article; first-seen order
// is first-date order, and asserting origins go before those that only deny.
std::vector<OriginGroup> origins_of(std::vector<StoredClaim> claims) {
    std::vector<OriginGroup> origins;
    std::unordered_map<std::string, std::size_t> origin_index;
    std::map<std::pair<std::size_t, std::int64_t>, std::size_t> article_index;  // (origin, article id)
    for (auto& c : claims) {
        auto [at, added] = origin_index.try_emplace(c.origin, origins.size());
        if (added) origins.push_back(OriginGroup{c.origin, 0, 0, {}});
        OriginGroup& origin = origins[at->second];
        (c.claim.polarity == Polarity::denied ? origin.denying : origin.asserting) += 1;
        auto [article, new_article] = article_index.try_emplace({at->second, c.article_id}, origin.articles.size());
        if (new_article) origin.articles.push_back(ArticleClaims{c.article_id, {}});
        origin.articles[article->second].claims.push_back(std::move(c));
    }
    std::stable_partition(origins.begin(), origins.end(), [](const OriginGroup& o) { return o.asserting > 0; });
    return origins;
}

// The propositions holding `ids`, in the store's order (first report). One query for all; a
// proposition the filtered query does not return (none should) is read by id.
std::vector<Proposition> propositions_holding(Store& store, ClaimFilter filter,
                                              const std::map<std::int64_t, std::vector<StoredClaim>>& ids) {
    filter.since.clear();  // a proposition's date is its first report: see report_model.h
    filter.until.clear();
    filter.limit = 0;
    std::vector<Proposition> found;
    std::set<std::int64_t> seen;
    for (auto& p : store.find_propositions(filter))
        if (ids.count(p.id) != 0 && seen.insert(p.id).second) found.push_back(std::move(p));
    for (const auto& [id, claims] : ids)
        if (seen.count(id) == 0)
            if (auto p = store.find_proposition(id)) found.push_back(std::move(*p));
    return found;
}

}  // namespace

const std::string& timeline_date(const StoredClaim& claim) {
    return claim.claim.event_date.empty() ? claim.reported_date : claim.claim.event_date;
}

bool is_web_link(std::string_view url) {
    auto starts_with = [&](std::string_view scheme) {
        if (url.size() <= scheme.size()) return false;
        for (std::size_t i = 0; i < scheme.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(url[i])) != scheme[i]) return false;
        return true;
    };
    if (!starts_with("http://") && !starts_with("https://")) return false;
    return std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; });
}

ReportModel gather_report(Store& store, const ClaimFilter& filter) {
    ReportModel model;
    model.filter = filter;
    model.filter.limit = 0;
    std::map<std::int64_t, std::vector<StoredClaim>> by_proposition;
    std::map<std::int64_t, ReportArticle> articles;
    for (auto& c : store.find_claims(model.filter)) {
        auto [article, added] = articles.try_emplace(c.article_id);
        if (added)
            article->second = {c.article_id, c.article_title, c.source, c.article_url, c.article_path, c.reported_date, 0};
        ++article->second.claims;
        by_proposition[c.proposition_id].push_back(std::move(c));
        ++model.claims;
    }
    for (auto& [id, article] : articles) model.articles.push_back(std::move(article));
    std::stable_sort(model.articles.begin(), model.articles.end(),
                     [](const ReportArticle& a, const ReportArticle& b) {  // undated ones last
                         return std::pair(a.reported_date.empty(), a.reported_date) <
                                std::pair(b.reported_date.empty(), b.reported_date);
                     });
    for (auto& p : propositions_holding(store, model.filter, by_proposition)) {
        PropositionReport report;
        std::vector<StoredClaim>& claims = by_proposition[p.id];
        report.claims = claims.size();
        for (const auto& c : claims)
            if (c.claim.open_world) report.open_world_kind = c.claim.actor_kind;
        report.claims_outside = p.claims.size() > claims.size() ? p.claims.size() - claims.size() : 0;
        report.origins = origins_of(std::move(claims));
        report.proposition = std::move(p);
        model.propositions.push_back(std::move(report));
    }
    return model;
}

}  // namespace tracker::report
