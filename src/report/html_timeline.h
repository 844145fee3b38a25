// The report's timeline: every proposition of the selection a block on one shared time axis
// (`<div class=tp id=tID>`), one lane per origin (`<div class=ln>`: echoes of one report on one
// lane), each claim a mark at its date.
//
// A mark is an SVG link to the claim's evidence (`<a href=#cID>` with a `<title>`), so marks are
// reached with the keyboard, and the links inside lanes are exactly the claims shown: the
// browser test counts `.ln a`. Asserted is a circle, denied a triangle; a partial date
// ("2025-12") is a faint span over its period with the mark at its middle. Marks are short
// (`<use href=#ma x=41.2% />`): a report holds one per claim.
#pragma once

#include <string>

#include "report/report_model.h"

namespace tracker::report {

// Appends the timeline section to `out`.
void write_timeline(const ReportModel& model, std::string& out);

// A status as a badge: `<i class="st s-STATUS">STATUS</i>`; its symbol comes from the style sheet.
void write_status(std::string_view status, std::string& out);

}  // namespace tracker::report
