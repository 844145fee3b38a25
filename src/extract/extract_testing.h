// What the extraction tests share: the lexicons as embedded in the binary, and an article made
// from a string, the way `tracker ingest` would read it.
#pragma once

#include <string>
#include <vector>

#include "tracker/claim.h"
#include "tracker/extract.h"

namespace tracker::extract::testing {

const Extractor& embedded_extractor();

// The claims of `text`, read as an article published on `date`.
std::vector<Claim> claims_of(const std::string& text, const std::string& date = "2026-01-14");

// True when some claim has these fields ("" matches only an empty field; "*" anything).
bool has_claim(const std::vector<Claim>& claims, const std::string& actor, const std::string& allegation,
               const std::string& hardware = "*", const std::string& object = "*",
               Polarity polarity = Polarity::asserted);

std::string describe(const std::vector<Claim>& claims);

}  // namespace tracker::extract::testing
