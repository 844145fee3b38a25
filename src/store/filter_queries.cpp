#include "store/filter_queries.h"

#include "store/partial_date.h"

namespace tracker::store {

FilteredQuery claims_query(const ClaimQuerySql& sql, const ClaimFilter& f, std::int64_t claim_id,
                           const TextFilter& add_text) {
    FilteredQuery q(sql.base);
    if (claim_id != 0) q.add(sql.id, {claim_id});
    if (!f.actor.empty()) q.add(sql.actor, {f.actor});
    if (!f.allegation.empty()) q.add(sql.allegation, {f.allegation});
    if (!f.hardware.empty()) q.add(sql.hardware, {f.hardware, f.hardware});
    if (!f.claimant.empty()) q.add(sql.claimant, {f.claimant});
    if (f.min_confidence > 0) q.add(sql.min_confidence, {f.min_confidence});
    if (!f.source.empty()) q.add(sql.source, {f.source});
    if (!f.status.empty()) q.add(sql.status, {f.status});
    if (!f.since.empty()) q.add(sql.since, {f.since});
    if (!f.until.empty()) q.add(sql.until, {last_day_of(f.until)});
    add_text(q);
    if (f.proposition_id != 0) q.add(sql.proposition, {f.proposition_id, f.proposition_id});
    q.add(sql.order);
    if (f.limit > 0) q.add(k_limit_sql, {f.limit});
    if (sql.after_limit) q.add(sql.after_limit);
    return q;
}

FilteredQuery propositions_query(const PropositionQuerySql& sql, const ClaimFilter& f, std::int64_t proposition_id,
                                 const TextFilter& add_text) {
    FilteredQuery q(sql.base);
    if (proposition_id != 0) q.add(sql.id, {proposition_id});
    if (f.proposition_id != 0) q.add(sql.id, {f.proposition_id});
    if (!f.actor.empty()) q.add(sql.actor, {f.actor});
    if (!f.allegation.empty()) q.add(sql.allegation, {f.allegation});
    if (!f.hardware.empty()) q.add(sql.hardware, {f.hardware, f.hardware});
    if (!f.claimant.empty()) q.add(sql.claimant, {f.claimant, f.claimant});
    if (f.min_confidence > 0) q.add(sql.min_confidence, {f.min_confidence, f.min_confidence});
    if (!f.source.empty()) q.add(sql.source, {f.source, f.source});
    if (!f.status.empty()) q.add(sql.status, {f.status});
    if (!f.since.empty()) q.add(sql.since, {f.since});
    if (!f.until.empty()) q.add(sql.until, {last_day_of(f.until)});
    add_text(q);
    q.add(sql.order);
    if (f.limit > 0) q.add(k_limit_sql, {f.limit});
    return q;
}

FilteredQuery articles_query(const ArticleQuerySql& sql, const ClaimFilter& f, const TextFilter& add_text) {
    FilteredQuery q(sql.base);
    if (!f.source.empty()) q.add(sql.source, {f.source});
    if (!f.since.empty()) q.add(sql.since, {f.since});
    if (!f.until.empty()) q.add(sql.until, {last_day_of(f.until)});
    if (f.undated) q.add(sql.undated);
    add_text(q);
    q.add(sql.order);
    if (f.limit > 0) q.add(k_limit_sql, {f.limit});
    return q;
}

}  // namespace tracker::store
