#!/usr/bin/env python3
"""A synthetic NewsGraph JSON graph for the report's browser test: N actors (default 1200) in
communities, relations with evidence sentences from dated documents, and a few actors whose
names are hostile markup (they must render as text). Deterministic for a seed.

Usage: make_graph.py OUT.json [N] [SEED]"""
import json
import random
import sys

HOSTILE = [
    "<img src=x onerror=\"window.__pwned=1\">",
    "</script><script>window.__pwned=2</script>",
    "Robert'); DROP TABLE actors;-- & <b>bold</b>",
]
KINDS = ["Person", "Organization", "Country", "Location", "Facility"]
PREDICATES = ["accused", "attacked", "met_with", "supports", "threatened", "leads", "member_of", "urged"]
SYLLABLES = ["ka", "lo", "mi", "ran", "tu", "vel", "sor", "dan", "ie", "bo", "zar", "en", "qui", "pha", "mor"]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1200
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    names = set()
    nodes = []
    while len(nodes) < n:
        if len(nodes) < len(HOSTILE):
            name = HOSTILE[len(nodes)]
        else:
            name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                            for _ in range(rng.randint(1, 2)))
        if name in names:
            continue
        names.add(name)
        nodes.append({"id": "a%05d" % len(nodes), "label": name, "type": KINDS[len(nodes) % 5 if len(nodes) >= 3 else 0],
                      "aliases": [], "spans": []})
    docs = []
    for d in range(80):
        month, day = 1 + d % 12, 1 + (d * 7) % 28
        docs.append({"id": "doc%03d" % d, "title": "Wire story %d <about> \"things\" & more" % d,
                     "date": "2023-%02d-%02d" % (month, day),
                     "url": "javascript:window.__pwned=3" if d == 0 else "https://news.example/story/%d" % d})
    communities = max(1, n // 40)
    links = {}
    offsets = {}
    for i in range(1, n):
        for _ in range(2):
            if rng.random() < 0.85:
                j = rng.randrange(i % communities, i, communities) if i >= communities else rng.randrange(0, i)
            else:
                j = rng.randrange(0, i)
            if j == i:
                continue
            predicate = rng.choice(PREDICATES)
            key = (nodes[i]["id"], predicate, nodes[j]["id"])
            doc = rng.choice(docs)
            start = offsets.get(doc["id"], 0)
            sentence = "%s %s %s, officials said." % (nodes[i]["label"], predicate.replace("_", " "), nodes[j]["label"])
            offsets[doc["id"]] = start + len(sentence) + 1
            evidence = {"document": doc["id"], "start": start, "end": start + len(sentence), "sentence": sentence,
                        "confidence": rng.choice([0.6, 0.8, 1.0])}
            link = links.setdefault(key, {"source": key[0], "target": key[2], "relation": predicate, "evidence": []})
            link["evidence"].append(evidence)
            for node, at in ((nodes[i], start), (nodes[j], start + 1)):
                node["spans"].append({"document": doc["id"], "start": at, "end": at + 1})
    graph = {"directed": True, "multigraph": True,
             "graph": {"generator": "make_graph.py", "format": 1, "documents": docs},
             "nodes": nodes, "links": list(links.values())}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
