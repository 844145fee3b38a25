#include "article_folder.h"

#include <fmt/core.h>

#include "tracker/read.h"

namespace tracker::bench {

ArticleFolder load_article_folder(const std::string& folder) {
    ArticleFolder out;
    const read::InputList inputs = read::list_inputs({folder});
    for (const Error& e : inputs.rejected) fmt::print(stderr, "bench: {}\n", e.message()), ++out.rejected;
    out.articles.reserve(inputs.files.size());
    for (const std::string& path : inputs.files) {
        auto article = read::read_article(path);
        if (!article) {
            fmt::print(stderr, "bench: {}\n", article.error().message());
            ++out.rejected;
            continue;
        }
        out.text_bytes += article->text.size();
        out.articles.push_back(std::move(*article));
    }
    return out;
}

}  // namespace tracker::bench
