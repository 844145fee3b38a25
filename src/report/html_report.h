// `tracker report` as one self-contained HTML page: inline CSS and SVG, no script, no font, no
// image file, and a Content-Security-Policy that lets the page request nothing (evidence links
// are links: followed when clicked, never loaded). Readable without colour, reached with the
// keyboard, laid out for a 1280 px screen and for A4 paper.
//
// The page: a header with the selection and its counts; the timeline (html_timeline.h); a
// summary table of the propositions (`<tr id=sID>`), pre-sorted by first report; the evidence
// by origin and the list of articles (html_evidence.h). The markup is terse (unquoted
// attributes where no database string goes, optional end tags in the table) because it repeats
// per claim: issue 8 wants 10,000 claims in under 5 MB.
#pragma once

#include <string>

#include "report/report_model.h"

namespace tracker::report {

std::string html_report(const ReportModel& model);

}  // namespace tracker::report
