// Which stored article a new one copies (syndication), for every backend: schema invariant 7 of
// schema/sqlite/0001_init.sql. A candidate shares one of the four 16-bit bands of the new
// article's SimHash (two hashes within 3 bits share a band: pigeonhole); the earliest candidate,
// by id, within 3 bits is the one copied, and its origin, already resolved, becomes the new
// article's, so a chain of copies keeps one origin.
#pragma once

#include <cstdint>
#include <string>

namespace tracker::store {

// Band 0..3 of a SimHash, as stored in articles.band0..band3.
std::int64_t simhash_band(std::uint64_t simhash, int band);
// A SimHash as articles.simhash stores it: the same 64 bits, signed.
std::int64_t stored_simhash(std::uint64_t simhash);

class EarliestCopy {
public:
    // `publisher`: the origin when no candidate is near enough.
    EarliestCopy(std::uint64_t simhash, std::string publisher) : m_simhash(simhash), m_origin(std::move(publisher)) {}
    // A stored article sharing a band: its id, stored simhash and origin.
    void consider(std::int64_t id, std::int64_t simhash, const std::string& origin);
    const std::string& origin() const { return m_origin; }

private:
    std::uint64_t m_simhash;
    std::string m_origin;
    std::int64_t m_earliest = 0;
};

}  // namespace tracker::store
