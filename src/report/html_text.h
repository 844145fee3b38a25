// Text from the database written into HTML. Every string a report takes from the store (names,
// titles, evidence, URLs) is formatted through `escaped(...)`, which replaces & < > " ' with
// entities: safe as element content and inside a quoted attribute value. Markup the report
// writes itself goes into the format string, never through an argument.
#pragma once

#include <string_view>

#include <fmt/core.h>

namespace tracker::report {

struct EscapedText {
    std::string_view text;
};

inline EscapedText escaped(std::string_view text) { return {text}; }

}  // namespace tracker::report

template <>
struct fmt::formatter<tracker::report::EscapedText> {
    constexpr auto parse(format_parse_context& ctx) { return ctx.begin(); }

    template <class FormatContext>
    auto format(const tracker::report::EscapedText& e, FormatContext& ctx) const {
        auto out = ctx.out();
        for (char c : e.text) {
            std::string_view entity;
            switch (c) {
                case '&': entity = "&amp;"; break;
                case '<': entity = "&lt;"; break;
                case '>': entity = "&gt;"; break;
                case '"': entity = "&quot;"; break;
                case '\'': entity = "&#39;"; break;
                default: *out++ = c; continue;
            }
            for (char e_char : entity) *out++ = e_char;
        }
        return out;
    }
};
