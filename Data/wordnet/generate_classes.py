#!/usr/bin/env python3
"""Writes Sources/NewsGraphExtraction/Generated/WordNetVerbClasses.swift: verb classes for
the lexicon's frames (`@attack` in a frame line stands for every verb of the class), read
from WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet). Run through
Data/wordnet/generate.sh.

A class is the troponym closure (WordNet's "~" pointers: ways of doing the thing) of a few
anchor senses, named below by lemma and sense number. Polysemy is handled with WordNet's own
sense frequencies (cntlist.rev, counts of the semantic concordance): a verb joins a class only
when its sense inside the class is its most frequent one, with at least half of its tagged
uses, or, for a verb never tagged, its first sense. "fire" stays out of `attack` (its first
sense, "start firing a weapon", is under shoot) and out of `dismiss` too; "charge" stays out
of `attack`, whose sense of it is rare. Verbs listed in EXCLUDED are left out by hand, with
the reason beside them. Output: one `class verb` pair per line, sorted.
"""
import collections
import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

# class -> anchor senses (lemma, WordNet sense number)
CLASSES = {
    "attack": [("attack", 1), ("attack", 3), ("attack", 4), ("bombard", 1), ("invade", 1), ("raid", 1)],
    "kill": [("kill", 1), ("assassinate", 1)],
    "criticize": [("criticize", 1), ("condemn", 1), ("denounce", 1)],
    "accuse": [("accuse", 1), ("accuse", 2)],
    "threaten": [("threaten", 2)],
    "support": [("support", 1), ("support", 2), ("back", 1), ("fund", 1), ("sponsor", 1)],
    "lead": [("lead", 7), ("head", 2), ("chair", 1)],
    "merge": [("merge", 1), ("merge", 3)],
    "acquire": [("buy", 1)],
    "meet": [("meet", 2), ("confer", 1)],
    # Wrongdoing, for an accusation carried by speech ("X said Y had violated the accord"):
    # breaking rules or promises, betraying and deceiving, cheating and stealing, abusing,
    # rigging and falsifying, embezzling, laundering and bribing, failing a duty ("failed to
    # protect", "failed in its obligation").
    "wrongdo": [
        ("violate", 1), ("violate", 2), ("betray", 2), ("betray", 6), ("cheat", 1), ("cheat", 3), ("steal", 1),
        ("abuse", 1), ("abuse", 2), ("rig", 1), ("rig", 2), ("embezzle", 1), ("launder", 2), ("bribe", 1),
        ("falsify", 2), ("fail", 1), ("fail", 8),
        # hiding and smuggling, deceiving and lying, harassing, intimidating and persecuting,
        # extorting, sabotaging, obstructing, conspiring, neglecting a duty, mismanaging, evading,
        # breaching ("said Y had disguised the origin of the funds", "… had lied to investigators")
        ("hide", 1), ("disguise", 1), ("smuggle", 1), ("deceive", 1), ("deceive", 2), ("mislead", 2), ("lie", 5),
        ("misrepresent", 1), ("harass", 1), ("intimidate", 2), ("persecute", 1), ("extort", 2), ("blackmail", 1),
        ("blackmail", 2), ("sabotage", 1), ("obstruct", 1), ("conspire", 1), ("collude", 1), ("neglect", 3),
        ("ignore", 4), ("mismanage", 1), ("evade", 1), ("intrude", 2), ("breach", 1),
    ],
}
# Verbs a class's closure brings in that news uses in another sense.
EXCLUDED = {
    "attack": {"charge", "egg", "gas", "infest", "molest", "rape", "ravish", "gang-rape", "desecrate", "sic", "bulldog", "circumvent", "pelt"},
    "kill": {"erase", "off", "pip", "flight", "chine", "burke", "halter", "scrag", "martyr"},
    "support": {"frequent", "garden", "fag", "valet", "mother", "dry-nurse", "minister", "second", "further", "conduce", "subserve", "spur", "expedite", "facilitate", "encourage", "promote", "foster"},
    "meet": {"carouse", "jollify", "jubilate", "party", "racket", "rave", "roister", "wassail", "fete"},
    "acquire": {"get", "take"},
    # senses of theft and trickery that news uses otherwise ("fan the flames", "short a stock",
    # "a cop", "kid"), or slips rather than wrongs ("blunder", "goof", "muff").
    "wrongdo": {"fan", "short", "job", "kid", "cop", "sop", "crib", "plume", "cabbage", "fracture", "default", "blunder",
                "goof", "muff", "boob", "sin", "swan", "juggle", "con", "glom", "snarf", "shark", "nobble", "whipsaw",
                "trespass",
                # words of those closures news uses in another sense: covering and shading ("fog",
                # "eclipse", "occult"), lurking, boasting and overstating, teasing and pestering,
                # hedging, bottlenecks and filibusters, miming
                "becloud", "befog", "bosom", "eclipse", "fog", "lurk", "obnubilate", "occult", "skulk", "masquerade",
                "fox", "fob", "snooker", "cuckold", "two-time", "aggrandise", "aggrandize", "bluster", "boast", "brag",
                "gasconade", "gloat", "vaunt", "pad", "overemphasise", "overemphasize", "overstress", "hyperbolise",
                "hyperbolize", "embellish", "equivocate", "badger", "bedevil", "beset", "bug", "chevvy", "chevy", "chivvy",
                "chivy", "dun", "hamstring", "needle", "pester", "rag", "tease", "beleaguer", "daunt", "bottleneck",
                "filibuster", "hedge", "quibble", "sidestep", "skirt", "lip-sync", "lip-synch", "sentimentalize", "warp",
                "bullshit", "purge", "bust", "dissimulate", "pretend", "feign"},
}

