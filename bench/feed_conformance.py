#!/usr/bin/env python3
"""Measure `tracker feed show` against the feedparser conformance files.

usage: feed_conformance.py TRACKER [SUITE_DIR] [--verbose]

SUITE_DIR defaults to ../shared/corpora/feedparser-tests (see its SOURCE.md). Each test file
carries expectations about feedparser's result; this script keeps the ones that map onto what
`tracker feed show --format json` prints, and runs each file through it:

  feed.title, feed.link                  -> title, link
  entries[i].title / link / id / author  -> items[i].title / link / id / author
  entries[i].published_parsed / updated_parsed (UTC struct_time) -> items[i].published / updated
  bozo == False                          -> the feed parses (exit 0)

A file counts when at least one of its assertions maps; it passes when all of those hold.
Assertions on fields tracker does not output (HTML descriptions, sanitising, encodings, iTunes,
links lists, ...) are not counted. HTTP-only tests (headers from a mock server) are skipped.
"""
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone

FIELDS = {"title": "title", "link": "link", "id": "id", "author": "author"}


def run(tracker, path):
    r = subprocess.run([tracker, "feed", "show", path, "--format", "json"], capture_output=True, text=True,
                       timeout=30)
    if r.returncode != 0:
        return None
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError:
        return None


def iso_of(struct):
    return datetime(*struct[:6], tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check(assertion, feed):
    """True/False for a mapped assertion, None when it does not map."""
    op, path, value = assertion.get("op"), assertion.get("path") or [], assertion.get("value")
    if op == "bozo":
        return None if value else feed is not None
    if op != "==" or not path:
        return None
    if feed is None:
        return False
    if path[0] == "feed" and len(path) == 2 and path[1] in ("title", "link"):
        return (feed.get(path[1]) or "") == value
    if path[0] == "entries" and len(path) == 3 and isinstance(path[1], int):
        items = feed.get("items") or []
        item = items[path[1]] if path[1] < len(items) else {}
        if path[2] in FIELDS:
            return (item.get(FIELDS[path[2]]) or "") == value
        if path[2] in ("published_parsed", "updated_parsed") and isinstance(value, list):
            got = item.get(path[2].split("_")[0])
            return got is not None and got.startswith(iso_of(value)[:19])
    return None


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if a != "--verbose"]
    tracker = os.path.abspath(args[0])
    suite = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/corpora/feedparser-tests")
    if not os.path.exists(os.path.join(suite, "expectations.jsonl")):
        print(f"feed_conformance: no suite at {suite}; nothing measured")
        return 0
    counted, passed = Counter(), Counter()
    for line in open(os.path.join(suite, "expectations.jsonl"), encoding="utf-8"):
        e = json.loads(line)
        if e.get("http_headers") or "http" in e["file"] or not e.get("assertions"):
            continue
        if not any(check(a, {"items": []}) is not None for a in e["assertions"] if a.get("op") != "bozo"):
            continue
        feed = run(tracker, os.path.join(suite, e["file"]))
        results = [check(a, feed) for a in e["assertions"]]
        results = [r for r in results if r is not None]
        key = e["suite"] + "/" + (e.get("group") or "-")
        counted[key] += 1
        if all(results):
            passed[key] += 1
        elif verbose:
            print("FAIL", e["file"], "|", e["expect"][:120])
    total, ok = sum(counted.values()), sum(passed.values())
    for key in sorted(counted):
        print(f"  {key:<28} {passed[key]:>4} / {counted[key]:<4}")
    print(f"feed conformance: {ok} of {total} files pass ({100.0 * ok / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
