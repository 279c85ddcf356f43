#!/usr/bin/env python3
"""Writes Sources/NewsGraphExtraction/Generated/WordNetWordTable.swift: the parts of speech of
English words, read from WordNet 3.0 as Debian's `wordnet-base` installs it
(/usr/share/wordnet). Run through Data/wordnet/generate.sh, which installs the package.

One entry per line, `word classes [irregular…]`:
  classes   the word's readings as a lemma, most frequent first, from the sense counts
            of WordNet's semantic concordance (cntlist.rev), else by number of senses:
            n common noun,
            N proper noun only (every sense capitalized: "egypt"; listed only when
            the word is also an irregular form, as "led": any other unknown
            capitalized word is read as a name anyway),
            v verb, a adjective, r adverb; "-" when the word is no lemma
  irregular an irregular inflection from the exception lists (*.exc) as TAG:lemma:
            D past, P past participle, B both, G gerund, Z third person singular,
            S noun plural, C adjective comparative or superlative
Only single words of lower-case letters, digits, hyphens, apostrophes and periods are kept.
"""
import collections
import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
POS_FILES = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]
WORD = re.compile(r"^[a-z0-9][a-z0-9'.-]*$")

# Sense counts from the semantic concordance: lemma -> class -> count.
counts = collections.defaultdict(collections.Counter)
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
    for line in f:
        key, _sense, count = line.split()
        lemma, rest = key.split("%", 1)
        counts[lemma][SS_TYPE[rest[0]]] += int(count)

# Nouns whose every synset spells them capitalized are proper nouns ("Egypt", "Paris").
capitalized = collections.Counter()
lower = collections.Counter()
with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        fields = line.split()
        n = int(fields[3], 16)
        for k in range(n):
            word = fields[4 + 2 * k]
            key = word.lower()
            if word[:1].isupper():
                capitalized[key] += 1
            else:
                lower[key] += 1

senses = collections.defaultdict(dict)  # lemma -> class -> number of senses
for name, cls in POS_FILES:
    with open(os.path.join(WN, "index." + name), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if "_" in lemma or not WORD.match(lemma):
                continue
            senses[lemma][cls] = int(fields[2])

entries = {}
for lemma, classes in senses.items():
    def weight(cls):
        # Concordance counts first, then the number of senses; ties in n, v, a, r order.
        return (-counts[lemma][cls], -classes[cls], "nvar".index(cls))
    ordered = sorted(classes, key=weight)
    text = "".join("N" if c == "n" and capitalized[lemma] and not lower[lemma] else c for c in ordered)
    entries[lemma] = [text, []]

def is_participle(f, other):
    """Whether irregular form f is the participle beside the lemma's other form."""
    if f.endswith("en") and not other.endswith("en"):
        return True  # taken/took, given/gave, fallen/fell
    if re.search(r"(wn|ne|rn|ain)$", f) and not re.search(r"(wn|ne|rn|ain)$", other):
        return True  # shown, gone, sworn, slain
    # begun/began, sung/sang, drunk/drank: the u form
    return len(f) == len(other) and f.replace("u", "a") == other and f != other


def verb_tag(form, lemma, forms_of_lemma):
    """The tag of an irregular verb form: G gerund, Z third person; a past (D) and a
    participle (P) when the lemma's forms tell them apart, else both (B)."""
    if form.endswith("ing"):
        return "G"
    if form.endswith("s") and form != "was":
        return "Z"
    others = [f for f in forms_of_lemma if not f.endswith("ing") and not (f.endswith("s") and f != "was")]
    participles = {f for f in others if any(is_participle(f, o) for o in others if o != f)}
    if not participles:
        return "B"
    return "P" if form in participles else "D"


by_lemma = collections.defaultdict(list)
exceptions = []
for name, tag in (("verb", None), ("noun", "S"), ("adj", "C"), ("adv", None)):
    with open(os.path.join(WN, name + ".exc"), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            form, lemmas = fields[0], fields[1:]
            if "_" in form or not WORD.match(form):
                continue
            for lemma in lemmas:
                if "_" in lemma or not WORD.match(lemma):
                    continue
                if name == "verb":
                    by_lemma[lemma].append(form)
                exceptions.append((name, form, lemma, tag))
for name, form, lemma, tag in exceptions:
    if name == "adv":
        continue  # "better", "best" are adjectives and adverbs already
    if name == "verb":
        tag = verb_tag(form, lemma, by_lemma[lemma])
    entry = entries.setdefault(form, ["-", []])
    item = tag + ":" + lemma
    if item not in entry[1]:
        entry[1].append(item)

out = []
out.append("// Generated by Data/wordnet/generate.sh from WordNet 3.0 (Debian package wordnet-base,")
out.append("// /usr/share/wordnet): do not edit. Format: Data/wordnet/generate_words.py.")
out.append("//")
out.append("// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the")
out.append("// WordNet 3.0 licence (Data/wordnet/LICENSE): THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\"")
out.append("// AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.")
out.append("")
out.append("extension WordNetWords {")
out.append("    /// One word per line: `word classes [TAG:lemma…]` (see Data/wordnet/generate_words.py).")
out.append('    static let table = #"""')
for word in sorted(entries):
    classes, irregular = entries[word]
    if set(classes) == {"N"} and not irregular:
        continue  # a proper noun only: an unknown capitalized word is read as a name anyway
    out.append(" ".join([word, classes] + irregular))
out.append('"""#')
out.append("}")
sys.stdout.write("\n".join(out) + "\n")
