#!/usr/bin/env python3
"""Lists, per annotated text, the relations missed (FN) and spurious (FP), with the gold
evidence of each miss and the rule and sentence of each spurious relation.

Usage: relation_errors.py NEWSGRAPH_BINARY DIR [DIR...] [--summary]

Scores like GoldScore (Sources/NewsGraphExtraction/Evaluation.swift): nodes matched to gold
entities by normalized name or alias, relations by (source, predicate, target), symmetric
predicates in either order. A tool for finding what rules miss; never point it at the
held-out texts.
"""
import json, os, subprocess, sys, tempfile

SYMMETRIC = {"fought", "met_with", "agreed_with", "merged_with", "affiliated_with", "co_occurs"}


def norm(s):
    s = s.lower().replace(".", "").strip()
    if s.startswith("the "):
        s = s[4:]
    return s.replace("\u2019", "'")


def key(s, p, t):
    return (t, p, s) if p in SYMMETRIC and t < s else (s, p, t)


def score(binary, txt):
    gold = json.load(open(txt[:-4] + ".gold.json"))
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([binary, "extract", "-q", "-f", "json", "-o", out.name, txt], check=True)
        graph = json.load(open(out.name))
    gforms = [(e["id"], {norm(x) for x in [e["name"]] + e.get("aliases", [])}) for e in gold["entities"]]
    assigned, taken = {}, set()
    for node in sorted(graph["nodes"], key=lambda n: n["id"]):
        forms = {norm(x) for x in [node["label"]] + sorted(node.get("aliases", []))}
        label = norm(node["label"])
        cands = [g for g in gforms if g[1] & forms]
        cands.sort(key=lambda g: -(len(g[1] & forms) + (100 if label in g[1] else 0)))
        free = next((g for g in cands if g[0] not in taken), None)
        if free:
            taken.add(free[0])
            assigned[node["id"]] = free[0]
        elif cands:
            assigned[node["id"]] = cands[0][0]
    goldrel = {}
    for r in gold["relations"]:
        goldrel[key(r["source"], r["type"], r["target"])] = r.get("evidence", "")
    pred = {}
    for l in graph["links"]:
        if l["relation"] == "co_occurs":
            continue
        s = assigned.get(l["source"], "?" + l["source"])
        t = assigned.get(l["target"], "?" + l["target"])
        ev = l["evidence"][0] if l.get("evidence") else {}
        pred.setdefault(key(s, l["relation"], t), (ev.get("rule", ""), ev.get("sentence", "")))
    return goldrel, pred


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    summary = "--summary" in sys.argv
    binary, dirs = args[0], args[1:]
    tp = fp = fn = 0
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt") or not os.path.exists(os.path.join(d, name[:-4] + ".gold.json")):
                continue
            goldrel, pred = score(binary, os.path.join(d, name))
            hits = set(goldrel) & set(pred)
            tp += len(hits); fp += len(pred) - len(hits); fn += len(goldrel) - len(hits)
            if summary:
                continue
            print(f"== {os.path.basename(d)}/{name[:-4]}  tp {len(hits)} fp {len(pred)-len(hits)} fn {len(goldrel)-len(hits)}")
            for k in sorted(set(goldrel) - hits):
                print(f"  FN {' '.join(k)}  | {goldrel[k][:160]}")
            for k in sorted(set(pred) - hits):
                rule, sent = pred[k]
                print(f"  FP {' '.join(k)}  [{rule}] {sent[:140]}")
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f"TOTAL tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f} F1 {f:.3f}")


main()
