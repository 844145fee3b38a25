#include "report/html_style.h"

#include <initializer_list>
#include <iterator>

#include <fmt/core.h>

#include "report/report_labels.h"

namespace tracker::report {

namespace {

// Colours from the Okabe-Ito palette (told apart with the common colour blindnesses), darkened
// where text needs a 4.5:1 contrast on white. Class names are short on purpose: the markup they
// style repeats once per claim, and a report of 10,000 claims must stay under 5 MB (issue 8).
constexpr std::string_view k_style = R"css(
:root{--ink:#1c1c1c;--muted:#555;--rule:#d5d8dc;--asserted:#0a5c9e;--denied:#b34400;
--corroborated:#00704f;--contradicted:#7a3f8f;--st-denied:#b34400;--single:#555;--hl:#fff2b3}
*{box-sizing:border-box}
body{font:15px/1.45 "DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:#fff;margin:0 auto;
padding:1.2rem 1.5rem 3rem;max-width:1280px}
h1{font-size:1.5rem;margin:0 0 .2rem}
h2{font-size:1.2rem;border-bottom:2px solid var(--ink);padding-bottom:.15rem;margin:1.8rem 0 .6rem}
a{color:var(--asserted)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.sel,.counts{margin:.1rem 0;color:var(--muted)}
nav a{margin-right:1.2rem;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;font-size:.82rem;color:var(--muted);margin:.2rem 0 .8rem}
.legend div{white-space:nowrap}.legend dt{display:inline;font-weight:600}.legend dd{display:inline;margin:0 0 0 .3rem}
.st{display:inline-block;padding:0 .45em;border:1px solid currentColor;border-radius:.7em;font-size:.8rem;
white-space:nowrap;font-weight:600;font-style:normal}
.s-corroborated{color:var(--corroborated)}.s-contradicted{color:var(--contradicted);border-style:dashed}
.s-denied{color:var(--st-denied);border-width:2px}.s-single-source{color:var(--single);border-style:dotted}
.pa{color:var(--asserted)}.pd{color:var(--denied)}
.defs{position:absolute;width:0;height:0;overflow:hidden}
#ma{fill:var(--asserted)}#md{fill:var(--denied)}
.tl{position:relative}
.tl-axis,.ln{display:grid;grid-template-columns:15rem 1fr;align-items:center;padding-right:2rem}
.tl-axis{position:sticky;top:0;background:#fff;z-index:1;border-bottom:1px solid var(--ink)}
.tl-axis svg{display:block;width:100%;height:26px;overflow:visible}
.axis text{font-size:11px;fill:var(--muted);text-anchor:middle}
.axis line{stroke:var(--ink)}
.tl-grid{position:absolute;left:15rem;top:0;width:calc(100% - 17rem);height:100%;pointer-events:none}
.tl-grid line{stroke:var(--rule);stroke-dasharray:2 3}
.tp{border-top:1px solid var(--rule);padding:.3rem 0;break-inside:avoid}
.tp p{font-size:.88rem;margin:0 0 .1rem}
.tp small{color:var(--muted);font-size:.8rem}
.ln b{font-weight:400;font-size:.8rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding:0 .6rem 0 .8rem}
.ln b small{color:var(--muted)}
.ln svg{display:block;width:100%;height:18px;overflow:visible}
.ln use{stroke:#fff;stroke-width:1}
.ln a:focus{outline:none}.ln a:focus use,.ln a:hover use{stroke:var(--ink);stroke-width:2.5}
.ln line{stroke-width:4;stroke-linecap:round;opacity:.35}.ln .sa{stroke:var(--asserted)}.ln .sd{stroke:var(--denied)}
table{border-collapse:collapse;width:100%;font-size:.84rem}
caption{text-align:left;color:var(--muted);padding-bottom:.3rem}
th,td{border-bottom:1px solid var(--rule);padding:.25rem .4rem;text-align:left;vertical-align:top}
thead th{background:#eef0f3;position:sticky;top:0}
td.n,th.n{text-align:right}td.d{white-space:nowrap}
#evidence details{margin:.6rem 0;border-left:3px solid var(--rule);padding-left:.7rem}
#evidence summary{cursor:pointer}
#evidence h3{display:inline;font-size:1rem;margin:0 .4rem 0 0}
#evidence h4{margin:.5rem 0 .1rem .4rem;font-size:.9rem;break-after:avoid}#evidence h4 small{font-weight:400;color:var(--muted)}
#evidence p[id]{margin:.05rem 0 .1rem 1.2rem;padding:.05rem .3rem}
#evidence p[id] b{font-size:.8rem;color:var(--asserted)}#evidence p[id] b.pd{color:var(--denied)}
#evidence p[id]>a{font-size:.84rem;white-space:nowrap}
#evidence p[id]:target,#articles li:target{background:var(--hl);outline:2px solid #c99a00}
.more{color:var(--muted);font-size:.85rem}
#articles ol{font-size:.84rem;list-style:none;padding-left:.9rem}#articles li{margin:.15rem 0}
#articles li::before{content:attr(id) " ";color:var(--muted)}
@page{size:A4;margin:12mm}
@media print{
body{font-size:9pt;padding:0;max-width:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}
nav{display:none}
h2{break-after:avoid}
.tl-axis{position:static}
.tl-axis,.ln{grid-template-columns:10rem 1fr}
.tl-grid{left:10rem;width:calc(100% - 12rem)}
.axis text{font-size:9px}
thead th{position:static}
thead{display:table-header-group}
tr,#evidence p{break-inside:avoid}
table{font-size:7.5pt}
th,td{padding:.15rem .25rem;overflow-wrap:anywhere}
td.d{overflow-wrap:normal}
.st{white-space:normal}
a{color:inherit;text-decoration:none}
#evidence p[id]>a::after{content:" (" attr(href) ")"}
#evidence summary{list-style:none}#evidence summary>a{display:none}
}
)css";

}  // namespace

std::string report_css() {
    std::string css(k_style);
    auto it = std::back_inserter(css);
    // The symbols that say a status or a polarity without colour, from report_labels.h; the
    // second `content` hides them from screen readers, which read the word beside them.
    auto symbol_rule = [&](std::initializer_list<std::string_view> selectors, std::string_view symbol) {
        for (auto selector = selectors.begin(); selector != selectors.end(); ++selector)
            fmt::format_to(it, "{}{}::before", selector == selectors.begin() ? "" : ",", *selector);
        fmt::format_to(it, "{{content:\"{0} \";content:\"{0} \" / \"\"}}\n", symbol);
    };
    for (const auto& status : k_status_labels) symbol_rule({fmt::format(".s-{}", status.status)}, status.symbol);
    // In the evidence an asserting claim's <b> has no class (one per claim: bytes count), a denying one `pd`.
    symbol_rule({".pa", "#evidence p[id] b"}, polarity_label(Polarity::asserted).symbol);
    symbol_rule({".pd", "#evidence p[id] b.pd"}, polarity_label(Polarity::denied).symbol);
    return css;
}

}  // namespace tracker::report
