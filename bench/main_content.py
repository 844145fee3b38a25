#!/usr/bin/env python3
"""Main-content extraction measured on Mozilla Readability's test pages (issue 16).

    python3 bench/main_content.py [TRACKER] [--corpus DIR] [--verbose] [--worst N]

TRACKER is the built binary (default build/tracker). The corpus defaults to
../shared/corpora/readability-test-pages beside the repository: 130 saved pages, each with the
article text Readability.js is expected to extract (expected.html) and its metadata
(expected-metadata.json). The pages are only read from there, never copied into the project.

Text: `tracker parse PAGE... --format json` gives, for each page, the text the extractor read.
Both that text and expected.html (tags stripped) are cut into words (runs of \\w, as the
article-extraction-benchmark does) and then into 4-word shingles; a page's precision is the share
of its shingles found in the expected ones (counted with multiplicity), recall the share of the
expected ones found, F1 their harmonic mean. Figures are averages over pages; a page tracker
rejects (no article text) scores 0. Pages Readability judges not worth reading
(readerable: false) are scored apart: their expected text is whatever Readability kept anyway.

Metadata: title (exact after collapsing whitespace), source against siteName, author against
byline, date against publishedTime (its UTC day, as tracker gives dates), each over the pages whose
expectation is non-null.

Speed: pages/s of the whole `tracker parse` run (HTML parsing, extraction of claims and JSON
output included; one process for all pages, so start-up counts once).
"""
import argparse
import datetime
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(
    os.path.join(HERE, "..", "..", "shared", "corpora", "readability-test-pages"))
WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


class TextOfHtml(html.parser.HTMLParser):
    """The text of an HTML fragment, blocks separated by spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(fragment):
    parser = TextOfHtml()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())


def shingles(text):
    words = WORD.findall(text)
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def score(expected, got):
    """precision, recall, f1 of got's shingles against expected's."""
    want, have = shingles(expected), shingles(got)
    if not want and not have:
        return 1.0, 1.0, 1.0
    common = sum((want & have).values())
    precision = common / sum(have.values()) if have else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def collapsed(text):
    return " ".join((text or "").split())


def same_day(expected_time, got_date):
    """tracker gives the UTC day; a time without a zone is taken as UTC, as tracker does."""
    try:
        when = datetime.datetime.fromisoformat(expected_time)
        if when.tzinfo:
            when = when.astimezone(datetime.timezone.utc)
        return when.date().isoformat() == (got_date or "")
    except ValueError:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", expected_time or "")
        return bool(match) and match.group(1) == (got_date or "")


def run_tracker(tracker, pages):
    started = time.monotonic()
    run = subprocess.run([tracker, "--db", os.devnull, "parse", "--format", "json", *pages],
                         capture_output=True, text=True)
    seconds = time.monotonic() - started
    if run.returncode not in (0, 3):
        sys.exit(f"main_content.py: {tracker} parse failed ({run.returncode}): {run.stderr[:500]}")
    parsed = {entry["path"]: entry for entry in json.loads(run.stdout)}
    return parsed, seconds, run.stderr


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tracker", nargs="?", default=os.path.join(HERE, "..", "build", "tracker"))
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages of lowest F1")
    args = parser.parse_args()

    pages_dir = os.path.join(args.corpus, "test", "test-pages")
    if not os.path.isdir(pages_dir):
        print(f"main_content.py: the corpus is absent ({pages_dir} not found): nothing measured. "
              "It is Mozilla Readability's test/test-pages, kept in ../shared/corpora/"
              "readability-test-pages beside the repository.")
        return 0
    if not os.access(args.tracker, os.X_OK):
        sys.exit(f"main_content.py: no tracker binary at {args.tracker} (build first)")

    cases = sorted(os.listdir(pages_dir))
    sources = [os.path.join(pages_dir, case, "source.html") for case in cases]
    parsed, seconds, stderr = run_tracker(args.tracker, sources)

    rows = []
    for case, source in zip(cases, sources):
        folder = os.path.join(pages_dir, case)
        with open(os.path.join(folder, "expected.html"), encoding="utf-8") as f:
            expected = html_text(f.read())
        with open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        got = parsed.get(source)
        p, r, f1 = score(expected, got["text"] if got else "")
        rows.append({"case": case, "readerable": meta.get("readerable", True), "meta": meta,
                     "got": got, "p": p, "r": r, "f1": f1})

    def report(label, chosen):
        print(f"{label}: {len(chosen)} pages, F1 {mean(x['f1'] for x in chosen):.3f} "
              f"(precision {mean(x['p'] for x in chosen):.3f}, "
              f"recall {mean(x['r'] for x in chosen):.3f}); "
              f"{sum(1 for x in chosen if not x['got'])} rejected, "
              f"{sum(1 for x in chosen if x['got'] and x['f1'] < 0.5)} under F1 0.5")

    readerable = [x for x in rows if x["readerable"]]
    report("readerable pages", readerable)
    report("all pages", rows)
    report("not readerable (apart)", [x for x in rows if not x["readerable"]])

    checks = [("title", "title", lambda want, got: collapsed(want) == collapsed(got)),
              ("source", "siteName", lambda want, got: collapsed(want).lower() == collapsed(got).lower()),
              ("author", "byline", lambda want, got: collapsed(got).lower() in collapsed(want).lower()
               and bool(collapsed(got))),
              ("date", "publishedTime", same_day)]
    parts = []
    for field, key, same in checks:
        judged = [x for x in readerable if x["meta"].get(key)]
        hits = sum(1 for x in judged if x["got"] and same(x["meta"][key], x["got"].get(field)))
        parts.append(f"{field} {hits}/{len(judged)}")
    print("metadata (readerable pages):", ", ".join(parts))
    print(f"speed: {len(rows)} pages in {seconds:.2f} s, {len(rows) / seconds:.1f} pages/s "
          "(tracker parse, one process, extraction included)")

    if args.verbose:
        for x in rows:
            print(f"  {x['case']:40} F1 {x['f1']:.3f}  P {x['p']:.3f}  R {x['r']:.3f}"
                  f"{'' if x['readerable'] else '  (not readerable)'}{'' if x['got'] else '  REJECTED'}")
    if args.worst:
        for x in sorted(readerable, key=lambda x: x["f1"])[:args.worst]:
            print(f"  {x['case']:40} F1 {x['f1']:.3f}  P {x['p']:.3f}  R {x['r']:.3f}")
    if stderr.strip() and args.verbose:
        print(stderr.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
