// The report's evidence: for each proposition (`<details id=pID open>`) its origins as groups
// (`<h4>`), and under each origin the claims of its articles (`<p id=cID>`, the target of the
// claim's timeline mark) with polarity, date, sentence and the article's publisher. Then every
// article of the selection once (`<li id=aID>`): title, publisher, date, link (or the file it
// was read from); claims link there, so a report of 10,000 claims repeats no title or URL.
#pragma once

#include <string>

#include "report/report_model.h"

namespace tracker::report {

// Appends the evidence section and the article list to `out`.
void write_evidence(const ReportModel& model, std::string& out);

}  // namespace tracker::report
