// The report's style sheet, written inline into the page (the Content-Security-Policy allows
// inline styles and nothing else). Colour is never the only carrier: polarity is also a shape
// (circle, triangle), a symbol and a word, status a symbol, a border and a word; the symbols
// come from report_labels.h. `@media print` lays the page out for A4.
#pragma once

#include <string>

namespace tracker::report {

std::string report_css();

}  // namespace tracker::report
