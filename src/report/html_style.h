// The report's style sheet, written inline into the page (the Content-Security-Policy allows
// inline styles and nothing else). Colour is never the only carrier: polarity is also a shape
// (circle, triangle), a symbol and a word, status a symbol, a border and a word; the symbols
// come from report_labels.h. `@media print` lays the page out for A4.
#pragma once

#include <string>
#include <string_view>

namespace tracker::report {

std::string report_css();

// Nothing may be fetched: no script, font, image file, frame, form target or base URL. Inline
// styles and data: images are all a page uses.
inline constexpr std::string_view k_content_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

}  // namespace tracker::report
