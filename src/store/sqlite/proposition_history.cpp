#include "store/sqlite/proposition_history.h"

#include <algorithm>

namespace tracker::store {

namespace {

constexpr char k_insert_change[] =
    "INSERT INTO proposition_changes (proposition_id, at, change, from_value, to_value, article_id) "
    "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?)";
constexpr char k_quantities[] =
    "SELECT unit, value, text, first_claim, position FROM proposition_quantities WHERE proposition_id = ?";

// Through proposition_changes_at; a change of a proposition since deleted went with it.
constexpr char k_changes_since[] =
    "SELECT h.id, h.proposition_id, p.actor, p.allegation, p.hardware_display, p.object, h.change, "
    "coalesce(h.from_value, ''), h.to_value, h.at, coalesce(a.id, 0), a.title, a.path, a.url, s.name "
    "FROM proposition_changes h JOIN propositions p ON p.id = h.proposition_id "
    "LEFT JOIN articles a ON a.id = h.article_id LEFT JOIN sources s ON s.id = a.source_id "
    "WHERE h.at >= ? ORDER BY h.at, h.id";

void insert_change(StatementCache& statements, std::int64_t proposition_id, const char* change,
                   const std::string* from, const std::string& to, std::int64_t article) {
    auto insert = statements.prepare(k_insert_change);
    insert->bind(1, proposition_id);
    insert->bind(2, change);
    if (from) insert->bind(3, *from);
    else insert->bind(3);
    insert->bind(4, to);
    if (article) insert->bind(5, article);
    else insert->bind(5);
    insert->exec();
}

}  // namespace

std::vector<xref::QuantitySighting> quantity_sightings(StatementCache& statements, std::int64_t proposition_id) {
    std::vector<xref::QuantitySighting> sightings;
    auto select = statements.prepare(k_quantities);
    select->bind(1, proposition_id);
    while (select->executeStep())
        sightings.push_back({{select->getColumn(2).getString(), select->getColumn(0).getString(),
                              select->getColumn(1).getDouble()},
                             select->getColumn(3).getInt64(),
                             select->getColumn(4).getInt()});
    return sightings;
}

std::vector<PropositionChange> changes_since(StatementCache& statements, const std::string& since) {
    std::vector<PropositionChange> changes;
    auto select = statements.prepare(k_changes_since);
    select->bind(1, since);
    while (select->executeStep()) {
        PropositionChange c;
        c.id = select->getColumn(0).getInt64();
        c.proposition_id = select->getColumn(1).getInt64();
        c.actor = select->getColumn(2).getString();
        c.allegation = select->getColumn(3).getString();
        c.hardware = select->getColumn(4).getString();
        c.object = select->getColumn(5).getString();
        c.change = select->getColumn(6).getString();
        c.from = select->getColumn(7).getString();
        c.to = select->getColumn(8).getString();
        c.at = select->getColumn(9).getString();
        c.article_id = select->getColumn(10).getInt64();
        c.article_title = select->getColumn(11).getString();  // NULL reads as ""
        c.article_path = select->getColumn(12).getString();
        c.article_url = select->getColumn(13).getString();
        c.article_source = select->getColumn(14).getString();
        changes.push_back(std::move(c));
    }
    return changes;
}

void HistoryNotes::origin_created(bool denied, const std::string& key, const std::string& origin, std::int64_t article) {
    OriginNote& note = m_origins[{denied, key}];
    ++note.rows;
    note.origin = origin;
    note.article = article;
    if (!m_first_article) m_first_article = article;
    m_origin_article = article;
}

void HistoryNotes::origin_deleted(bool denied, const std::string& key, std::int64_t article) {
    --m_origins[{denied, key}].rows;
    m_origin_article = article;
}

void HistoryNotes::quantity_created(const xref::Quantity& quantity, std::int64_t article) {
    ++m_quantities[{quantity.unit, quantity.value}];
    m_quantity_article = article;
}

void HistoryNotes::quantity_deleted(const xref::Quantity& quantity) { --m_quantities[{quantity.unit, quantity.value}]; }

void HistoryNotes::merge(const HistoryNotes& later) {
    for (const auto& [key, note] : later.m_origins) {
        OriginNote& mine = m_origins[key];
        mine.rows += note.rows;
        if (!note.origin.empty()) {
            mine.origin = note.origin;
            mine.article = note.article;
        }
    }
    for (const auto& [key, rows] : later.m_quantities) m_quantities[key] += rows;
    if (!m_first_article) m_first_article = later.m_first_article;
    if (later.m_origin_article) m_origin_article = later.m_origin_article;
    if (later.m_quantity_article) m_quantity_article = later.m_quantity_article;
}

void HistoryNotes::record(StatementCache& statements, std::int64_t proposition_id, bool created,
                          const std::string& status_before, const std::string& status_after) const {
    if (created) {
        insert_change(statements, proposition_id, "new", nullptr, status_after, m_first_article);
        return;
    }
    for (const auto& [key, note] : m_origins)
        if (note.rows > 0)
            insert_change(statements, proposition_id, key.first ? "denial" : "origin", nullptr, note.origin, note.article);
    record_conflicts(statements, proposition_id);
    if (status_before != status_after)
        insert_change(statements, proposition_id, "status", &status_before, status_after, m_origin_article);
}

// The conflicts among all its quantities that were not among those it had before.
void HistoryNotes::record_conflicts(StatementCache& statements, std::int64_t proposition_id) const {
    const bool any_new = std::any_of(m_quantities.begin(), m_quantities.end(), [](const auto& q) { return q.second > 0; });
    if (!any_new) return;
    std::vector<xref::QuantitySighting> all = quantity_sightings(statements, proposition_id);
    std::vector<xref::QuantitySighting> before;
    for (const auto& sighting : all) {
        const auto note = m_quantities.find({sighting.quantity.unit, sighting.quantity.value});
        if (note == m_quantities.end() || note->second <= 0) before.push_back(sighting);
    }
    const std::vector<std::string> old_conflicts = xref::conflicts_among(std::move(before));
    for (const std::string& conflict : xref::conflicts_among(std::move(all)))
        if (std::find(old_conflicts.begin(), old_conflicts.end(), conflict) == old_conflicts.end())
            insert_change(statements, proposition_id, "conflict", nullptr, conflict, m_quantity_article);
}

}  // namespace tracker::store
