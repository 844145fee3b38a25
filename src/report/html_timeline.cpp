#include "report/html_timeline.h"

#include <iterator>

#include "report/html_text.h"
#include "report/report_labels.h"
#include "report/time_axis.h"

namespace tracker::report {

namespace {

// The shapes marks use (`<use href=#ma>`): written once, drawn once per claim. Both sit on the
// lane's middle line (y = 9 in a lane 18 px high).
constexpr std::string_view k_mark_shapes =
    "<svg class=defs aria-hidden=true focusable=false><defs>"
    "<circle id=ma cy=9 r=5.5 /><path id=md d=\"M0 2.5 6.5 14H-6.5Z\" /></defs></svg>\n";

std::vector<DatePeriod> periods_of(const ReportModel& model) {
    std::vector<DatePeriod> periods;
    for (const auto& p : model.propositions)
        for (const auto& origin : p.origins)
            for (const auto& article : origin.articles)
                for (const auto& c : article.claims)
                    if (auto period = period_of(timeline_date(c))) periods.push_back(*period);
    return periods;
}

void write_axis(const TimeAxis& axis, std::string& out) {
    auto it = std::back_inserter(out);
    const auto ticks = axis.ticks();
    out += "<svg class=tl-grid aria-hidden=true focusable=false>";
    for (const auto& tick : ticks) fmt::format_to(it, "<line x1={0:.2f}% x2={0:.2f}% y1=0 y2=100% />", tick.x);
    out += "</svg>\n<div class=tl-axis aria-hidden=true><span></span><svg class=axis>";
    for (const auto& tick : ticks)
        fmt::format_to(it, "<line x1={0:.2f}% x2={0:.2f}% y1=19 y2=26 /><text x={0:.2f}% y=14>{1}</text>", tick.x,
                       escaped(tick.label));
    out += "</svg></div>\n";
}

// One dated claim's mark.
void write_mark(const StoredClaim& c, const DatePeriod& at, const TimeAxis& axis, std::string& out) {
    auto it = std::back_inserter(out);
    const char kind = c.claim.polarity == Polarity::denied ? 'd' : 'a';
    if (at.last_day > at.first_day)
        fmt::format_to(it, "<line class=s{} x1={:.1f}% x2={:.1f}% y1=9 y2=9 />", kind, axis.x(at.first_day),
                       axis.x(at.last_day + 1));
    fmt::format_to(it, "<a href=#c{}><title>{} {}</title><use href=#m{} x={:.1f}% /></a>", c.id,
                   polarity_label(c.claim.polarity).word, escaped(timeline_date(c)), kind,
                   axis.x((at.first_day + at.last_day + 1) / 2.0));
}

// Claims with no date the axis can read (an undated article, issue 16) are not drawn on it: the
// lane's label lists them apart, each a link to its evidence.
void write_undated(const OriginGroup& origin, std::string& out) {
    auto it = std::back_inserter(out);
    std::string links;
    for (const auto& article : origin.articles)
        for (const auto& c : article.claims)
            if (!period_of(timeline_date(c)))
                fmt::format_to(std::back_inserter(links), " <a href=#c{0}>#{0}</a>", c.id);
    if (!links.empty()) fmt::format_to(it, " <small class=ud>undated:{}</small>", links);
}

void write_proposition(const PropositionReport& p, const TimeAxis& axis, std::string& out) {
    auto it = std::back_inserter(out);
    const Proposition& prop = p.proposition;
    fmt::format_to(it, "<div class=tp id=t{0}><p><a href=#p{0}>{1}</a> ", prop.id, escaped(proposition_title(prop, p.open_world_kind)));
    write_status(prop.status, out);
    fmt::format_to(it, " <small>first report {}", escaped(shown_date(prop.first_reported)));
    if (!prop.first_denied.empty()) fmt::format_to(it, " · first denial {}", escaped(prop.first_denied));
    if (p.claims_outside > 0) fmt::format_to(it, " · {} outside the dates asked for", count_of(p.claims_outside, "claim"));
    out += "</small></p>\n";
    for (const auto& origin : p.origins) {
        fmt::format_to(it, "<div class=ln><b>{}", escaped(origin.name));
        if (origin.articles.size() > 1) fmt::format_to(it, " <small>{}</small>", count_of(origin.articles.size(), "article"));
        write_undated(origin, out);
        out += "</b><svg>";
        for (const auto& article : origin.articles)
            for (const auto& c : article.claims)
                if (auto period = period_of(timeline_date(c))) write_mark(c, *period, axis, out);
        out += "</svg></div>\n";
    }
    out += "</div>\n";
}

void write_legend(std::string& out) {
    auto it = std::back_inserter(out);
    out += "<dl class=legend>";
    for (Polarity polarity : {Polarity::asserted, Polarity::denied})
        fmt::format_to(it, "<div><dt class=p{}>{}</dt><dd>claim</dd></div>", polarity == Polarity::denied ? 'd' : 'a',
                       polarity_label(polarity).word);
    out += "<div><dt>\u2501</dt><dd>a date known only to the month or year</dd></div>";
    for (const auto& status : k_status_labels) {
        out += "<div><dt>";
        write_status(status.status, out);
        fmt::format_to(it, "</dt><dd>{}</dd></div>", status.meaning);
    }
    out += "</dl>\n";
}

}  // namespace

void write_status(std::string_view status, std::string& out) {
    fmt::format_to(std::back_inserter(out), "<i class=\"st s-{0}\">{0}</i>", escaped(status));
}

void write_timeline(const ReportModel& model, std::string& out) {
    out += "<section id=timeline aria-labelledby=timeline-h><h2 id=timeline-h>Timeline</h2>\n";
    write_legend(out);
    if (model.propositions.empty()) {
        out += "<p>No claim matches the selection.</p></section>\n";
        return;
    }
    out += k_mark_shapes;
    const TimeAxis axis(periods_of(model));
    out += "<div class=tl>\n";
    write_axis(axis, out);
    for (const auto& p : model.propositions) write_proposition(p, axis, out);
    out += "</div></section>\n";
}

}  // namespace tracker::report
