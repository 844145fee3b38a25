// Validators for date options, so that a date that is not one is a usage error (exit 2) naming
// the option, not a filter that silently matches nothing: `--since`/`--until` take a day, a
// month or a year ("2025-12-10", "2025-12", "2025"), as partial event dates are stored;
// `--date` takes a day.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace tracker::cli {

const CLI::Validator& partial_date();
const CLI::Validator& calendar_day();

// `changes --since WHEN` (issue 19): a day ("2026-03-01", its midnight UTC), a UTC time
// ("2026-03-01T06:30:00Z", "2026-03-01T06:30Z"; no other offset) or a duration back from `now`
// ("90m", "24h", "7d", "2w"). The instant as 'YYYY-MM-DDTHH:MM:SSZ', as the history stores
// times; nullopt when `text` is none of these.
std::optional<std::string> instant_since(const std::string& text, std::chrono::system_clock::time_point now);
const CLI::Validator& instant();

}  // namespace tracker::cli
