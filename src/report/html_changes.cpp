#include "report/html_changes.h"

#include <iterator>
#include <set>

#include "report/html_style.h"
#include "report/html_text.h"
#include "report/html_timeline.h"
#include "report/report_labels.h"

namespace tracker::report {

namespace {

void write_change(const PropositionChange& c, std::string& out) {
    auto it = std::back_inserter(out);
    if (c.change == "status") {
        write_status(c.from, out);
        out += " \u2192 ";
        write_status(c.to, out);
    } else if (c.change == "new") {
        out += "new, ";
        write_status(c.to, out);
    } else {
        fmt::format_to(it, "{}", escaped(change_words(c)));
    }
}

void write_article(const PropositionChange& c, std::string& out) {
    auto it = std::back_inserter(out);
    if (c.article_id == 0) return void(out += "\u2014");
    const bool linked = c.article_url.rfind("http://", 0) == 0 || c.article_url.rfind("https://", 0) == 0;
    if (linked) fmt::format_to(it, "<a href=\"{}\">{}</a>", escaped(c.article_url), escaped(c.article_title));
    else fmt::format_to(it, "{} <span class=d>({})</span>", escaped(c.article_title), escaped(c.article_path));
    fmt::format_to(it, ", {} <span class=d>#a{}</span>", escaped(c.article_source), c.article_id);
}

}  // namespace

std::string change_subject(const PropositionChange& c) {
    Proposition p;
    p.actor = c.actor;
    p.allegation = c.allegation;
    p.hardware = c.hardware;
    p.object = c.object;
    return proposition_title(p);
}

std::string change_words(const PropositionChange& c) {
    if (c.change == "new") return "new, " + c.to;
    if (c.change == "status") return c.from + " -> " + c.to;
    if (c.change == "denial") return "denied by " + c.to;
    if (c.change == "origin") return "new origin " + c.to;
    if (c.change == "conflict") return "conflict: " + c.to;
    return c.change + " " + c.to;
}

std::string html_changes(const std::vector<PropositionChange>& changes, const std::string& since) {
    std::string out;
    auto it = std::back_inserter(out);
    fmt::format_to(it,
                   "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
                   "<meta name=referrer content=no-referrer>\n"
                   "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
                   "<title>Changes since {}</title>\n<style>",
                   k_content_policy, escaped(since));
    out += report_css();
    std::set<std::int64_t> propositions;
    for (const auto& c : changes) propositions.insert(c.proposition_id);
    fmt::format_to(it, "</style></head>\n<body>\n<header><h1>Changes since {}</h1>\n<p class=counts>{}, {}</p></header>\n",
                   escaped(since), count_of(changes.size(), "change"), count_of(propositions.size(), "proposition"));
    out += "<section id=summary aria-labelledby=changes-h><h2 id=changes-h>Changes</h2>\n";
    if (changes.empty()) return out + "<p>Nothing changed.</p></section>\n</body></html>\n";
    out += "<table><caption>Oldest first</caption>\n<thead><tr><th scope=col>Time<th scope=col>Proposition"
           "<th scope=col>Change<th scope=col>Article</thead>\n<tbody>\n";
    for (const auto& c : changes) {
        fmt::format_to(it, "<tr><td class=d>{}<th>{}<td>", escaped(c.at), escaped(change_subject(c)));
        write_change(c, out);
        out += "<td>";
        write_article(c, out);
        out += "\n";
    }
    return out + "</tbody></table></section>\n</body></html>\n";
}

}  // namespace tracker::report
