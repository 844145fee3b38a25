#!/usr/bin/env python3
"""Writes a deterministic corpus of news-like articles for the benchmarks in bench/.

    bench/generate_corpus.py OUTPUT_DIR TOTAL_MB [SEED]

Each article is a .txt file of 2-8 KB with front matter (title, source, date), written to
OUTPUT_DIR/NNN/NNNNNN.txt (1,000 per folder). MB is 10^6 bytes; generation stops at the first
article that reaches TOTAL_MB. The same arguments and the same data/ give byte-identical output
(python3 stdlib only, one seeded random.Random, no set or dict order that depends on hashing); an
edit to the lexicons' examples changes the corpus.

What the text holds, so that extraction does its real work:
- claim sentences: the `example` column of data/cues.tsv (every cue row has one), with the
  lab and chip names swapped for others read from data/actors.tsv and data/hardware.tsv, plus
  templates of our own; some wrapped in an attribution ("Reuters reported that ...") or a hedge;
- denials: data/denials.tsv examples and templates of our own ("Baidu rejected the accusation.");
- dates, numbers, weekdays, places;
- neutral filler (most of the text): sentences combined from slot lists, so that no two articles
  share their shingles the way copies do (the store's near-duplicate check would otherwise make
  every article a copy of the first).
No two articles are identical: a repeat (never seen in practice) is regenerated.
"""

import hashlib
import os
import random
import re
import sys

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
MIN_BYTES, MAX_BYTES = 2_000, 8_000
PER_FOLDER = 1_000

# --- lexicon rows ---------------------------------------------------------------------------


def tsv_rows(name):
    """The rows of data/NAME as dicts keyed by the header row, comments skipped."""
    header, rows = None, []
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
            else:
                rows.append(dict(zip(header, cells)))
    return rows


def ascii_aliases(row):
    return [a for a in row.get("aliases", "").split("|") if a and a != "-" and a.isascii()]


class Lexicons:
    def __init__(self):
        actors = tsv_rows("actors.tsv")
        self.labs = [r["canonical"] for r in actors if r["kind"] == "lab"]
        self.lab_aliases = {r["canonical"]: ascii_aliases(r) for r in actors if r["kind"] == "lab"}
        self.companies = [r["canonical"] for r in actors if r["kind"] in ("company", "chipmaker")]
        self.states = [r["canonical"] for r in actors if r["kind"] in ("government", "agency")]
        self.publications = [r["canonical"] for r in actors if r["kind"] == "publication"]
        chips = tsv_rows("hardware.tsv")
        self.chips_by_vendor = {}
        for r in chips:
            names = [r["canonical"]] + ascii_aliases(r)
            self.chips_by_vendor.setdefault(r["vendor"], []).extend(names)
        self.vendors = sorted(self.chips_by_vendor)
        self.vendor_of = {n: r["vendor"] for r in chips for n in [r["canonical"]] + ascii_aliases(r)}
        self.cue_examples = [r["example"] for r in tsv_rows("cues.tsv") if r.get("example")]
        self.denial_examples = [r["example"] for r in tsv_rows("denials.tsv") if r.get("example")]
        self.hedge_examples = [r["example"] for r in tsv_rows("hedges.tsv") if r.get("example")]
        self.attribution_examples = [r["example"] for r in tsv_rows("attributions.tsv") if r.get("example")]


