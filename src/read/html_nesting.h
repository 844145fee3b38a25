// How deeply an HTML page nests its elements, estimated in one linear pass before gumbo parses it.
//
// Why: gumbo 0.10 (Debian 12) puts no limit on the depth of the tree it builds, and its tree
// builder walks the stack of open elements for many tags: 50,000 nested <div>s take seconds, a
// few megabytes of them hours, and about 1.7 million nested <span>s overflow its stack (measured
// for issue 6). Browsers stop nesting long before (Chromium at 512 levels), so no real page needs
// more than k_max_html_depth; a deeper one is refused before gumbo sees it.
//
// How: a tokenizer that follows the HTML tokenizer wherever it decides what is markup (tags and
// their quoted attribute values, comments as gumbo ends them, doctypes and bogus comments, CDATA
// in SVG and MathML, the raw text of script (with its escapes), style, title, textarea, xmp,
// iframe, noembed, noframes and plaintext), feeding a stack of open element names that follows
// the tree builder's main rules: void elements never open; an end tag closes the nearest open
// element of its name unless a scope boundary or (for most names) a "special" element stands
// between; </body> and </html> close nothing; <p>, <li>, <dd>/<dt>, table rows and cells,
// <option>, headings, <a> and <button> close the open sibling they replace; inside <select> most
// tags are ignored; SVG and MathML elements may close themselves ("/>") and some HTML tags break
// out of them. Where the rules are simplified the estimate errs deep: it may refuse a very sloppy
// page rather than let a deep one through (the tests check the bombs and the tricks we know of;
// the parse that follows measures gumbo's real tree too). Frameset pages are not modelled beyond
// counting <frameset>s.
#pragma once

#include <cstddef>
#include <string_view>

namespace tracker::read {

// Deeper than this, an HTML page is refused ("HTML nested too deeply (over 1000 levels)").
inline constexpr std::size_t k_max_html_depth = 1000;

// The estimated depth of `html`'s element tree, counting from the first element; it stops
// counting, and returns, as soon as the estimate passes `limit`.
std::size_t estimated_html_depth(std::string_view html, std::size_t limit = k_max_html_depth);

}  // namespace tracker::read
