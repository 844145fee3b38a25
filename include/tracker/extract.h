// Extraction: Article in, claims out, driven by the lexicons in data/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tracker/article.h"
#include "tracker/claim.h"
#include "tracker/error.h"
#include "tracker/store.h"

namespace tracker::extract {

class Lexicon;

// What commands that only read a database need of the lexicons, without compiling them (issue
// 18): the chip families and the lexicon version, from the same files as Extractor::load.
struct LexiconSummary {
    std::unique_ptr<HardwareFamilies> families;
    std::string version;
    static Expected<LexiconSummary> load(const std::string& data_dir = "", const std::string& user_dir = "");
};

class Extractor {
public:
    // Loads the lexicons from `data_dir`, or the copies embedded in the binary when it is empty,
    // and adds the user's lexicon files of `user_dir` (none when it is empty). A bad row is an
    // Error "file:line: reason".
    static Expected<std::unique_ptr<Extractor>> load(const std::string& data_dir = "", const std::string& user_dir = "");
    ~Extractor();

    // With `keep_confidence_basis`, each claim's confidence_basis says what its confidence was
    // computed from (`parse --explain`, fitting); ingest leaves it empty and saves the formatting.
    std::vector<Claim> extract(const Article& article, bool keep_confidence_basis = false) const;

    // For lexicon work (`tracker parse --explain`): each sentence with what the lexicons found
    // in it (names, references, cues, denials, hedges, attributions), one line each.
    std::string explain(const Article& article) const;

    // A digest of the lexicons' contents: claims record it, `reextract` compares against it.
    const std::string& lexicon_version() const;
    const HardwareFamilies& families() const;
    // What the user's lexicon files added, a line each (`tracker lexicon check`).
    const std::vector<std::string>& user_additions() const;

private:
    explicit Extractor(std::unique_ptr<Lexicon> lexicon);
    std::unique_ptr<Lexicon> m_lexicon;
};

}  // namespace tracker::extract
