#!/usr/bin/env python3
"""Writes Sources/NewsGraphExtraction/Generated/WordNetWordTable.swift: the parts of speech of
English words, read from WordNet 3.0 as Debian's `wordnet-base` installs it
(/usr/share/wordnet). Run through Data/wordnet/generate.sh, which installs the package.

The script reads WordNet's entries (below, `word classes [irregular…]`):
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

It then makes the regular inflections (a noun's plural, a verb's third person, past and
gerund; the doubled consonants are in WordNet's exception lists) and writes one form per
line, `form tags preferred [lemma]`: the readings as a bit set of the Swift enum `Tag`'s raw
values (hexadecimal), the most likely reading (decimal raw value), and the lemma when the form
is an inflection. Forms the tagger reads the same without the table (by their shape: "-ly",
"-ed", "-ing", "-s", else a noun) are left out unless WordNet's concordance attests them,
which keeps the table small and start-up fast.
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

# ---- Expansion: every form with its final readings, as the tagger reads them. ----
# Tag numbers are the raw values of the Swift enum `Tag` (Sources/NewsGraphExtraction/Syntax/Tag.swift).
TAG = {"noun": 0, "nounPlural": 1, "proper": 2, "adjective": 6, "adverb": 7,
       "verbBase": 17, "verbPresent": 18, "verbThird": 19, "verbPast": 20, "verbParticiple": 21, "verbGerund": 22}
READINGS = {"n": ["noun"], "N": ["proper"], "v": ["verbBase", "verbPresent"], "a": ["adjective"], "r": ["adverb"]}
IRREGULAR = {"D": ["verbPast"], "P": ["verbParticiple"], "B": ["verbPast", "verbParticiple"], "G": ["verbGerund"],
             "Z": ["verbThird"], "S": ["nounPlural"], "C": ["adjective"]}
VOWELS = set("aeiou")


def s_form(word, oes=False):
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) >= 2 and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    if oes and word.endswith("o") and len(word) >= 2 and word[-2] not in VOWELS:
        return word + "es"
    return word + "s"


def ed_form(word):
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) >= 2 and word[-2] not in VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def ing_form(word):
    if len(word) >= 2 and word.endswith("e"):
        if word[-2] == "i":
            return word[:-2] + "ying"
        if word[-2] not in "eoy":
            return word[:-1] + "ing"
    return word + "ing"


class Form:
    def __init__(self):
        self.tags = []  # in order of addition
        self.preferred = None
        self.own = False
        self.lemma = None

    def add(self, tags):
        for t in tags:
            if t not in self.tags:
                self.tags.append(t)


forms = {}
order = []
lemma_classes = []
irregular_letters = collections.defaultdict(set)
for word in sorted(entries):
    classes, irregular = entries[word]
    f = Form()
    f.own = True
    for item in irregular:
        letter, lemma = item.split(":", 1)
        tags = IRREGULAR[letter]
        f.add(tags)
        if f.preferred is None:
            f.preferred = tags[0]
        if f.lemma is None or any(t.startswith("verb") for t in tags):
            f.lemma = lemma
        irregular_letters[lemma].add("B" if letter in "PD" else letter)
    letters = [c for c in classes if c != "-"]
    for c in letters:
        f.add(READINGS[c])
        if f.preferred is None:
            f.preferred = READINGS[c][0]
    if letters:
        lemma_classes.append((word, letters))
    forms[word] = f
    order.append(word)
# A noun lemma spelled as another noun's plural is a plural ("talks", "arms").
for word in list(order):
    f = forms[word]
    if word.endswith("s") and "noun" in f.tags:
        stem, es_stem = word[:-1], word[:-2]
        if (stem in forms and "noun" in forms[stem].tags) or (word.endswith("es") and es_stem in forms and "noun" in forms[es_stem].tags):
            f.tags = ["nounPlural" if t == "noun" else t for t in f.tags]
            if f.preferred == "noun":
                f.preferred = "nounPlural"


def add(form, tags, lemma, preferred):
    if form in forms:
        f = forms[form]
        f.add(tags)
        if not f.own and preferred:
            f.preferred = tags[0]
        if f.lemma is None:
            f.lemma = lemma
    else:
        f = Form()
        f.add(tags)
        f.preferred = tags[0]
        f.lemma = lemma
        forms[form] = f
        order.append(form)


for lemma, classes in lemma_classes:
    first = classes[0]
    irregular = irregular_letters[lemma]
    if "v" in classes:
        if "Z" not in irregular:
            add(s_form(lemma, oes=True), ["verbThird"], lemma, first == "v")
        if "B" not in irregular:
            add(ed_form(lemma), ["verbPast", "verbParticiple"], lemma, True)
        if "G" not in irregular:
            add(ing_form(lemma), ["verbGerund"], lemma, True)
    if "n" in classes and "S" not in irregular:
        add(s_form(lemma), ["nounPlural"], lemma, first == "n")
        if s_form(lemma, oes=True) != s_form(lemma):
            add(s_form(lemma, oes=True), ["nounPlural"], lemma, False)


def fallback(word):
    """What the tagger makes of a word missing from the table (CompiledLexicon.analyze)."""
    n = len(word)
    if any(c.isdigit() for c in word):
        return None
    if n > 4 and word.endswith("ly"):
        return (["adverb"], "adverb", [])
    if n > 5 and word.endswith("ing"):
        return (["verbGerund"], "verbGerund", [word[:-3], word[:-3] + "e"])
    if n > 4 and word.endswith("ed"):
        return (["verbPast", "verbParticiple"], "verbPast", [word[:-2], word[:-2] + "e"])
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return (["nounPlural"], "nounPlural", [word[:-1]])
    return (["noun"], "noun", [])


def common(word, f):
    """A word attested in WordNet's semantic concordance, or the lemma of one: kept so that a
    sentence opening with it is not read as a name."""
    return sum(counts[word].values()) > 0 or (f.lemma is not None and sum(counts[f.lemma].values()) > 0)


kept = []
for word in order:
    f = forms[word]
    if set(f.tags) == {"proper"}:
        continue  # a proper noun only: an unknown capitalized word is read as a name anyway
    fb = fallback(word)
    nominal = bool(set(f.tags) & {"noun", "nounPlural"})
    if fb is not None and set(fb[0]) == set(f.tags) and fb[1] == f.preferred and not (nominal and common(word, f)):
        # The tagger reads it the same without the table; a verb's lemma it finds by stripping,
        # trying the stem before the stem and "e" ("hoping": "hop" would come first).
        found = next((c for c in fb[2] if c in forms and forms[c].own), None)
        if f.lemma is None or f.lemma == found:
            continue
    if set(f.tags) <= {"noun", "adjective", "adverb", "nounPlural"} and not common(word, f) and fb is not None:
        # A rare noun, adjective or adverb: as an unknown word it is a noun, close enough.
        continue
    kept.append(word)
kept_set = set(kept)
# Every lemma a kept form names is kept too (as its own entry or as a bare lemma).

out = []
out.append("// Generated by Data/wordnet/generate.sh from WordNet 3.0 (Debian package wordnet-base,")
out.append("// /usr/share/wordnet): do not edit. Format: Data/wordnet/generate_words.py.")
out.append("//")
out.append("// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the")
out.append("// WordNet 3.0 licence (Data/wordnet/LICENSE): THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\"")
out.append("// AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.")
out.append("")
out.append("extension WordNetWords {")
out.append("    /// One form per line: `form tags preferred [lemma]` (see Data/wordnet/generate_words.py).")
out.append('    static let table = #"""')
for word in kept:
    f = forms[word]
    bits = 0
    for t in f.tags:
        bits |= 1 << TAG[t]
    line = "%s %x %d" % (word, bits, TAG[f.preferred])
    if f.lemma is not None and f.lemma != word:
        line += " " + f.lemma
    out.append(line)
out.append('"""#')
out.append("}")
sys.stdout.write("\n".join(out) + "\n")
