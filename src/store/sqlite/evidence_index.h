// The claims' evidence in an FTS5 index of its own, in timeline order (schema/sqlite/0016,
// invariant 12).
//
// `query --text WORD --limit 20` wants the first claims of the timeline (by when_start, then id)
// whose evidence holds the words. Reading the words' positions from articles_fts
// (evidence_search.h) costs in proportion to their occurrences, and walking the timeline to test
// each claim costs in proportion to the claims before the 20th match: either grows with the
// database (at 1M articles, "smuggled" has 200,000 occurrences, and its 20th match comes after
// 66,000 claims). evidence_fts holds each claim's evidence under a rowid that orders as
// (when_start, id) does, its timeline key, so FTS5, which reads a word's rows in rowid order,
// meets the matches in the timeline's order and a page stops after its last one.
//
// The timeline key is timeline_code(when_start) * 2^35 + id. timeline_code maps the text order
// of when_start onto numbers without reversing it (a < b gives code(a) <= code(b)), and gives
// every date of the forms "", "YYYY", "YYYY-MM", "YYYY-MM-DD" (what the store writes) an even
// code of its own. Any other text gets the odd code just above the largest such date below it,
// so two different texts share a code only when it is odd: reading in key order is the
// timeline's order except among claims with an odd code, which the query sorts
// (SqliteQueries::find_claims_by_index).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracker::store {

inline constexpr int k_timeline_id_bits = 35;  // claim ids below 2^35 (34 billion)
inline constexpr std::int64_t k_timeline_id_mask = (std::int64_t{1} << k_timeline_id_bits) - 1;

// Below 2^28, so that a key fits in 63 bits.
std::int64_t timeline_code(std::string_view when_start);
// Throws Fatal for an id of 2^35 or more.
std::int64_t timeline_key(std::string_view when_start, std::int64_t claim_id);
// The first key of a code, and of the next one: the keys of `code` are [first, next).
inline std::int64_t first_key_of(std::int64_t code) { return code << k_timeline_id_bits; }
inline std::int64_t code_of_key(std::int64_t key) { return key >> k_timeline_id_bits; }

// A claim's entry in evidence_fts, waiting for the end of its transaction or batch.
struct PendingEvidence {
    std::int64_t key = 0;
    std::string evidence;
};

}  // namespace tracker::store
