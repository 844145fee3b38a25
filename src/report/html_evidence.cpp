#include "report/html_evidence.h"

#include <iterator>

#include "report/html_text.h"
#include "report/html_timeline.h"
#include "report/report_labels.h"

namespace tracker::report {

namespace {

// A claim with what it says and where it was read: polarity (a word, a symbol from the style
// sheet), date, sentence, and the article (its publisher, linking to the article list).
void write_claim(const StoredClaim& c, std::string& out) {
    fmt::format_to(std::back_inserter(out), "<p id=c{}><b{}>{}</b> {} <q>{}</q> <a href=#a{}>{}</a></p>\n", c.id,
                   c.claim.polarity == Polarity::denied ? " class=pd" : "", polarity_label(c.claim.polarity).word,
                   escaped(shown_date(timeline_date(c))), escaped(c.claim.evidence), c.article_id, escaped(c.source));
}

// An origin's heading, then its articles' claims: ten articles repeating one report sit under
// one heading that says "10 articles".
void write_origin(const OriginGroup& origin, std::string& out) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "<h4>{} <small>{}", escaped(origin.name), origin_side(origin));
    if (origin.articles.size() > 1) fmt::format_to(it, ", {}", count_of(origin.articles.size(), "article"));
    out += "</small></h4>\n";
    for (const auto& article : origin.articles)
        for (const auto& c : article.claims) write_claim(c, out);
}

void write_proposition(const PropositionReport& p, std::string& out) {
    auto it = std::back_inserter(out);
    const Proposition& prop = p.proposition;
    fmt::format_to(it, "<details id=p{} open><summary><h3>{}</h3> ", prop.id, escaped(proposition_title(prop, p.open_world_kind)));
    write_status(prop.status, out);
    fmt::format_to(it, " <a href=#t{}>timeline</a></summary>\n", prop.id);
    for (const auto& conflict : prop.conflicts) fmt::format_to(it, "<p class=more>Conflict: {}</p>\n", escaped(conflict));
    for (const auto& origin : p.origins) write_origin(origin, out);
    if (p.claims_outside > 0)
        fmt::format_to(it, "<p class=more>{} outside the dates asked for.</p>\n", count_of(p.claims_outside, "claim"));
    out += "</details>\n";
}

void write_article(const ReportArticle& a, std::string& out) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "<li id=a{}><cite>{}</cite> · {} · {}", a.id, escaped(a.title), escaped(a.source),
                   escaped(shown_date(a.reported_date)));
    if (is_web_link(a.url)) fmt::format_to(it, " · <a href=\"{0}\" rel=noreferrer>{0}</a>", escaped(a.url));
    else if (!a.path.empty()) fmt::format_to(it, " · <code>{}</code>", escaped(a.path));
    fmt::format_to(it, " · {}</li>\n", count_of(a.claims, "claim"));
}

}  // namespace

void write_evidence(const ReportModel& model, std::string& out) {
    out += "<section id=evidence aria-labelledby=evidence-h><h2 id=evidence-h>Evidence by origin</h2>\n";
    for (const auto& p : model.propositions) write_proposition(p, out);
    out += "</section>\n<section id=articles aria-labelledby=articles-h><h2 id=articles-h>Articles</h2>\n<ol>\n";
    for (const auto& a : model.articles) write_article(a, out);
    out += "</ol></section>\n";
}

}  // namespace tracker::report
