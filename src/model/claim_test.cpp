#include <catch2/catch.hpp>

#include "tracker/claim.h"

using namespace tracker;

TEST_CASE("Modality: names round-trip through their JSON spelling", "[model]") {
    for (auto m : {Modality::stated, Modality::reported, Modality::alleged, Modality::confirmed,
                   Modality::speculative})
        CHECK(parse_modality(to_string(m)) == m);
    CHECK_FALSE(parse_modality("rumoured").has_value());
    CHECK(parse_polarity("denied") == Polarity::denied);
    CHECK_FALSE(parse_polarity("Denied").has_value());
}

TEST_CASE("is_allegation: only the claim model's ids", "[model]") {
    CHECK(is_allegation("smuggling"));
    CHECK(is_allegation("export_restriction"));
    CHECK_FALSE(is_allegation("espionage"));
    CHECK_FALSE(is_allegation(""));
}
