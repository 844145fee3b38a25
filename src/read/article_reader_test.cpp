#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "tracker/read.h"

using namespace tracker;
using namespace tracker::read;
using namespace std::chrono;
namespace fs = std::filesystem;

namespace {

const system_clock::time_point k_modified = sys_days{year{2025} / 12 / 10} + hours{8};

Expected<Article> parse(std::string_view bytes, std::string path = "in/wafers.txt",
                        const ArticleOverrides& overrides = {}) {
    return parse_article(bytes, {std::move(path), k_modified}, overrides);
}

std::vector<std::string> body_texts(const Article& article) {
    std::vector<std::string> out;
    for (Span span : article.body)
        out.push_back(article.text.substr(span.start, span.end - span.start));
    return out;
}

// A folder of our own under the system's temporary folder, removed afterwards.
class TempFolder {
public:
    TempFolder() : m_path(fs::temp_directory_path() / ("tracker_read_test_" + std::to_string(::getpid()))) {
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    std::string write(const std::string& name, std::string_view bytes) const {
        fs::path file = m_path / name;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }
    std::string path() const { return m_path.string(); }

private:
    fs::path m_path;
};

}  // namespace

TEST_CASE("parse_article: errors name the input and give one reason", "[read]") {
    CHECK(parse("caf\xE9").error().message() == "in/wafers.txt: not UTF-8 (invalid byte at offset 3)");
    CHECK(parse(std::string("\0\x01", 2)).error().message() ==
          "in/wafers.txt: binary file (NUL byte at offset 0)");
    CHECK(parse("").error().message() == "in/wafers.txt: empty file");
    CHECK(parse("---\ntitle: x\n").error().message() == "in/wafers.txt: front matter never closes");
    CHECK(parse("---\ntitle: x\n---\n\n").error().message() ==
          "in/wafers.txt: no text after the front matter");
    CHECK(parse("<html><script>x</script></html>", "in/page.html").error().message() ==
          "in/page.html: no article text in the HTML");
    std::string deep;
    for (int i = 0; i < 2000; ++i) deep += "<div>";
    CHECK(parse(deep + "Text.", "in/page.html").error().message() ==
          "in/page.html: HTML nested too deeply (over 1000 levels)");
}

TEST_CASE("parse_article: the text is kept as read, BOM aside", "[read]") {
    std::string_view bytes = "\xEF\xBB\xBFLab Buys Chips Abroad\r\n\r\nThe lab said so.\r\n";
    Article article = parse(bytes).value();
    CHECK(article.text == bytes.substr(3));
    CHECK(article.body == std::vector<Span>{{0, 21}, {25, 41}});
    CHECK(article.path == "in/wafers.txt");
}

TEST_CASE("parse_article: front matter gives the metadata and stays out of the body", "[read]") {
    Article article = parse(
        "---\n"
        "title: Chips cross a border\n"
        "source: The Daily Wafer\n"
        "url: https://example.org/chips\n"
        "date: 2025-12-03\n"
        "author: Ada Quill\n"
        "---\n"
        "Another Headline In The Text\n"
        "The lab said so.\n").value();
    CHECK(article.title == "Chips cross a border");
    CHECK(article.source == "The Daily Wafer");
    CHECK(article.url == "https://example.org/chips");
    CHECK(article.reported_date == "2025-12-03");
    CHECK(article.author == "Ada Quill");
    CHECK(body_texts(article) ==
          std::vector<std::string>{"Another Headline In The Text", "The lab said so."});
}

TEST_CASE("parse_article: a web copy's metadata is found and its furniture skipped", "[read]") {
    Article article = parse(
        "WaferWire24\n"
        "\n"
        "Ruritania Lab Bought Accelerators, Officials Say\n"
        "Published 16 hours ago4 minute read\n"
        "By Ada Quill\n"
        "\n"
        "\xE2\x80\xA2 1Ruritania Lab bought accelerators abroad.\n"
        "\xE2\x80\xA2 check_circleThis update matters.\n"
        "\n"
        "The lab denied it on Tuesday.\n"
        "\n"
        "Share on X\n"
        "recommendRelated Articles\n").value();
    CHECK(article.title == "Ruritania Lab Bought Accelerators, Officials Say");
    CHECK(article.source == "WaferWire24");
    CHECK(article.reported_date == "2025-12-09");
    CHECK(article.author == "Ada Quill");
    CHECK(body_texts(article) == std::vector<std::string>{
                                     "Ruritania Lab Bought Accelerators, Officials Say",
                                     "Ruritania Lab bought accelerators abroad.",
                                     "This update matters.", "The lab denied it on Tuesday."});
}

TEST_CASE("parse_article: falls back to the file's name, and to no date", "[read]") {
    Article article = parse("the lab said so.\n", "in/wafer-story.md").value();
    CHECK(article.title == "wafer-story");
    CHECK(article.source == "wafer-story");
    CHECK(article.reported_date.empty());
    CHECK(parse("the lab said so.\n", "-").value().title == "stdin");
}

TEST_CASE("parse_article: overrides win over everything", "[read]") {
    ArticleOverrides overrides{"Given title", "Given source", "https://example.org/given",
                               "2024-01-02"};
    Article article = parse("---\ntitle: x\nsource: y\nurl: z\ndate: 2025-01-01\n---\nText.\n",
                            "in/a.txt", overrides).value();
    CHECK(article.title == "Given title");
    CHECK(article.source == "Given source");
    CHECK(article.url == "https://example.org/given");
    CHECK(article.reported_date == "2024-01-02");
}

TEST_CASE("parse_article: HTML input is read as its article's text", "[read]") {
    Article article = parse(
        "<html><head><meta property=\"og:site_name\" content=\"The Daily Wafer\"></head>"
        "<body><article><h1>Lab Buys Chips</h1><p>By Ada Quill</p><p>The lab said so.</p>"
        "</article></body></html>",
        "in/page.HTM").value();
    CHECK(article.text == "Lab Buys Chips\n\nBy Ada Quill\n\nThe lab said so.\n");
    CHECK(article.title == "Lab Buys Chips");
    CHECK(article.source == "The Daily Wafer");
    CHECK(article.author == "Ada Quill");
    CHECK(body_texts(article) == std::vector<std::string>{"Lab Buys Chips", "The lab said so."});
    SECTION("standard input is HTML when it starts like a page") {
        CHECK(parse("<!DOCTYPE html><p>The lab said so.</p>", "-").value().text ==
              "The lab said so.\n");
        CHECK(parse("<p>The lab said so.</p>", "in/notes.txt").value().text ==
              "<p>The lab said so.</p>");
    }
}

TEST_CASE("issue 16: a file's modification time dates nothing but a relative date in its text",
          "[read]") {
    TempFolder folder;
    std::string path = folder.write("story.txt", "Lab Buys Chips Abroad\n\nThe lab said so.\n");
    fs::last_write_time(path, fs::file_time_type::clock::from_sys(k_modified));
    Article article = read_article(path).value();
    CHECK(article.reported_date.empty());
    CHECK(article.title == "Lab Buys Chips Abroad");
    CHECK(article.path == path);
    std::string relative = folder.write("relative.txt", "Lab Buys Chips Abroad\n\nPublished 2 days ago\n\nThe lab said so.\n");
    fs::last_write_time(relative, fs::file_time_type::clock::from_sys(k_modified));
    CHECK(read_article(relative).value().reported_date == "2025-12-08");
}

TEST_CASE("read_article: files that cannot be read", "[read]") {
    TempFolder folder;
    CHECK(read_article(folder.path() + "/none.txt").error().message() ==
          folder.path() + "/none.txt: no such file or directory");
    CHECK(read_article(folder.path()).error().message() == folder.path() + ": is a directory");
    std::string empty = folder.write("empty.txt", "");
    CHECK(read_article(empty).error().message() == empty + ": empty file");
    if (::geteuid() != 0) {  // root reads whatever the mode says
        std::string locked = folder.write("locked.txt", "text");
        ::chmod(locked.c_str(), 0);
        CHECK(read_article(locked).error().message() == locked + ": cannot read: Permission denied");
    }
}

TEST_CASE("issue 6: a stream longer than the limit is read no further", "[read]") {
    // /dev/zero has no size to check first: the reader stops at the limit instead of reading on.
    CHECK(read_article("/dev/zero").error().message() == "/dev/zero: too large (over the 10 MB limit)");
}
