// Dates in the store may be partial: an event date is as precise as the text allows ("2025",
// "2025-12", "2025-12-10"). A partial date stands for a period; it is compared as the range
// [itself, last_day_of(itself)], which sorts correctly as text because '-99' is above any real
// month or day: "2025-12" <= "2025-12-05" <= "2025-12-99".
#pragma once

#include <string>
#include <string_view>

namespace tracker::store {

inline std::string last_day_of(std::string_view date) {
    std::string end(date);
    if (end.size() == 4) return end + "-99-99";
    if (end.size() == 7) return end + "-99";
    return end;
}

}  // namespace tracker::store
