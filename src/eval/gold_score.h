// Scoring extracted claims against gold claims, with the matching rules of
// ../shared/eval-dev/score.py, so `tracker eval` and the dev-set script agree: same actor,
// allegation and polarity; hardware equal or one the family of the other (ignored when gold has
// none); object equal when both name one; names compared case- and punctuation-blind. A claim is
// correct when it matches any gold claim of its article; a required gold claim is found when
// some claim matches it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tracker/claim.h"
#include "tracker/error.h"
#include "tracker/store.h"

namespace tracker::eval {

struct GoldClaim {
    std::string article;  // the article's file name without extension
    std::string actor, allegation, hardware, object, claimant, evidence;
    Polarity polarity = Polarity::asserted;
    bool required = true;
};

// One JSON object per line; a bad line is an Error naming file:line.
Expected<std::vector<GoldClaim>> parse_gold(const std::string& name, const std::string& jsonl);

struct ScoredClaim {
    std::string article;
    Claim claim;
};

struct Tally {
    int claims = 0, correct = 0, required = 0, found = 0;
    double precision() const { return claims ? double(correct) / claims : 0.0; }
    double recall() const { return required ? double(found) / required : 0.0; }
};

// Claims whose confidence falls in [low, high), and how many of them are right.
struct CalibrationBin {
    double low = 0, high = 0;
    int claims = 0, correct = 0;
    double confidence_sum = 0;
    double mean_confidence() const { return claims ? confidence_sum / claims : 0.0; }
    double precision() const { return claims ? double(correct) / claims : 0.0; }
};

struct Score {
    Tally overall;
    std::vector<CalibrationBin> calibration;  // five equal bins of confidence, 0 to 1
    Tally confident;                          // the claims at confidence >= 0.8
    // The expected calibration error: the bins' gaps between mean confidence and precision,
    // weighted by their share of the claims.
    double calibration_error() const;
    std::map<std::string, Tally> by_polarity;    // "asserted", "denied"
    std::map<std::string, Tally> by_allegation;
    std::vector<GoldClaim> missed;
    std::vector<ScoredClaim> wrong;
};

// Claims of articles that have no gold line are not scored (as score.py).
Score score(const std::vector<GoldClaim>& gold, const std::vector<ScoredClaim>& claims,
            const HardwareFamilies& families);

}  // namespace tracker::eval
