#!/usr/bin/env python3
"""Fit the confidence model (data/confidence.tsv) on gold claims of real articles.

usage: scripts/fit_confidence.py TRACKER [--shared DIR] [--folds K] [--held-out] [--write]

Runs `TRACKER parse --format json --explain` over the real development articles
(DIR/eval-dev/real/articles, default DIR ../shared) and the seed articles (DIR/seeds), labels each
claim right or wrong as DIR/eval-dev/score.py does (a claim is right when it matches a gold claim
of its article, required or not), and fits a logistic regression with an L2 penalty on the
features of each claim's `confidence_basis` (src/extract/confidence.h). With --held-out, the
project's written held-out sets (tests/fixtures/heldout*, their *.txt articles) are fitted on
too: text nearer to the unseen articles than the development set, on which the extractor is
tuned and so more often right than it will be elsewhere.

It reports, measured on articles the model was not fitted on (K-fold cross-validation, by
article): the calibration table over five equal bins of confidence, the expected calibration
error (ECE: the bins' gap between mean confidence and observed precision, weighted by their
claims) and the precision of claims at confidence >= 0.8. With --write it fits on every article
and writes data/confidence.tsv. Only the standard library is used.
"""
import argparse
import json
import math
import os
import subprocess
import sys

HEADER = """# confidence.tsv: the weights of the confidence model (src/extract/confidence.h): a claim's
# confidence is 1 / (1 + exp(-sum of weight x feature)). Features not listed weigh 0.
# Written by scripts/fit_confidence.py (do not edit by hand) from the gold claims of
# {sets}.
# Fitted on {claims} claims of {articles} articles (L2 penalty {l2}); {folds}-fold by article:
# ECE {ece:.3f}, precision at confidence >= 0.8 {p80:.3f} ({n80} claims).
feature\tweight
"""


def load_gold(paths, prefixes=None):
    """The gold claims of the files; with `prefixes`, each file's article ids get its prefix (the
    held-out sets all number their articles 01, 02, ...)."""
    gold = []
    for i, path in enumerate(paths):
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        if prefixes:
            for row in rows:
                row["article"] = prefixes[i] + row["article"]
        gold += rows
    return gold


def parse_claims(tracker, folders, suffix="", prefixes=None):
    """(article id, claim) for every claim tracker extracts from the folders' articles (the files
    whose names end in `suffix`); with `prefixes`, each folder's article ids get its prefix."""
    out = []
    for i, folder in enumerate(folders):
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder)
                       if os.path.isfile(os.path.join(folder, f)) and f.endswith(suffix))
        run = subprocess.run([tracker, "parse", "--format", "json", "--explain", *files],
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 3):
            sys.exit(f"{tracker} parse failed: {run.stderr.strip()}")
        for article in json.loads(run.stdout):
            art = (prefixes[i] if prefixes else "") + os.path.splitext(os.path.basename(article["path"]))[0]
            out += [(art, c) for c in article["claims"]]
    return out


def features_of(basis):
    x = {}
    for pair in basis.split():
        name, _, value = pair.rpartition("=")
        x[name] = float(value)
    return x


