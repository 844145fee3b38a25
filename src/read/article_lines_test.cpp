#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "read/article_lines.h"

using namespace tracker;
using namespace tracker::read;

namespace Catch {
template <>
struct StringMaker<Span> {
    static std::string convert(Span span) {
        return "[" + std::to_string(span.start) + ", " + std::to_string(span.end) + ")";
    }
};
}  // namespace Catch

namespace {

std::vector<std::string> body_texts(std::string_view text) {
    auto lines = read_lines(text, 0, PageFurniture::standard());
    std::vector<std::string> out;
    for (Span span : body_spans(text, lines))
        out.emplace_back(text.substr(span.start, span.end - span.start));
    return out;
}

}  // namespace

TEST_CASE("read_lines: each line judged, with its prose span", "[read]") {
    std::string_view text = "Wafer Lab ships a chip\r\n\r\nShare on X\r\n  It said so.  \r\n";
    auto lines = read_lines(text, 0, PageFurniture::standard());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].kind == LineKind::prose);
    CHECK(lines[0].line == Span{0, 23});
    CHECK(lines[0].prose == Span{0, 22});
    CHECK(lines[1].kind == LineKind::blank);
    CHECK(lines[2].kind == LineKind::furniture);
    CHECK(lines[3].kind == LineKind::prose);
    CHECK(lines[3].prose == Span{40, 51});
}

TEST_CASE("read_lines: starts where it is told", "[read]") {
    std::string_view text = "---\ntitle: x\n---\nBody line here.";
    auto lines = read_lines(text, 17, PageFurniture::standard());
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].prose == Span{17, 32});
}

TEST_CASE("body_spans: bullets, list numbers and glued icons are skipped", "[read]") {
    std::string_view text =
        "  \xE2\x80\xA2 1Wafer Lab, a chip firm, said so.\n"
        "\xC2\xB7" "2Ruritania denied it.\n"
        "- A plain item.\n"
        "* Another item.\n"
        "\xE2\x80\xA2 check_circleThe lab confirmed it.\n"
        "3. A numbered item.\n"
        "## A heading in Markdown\n"
        "4G networks were not involved.\n";
    CHECK(body_texts(text) == std::vector<std::string>{
                                  "Wafer Lab, a chip firm, said so.", "Ruritania denied it.",
                                  "A plain item.", "Another item.", "The lab confirmed it.",
                                  "A numbered item.", "A heading in Markdown",
                                  "4G networks were not involved."});
}

TEST_CASE("body_spans: spans are exact byte ranges of the text", "[read]") {
    std::string_view text = "\xE2\x80\xA2 1\xC3\x96zel Lab said so.\n";
    auto lines = read_lines(text, 0, PageFurniture::standard());
    CHECK(body_spans(text, lines) == std::vector<Span>{{5, 23}});
}

TEST_CASE("body_spans: furniture lines are left out", "[read]") {
    std::string_view text =
        "Chip Newsvisibility12 views\n"
        "calendar_today\xF0\x9F\x87\xB9\xF0\x9F\x87\xB7 Turkish edition\n"
        "recommendRelated Articles\n"
        "summarize3-Point Summary\n"
        "\xE2\x80\xA2 check_circleEstimated reading time is 3 minutes here.\n"
        "Loading...\n"
        "0:000:00\n"
        "Published 3 hours ago2 minute read\n"
        "By Ada Quill\n"
        "The lab bought chips.\n"
        "---\n";
    CHECK(body_texts(text) == std::vector<std::string>{"The lab bought chips."});
}

TEST_CASE("body_spans: the list under a heading of links to other stories is left out", "[read]") {
    std::string_view text =
        "The lab bought chips.\n"
        "\n"
        "More from the Wafer Desk\n"
        "- Regulators fine a broker over H100 shipments\n"
        "\n"
        "- Why the lab denies buying Blackwell servers\n"
        "Related\n"
        "1. Customs data show a rise in GPU imports\n"
        "The broker declined to comment.\n"
        "- A list item after prose is prose again\n";
    CHECK(body_texts(text) == std::vector<std::string>{"The lab bought chips.", "The broker declined to comment.",
                                                       "A list item after prose is prose again"});
}

TEST_CASE("body_spans: headlines with no bullet under 'Read more' are links too", "[read]") {
    std::string_view text =
        "The lab bought chips.\n"
        "\n"
        "Read more:\n"
        "Regulators fine a broker over H100 shipments\n"
        "Why the lab denies buying Blackwell servers\n"
        "\n"
        "The broker declined to comment.\n"
        "Related\n"
        "The lab said it was reviewing the order.\n";
    CHECK(body_texts(text) == std::vector<std::string>{"The lab bought chips.", "The broker declined to comment.",
                                                       "The lab said it was reviewing the order."});
}

TEST_CASE("body_spans: a hard-wrapped paragraph is one span", "[read]") {
    std::string_view text =
        "A lab in Ruritania said it bought\n"
        "accelerators through a shell company.\n"
        "Officials denied it\n"
        "Then they confirmed it.\n"
        "- An item that wraps\n"
        "onto a second line.\n";
    CHECK(body_texts(text) ==
          std::vector<std::string>{
              "A lab in Ruritania said it bought\naccelerators through a shell company.",
              "Officials denied it", "Then they confirmed it.", "An item that wraps",
              "onto a second line."});
}