def alternation(names):
    """A regex matching any of `names` as whole words, longest first."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


class ExampleTemplates:
    """Lexicon examples with their lab and chip names turned into slots, filled per use."""

    def __init__(self, lex):
        self.lex = lex
        self.lab_pattern = alternation(lex.labs)
        self.chip_pattern = alternation(list(lex.vendor_of))
        self.slot = re.compile(r"\{(LAB|CHIP:[^}]*)\}")

    def compile(self, example):
        text = self.lab_pattern.sub("{LAB}", example)
        return self.chip_pattern.sub(lambda m: "{CHIP:" + self.lex.vendor_of[m.group(1)] + "}", text)

    def fill(self, template, rng, names):
        def one(m):
            if m.group(1) == "LAB":
                return names.lab(rng)
            vendor = m.group(1)[5:]
            return rng.choice(self.lex.chips_by_vendor.get(vendor) or self.lex.chips_by_vendor["Nvidia"])
        return self.slot.sub(one, template)


# --- word lists for our own sentences --------------------------------------------------------

OUTLETS = ["Northgate Dispatch", "Harbour Ledger", "The Meridian Post", "Pacific Wire", "Eastern Courier",
           "The Lantern", "Silicon Gazette", "Morning Register", "Capital Observer", "The Tidewater Times"]
PLACES = ["Singapore", "Malaysia", "Johor", "Shenzhen", "Hangzhou", "Hong Kong", "Taipei", "Seoul", "Tokyo",
          "Dubai", "Bangkok", "Hanoi", "Jakarta", "Mumbai", "Frankfurt", "Amsterdam", "Austin", "Phoenix",
          "Osaka", "Manila", "Kuala Lumpur", "Penang", "Chengdu", "Wuhan", "Nanjing", "Sydney", "Toronto"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLAIM_TEMPLATES = [
    "{lab} trained its latest model on {n} {chip} chips, {pub} reported on {weekday}.",
    "{state} accused {lab} of obtaining {chip} processors through a reseller in {place}.",
    "{pub} reported that {lab} stockpiled {n} {chip} GPUs before the rules took effect in {month}.",
    "Prosecutors in {place} charged three men with smuggling {chip} servers to {lab}.",
    "{lab} released {model_word} model on {weekday}, saying it was trained with {chip} accelerators.",
    "People familiar with the matter said {lab} had bought {n} {chip} chips from a broker in {place}.",
    "{state} added {lab} to its entity list in {month} {year}.",
    "{lab} used {n} {chip} chips to train its reasoning model, according to {pub}.",
    "{state} opened an investigation into {company} over shipments of {chip} chips to {place}.",
    "{lab} is said to have distilled the outputs of a rival model through thousands of accounts.",
]
DENIAL_TEMPLATES = [
    "{lab} denied the report.",
    "{lab} rejected the accusation in a statement on {weekday}.",
    "A spokesperson for {lab} called the claims unfounded.",
    "{lab} said the report was false and that it complies with all export rules.",
    "{company} said it had no evidence that its chips were diverted.",
]
HEDGES = ["reportedly ", "allegedly ", "", "", "", ""]
ATTRIBUTIONS = ["{pub} reported that ", "According to {pub}, ", "People familiar with the matter said ",
                "Officials in {place} said ", "{pub} said "]

SUBJECTS = ["The city council", "Local officials", "Analysts at {bank}", "The central bank", "Shares of {firm}",
            "The weather service", "Organisers of the {event}", "The transport ministry", "Residents of {place}",
            "A spokesperson for the airport", "Economists", "The football club", "Hospital administrators",
            "The port authority", "Teachers in {place}", "The museum", "Retailers", "The energy regulator",
            "Farmers near {place}", "The housing agency", "Tourism officials", "The orchestra", "Commuters",
            "The university", "The statistics office", "Investors", "The fire brigade", "Engineers at {firm}"]
PREDICATES = ["said the budget would rise by {pct} percent next year",
              "expect output to grow {pct}% in {month}",
              "opened a new {building} in {place} on {weekday}",
              "reported {n} visitors over the holiday weekend",
              "warned that {thing} could be delayed until {month}",
              "approved a plan to renovate the old {building}",
              "recorded the {adj} {month} in {n2} years",
              "announced {n} new jobs at its {building} in {place}",
              "lowered its forecast for {thing} to {pct} percent",
              "said traffic on the ring road fell by {pct}% after the works",
              "postponed the {event} because of heavy rain",
              "published figures showing a {pct} percent rise in {thing}",
              "met representatives of {firm} to discuss {thing}",
              "will hold a public consultation on {thing} in {month}",
              "expects ticket sales of about {n} for the {event}",
              "said repairs to the {building} would cost {money}",
              "sold {n} units in the third quarter, up {pct}% from a year earlier",
              "signed a {n2}-year lease for a {building} near the river",
              "closed two lanes of the bridge for inspection on {weekday}",
              "said {thing} remained the main concern for households"]
TAILS = ["", "", "", " after a long dispute with unions", " despite a slow start to the year",
         ", citing higher costs", ", a spokesperson said", " on {weekday}", " in {month} {year}",
         ", according to a statement", " as demand picked up", ", the first such move since {year}"]
BANKS = ["Barclays", "Nomura", "Morgan Stanley", "UBS", "HSBC", "Macquarie", "Jefferies", "Citi", "BNP Paribas"]
FIRMS = ["Orchard Foods", "Kestrel Logistics", "Bluewater Energy", "Granite Homes", "Solace Pharma", "Vantage Rail",
         "Nimbus Airlines", "Copperline Mining", "Harbor Textiles", "Quill Publishing", "Redwood Insurance"]
EVENTS = ["spring festival", "marathon", "book fair", "regional election", "trade show", "jazz week", "harvest fair"]
BUILDINGS = ["library", "depot", "warehouse", "stadium", "clinic", "terminal", "plant", "campus", "market hall"]
THINGS = ["rents", "fuel prices", "water supply", "school places", "wage growth", "rail services", "grain exports",
          "hotel bookings", "parking fees", "tax receipts", "the new tram line", "flood defences"]
ADJECTIVES = ["wettest", "driest", "warmest", "coldest", "busiest", "quietest"]


class Names:
    """Picks names; the article's own cast makes a story return to the same parties."""

    def __init__(self, lex, rng):
        self.lex = lex
        self.cast = rng.sample(lex.labs, 3)

    def lab(self, rng):
        name = rng.choice(self.cast) if rng.random() < 0.8 else rng.choice(self.lex.labs)
        aliases = self.lex.lab_aliases[name]
        return rng.choice(aliases) if aliases and rng.random() < 0.15 else name


