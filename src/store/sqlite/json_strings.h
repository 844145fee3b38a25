// Lists of strings stored in one TEXT column as a JSON array (a proposition's origins and
// conflicts): read whole with their proposition, never searched, so no side table is needed.
// The store writes them with `to_json_strings` and SQLite's json functions could read them too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tracker::store {

std::string to_json_strings(const std::vector<std::string>& values);

// Reads what to_json_strings wrote (and any JSON array of strings); malformed text gives the
// strings read before the fault, since the column is ours and a fault would be a bug.
std::vector<std::string> from_json_strings(std::string_view json);

}  // namespace tracker::store
