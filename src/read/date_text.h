// Dates as articles and feeds write them, turned into an ISO calendar date or a UTC instant.
//
// Understood (month and weekday names in English, any case):
//   2025-12-10   2025/12/10                                ISO dates
//   2025-12-10T08:00:00Z   2025-12-10T08:00:00.5+02:00      W3C-DTF; also a space before the time
//   December 10, 2025   Dec. 10, 2025   Dec 10 2025   Wednesday, December 10, 2025
//   10 December 2025   10 Dec. 2025   10-Dec-2025
//   Wed, 10 Dec 2025 08:00:00 GMT                          RFC 822/1123/2822 and their variants:
//       no weekday, no seconds, a two-digit year (10 Dec 25), zone names (UT UTC GMT Z EST EDT
//       CST CDT MST MDT PST PDT; other military letters count as UTC, as RFC 2822 says to),
//       numeric zones (+0200, +02:00)
//   a time after a textual date: "December 10, 2025 at 8:00 AM", "Dec 10, 2025 08:00 UTC"
// A time without a zone is taken as UTC. A time with a zone is converted to UTC before the date
// is taken, so an article and the feed item it came from get the same date.
//
// Not understood, on purpose: all-numeric day/month orders (12/10/2025 is December in the US and
// October elsewhere), dates without a year, relative dates ("16 hours ago": see metadata_lines.h).
// A weekday, when given, is not checked against the date (RFC 2822 calls it redundant, and feeds
// get it wrong).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tracker::read {

// The date `text` gives, as "YYYY-MM-DD"; nullopt unless the whole text (spaces aside) is a date.
std::optional<std::string> parse_date_text(std::string_view text);

// The instant `text` gives; a date alone is midnight UTC. Same forms as parse_date_text.
std::optional<std::chrono::sys_seconds> parse_date_time(std::string_view text);

// A date at the very start of `text` ("December 10, 2025 — A major ..."), with the number of
// bytes it takes. For datelines and "Published on ..." lines, where prose follows the date.
struct LeadingDate {
    std::chrono::sys_seconds instant;
    std::size_t length = 0;
};
std::optional<LeadingDate> parse_leading_date(std::string_view text);

// "YYYY-MM-DD" of the UTC day holding `instant`.
std::string iso_date(std::chrono::sys_seconds instant);

}  // namespace tracker::read
