// What a report shows (`tracker report`, issue 8): the propositions of a selection, each with the
// claims of the selection grouped by origin and, within an origin, by article, so that ten
// articles repeating one report read as one origin.
//
// The selection is the claims `tracker query` returns for the same filter: the timeline must
// show exactly those. Propositions are not filtered by date themselves: the store dates a
// proposition by its first report, a claim by its event date (else reported date), and a
// proposition first reported before --since may still hold claims inside the window. So the
// claims are read first (one `find_claims`), and a proposition is in the report when one of its
// claims is. Its status, origins, first report and first denial are the proposition's own, over
// all its claims; `claims_outside` counts the claims the window leaves out.
//
// Not here: layout, escaping, wording (html_report.h, markdown_report.h, report_labels.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/store.h"

namespace tracker::report {

// One article counting for an origin, with the selected claims it carries. Its title, publisher,
// URL, path and date are those of its claims (a StoredClaim names its article).
struct ArticleClaims {
    std::int64_t article_id = 0;
    std::vector<StoredClaim> claims;  // in timeline order, never empty
};

// One independent origin of a proposition and the articles that count for it.
struct OriginGroup {
    std::string name;
    int asserting = 0;  // claims of the selection asserting the proposition
    int denying = 0;    // and denying it
    std::vector<ArticleClaims> articles;  // by first claim date
};

struct PropositionReport {
    Proposition proposition;
    std::vector<OriginGroup> origins;  // asserting origins first, then denying only; each by first claim date
    std::size_t claims = 0;            // claims of the selection
    std::size_t claims_outside = 0;    // claims of the proposition the date window leaves out
    std::string open_world_kind;       // person | company when its actor is no lexicon's; else ""
};

// An article carrying claims of the selection: a report lists each once, with its link, and
// refers to it from every origin it counts for.
struct ReportArticle {
    std::int64_t id = 0;
    std::string title;
    std::string source;
    std::string url;
    std::string path;
    std::string reported_date;
    std::size_t claims = 0;  // claims of the selection it carries
};

struct ReportModel {
    ClaimFilter filter;                           // the selection as asked for
    std::vector<PropositionReport> propositions;  // by first report, as the store orders them
    std::size_t claims = 0;
    std::vector<ReportArticle> articles;          // by date, then id
};

// The date a claim stands at on the timeline: its event date, else its article's date.
const std::string& timeline_date(const StoredClaim& claim);

// True for an absolute http(s) URL without spaces or control characters: the only links a report
// writes (a feed's `javascript:` link stays text).
bool is_web_link(std::string_view url);

// Reads the selection from the store: the claims `find_claims(filter)` returns (`limit` is
// ignored: a report leaves no claim out) and their propositions.
ReportModel gather_report(Store& store, const ClaimFilter& filter);

}  // namespace tracker::report
