#!/usr/bin/env python3
"""Assembles a large, varied, news-like JSON Lines corpus for the benchmarks.

Seeds: the founding article, the test suite's wire texts (Tests/.../Fixtures/corpus and
heldout) and the public-domain dev and dev2 texts (Tests/NewsGraphExtractionTests/Fixtures/dev, dev2). Each generated document takes a seed
text, swaps its capitalised names for others drawn from a pool (people, countries,
organisations, cities), shuffles its paragraphs and adds a date; the result reads like news
of many different stories, so caches and dictionaries see realistic variety.

Usage: make_corpus.py SIZE_MB OUT.jsonl [SEED]
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

FIRST = ["Amina", "Boris", "Carlos", "Dina", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kwame", "Lina",
         "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wei", "Yara"]
LAST = ["Abebe", "Brandt", "Castillo", "Dlamini", "Eriksen", "Farouk", "Gupta", "Haddad", "Ivanova", "Jensen",
        "Kamau", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman", "Silva", "Tanaka"]
COUNTRIES = ["Kenya", "Ghana", "Peru", "Chile", "Norway", "Poland", "Vietnam", "Indonesia", "Egypt", "Turkey",
             "Brazil", "Canada", "Japan", "Nigeria", "Morocco", "Ukraine", "Georgia", "Nepal", "Mexico", "Spain"]
ORGS = ["Ministry of Defence", "Red Cross", "World Bank", "African Union", "Coast Guard", "National Assembly",
        "Supreme Court", "Central Bank", "Reuters", "Associated Press", "Interior Ministry", "Navy"]


def seeds():
    paths = [os.path.join(ROOT, "Examples", "esper-soleimani.txt")]
    paths += glob.glob(os.path.join(ROOT, "Tests", "NewsGraphExtractionTests", "Fixtures", "*", "*.txt"))
    texts = []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def vary(text, rng):
    names = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", text)))
    pool = FIRST + LAST + COUNTRIES
    mapping = {name: rng.choice(pool) for name in names if rng.random() < 0.5}
    if mapping:
        text = re.sub(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b", lambda m: mapping[m.group(1)], text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    extra = f"{rng.choice(FIRST)} {rng.choice(LAST)}, a spokesperson for the {rng.choice(ORGS)} of {rng.choice(COUNTRIES)}, told reporters the talks would continue."
    return "\n\n".join(head + rest + [extra])


def main():
    size = int(float(sys.argv[1]) * 1_000_000)
    out_path = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2020)
    texts = seeds()
    written = 0
    index = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < size:
            text = vary(rng.choice(texts), rng)
            line = json.dumps({"id": f"b{index}", "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                               "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            index += 1
    print(f"{index} documents, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
