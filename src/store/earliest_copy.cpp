#include "store/earliest_copy.h"

#include <bit>

#include "tracker/xref.h"

namespace tracker::store {

namespace {
constexpr int k_max_near_duplicate_bits = 3;
}  // namespace

std::int64_t simhash_band(std::uint64_t simhash, int band) {
    return static_cast<std::int64_t>((simhash >> (16 * band)) & 0xFFFF);
}

std::int64_t stored_simhash(std::uint64_t simhash) { return std::bit_cast<std::int64_t>(simhash); }

void EarliestCopy::consider(std::int64_t id, std::int64_t simhash, const std::string& origin) {
    if (m_earliest != 0 && id >= m_earliest) return;
    if (xref::hamming_distance(m_simhash, std::bit_cast<std::uint64_t>(simhash)) > k_max_near_duplicate_bits) return;
    m_earliest = id;
    m_origin = origin;
}

}  // namespace tracker::store
