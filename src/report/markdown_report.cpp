#include "report/markdown_report.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

#include <fmt/core.h>

#include "report/report_labels.h"

namespace tracker::report {

namespace {

// A URL inside `(...)`: the characters that would end or break the link, percent-encoded.
std::string link_target(std::string_view url) {
    std::string out;
    for (char c : url) {
        switch (c) {
            case '(': out += "%28"; break;
            case ')': out += "%29"; break;
            case '<': out += "%3C"; break;
            case '>': out += "%3E"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string origins_cell(const std::vector<std::string>& origins) {
    if (origins.empty()) return "\u2014";
    std::string cell = std::to_string(origins.size()) + ":";
    for (std::size_t i = 0; i < origins.size(); ++i) cell += (i ? ", " : " ") + markdown_text(origins[i]);
    return cell;
}

std::string status_words(std::string_view status) {
    return fmt::format("{} {}", status_label(status).symbol, markdown_text(status));
}

void write_summary(const ReportModel& model, std::string& out) {
    auto it = std::back_inserter(out);
    out += "## Summary\n\nSorted by first report, oldest first.\n\n"
           "| Proposition | Status | First report | First denial | Supporting origins | Denying origins | Articles | Claims | Conflicts |\n"
           "| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |\n";
    for (const auto& p : model.propositions) {
        const Proposition& prop = p.proposition;
        std::string conflicts;
        for (const auto& c : prop.conflicts) conflicts += (conflicts.empty() ? "" : "; ") + markdown_text(c);
        fmt::format_to(it, "| {} | {} | {} | {} | {} | {} | {} | {}{} | {} |\n", markdown_text(proposition_title(prop, p.open_world_kind)),
                       status_words(prop.status), markdown_text(shown_date(prop.first_reported)),
                       prop.first_denied.empty() ? "\u2014" : markdown_text(prop.first_denied),
                       origins_cell(prop.supporting_origins), origins_cell(prop.denying_origins), prop.articles, p.claims,
                       p.claims_outside > 0 ? fmt::format(" of {}", p.claims + p.claims_outside) : "",
                       conflicts.empty() ? "\u2014" : conflicts);
    }
}

// The proposition's claims in date order, one short entry each: "2025-12-10 ● The Information".
void write_timeline_line(const PropositionReport& p, std::string& out) {
    std::vector<std::pair<const StoredClaim*, const OriginGroup*>> claims;
    for (const auto& origin : p.origins)
        for (const auto& article : origin.articles)
            for (const auto& c : article.claims) claims.emplace_back(&c, &origin);
    std::sort(claims.begin(), claims.end(), [](const auto& a, const auto& b) {  // undated ones last
        auto key = [](const StoredClaim& c) { return std::tuple(timeline_date(c).empty(), timeline_date(c), c.id); };
        return key(*a.first) < key(*b.first);
    });
    out += "Timeline:";
    for (std::size_t i = 0; i < claims.size(); ++i)
        fmt::format_to(std::back_inserter(out), "{} {} {} {}", i ? ";" : "", markdown_text(shown_date(timeline_date(*claims[i].first))),
                       polarity_label(claims[i].first->claim.polarity).symbol, markdown_text(claims[i].second->name));
    out += "\n\n";
}

void write_origin(const OriginGroup& origin, std::string& out) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "**{}** ({}, {})\n\n", markdown_text(origin.name), origin_side(origin),
                   count_of(origin.articles.size(), "article"));
    for (const auto& article : origin.articles) {
        const StoredClaim& first = article.claims.front();  // every claim names its article
        fmt::format_to(it, "- *{}*, {}, {}", markdown_text(first.article_title), markdown_text(first.source),
                       markdown_text(shown_date(first.reported_date)));
        if (is_web_link(first.article_url)) fmt::format_to(it, ", [link]({})", link_target(first.article_url));
        else if (!first.article_path.empty()) fmt::format_to(it, ", {}", markdown_text(first.article_path));
        out += "\n";
        for (const auto& c : article.claims) {
            const PolarityLabel polarity = polarity_label(c.claim.polarity);
            fmt::format_to(it, "  - #{} {} {}, {}: \u201c{}\u201d\n", c.id, polarity.symbol, polarity.word,
                           markdown_text(shown_date(timeline_date(c))), markdown_text(c.claim.evidence));
        }
    }
    out += "\n";
}

void write_proposition(const PropositionReport& p, std::string& out) {
    auto it = std::back_inserter(out);
    const Proposition& prop = p.proposition;
    fmt::format_to(it, "### {}: {}\n\n{} supporting and {} denying origins · {} · first report {}",
                   markdown_text(proposition_title(prop, p.open_world_kind)), status_words(prop.status), prop.supporting_origins.size(),
                   prop.denying_origins.size(), count_of(prop.articles, "article"), markdown_text(shown_date(prop.first_reported)));
    if (!prop.first_denied.empty()) fmt::format_to(it, " · first denial {}", markdown_text(prop.first_denied));
    for (const auto& conflict : prop.conflicts) fmt::format_to(it, " · conflict: {}", markdown_text(conflict));
    if (p.claims_outside > 0) fmt::format_to(it, " · {} outside the dates asked for", count_of(p.claims_outside, "claim"));
    out += "\n\n";
    write_timeline_line(p, out);
    for (const auto& origin : p.origins) write_origin(origin, out);
}

}  // namespace

std::string markdown_text(std::string_view text) {
    static constexpr std::string_view k_punctuation = "\\`*_[]<>|#&!~";
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out.push_back(' ');
            continue;
        }
        if (k_punctuation.find(c) != std::string_view::npos) out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string markdown_report(const ReportModel& model) {
    std::string out;
    auto it = std::back_inserter(out);
    fmt::format_to(it, "# Claims report\n\nSelection: {}. {}, {}, {}.\n\n", markdown_text(selection_words(model.filter)),
                   count_of(model.propositions.size(), "proposition"), count_of(model.claims, "claim"),
                   count_of(model.articles.size(), "article"));
    out += "Legend:";
    for (Polarity polarity : {Polarity::asserted, Polarity::denied})
        fmt::format_to(it, " {} {} claim;", polarity_label(polarity).symbol, polarity_label(polarity).word);
    for (const auto& s : k_status_labels) fmt::format_to(it, " {} {}: {};", s.symbol, s.status, s.meaning);
    out.back() = '.';
    out += "\n\n";
    if (model.propositions.empty()) return out + "No claim matches the selection.\n";
    write_summary(model, out);
    out += "\n## Propositions\n\n";
    for (const auto& p : model.propositions) write_proposition(p, out);
    return out;
}

}  // namespace tracker::report
