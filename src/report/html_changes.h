// `tracker changes --format html`: the changes to propositions since a time (issue 19) as one
// self-contained page in the report's style (its style sheet, status marks and
// Content-Security-Policy): the morning brief, to be mailed. Also the words the table and
// Markdown forms share, so the three say a change the same way.
#pragma once

#include <string>
#include <vector>

#include "tracker/store.h"

namespace tracker::report {

// "DeepSeek smuggling Nvidia Blackwell", "DeepSeek distillation (Anthropic)": proposition_title.
std::string change_subject(const PropositionChange& change);
// "new, single-source", "corroborated -> contradicted", "denied by Nvidia", "new origin Cinder
// Tech", "conflict: 24,000 accounts vs 20,000 accounts".
std::string change_words(const PropositionChange& change);

// `since` as the reader gave it, for the heading.
std::string html_changes(const std::vector<PropositionChange>& changes, const std::string& since);

}  // namespace tracker::report
