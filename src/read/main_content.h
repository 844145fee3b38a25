// The main content of an HTML page: the blocks that hold its article, and the elements inside
// them that are page furniture. It decides what to read; html_article.cpp writes the text.
//
// How, in the tradition of readability.js (whose rules and constants these are unless said
// otherwise; the measure is bench/main_content.py):
//   1. Elements that are never article text are left out: scripts and styles, forms' controls,
//      nav, aside, footer, figure, a header outside an <article>, hidden elements (hidden,
//      aria-hidden, display:none), navigation and dialog roles, and blocks whose class or id
//      names furniture (data/html_blocks.tsv: drop; unlikely, under MainContentRules), except
//      an <article> or <main> whose names also say likely (class="post hentry commented"),
//      and an element marked itemprop="articleBody".
//   2. A page that marks its body (itemprop="articleBody" holding 200 characters or more) has
//      that element as its content.
//   3. Otherwise each paragraph (a <p>, <pre> or <td>, a <div> without blocks in it, or a run of
//      text directly in a block) of 25 characters or more scores 1 + its commas + one per 100
//      characters (at most 3), given whole to its parent, half to its grandparent and a third
//      of its level to each ancestor up to the fifth. An ancestor starts from its tag (div +5,
//      pre/td/blockquote +3, lists and forms -3, headings -5) and its names (+/-25 each for class
//      and id). Scores are then scaled by 1 - link density (characters inside links / all).
//   4. The best scoring element is the top candidate; it moves up to an ancestor holding three
//      of the near-best (within 75%), to a parent that scores more, and past single-child
//      wrappers; then (tracker's rule) to an ancestor at most three levels up that holds half as
//      much prose again with few links (a body that ads cut in parts). Its siblings join when
//      they score a fifth of it (at least 10), or are paragraphs of prose with few links. A page with no paragraph long enough to score has
//      the <article> holding the most text as its content, else its <main>, else its body.
//   5. Inside the content, lists, tables, forms and divs with under 10 commas are left out when
//      they look like furniture: more links than text (a fifth, or half for a likely name), more
//      form inputs than a third of their paragraphs, more images than twice their paragraphs, or
//      under 25 characters with no image and no full stop at the end (a label such as
//      "Advertisement"; "Nvidia denied it." is prose). Data tables (th, caption) stay. So do
//      headings, unless their names say furniture, and paragraphs, unless more than half their text
//      is links ("Read more: ..."; this rule is tracker's, not readability's).
// read_html_article runs this with all rules, and again with fewer when what it keeps is under
// 500 bytes (readability's retry), taking a relaxed result only when it is twice as long.
#pragma once

#include <gumbo.h>

#include <unordered_set>
#include <vector>

#include "read/html_block_names.h"

namespace tracker::read {

struct MainContentRules {
    bool strip_unlikely = true;       // leave out `unlikely` blocks (data/html_blocks.tsv)
    bool weigh_classes = true;        // class and id names weigh in scores
    bool clean_conditionally = true;  // step 5
    // Leave out `drop` blocks even when they hold more than half the page's text (a wrapper
    // named "has-comments"). The body is never left out, hidden or not (a page that a script
    // shows once it has loaded).
    bool drop_whole_page = true;
};

struct MainContent {
    std::vector<const GumboNode*> blocks;           // in document order
    std::unordered_set<const GumboNode*> left_out;  // elements inside the blocks not read
};

// `body` is the page's <body> element (or its root when gumbo made none).
MainContent find_main_content(const GumboNode& body, const HtmlBlockNames& names,
                              const MainContentRules& rules);

// Whether an element is never article text, whatever the rules (step 1 before names);
// `in_article`: whether an <article> holds it (a <header> there holds the headline).
bool is_never_text(const GumboNode& element, bool in_article);

}  // namespace tracker::read
