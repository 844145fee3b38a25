#include "report/html_report.h"

#include <iterator>

#include "report/html_evidence.h"
#include "report/html_style.h"
#include "report/html_text.h"
#include "report/html_timeline.h"
#include "report/report_labels.h"

namespace tracker::report {

namespace {

void write_head(const ReportModel& model, std::string& out) {
    fmt::format_to(std::back_inserter(out),
                   "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
                   "<meta name=referrer content=no-referrer>\n"
                   "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
                   "<title>Claims report: {}</title>\n<style>",
                   k_content_policy, escaped(selection_words(model.filter)));
    out += report_css();
    out += "</style></head>\n<body>\n";
}

void write_header(const ReportModel& model, std::string& out) {
    fmt::format_to(std::back_inserter(out),
                   "<header><h1>Claims report</h1>\n<p class=sel>Selection: {}</p>\n<p class=counts>{}, {}, {}</p>\n"
                   "<nav aria-label=Sections><a href=#timeline>Timeline</a><a href=#summary>Summary</a>"
                   "<a href=#evidence>Evidence</a><a href=#articles>Articles</a></nav></header>\n",
                   escaped(selection_words(model.filter)), count_of(model.propositions.size(), "proposition"),
                   count_of(model.claims, "claim"), count_of(model.articles.size(), "article"));
}

// "2: Cinder Tech, The Information"; "—" for none. A long list is cut (the evidence names them
// all): a table cell of 70 names is read by nobody.
void write_origins(const std::vector<std::string>& origins, std::string& out) {
    constexpr std::size_t k_shown = 6;
    if (origins.empty()) return void(out += "\u2014");
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}: ", origins.size());
    for (std::size_t i = 0; i < origins.size() && i < k_shown; ++i)
        fmt::format_to(it, "{}{}", i ? ", " : "", escaped(origins[i]));
    if (origins.size() > k_shown) fmt::format_to(it, " and {} more", origins.size() - k_shown);
}

// A row of the summary table; cells and rows end where the next begins (HTML's optional end tags).
void write_summary_row(const PropositionReport& p, std::string& out) {
    auto it = std::back_inserter(out);
    const Proposition& prop = p.proposition;
    fmt::format_to(it, "<tr id=s{0}><th><a href=#p{0}>{1}</a><td>", prop.id, escaped(proposition_title(prop, p.open_world_kind)));
    write_status(prop.status, out);
    fmt::format_to(it, "<td class=d>{}<td class=d>{}<td>", escaped(shown_date(prop.first_reported)),
                   escaped(prop.first_denied.empty() ? std::string_view("\u2014") : prop.first_denied));
    write_origins(prop.supporting_origins, out);
    out += "<td>";
    write_origins(prop.denying_origins, out);
    fmt::format_to(it, "<td class=n>{}<td class=n>{}", prop.articles, p.claims);
    if (p.claims_outside > 0) fmt::format_to(it, " of {}", p.claims + p.claims_outside);
    out += "<td>";
    for (std::size_t i = 0; i < prop.conflicts.size(); ++i)
        fmt::format_to(it, "{}{}", i ? "; " : "", escaped(prop.conflicts[i]));
    out += "\n";
}

void write_summary(const ReportModel& model, std::string& out) {
    out += "<section id=summary aria-labelledby=summary-h><h2 id=summary-h>Summary</h2>\n";
    if (model.propositions.empty()) return void(out += "<p>No proposition matches the selection.</p></section>\n");
    fmt::format_to(std::back_inserter(out),
                   "<table><caption>{}, sorted by first report, oldest first</caption>\n<thead><tr>"
                   "<th scope=col>Proposition<th scope=col>Status<th scope=col>First report<th scope=col>First denial"
                   "<th scope=col>Supporting origins<th scope=col>Denying origins<th scope=col class=n>Articles"
                   "<th scope=col class=n>Claims<th scope=col>Conflicts</thead>\n<tbody>\n",
                   count_of(model.propositions.size(), "proposition"));
    for (const auto& p : model.propositions) write_summary_row(p, out);
    out += "</tbody></table></section>\n";
}

}  // namespace

std::string html_report(const ReportModel& model) {
    std::string out;
    out.reserve(8192 + model.claims * 400);
    write_head(model, out);
    write_header(model, out);
    write_timeline(model, out);
    write_summary(model, out);
    write_evidence(model, out);
    out += "</body></html>\n";
    return out;
}

}  // namespace tracker::report
