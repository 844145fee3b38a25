// JSON for claims, propositions and articles, with exactly the field names of
// ../shared/spec/claim-model.md and cli.md; an empty string is written as null.
#pragma once

#include <nlohmann/json.hpp>

#include "tracker/article.h"
#include "tracker/claim.h"
#include "tracker/store.h"

namespace tracker::cli {

nlohmann::json to_json(const StoredClaim& c);
nlohmann::json to_json(const Proposition& p);
nlohmann::json to_json(const ArticleSummary& a);
// `changes` (issue 19): proposition, actor, allegation, hardware, object, change, from, to, at,
// article {id, title, path, url, source} (null when unknown).
nlohmann::json to_json(const PropositionChange& c);
// A claim not stored (`parse`, `eval`): no id, article given apart.
nlohmann::json to_json(const Claim& c);
nlohmann::json to_json(const Article& a, const std::vector<Claim>& claims);

// "" -> null, else the string.
nlohmann::json nullable(const std::string& s);

}  // namespace tracker::cli
