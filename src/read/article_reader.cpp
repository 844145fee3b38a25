// parse_article and read_article (tracker/read.h): the reading stage's steps in order.
//
//   1. checked_utf8_text: size cap, NUL bytes, UTF-8, byte-order mark, emptiness
//   2. HTML input (.html, .htm; standard input that starts like HTML; InputInfo::html): the article's text
//      and the page's metadata (html_article.h); other input: the front matter (front_matter.h)
//   3. the lines after the front matter, judged prose or furniture (article_lines.h)
//   4. metadata found in the text (article_metadata.h), for what steps 2 left empty
//   5. the body: the prose lines, less the publisher line
// Metadata precedence: overrides, then front matter or the page's declared metadata, then what
// the text shows, then the file's name (title and source). Nothing dates an article but these:
// without them its reported_date stays empty (undated), whatever the file's modification time.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>

#include "read/article_lines.h"
#include "read/article_metadata.h"
#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/front_matter.h"
#include "read/html_article.h"
#include "read/page_furniture.h"
#include "read/utf8_text.h"
#include "tracker/read.h"

namespace tracker::read {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_stdin_name = "stdin";

bool is_html(std::string_view path, std::string_view text) {
    if (path == "-") {
        // Standard input has no extension: a page announces itself in its first bytes.
        std::string_view start = trim(text.substr(0, 64));
        return starts_with_folded(start, "<!doctype html") || starts_with_folded(start, "<html");
    }
    std::string extension = folded_ascii(fs::path(path).extension().string());
    return extension == ".html" || extension == ".htm";
}

// The name title and source fall back to: the one given, else the file's name without its
// extension.
std::string fallback_name(const InputInfo& info) {
    if (!info.fallback_name.empty())
        return info.fallback_name;
    const std::string_view path = info.path;
    if (path == "-")
        return std::string(k_stdin_name);
    return fs::path(path).stem().string();
}

void take(std::string& field, std::string_view value) {
    if (field.empty())
        field = value;
}

void apply_overrides(Article& article, const ArticleOverrides& overrides) {
    if (!overrides.title.empty())
        article.title = overrides.title;
    if (!overrides.source.empty())
        article.source = overrides.source;
    if (!overrides.url.empty())
        article.url = overrides.url;
    if (!overrides.date.empty())
        article.reported_date = overrides.date;
}

// Steps 2 for HTML: the page's text replaces the markup.
Expected<std::size_t> take_html(Article& article, std::string_view html) {
    auto read = read_html_article(html);
    if (!read)
        return fail(article.path, read.error());
    HtmlArticle& page = *read;
    if (trim(page.text).empty())
        return fail(article.path, "no article text in the HTML");
    article.text = std::move(page.text);
    article.title = page.title;
    article.source = page.source;
    article.url = page.url;
    article.author = page.author;
    article.reported_date = page.date;
    return 0;
}

// Step 2 for text: the front matter; returns where the rest of the text starts.
Expected<std::size_t> take_front_matter(Article& article) {
    auto block = parse_front_matter(article.text);
    if (!block)
        return fail(article.path, block.error());
    if (block->present && trim(std::string_view(article.text).substr(block->end)).empty())
        return fail(article.path, "no text after the front matter");
    article.title = block->title;
    article.source = block->source;
    article.url = block->url;
    article.author = block->author;
    article.reported_date = block->date;
    return block->end;
}

void take_found_metadata(Article& article, std::vector<ArticleLine>& lines, const InputInfo& info) {
    const PageFurniture& furniture = PageFurniture::standard();
    ArticleMetadata found = find_metadata(article.text, lines, furniture, info.modified);
    if (found.publisher_line)
        lines[*found.publisher_line].kind = LineKind::furniture;
    take(article.title, found.title);
    take(article.source, found.source);
    take(article.reported_date, found.date);
    take(article.author, found.author);
    take(article.title, fallback_name(info));
    take(article.source, fallback_name(info));
    // No date of last resort (issue 16): a file's modification time says when it was saved, not
    // when it was published, and dating by it put "first denied" on the day pages were ingested.
}

Expected<std::string> read_stream(std::FILE* file, const std::string& path) {
    std::string bytes;
    char buffer[1 << 16];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file)) {
        bytes.append(buffer, n);
        if (bytes.size() > k_max_article_bytes)
            return fail(path, too_large_stream_reason());  // stop: do not read it all
    }
    if (std::ferror(file))
        return fail(path, std::string("cannot read: ") + std::strerror(errno));
    return bytes;
}

Expected<std::string> read_file(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error))
        return fail(path, "is a directory");
    if (auto size = fs::file_size(path, error); !error && size > k_max_article_bytes)
        return fail(path, too_large_reason(size));
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
    if (!file) {
        if (errno == ENOENT)
            return fail(path, "no such file or directory");
        return fail(path, std::string("cannot read: ") + std::strerror(errno));
    }
    return read_stream(file.get(), path);
}

std::chrono::system_clock::time_point modification_time(const std::string& path) {
    std::error_code error;
    auto written = fs::last_write_time(path, error);
    if (error)
        return std::chrono::system_clock::now();
    return std::chrono::time_point_cast<std::chrono::system_clock::duration>(
        std::chrono::file_clock::to_sys(written));
}

}  // namespace

Expected<Article> parse_article(std::string_view bytes, const InputInfo& info,
                                const ArticleOverrides& overrides) {
    auto checked = checked_utf8_text(bytes);
    if (!checked)
        return fail(info.path, checked.error());
    Article article;
    article.path = info.path;
    article.text = std::string(*checked);
    auto body_start = info.html || is_html(info.path, article.text) ? take_html(article, *checked)
                                                                    : take_front_matter(article);
    if (!body_start)
        return tl::unexpected(body_start.error());
    auto lines = read_lines(article.text, *body_start, PageFurniture::standard());
    take_found_metadata(article, lines, info);
    article.body = body_spans(article.text, lines);
    apply_overrides(article, overrides);
    return article;
}

Expected<Article> read_article(const std::string& path, const ArticleOverrides& overrides) {
    if (path == "-") {
        auto bytes = read_stream(stdin, path);
        if (!bytes)
            return tl::unexpected(bytes.error());
        return parse_article(*bytes, {path, std::chrono::system_clock::now()}, overrides);
    }
    auto bytes = read_file(path);
    if (!bytes)
        return tl::unexpected(bytes.error());
    return parse_article(*bytes, {path, modification_time(path)}, overrides);
}

}  // namespace tracker::read
