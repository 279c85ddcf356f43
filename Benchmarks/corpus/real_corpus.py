#!/usr/bin/env python3
"""A JSON Lines corpus of real news: the public-domain dev and dev2 texts of the test suite
(Tests/NewsGraphExtractionTests/Fixtures/dev, dev2; sources in their SOURCES.md), unchanged,
repeated in order until SIZE_MB of text. Each copy is its own document (id TEXT#COPY).
The 29 texts are 45 KB together, so a repeat is what gives a timing that start-up does not
dominate; neither extractor keeps anything between documents that makes a repeat cheaper
(NewsGraph merges the repeated actors into one graph, as it would on any corpus).

Usage: real_corpus.py SIZE_MB OUT.jsonl
"""
import glob
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "NewsGraphExtractionTests", "Fixtures")


def main():
    size = float(sys.argv[1]) * 1_000_000
    paths = sorted(glob.glob(os.path.join(FIXTURES, "dev", "*.txt")) + glob.glob(os.path.join(FIXTURES, "dev2", "*.txt")))
    if not paths:
        sys.exit("real_corpus.py: no texts under " + FIXTURES)
    texts = [(os.path.relpath(p, FIXTURES)[:-4], open(p, encoding="utf-8").read()) for p in paths]
    written = 0
    copy = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        while written < size:
            copy += 1
            for name, text in texts:
                out.write(json.dumps({"id": f"{name}#{copy}", "text": text}) + "\n")
                written += len(text.encode("utf-8"))


if __name__ == "__main__":
    main()
