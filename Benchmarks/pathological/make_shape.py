#!/usr/bin/env python3
"""Writes one pathological input shape at a given scale, for Benchmarks/pathological/run.sh.

Usage: make_shape.py SHAPE SCALE OUT

SCALE multiplies the shape's base size (the benchmark uses 1, 4, 16, 64). Shapes:
  cr          news text whose lines end in CR alone (old Mac files), one document
  u2028       news text whose lines end in U+2028 LINE SEPARATOR, one document
  headlines   short capitalized lines without closing punctuation (headline-like), one document
  list        one sentence "A, B, ... and Z signed an agreement." with 2000*SCALE distinct names
  passive     one sentence "The accord was signed by A, B, ... and Z." with 2000*SCALE names
  cooccur     one sentence naming 2000*SCALE distinct names (run with --cooccurrence)
  ofchain     one name "A B of C D of E F of ..." of 2000*SCALE pairs
  andof       "A of B and C of D and ..." of 2000*SCALE pairs
  organs      500*SCALE sentences "The A City Police said Latvian police attacked Estonia." (a stand-in
              looked up among every organization ending in its head word)
  blame       one sentence "A said the fire was an act of sabotage by B, ..." of 250*SCALE clauses
              (reported noun frames, each asking for the sentence's speaker)
  titles      one sentence "Chile has copper. Mining Minister A, Mining Minister B, ... said." of 500*SCALE
              offices named without their country (each asks which country the sentence ties it to)
  relatives   one sentence "X Corp, which Y Group owns, X Corp, which Y Group owns, ... said." of 1000*SCALE
              relative clauses (each main clause looked for the next clause's verb among all later ones)
  appositions one sentence "the X Movement, which Chile's Supreme Court banned, and its leader, A B, ..." of
              500*SCALE appositions (each asked which clause it completes, among all of them)
  asides      one sentence "Rebels attacked the town, burning houses, burning houses, ..." of 1000*SCALE
              participial asides (each looked for its verb's chunk from the sentence's start)
  reporters   one sentence "Chile attacked Peru and urged Bolivia and urged Bolivia ..., Lena Ortiz said." of
              1000*SCALE coordinated calls (each looked back for a saying verb from the sentence's start)
  judgements  one sentence "X called the order 'legally flawed' and X called the order ..." of 500*SCALE judged
              deeds (each looked back for the verb that reported the deed, "ordered", through the sentence)
  long        one long document of news paragraphs (LF), ~100 KB * SCALE
  commas      one "sentence" of 256 Ki * SCALE commas (a token per byte; 16 Mi at 64)
  dot-nest    a DOT graph with 20000*SCALE nested '{'
  json-nest   a JSON graph file nested 20000*SCALE arrays deep
  html-nest   an HTML page whose text sits 20000*SCALE <div> deep
  fnv-flood   a GraphML of 1024*SCALE node ids that all share one 32-bit FNV-1a hash, each
              with an edge to the next (run with stats; a table hashed with FNV-1a probes
              every earlier id for each new one)
  fnv-words   one document of 1024*SCALE distinct lower-case words that share one FNV-1a
              hash, in sentences of ten words
The texts are built from Examples/esper-soleimani.txt and the wire texts in
Tests/NewsGraphExtractionTests/Fixtures/corpus (never the held-out texts); names are made
up from syllables, so every one is distinct and none is in the gazetteer.
"""
import glob
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fin", "gar", "hul", "jas", "kor", "lun", "mar"]


def name(k):
    """A distinct, capitalized two-word made-up name for k (distinct first words up to 16^5)."""
    def word(n, length):
        parts = []
        for _ in range(length):
            parts.append(SYLLABLES[n % len(SYLLABLES)])
            n //= len(SYLLABLES)
        return "".join(parts).capitalize()
    return word(k, 5) + " " + word(k * 7 + 3, 3)


def fnv1a(data, h=2166136261):
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def fnv_flood(count, letters):
    """`count` distinct words (a power of two up to 2^16) of 128 letters with one FNV-1a hash.

    FNV-1a's collisions chain: two 8-letter blocks that leave the same state from one state
    leave the same state after any common prefix, so with 16 such pairs, each found by a
    birthday search from the state the pairs before leave, every choice of one block per
    pair gives the same hash (as /work/notes' generator does, seeded, so every run is alike).
    """
    import random
    table = bytes(ord(letters[b % len(letters)]) for b in range(256))
    state = 2166136261
    pairs = []
    for i in range(16):
        rnd = random.Random(i)
        seen = {}
        while True:
            block = rnd.randbytes(8).translate(table)
            h = fnv1a(block, state)
            if h in seen and seen[h] != block:
                pairs.append((seen[h].decode(), block.decode()))
                state = h
                break
            seen[h] = block
    words = ["".join(pairs[i][(mask >> i) & 1] for i in range(16)) for mask in range(count)]
    assert len({fnv1a(w.encode()) for w in words}) == 1
    return words