synsets = {}
for line in open(os.path.join(WN, "data.verb"), encoding="latin-1"):
    if line.startswith("  "):
        continue
    f = line.split()
    n = int(f[3], 16)
    words = [f[4 + 2 * k].lower() for k in range(n)]
    p = 4 + 2 * n
    hyponyms = []
    for k in range(int(f[p])):
        symbol, offset, pos, _ = f[p + 1 + 4 * k:p + 5 + 4 * k]
        if symbol == "~" and pos == "v":
            hyponyms.append(offset)
    synsets[f[0]] = (words, hyponyms)
senses = {}
for line in open(os.path.join(WN, "index.verb"), encoding="latin-1"):
    if line.startswith("  "):
        continue
    f = line.split()
    senses[f[0]] = f[-int(f[2]):]
counts = collections.defaultdict(dict)  # lemma -> sense number -> count
for line in open(os.path.join(WN, "cntlist.rev"), encoding="latin-1"):
    key, number, count = line.split()
    lemma, rest = key.split("%", 1)
    if rest[0] == "2":
        counts[lemma][int(number)] = int(count)


def closure(offset, seen):
    if offset in seen:
        return
    seen.add(offset)
    for h in synsets[offset][1]:
        closure(h, seen)


rows = []
for name, anchors in sorted(CLASSES.items()):
    offsets = set()
    for lemma, number in anchors:
        closure(senses[lemma][number - 1], offsets)
    members = set()
    for offset in offsets:
        for word in synsets[offset][0]:
            if "_" in word or word in EXCLUDED.get(name, set()):
                continue
            ranks = [i + 1 for i, o in enumerate(senses.get(word, [])) if o in offsets]
            if not ranks:
                continue
            rank = min(ranks)
            tagged = counts.get(word, {})
            total = sum(tagged.values())
            if total:
                share = sum(tagged.get(r, 0) for r in ranks) / total
                best = max(tagged, key=lambda r: tagged[r])
                if best in ranks and share >= 0.5:
                    members.add(word)
            elif rank == 1:
                members.add(word)
    for lemma, _ in anchors:
        members.add(lemma)
    rows += [(name, word) for word in sorted(members)]

out = [
    "// Generated by Data/wordnet/generate.sh from WordNet 3.0 (Debian package wordnet-base,",
    "// /usr/share/wordnet): do not edit. How classes are made: Data/wordnet/generate_classes.py.",
    "//",
    "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the",
    "// WordNet 3.0 licence (Data/wordnet/LICENSE).",
    "",
    "extension WordNetWords {",
    "    /// One `class verb` pair per line: the verbs a frame's `@class` stands for.",
    '    static let verbClasses = #"""',
]
out += [f"{name} {word}" for name, word in rows]
out += ['"""#', "}"]
sys.stdout.write("\n".join(out) + "\n")
