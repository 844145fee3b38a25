// `tracker report --format markdown`: the content of the HTML report as Markdown (CommonMark
// with GitHub tables) for pasting into a brief: the selection, the summary table, then each
// proposition with its claims in date order and its origins, articles and evidence.
//
// Every string from the store is escaped (`markdown_text`): `<script>` stays text, a `|` stays
// inside its cell, a newline does not end a list item. Only http(s) URLs become links.
#pragma once

#include <string>
#include <string_view>

#include "report/report_model.h"

namespace tracker::report {

std::string markdown_report(const ReportModel& model);

// `text` with Markdown's punctuation backslash-escaped and line breaks made spaces.
std::string markdown_text(std::string_view text);

}  // namespace tracker::report
