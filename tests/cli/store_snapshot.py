"""Compares what tracker shows of a store against a reference, for the crash and concurrency suites.

A snapshot NAME is two files written by tracker itself: NAME.articles.json (`tracker articles
--format json`) and NAME.claims.jsonl (`tracker query --format jsonl`). Commands, each exiting 1
with the reason on standard error when the check fails:

    python3 store_snapshot.py integrity DB
        SQLite's integrity_check and foreign_key_check pass on the database file DB.
    python3 store_snapshot.py subset SNAPSHOT REFERENCE
        every article of SNAPSHOT is stored once and has exactly the claims it has in REFERENCE
        (same count; same actor, allegation, hardware, polarity and evidence span), and every
        article the claims of SNAPSHOT come from has them all: none is stored without its claims
        or with part of them. (The two files may be taken at different times.)
    python3 store_snapshot.py equal SNAPSHOT REFERENCE
        subset, and SNAPSHOT holds every article of REFERENCE.
    python3 store_snapshot.py count SNAPSHOT
        prints the number of articles in SNAPSHOT.
"""
import collections
import json
import sqlite3
import sys


def integrity(db_path):
    db = sqlite3.connect(db_path)
    if db.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        return "integrity_check failed"
    if db.execute("PRAGMA foreign_key_check").fetchall():
        return "foreign_key_check failed"
    return None


def articles(name):
    return json.load(open(name + ".articles.json"))


def claims_by_path(name):
    claims = collections.defaultdict(list)
    for line in open(name + ".claims.jsonl"):
        c = json.loads(line)
        claims[c["article"]["path"]].append((c["actor"], c["allegation"], c["hardware"] or "", c["polarity"],
                                             c["evidence"]["start"], c["evidence"]["end"]))
    return {path: sorted(found) for path, found in claims.items()}


def subset(snapshot, reference):
    expected_counts = {a["path"]: a["claims"] for a in articles(reference)}
    paths = [a["path"] for a in articles(snapshot)]
    if len(paths) != len(set(paths)):
        return "an article is stored twice"
    for a in articles(snapshot):
        if a["claims"] != expected_counts.get(a["path"]):
            return f"{a['path']}: {a['claims']} claims, the clean run stored {expected_counts.get(a['path'])}"
    expected_claims = claims_by_path(reference)
    for path, found in claims_by_path(snapshot).items():
        if found != expected_claims.get(path):
            return f"{path}: its claims differ from the clean run's"
    return None


def equal(snapshot, reference):
    problem = subset(snapshot, reference)
    if problem:
        return problem
    missing = {a["path"] for a in articles(reference)} - {a["path"] for a in articles(snapshot)}
    return f"{len(missing)} articles missing, e.g. {sorted(missing)[0]}" if missing else None


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "count":
        print(len(articles(args[0])))
        return
    problem = {"integrity": integrity, "subset": subset, "equal": equal}[command](*args)
    if problem:
        sys.exit(f"store_snapshot {command}: {problem}")


if __name__ == "__main__":
    main()