def fit(rows, names, l2, iterations=300):
    """Logistic regression by Newton's method (few features, few hundred rows)."""
    n = len(names)
    w = [0.0] * n
    for _ in range(iterations):
        grad = [l2 * w[j] if names[j] != "bias" else 0.0 for j in range(n)]
        hess = [[(l2 if (i == j and names[j] != "bias") else 0.0) for j in range(n)] for i in range(n)]
        for x, y in rows:
            z = sum(w[j] * x[j] for j in range(n))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(n):
                if x[i] == 0:
                    continue
                grad[i] += (p - y) * x[i]
                for j in range(n):
                    if x[j]:
                        hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [w[j] - step[j] for j in range(n)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def solve(a, b):
    """Gaussian elimination with a small ridge for features never seen."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for i in range(n):
        m[i][i] += 1e-9
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def predict(w, x):
    z = sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def calibration(pairs, bins=5):
    """Rows (low, high, claims, mean confidence, precision) and the ECE of (confidence, right)."""
    rows, ece = [], 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, y) for c, y in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        if not inside:
            rows.append((low, high, 0, None, None))
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        precision = sum(y for _, y in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(mean - precision)
        rows.append((low, high, len(inside), mean, precision))
    return rows, ece


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tracker")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--held-out", action="store_true",
                    help="fit on the project's written held-out sets too (tests/fixtures/heldout*, *.txt)")
    a = ap.parse_args(argv)
    dev = os.path.join(a.shared, "eval-dev")
    if not os.path.isdir(os.path.join(dev, "real")):
        sys.exit(f"no development set at {dev}/real: the fit needs ../shared (see README, Evaluation)")
    sys.path.insert(0, dev)
    from score import matches  # the scorer's own matching rule

    gold = load_gold([os.path.join(dev, "real", "gold.jsonl"), os.path.join(dev, "gold-seeds.jsonl")])
    claims = parse_claims(a.tracker, [os.path.join(dev, "real", "articles"), os.path.join(a.shared, "seeds")])
    if a.held_out:
        fixtures = os.path.join(here, "..", "tests", "fixtures")
        # A set marked UNREAD is kept blind (tests/fixtures/README.md): not fitted on.
        sets = sorted(os.path.join(fixtures, d) for d in os.listdir(fixtures)
                      if d.startswith("heldout") and os.path.isdir(os.path.join(fixtures, d))
                      and not os.path.exists(os.path.join(fixtures, d, "UNREAD")))
        prefixes = [os.path.basename(d) + "/" for d in sets]
        gold += load_gold([os.path.join(d, "gold.jsonl") for d in sets], prefixes)
        # A set's articles are its *.txt, in its folder or in articles/ under it.
        folders = [os.path.join(d, "articles") if os.path.isdir(os.path.join(d, "articles")) else d for d in sets]
        claims += parse_claims(a.tracker, folders, ".txt", prefixes)
    names = sorted({n for _, c in claims for n in features_of(c["confidence_basis"])}, key=lambda n: (n != "bias", n))
    data = []
    for art, c in claims:
        right = any(g["article"] == art and matches(g, c) for g in gold)
        f = features_of(c["confidence_basis"])
        data.append((art, [f.get(n, 0.0) for n in names], 1.0 if right else 0.0))
    articles = sorted({art for art, _, _ in data})
    fold_of = {art: i % a.folds for i, art in enumerate(articles)}

    def cross_validate(l2):
        pairs, loss = [], 0.0
        for k in range(a.folds):
            w = fit([(x, y) for art, x, y in data if fold_of[art] != k], names, l2)
            for art, x, y in data:
                if fold_of[art] == k:
                    p = predict(w, x)
                    pairs.append((p, y))
                    loss -= math.log(max(1e-9, p if y else 1 - p))
        return pairs, loss / len(data)

    best = None
    for l2 in (0.3, 1.0, 3.0, 10.0):
        pairs, loss = cross_validate(l2)
        print(f"L2 {l2:5.1f}: cross-validated log-loss {loss:.4f}")
        if best is None or loss < best[2]:
            best = (l2, pairs, loss)
    l2, pairs, _ = best
    rows, ece = calibration(pairs)
    at80 = [y for c, y in pairs if c >= 0.8]
    p80 = sum(at80) / len(at80) if at80 else 0.0
    print(f"\n{len(data)} claims of {len(articles)} articles, precision {sum(y for _, _, y in data) / len(data):.3f}; "
          f"{a.folds}-fold by article, L2 {l2}:")
    print("| confidence | claims | mean confidence | precision |")
    print("| --- | --- | --- | --- |")
    for low, high, n, mean, precision in rows:
        cells = f"{mean:.3f} | {precision:.3f}" if n else "- | -"
        print(f"| {low:.1f}-{high:.1f} | {n} | {cells} |")
    print(f"ECE {ece:.3f}; precision at confidence >= 0.8: {p80:.3f} ({len(at80)} claims)")
    if a.write:
        w = fit([(x, y) for _, x, y in data], names, l2)
        path = os.path.join(here, "..", "data", "confidence.tsv")
        with open(path, "w", encoding="utf-8") as out:
            sets = ("the real development set, the seeds and the written held-out sets" if a.held_out
                    else "the real development set and the seeds")
            out.write(HEADER.format(sets=sets, claims=len(data), articles=len(articles), l2=l2, folds=a.folds, ece=ece,
                                    p80=p80, n80=len(at80)))
            for name, weight in zip(names, w):
                out.write(f"{name}\t{weight:.4f}\n")
        print(f"wrote {os.path.normpath(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
