// Validators for date options, so that a date that is not one is a usage error (exit 2) naming
// the option, not a filter that silently matches nothing: `--since`/`--until` take a day, a
// month or a year ("2025-12-10", "2025-12", "2025"), as partial event dates are stored;
// `--date` takes a day.
#pragma once

#include <CLI/CLI.hpp>

namespace tracker::cli {

const CLI::Validator& partial_date();
const CLI::Validator& calendar_day();

}  // namespace tracker::cli
