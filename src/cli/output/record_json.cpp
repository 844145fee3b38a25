#include "cli/output/record_json.h"

namespace tracker::cli {

using nlohmann::json;

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json to_json(const Claim& c) {
    json j{{"actor", c.actor},
                {"allegation", c.allegation},
                {"hardware", nullable(c.hardware)},
                {"object", nullable(c.object)},
                {"claimant", nullable(c.claimant)},
                {"polarity", std::string(to_string(c.polarity))},
                {"modality", std::string(to_string(c.modality))},
                {"event_date", nullable(c.event_date)},
                {"cue", nullable(c.cue)},
                {"evidence", {{"text", c.evidence}, {"start", c.evidence_start}, {"end", c.evidence_end}}},
                {"confidence", c.confidence}};
    // A name no lexicon lists: marked, with its guessed kind (person, company).
    j["open_world"] = c.open_world;
    j["actor_kind"] = nullable(c.actor_kind);
    return j;
}

json to_json(const StoredClaim& s) {
    json j = to_json(s.claim);
    j["id"] = s.id;
    j["reported_date"] = nullable(s.reported_date);
    j["source"] = nullable(s.source);
    j["article"] = {{"id", s.article_id},
                    {"title", nullable(s.article_title)},
                    {"path", nullable(s.article_path)},
                    {"url", nullable(s.article_url)}};
    j["origin"] = nullable(s.origin);
    j["proposition"] = s.proposition_id;
    j["status"] = s.status;
    j["supporting"] = s.supporting;
    j["denying"] = s.denying;
    j["lexicon_version"] = s.lexicon_version;
    return j;
}

json to_json(const Proposition& p) {
    return json{{"id", p.id},
                {"actor", p.actor},
                {"allegation", p.allegation},
                {"hardware", nullable(p.hardware)},
                {"object", nullable(p.object)},
                {"status", p.status},
                {"supporting", p.supporting_origins.size()},
                {"denying", p.denying_origins.size()},
                {"supporting_origins", p.supporting_origins},
                {"denying_origins", p.denying_origins},
                {"articles", p.articles},
                {"claims", p.claims},
                {"first_reported", nullable(p.first_reported)},
                {"first_denied", nullable(p.first_denied)},
                {"conflicts", p.conflicts}};
}

json to_json(const ArticleSummary& a) {
    return json{{"id", a.id},
                {"title", nullable(a.title)},
                {"source", nullable(a.source)},
                {"url", nullable(a.url)},
                {"path", nullable(a.path)},
                {"author", nullable(a.author)},
                {"reported_date", nullable(a.reported_date)},
                {"ingested_at", a.ingested_at},
                {"claims", a.claims}};
}

json to_json(const PropositionChange& c) {
    json article = nullptr;
    if (c.article_id != 0)
        article = {{"id", c.article_id},
                   {"title", nullable(c.article_title)},
                   {"path", nullable(c.article_path)},
                   {"url", nullable(c.article_url)},
                   {"source", nullable(c.article_source)}};
    return json{{"proposition", c.proposition_id},
                {"actor", c.actor},
                {"allegation", c.allegation},
                {"hardware", nullable(c.hardware)},
                {"object", nullable(c.object)},
                {"change", c.change},
                {"from", nullable(c.from)},
                {"to", nullable(c.to)},
                {"at", c.at},
                {"article", article}};
}

json to_json(const Article& a, const std::vector<Claim>& claims) {
    std::string text;
    for (const auto& span : a.body) {
        if (!text.empty()) text += "\n\n";
        text.append(a.text, span.start, span.end - span.start);
    }
    json list = json::array();
    for (const auto& c : claims) list.push_back(to_json(c));
    return json{{"title", nullable(a.title)},   {"source", nullable(a.source)},
                {"url", nullable(a.url)},       {"path", nullable(a.path)},
                {"date", nullable(a.reported_date)}, {"author", nullable(a.author)},
                {"text", text},                 {"claims", list}};
}

}  // namespace tracker::cli
