#include "store/body_spans.h"

#include <charconv>

#include <fmt/format.h>

namespace tracker::store {

std::string body_spans_text(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& span : spans) {
        if (!out.empty()) out += ',';
        out += fmt::format("{}-{}", span.start, span.end);
    }
    return out;
}

std::vector<Span> body_spans_of(std::string_view text) {
    std::vector<Span> spans;
    for (std::size_t pos = 0; pos < text.size();) {
        Span span;
        auto [dash, e1] = std::from_chars(text.data() + pos, text.data() + text.size(), span.start);
        if (e1 != std::errc() || dash == text.data() + text.size()) break;
        auto [end, e2] = std::from_chars(dash + 1, text.data() + text.size(), span.end);
        if (e2 != std::errc()) break;
        spans.push_back(span);
        pos = static_cast<std::size_t>(end - text.data()) + 1;
    }
    return spans;
}

}  // namespace tracker::store
