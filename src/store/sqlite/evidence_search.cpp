#include "store/sqlite/evidence_search.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include "tracker/error.h"

namespace tracker::store {

namespace {

constexpr char k_fts5_api[] = "SELECT fts5(?1)";
constexpr char k_tokenizer_name[] = "unicode61";  // FTS5's default, which articles_fts uses
constexpr char k_create_instances[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_instances "
    "USING fts5vocab(main, articles_fts, instance)";
constexpr char k_create_articles[] =
    "CREATE TABLE IF NOT EXISTS temp.evidence_search_articles (article_id INTEGER PRIMARY KEY)";
constexpr char k_clear_articles[] = "DELETE FROM temp.evidence_search_articles";
constexpr char k_insert_article[] = "INSERT OR IGNORE INTO temp.evidence_search_articles (article_id) VALUES (?)";
constexpr char k_begin_listing[] = "SAVEPOINT evidence_search";
constexpr char k_end_listing[] = "RELEASE evidence_search";
constexpr char k_undo_listing[] = "ROLLBACK TO evidence_search; RELEASE evidence_search";
// fts5vocab reads a term's instances by article, then position; postings_of checks it.
constexpr char k_select_postings[] = "SELECT doc, offset FROM temp.articles_fts_instances WHERE term = ?";
constexpr char k_longest_evidence[] = "SELECT tokens FROM longest_evidence WHERE id = 1";
constexpr char k_walk_budget_error[] = "evidence walk budget spent";

fts5_api* fts5_api_of(SQLite::Database& db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db.getHandle(), k_fts5_api, -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (api == nullptr) throw Fatal("this SQLite has no FTS5, which tracker needs");
    return api;
}

int add_start(void* starts, int, const char*, int, int start, int) {
    static_cast<std::vector<std::size_t>*>(starts)->push_back(static_cast<std::size_t>(start));
    return SQLITE_OK;
}

int add_token(void* tokens, int, const char* token, int size, int, int) {
    static_cast<std::vector<std::string>*>(tokens)->emplace_back(token, static_cast<std::size_t>(size));
    return SQLITE_OK;
}

void evidence_holds(sqlite3_context* context, int, sqlite3_value** args) {
    const auto* search = static_cast<const EvidenceSearch*>(sqlite3_user_data(context));
    const TokenRange range{sqlite3_value_int64(args[1]), sqlite3_value_int64(args[2])};
    sqlite3_result_int(context, search->holds(sqlite3_value_int64(args[0]), range) ? 1 : 0);
}

void evidence_contains(sqlite3_context* context, int, sqlite3_value** args) {
    auto* search = static_cast<EvidenceSearch*>(sqlite3_user_data(context));
    if (search->walk_budget_spent()) return sqlite3_result_error(context, k_walk_budget_error, -1);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    const std::string_view evidence(text == nullptr ? "" : text, static_cast<std::size_t>(sqlite3_value_bytes(args[0])));
    sqlite3_result_int(context, search->contains(evidence) ? 1 : 0);
}

// Whether `tokens` holds `phrase` as consecutive tokens.
bool holds_phrase(const std::vector<std::string>& tokens, const std::vector<std::string>& phrase) {
    return std::search(tokens.begin(), tokens.end(), phrase.begin(), phrase.end()) != tokens.end();
}

}  // namespace

// --- WordTokenizer -----------------------------------------------------------------------------

WordTokenizer::WordTokenizer(SQLite::Database& db) {
    fts5_api* api = fts5_api_of(db);
    void* context = nullptr;
    if (api->xFindTokenizer(api, k_tokenizer_name, &context, &m_methods) != SQLITE_OK ||
        m_methods.xCreate(context, nullptr, 0, &m_tokenizer) != SQLITE_OK)
        throw Fatal("SQLite's FTS5 has no unicode61 tokenizer");
}

WordTokenizer::~WordTokenizer() {
    if (m_tokenizer != nullptr) m_methods.xDelete(m_tokenizer);
}

std::vector<std::size_t> WordTokenizer::token_starts(std::string_view text) const {
    std::vector<std::size_t> starts;
    m_methods.xTokenize(m_tokenizer, &starts, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()),
                        add_start);
    return starts;
}

void WordTokenizer::tokens(std::string_view text, std::vector<std::string>& tokens) const {
    tokens.clear();
    m_methods.xTokenize(m_tokenizer, &tokens, FTS5_TOKENIZE_QUERY, text.data(), static_cast<int>(text.size()),
                        add_token);
}

TokenRange token_range(const std::vector<std::size_t>& token_starts, std::size_t begin, std::size_t end) {
    const auto first = std::lower_bound(token_starts.begin(), token_starts.end(), begin);
    const auto last = std::lower_bound(first, token_starts.end(), end);
    return {first - token_starts.begin(), last - token_starts.begin()};
}

// --- EvidenceSearch ----------------------------------------------------------------------------

EvidenceSearch::EvidenceSearch(SQLite::Database& db, StatementCache& statements)
    : m_statements(statements), m_tokenizer(db) {
    db.exec(k_create_instances);
    db.exec(k_create_articles);
    sqlite3_create_function_v2(db.getHandle(), "evidence_holds", 3, SQLITE_UTF8, this, evidence_holds, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db.getHandle(), "evidence_contains", 1, SQLITE_UTF8, this, evidence_contains,
                               nullptr, nullptr, nullptr);
}

// Each whitespace-separated word is a phrase of its tokens; FTS5 drops a phrase with none.
std::vector<std::vector<std::string>> phrases_of(const WordTokenizer& tokenizer, std::string_view text) {
    std::vector<std::vector<std::string>> phrases;
    std::vector<std::string> tokens;
    for (std::size_t pos = 0; pos < text.size();) {  // split as fts_all_words splits
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        if (pos == start) break;
        tokenizer.tokens(text.substr(start, pos - start), tokens);
        if (!tokens.empty()) phrases.push_back(tokens);
    }
    return phrases;
}

std::vector<EvidenceSearch::Posting> EvidenceSearch::postings_of(const std::string& token) {
    std::vector<Posting> postings;
    auto select = m_statements.prepare(k_select_postings);
    select->bind(1, token);
    while (select->executeStep()) postings.push_back({select->getColumn(0).getInt64(), select->getColumn(1).getInt64()});
    if (!std::is_sorted(postings.begin(), postings.end())) std::sort(postings.begin(), postings.end());
    return postings;
}

void EvidenceSearch::read_positions(std::string_view text) {
    end_search();
    std::map<std::string, std::vector<Posting>> postings;  // of each distinct token
    const std::vector<std::vector<std::string>> phrases = phrases_of(m_tokenizer, text);
    for (const std::vector<std::string>& tokens : phrases)
        for (const std::string& token : tokens)
            if (!postings.contains(token)) postings[token] = postings_of(token);
    for (const std::vector<std::string>& tokens : phrases) {
        PhraseStarts phrase{static_cast<std::int64_t>(tokens.size()), {}};
        for (const Posting& first : postings[tokens.front()]) {
            bool whole = true;
            for (std::size_t k = 1; whole && k < tokens.size(); ++k) {
                const std::vector<Posting>& next = postings[tokens[k]];
                whole = std::binary_search(next.begin(), next.end(),
                                           Posting{first.article_id, first.position + static_cast<std::int64_t>(k)});
            }
            if (whole) phrase.starts.push_back(first);
        }
        m_phrase_starts.push_back(std::move(phrase));
    }
    find_candidates();
}

// A claim can match only where every phrase starts within the longest evidence's length of an
// occurrence of the rarest phrase: those occurrences estimate the matches, and their articles
// are the candidates.
void EvidenceSearch::find_candidates() {
    if (m_phrase_starts.empty()) return;
    std::int64_t longest = 0;
    {
        auto select = m_statements.prepare(k_longest_evidence);
        if (select->executeStep()) longest = select->getColumn(0).getInt64();
    }
    const auto rarest = std::min_element(m_phrase_starts.begin(), m_phrase_starts.end(), [](const auto& a, const auto& b) {
        return a.starts.size() < b.starts.size();
    });
    for (const Posting& start : rarest->starts) {
        const bool near = std::all_of(m_phrase_starts.begin(), m_phrase_starts.end(), [&](const PhraseStarts& other) {
            const auto at = std::lower_bound(other.starts.begin(), other.starts.end(),
                                             Posting{start.article_id, start.position - longest});
            return at != other.starts.end() && at->article_id == start.article_id &&
                   at->position <= start.position + longest;
        });
        if (!near) continue;
        ++m_estimated_matches;
        if (m_candidates.empty() || m_candidates.back() != start.article_id) m_candidates.push_back(start.article_id);
    }
}

// In one transaction of their own (a savepoint, so that it nests in a caller's): one commit per
// row was 20 us a row.
void EvidenceSearch::list_candidates() {
    m_listed = true;
    m_statements.database().exec(k_begin_listing);
    try {
        for (std::int64_t article_id : m_candidates) {
            auto insert = m_statements.prepare(k_insert_article);
            insert->bind(1, article_id);
            insert->exec();
        }
        m_statements.database().exec(k_end_listing);
    } catch (...) {
        m_statements.database().exec(k_undo_listing);
        throw;
    }
}

void EvidenceSearch::start_token_walk(std::string_view text, std::int64_t budget) {
    end_search();
    m_walk_phrases = phrases_of(m_tokenizer, text);
    m_walk_budget = budget;
}

bool EvidenceSearch::is_walk_budget_error(const std::exception& error) {
    return std::strstr(error.what(), k_walk_budget_error) != nullptr;
}

void EvidenceSearch::end_search() {
    m_phrase_starts.clear();
    m_estimated_matches = 0;
    m_candidates.clear();
    m_walk_phrases.clear();
    if (!m_listed) return;
    auto clear = m_statements.prepare(k_clear_articles);
    clear->exec();
    m_listed = false;
}

// A phrase lies in the range when it starts at or after its start and ends by its end; the
// first start at or after the range's start is the one that can.
bool EvidenceSearch::holds(std::int64_t article_id, TokenRange range) const {
    if (m_phrase_starts.empty()) return false;
    for (const PhraseStarts& phrase : m_phrase_starts) {
        const auto at = std::lower_bound(phrase.starts.begin(), phrase.starts.end(), Posting{article_id, range.start});
        if (at == phrase.starts.end() || at->article_id != article_id || at->position + phrase.length > range.end)
            return false;
    }
    return true;
}

bool EvidenceSearch::contains(std::string_view evidence) {
    if (m_walk_phrases.empty()) return false;
    m_tokenizer.tokens(evidence, m_evidence_tokens);
    return std::all_of(m_walk_phrases.begin(), m_walk_phrases.end(),
                       [&](const auto& phrase) { return holds_phrase(m_evidence_tokens, phrase); });
}

}  // namespace tracker::store
