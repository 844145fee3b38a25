// Options whose value is one of a fixed list: allegation ids, statuses, output formats, shells
// (issue 19). A value outside the list is a usage error (exit 2) naming the nearest valid value
// (`unknown allegation 'smugling'; did you mean 'smuggling'?`), not a filter that silently
// matches nothing.
//
// The list is kept in the option's CLI11 type name, `{table,json,jsonl}`, so `--help`, the man
// page and the completion scripts all read it from the one definition that the check uses.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace tracker::cli {

// Restricts `option` to `values`; `noun` names the set in the error ("allegation").
CLI::Option* closed_set(CLI::Option* option, const std::string& noun, const std::vector<std::string>& values);

// The values of an option restricted by closed_set; empty for any other option.
std::vector<std::string> closed_values(const CLI::Option& option);

// The error for `value`, not one of `values`: with the nearest of them when one is near,
// else with the whole list.
std::string unknown_value_message(const std::string& noun, const std::string& value,
                                  const std::vector<std::string>& values);

// The candidates near `value` (case-insensitive edit distance, transpositions counting one),
// nearest first; none when nothing is within a third of the value's length (at least 1).
std::vector<std::string> near_values(const std::string& value, const std::vector<std::string>& candidates);

// The sets the claim model closes.
std::vector<std::string> allegation_ids();
std::vector<std::string> proposition_statuses();

}  // namespace tracker::cli