def news():
    paths = [os.path.join(ROOT, "Examples", "esper-soleimani.txt")]
    paths += sorted(glob.glob(os.path.join(ROOT, "Tests", "NewsGraphExtractionTests", "Fixtures", "corpus", "*.txt")))
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            out.append(f.read().strip())
    return "\n\n".join(out) + "\n"


def repeated(text, size):
    """The text repeated and cut to about `size` bytes, at a paragraph's end."""
    out = []
    total = 0
    paragraphs = text.split("\n\n")
    k = 0
    while total < size:
        paragraph = paragraphs[k % len(paragraphs)] + "\n\n"
        out.append(paragraph)
        total += len(paragraph.encode())
        k += 1
    return "".join(out)


def main():
    shape, scale, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    n = 2000 * scale
    if shape in ("cr", "u2028", "long"):
        text = repeated(news(), 100_000 * scale)
        if shape == "cr":
            text = text.replace("\n", "\r")
        elif shape == "u2028":
            text = text.replace("\n", "\u2028")
    elif shape == "headlines":
        lines = []
        k = 0
        total = 0
        while total < 50_000 * scale:
            line = f"{name(k)} Talks With {name(k + 1)} End"
            lines.append(line)
            total += len(line) + 1
            k += 1
        text = "\n".join(lines) + "\n"
    elif shape == "list":
        text = ", ".join(name(k) for k in range(n - 1)) + f" and {name(n - 1)} signed an agreement.\n"
    elif shape == "passive":
        text = "The accord was signed by " + ", ".join(name(k) for k in range(n - 1)) + f" and {name(n - 1)}.\n"
    elif shape == "cooccur":
        text = "Talks were held in Geneva with " + ", ".join(name(k) for k in range(n)) + ".\n"
    elif shape == "ofchain":
        text = "The " + " of ".join(name(k) for k in range(n)) + " met.\n"
    elif shape == "andof":
        text = "The " + " and ".join(name(2 * k).split()[0] + " of " + name(2 * k + 1).split()[0] for k in range(n)) + " met.\n"
    elif shape == "organs":
        m = 500 * scale
        text = " ".join(f"The {name(k).split()[0]} City Police said Latvian police attacked Estonia." for k in range(m)) + "\n"
    elif shape == "blame":
        m = 250 * scale
        text = ", ".join(f"{name(2 * k)} said the fire was an act of sabotage by {name(2 * k + 1)}" for k in range(m)) + ".\n"
    elif shape == "titles":
        m = 500 * scale
        text = "Chile has copper. " + "".join(f"Mining Minister {name(k)}, " for k in range(m)) + "said.\n"
    elif shape == "relatives":
        text = "X Corp, which Y Group owns, " * (1000 * scale) + "said.\n"
    elif shape == "appositions":
        text = "the X Movement, which Chile's Supreme Court banned, and its leader, A B, " * (500 * scale) + "met.\n"
    elif shape == "asides":
        text = "Rebels attacked the town" + ", burning houses" * (1000 * scale) + ".\n"
    elif shape == "reporters":
        text = "Chile attacked Peru" + " and urged Bolivia" * (1000 * scale) + ", Lena Ortiz said.\n"
    elif shape == "judgements":
        text = "The Velmar Court ruled on it. " + " and ".join(
            ['Korvex Mining called the order "legally flawed"'] * (500 * scale)) + ".\n"
    elif shape == "commas":
        text = "," * (262_144 * scale)
    elif shape == "dot-nest":
        d = 20000 * scale
        text = "digraph {\n" + "{" * d + "\n" + "}" * d + "\n}\n"
    elif shape == "json-nest":
        d = 20000 * scale
        text = '{"directed": true, "multigraph": true, "graph": {}, "nodes": [], "links": [], "x": ' + "[" * d + "]" * d + "}\n"
    elif shape == "html-nest":
        d = 20000 * scale
        text = "<html><body>" + "<div>" * d + "<p>Mark Esper met Iraqi officials in Baghdad.</p>" + "</div>" * d + "</body></html>\n"
    elif shape == "fnv-flood":
        ids = fnv_flood(1024 * scale, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
                 '<graph id="G" edgedefault="directed">']
        lines += [f'<node id="{i}"/>' for i in ids]
        lines += [f'<edge source="{a}" target="{b}"/>' for a, b in zip(ids, ids[1:])]
        text = "\n".join(lines + ["</graph>", "</graphml>"]) + "\n"
    elif shape == "fnv-words":
        words = fnv_flood(1024 * scale, "abcdefghijklmnopqrstuvwxyz")
        text = "".join(" ".join(words[k:k + 10]) + ".\n" for k in range(0, len(words), 10))
    else:
        sys.exit(f"unknown shape {shape}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
