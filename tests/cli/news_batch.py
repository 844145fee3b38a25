"""Writes a batch of generated news articles and a feed of generated items, for the suites that
need many (crash_safety.sh, concurrency.sh).

    python3 news_batch.py ARTICLES FEED_ITEMS

writes batch/a000.txt ... (ARTICLES files) and feed.xml (an RSS 2.0 feed of FEED_ITEMS items,
titled "Generated Wire") in the current folder. Every text is its own (numbered), and most carry
claims: a lab obtaining chips, a denial, a report of smuggling. Seeded: the same each run.
"""
import html
import os
import random
import sys

ACTORS = ["DeepSeek", "Zhipu AI", "Moonshot AI", "Baidu", "Alibaba", "ByteDance", "MiniMax", "Tencent"]
CHIPS = ["H20", "H100", "B200", "A100", "H800"]
CITIES = ["Singapore", "Kuala Lumpur", "Hong Kong", "Dubai", "Bangkok", "Jakarta"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def paragraphs(rng, number):
    buyer, other = rng.sample(ACTORS, 2)
    city, day = rng.choice(CITIES), rng.choice(DAYS)
    out = [f"{buyer} obtained Nvidia {rng.choice(CHIPS)} chips through a reseller in {city}, "
           f"people familiar with the matter said on {day}.",
           f"The shipment, numbered {number}, held {rng.randint(2, 900)} servers."]
    if rng.random() < 0.6:
        out.append(f"{other} denied that it had bought {rng.choice(CHIPS)} accelerators from intermediaries in {city}.")
    if rng.random() < 0.5:
        out.append(f"{other} trained a model on smuggled Nvidia {rng.choice(CHIPS)} chips, according to a report on {day}.")
    return out


def main():
    articles, feed_items = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(6)
    os.makedirs("batch", exist_ok=True)
    for n in range(articles):
        with open(f"batch/a{n:03d}.txt", "w") as f:
            f.write(f"Chip trade report {n}\n\n" + "\n\n".join(paragraphs(rng, n)) + "\n")
    items = []
    for n in range(feed_items):
        text = html.escape(" ".join(paragraphs(rng, 100000 + n)))
        items.append(f"<item><guid>item-{n}</guid><title>Wire item {n}</title><description>{text}</description></item>")
    with open("feed.xml", "w") as f:
        f.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Generated Wire</title>'
                + "".join(items) + "</channel></rss>\n")


if __name__ == "__main__":
    main()