class ArticleWriter:
    def __init__(self, lex, seed):
        self.lex = lex
        self.rng = random.Random(seed)
        templates = ExampleTemplates(lex)
        self.templates = templates
        self.claims = [templates.compile(e) for e in lex.cue_examples + lex.attribution_examples + lex.hedge_examples]
        self.denials = [templates.compile(e) for e in lex.denial_examples]

    def slots(self, names):
        rng = self.rng
        return {
            "lab": names.lab(rng), "state": rng.choice(self.lex.states), "pub": rng.choice(self.lex.publications),
            "company": rng.choice(self.lex.companies), "chip": rng.choice(self.lex.chips_by_vendor["Nvidia"]),
            "place": rng.choice(PLACES), "month": rng.choice(MONTHS), "weekday": rng.choice(WEEKDAYS),
            "year": rng.randint(2015, 2026), "n": f"{rng.randint(2, 60) * rng.choice([10, 100, 1000]):,}",
            "n2": rng.randint(2, 40), "pct": round(rng.uniform(0.5, 30), 1), "bank": rng.choice(BANKS),
            "firm": rng.choice(FIRMS), "event": rng.choice(EVENTS), "building": rng.choice(BUILDINGS),
            "thing": rng.choice(THINGS), "adj": rng.choice(ADJECTIVES), "model_word": rng.choice(["a new", "its"]),
            "money": f"${rng.randint(2, 900)} million",
        }

    def claim_sentence(self, names):
        rng = self.rng
        if rng.random() < 0.6:
            text = self.templates.fill(rng.choice(self.claims), rng, names)
        else:
            text = rng.choice(CLAIM_TEMPLATES).format(**self.slots(names))
        if rng.random() < 0.25:
            first, rest = text.split(" ", 1)
            if first in ("The", "A", "An", "Both"):
                first = first.lower()
            text = rng.choice(ATTRIBUTIONS).format(**self.slots(names)) + first + " " + rest
        return text

    def denial_sentence(self, names):
        if self.rng.random() < 0.5:
            return self.templates.fill(self.rng.choice(self.denials), self.rng, names)
        return self.rng.choice(DENIAL_TEMPLATES).format(**self.slots(names))

    def filler_sentence(self, names):
        rng = self.rng
        s = self.slots(names)
        text = rng.choice(SUBJECTS) + " " + rng.choice(HEDGES) + rng.choice(PREDICATES) + rng.choice(TAILS) + "."
        return text.format(**s)

    def sentence(self, names, claim_share):
        r = self.rng.random()
        if r < claim_share:
            return self.claim_sentence(names)
        if r < claim_share + 0.04:
            return self.denial_sentence(names)
        return self.filler_sentence(names)

    def article(self):
        rng = self.rng
        names = Names(self.lex, rng)
        title = self.claim_sentence(names).rstrip(".")
        if len(title) > 110:
            title = title[:110].rsplit(" ", 1)[0]
        date = f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        source = rng.choice(self.lex.publications + OUTLETS)
        head = f"---\ntitle: {title}\nsource: {source}\ndate: {date}\n---\n{title}\n"
        target = rng.randint(MIN_BYTES, MAX_BYTES)
        claim_share = rng.uniform(0.1, 0.35)
        paragraphs, size = [self.claim_sentence(names)], len(head.encode())
        while size < target - 150:
            paragraph = " ".join(self.sentence(names, claim_share) for _ in range(rng.randint(1, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        return head + "\n" + "\n\n".join(paragraphs) + "\n"


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(f"usage: {argv[0]} OUTPUT_DIR TOTAL_MB [SEED]")
    out_dir, total_bytes = argv[1], int(float(argv[2]) * 1_000_000)
    seed = int(argv[3]) if len(argv) == 4 else 1
    writer = ArticleWriter(Lexicons(), seed)
    seen, written, count = set(), 0, 0
    while written < total_bytes:
        text = writer.article()
        digest = hashlib.sha1(text.encode()).digest()
        if digest in seen:
            continue
        seen.add(digest)
        folder = os.path.join(out_dir, f"{count // PER_FOLDER:03d}")
        os.makedirs(folder, exist_ok=True)
        data = text.encode()
        with open(os.path.join(folder, f"{count:06d}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        count += 1
    print(f"{count} articles, {written / 1e6:.1f} MB in {out_dir} (seed {seed})")


if __name__ == "__main__":
    main(sys.argv)
