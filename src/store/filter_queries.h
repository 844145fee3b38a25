// Which filters of a ClaimFilter join a query, in which order, with which values: the same for
// every backend, which gives the SQL of each fragment (SQLite compares names through NOCASE
// columns, PostgreSQL through lower(); schema/postgresql/0009_init.sql, b). A text filter is the
// backend's own (FTS5 positions, or LIKE on stored words): `add_text` adds it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "store/filtered_query.h"
#include "tracker/store.h"

namespace tracker::store {

// Fragments of the claims query; each holds as many `?` as its filter binds values.
struct ClaimQuerySql {
    const char* base;
    const char* id;              // ?
    const char* actor;           // ?
    const char* allegation;      // ?
    const char* hardware;        // ? ?: the chip, or its family
    const char* claimant;        // ?
    const char* min_confidence;  // ?
    const char* source;          // ?
    const char* status;          // ?
    const char* since;           // ?
    const char* until;           // ?
    const char* proposition;     // ? ?: the proposition's id twice (its scope)
    const char* order;
    // After the LIMIT, when `base` opens a subquery of claims that the page is cut from before
    // they are joined to their articles (PostgreSQL: pg_queries.cpp).
    const char* after_limit = nullptr;
};

// Fragments of the propositions query.
struct PropositionQuerySql {
    const char* base;
    const char* id;              // ?
    const char* actor;           // ?
    const char* allegation;      // ?
    const char* hardware;        // ? ?
    const char* claimant;        // ? ?: a claim it counts, its own or a member's
    const char* min_confidence;  // ? ?
    const char* source;          // ? ?
    const char* status;          // ?
    const char* since;           // ?
    const char* until;           // ?
    const char* order;
};

// Fragments of the articles query.
struct ArticleQuerySql {
    const char* base;
    const char* source;    // ?
    const char* since;     // ?
    const char* until;     // ?
    const char* undated;
    const char* order;
};

using TextFilter = std::function<void(FilteredQuery&)>;

// " LIMIT ?", the same in both dialects.
inline constexpr char k_limit_sql[] = " LIMIT ?";

FilteredQuery claims_query(const ClaimQuerySql& sql, const ClaimFilter& filter, std::int64_t claim_id,
                           const TextFilter& add_text);
FilteredQuery propositions_query(const PropositionQuerySql& sql, const ClaimFilter& filter,
                                 std::int64_t proposition_id, const TextFilter& add_text);
FilteredQuery articles_query(const ArticleQuerySql& sql, const ClaimFilter& filter, const TextFilter& add_text);

}  // namespace tracker::store
