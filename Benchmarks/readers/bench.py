"""Driver of Benchmarks/readers/run.sh: measures the readers and their peers, prints a table.

Every command runs pinned to one CPU (taskset) under GNU time. Times are CPU seconds (user +
system), not wall time: other work shares this machine, and a pinned process that waits for
the CPU loses wall time, not CPU time. Python peers time their own call the same way
(time.process_time(); interpreter start and imports excluded); peak memory is the whole
process's (GNU time's maximum resident set). Best time and highest peak over the repeats.

Every input file is read through once, untimed, right before each run: a file (or part of one)
that is not in the page cache costs the process that reads it first extra system time (the
kernel fills the cache during its read()s: +0.3-0.6 CPU s on a 318 MB file, measured), and
which files stay cached depended on the order of the commands and on what other work on the
machine had evicted (at 1M/5M the files and the peers' memory do not fit together). Warmed,
every tool reads from memory, as in the "same file, alternated by hand" comparisons.
"""
import argparse, contextlib, fcntl, os, re, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--newsgraph", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--sizes", required=True)
ap.add_argument("--repeats", type=int, default=3)
ap.add_argument("--cpu", default="1")
ap.add_argument("--schema", required=True)
ap.add_argument("--lock", default=None,
                help="a lock file each measured run takes first (flock), untimed: on a machine whose builds take "
                     "the same lock, no build overlaps a run, and no run holds the lock longer than itself")
ap.add_argument("--reuse-nx", action="store_true",
                help="a NetworkX-written file already there is used as it is: NetworkX's read + write is not rerun "
                     "(at 1M/5M it takes over 20 minutes; measure it apart with peer.py)")
args = ap.parse_args()
W = args.work
NG = args.newsgraph
PY = "/usr/bin/python3"

# GraphML's XSD without its identity constraints, as `newsgraph validate` compiles it (it
# checks ids and endpoints in code): the fair xmllint --stream --schema comparison.
schema = os.path.join(W, "graphml-streaming.xsd")
text = open(args.schema, encoding="utf-8").read()
text = re.sub(r"<xs:(unique|key|keyref)\b.*?</xs:\1>", "", text, flags=re.S)
open(schema, "w", encoding="utf-8").write(text)

PEER = r'''
import sys, time, os, resource
what, path = sys.argv[1], sys.argv[2]
def read_graphml_streaming(path):
    # networkx.read_graphml holds the whole XML tree (over 20 GB for 2.7 GB of GraphML);
    # this builds the same graph element by element (as Benchmarks/Sources/ExportBenchmark does).
    import networkx as nx
    from xml.etree.ElementTree import iterparse
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    cast = {"string": str, "int": int, "long": int, "float": float, "double": float,
            "boolean": lambda v: v.lower() in ("true", "1")}
    keys, ids, multi = {}, {}, False
    H = nx.MultiDiGraph()
    for _, e in iterparse(path, events=("end",)):
        if e.tag == ns + "key":
            keys[e.get("id")] = (e.get("attr.name"), cast[e.get("attr.type", "string")])
        elif e.tag == ns + "node" or e.tag == ns + "edge":
            data = {}
            for d in e.findall(ns + "data"):
                if d.text is not None:
                    name, f = keys[d.get("key")]
                    data[name] = f(d.text)
            if e.tag == ns + "node":
                H.add_node(e.get("id"), **data)
            else:
                u, v = e.get("source"), e.get("target")
                ids[u, v] = e.get("id")
                if H.has_edge(u, v):
                    multi = True
                H.add_edges_from([(u, v, e.get("id"), data)])
            e.clear()
    if not multi:
        H = nx.DiGraph(H)
        nx.set_edge_attributes(H, values=ids, name="id")
    return H
big = os.path.getsize(path) > 1_000_000_000
if what == "igraph":
    import igraph as ig
    s = time.process_time(); g = ig.Graph.Read_GraphML(path); d = time.process_time() - s
    print(d, g.vcount(), g.ecount())
elif what in ("networkx", "networkx-convert"):
    import networkx as nx
    s = time.process_time()
    G = read_graphml_streaming(path) if big else nx.read_graphml(path)
    r = time.process_time() - s
    if what == "networkx-convert":
        nx.write_graphml(G, sys.argv[3])
    d = time.process_time() - s
    print(d, G.number_of_nodes(), G.number_of_edges(), r)
'''
peer_script = os.path.join(W, "peer.py")
open(peer_script, "w").write(PEER)

def warm(paths):
    """Reads each file through once (into the page cache), untimed."""
    for path in paths:
        with open(path, "rb", buffering=0) as f:
            while f.read(1 << 24):
                pass

@contextlib.contextmanager
def held(path):
    """The lock at path (flock), held while the files are warmed and one command runs; nothing without a path."""
    if not path:
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)

def run(cmd, repeats):
    """Best CPU time and highest peak (MB) of cmd, pinned; (None, message) on failure.
    A trailing float on stdout's first line (Python peers) replaces the wall time."""
    best, peak = float("inf"), 0
    inputs = [a for a in cmd[1:] if a.startswith(W) and os.path.isfile(a) and not a.endswith(".py")
              and not a.endswith(".xsd")]
    for _ in range(repeats):
        tf = os.path.join(W, "time.txt")
        with held(args.lock):
            warm(inputs)
            p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf, "taskset", "-c", args.cpu] + cmd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            err = p.stderr.decode(errors="replace").strip().splitlines()
            if cmd[1:2] == ["validate"]:
                err = [l for l in p.stdout.decode(errors="replace").splitlines() if "error" in l][:1] or err
            return None, (err[-1] if err else f"exit {p.returncode}")[:140]
        user, system, kb = open(tf).read().split()[-3:]
        t = float(user) + float(system)
        out = p.stdout.decode(errors="replace").split()
        if cmd[0] == PY and out:
            t = float(out[0])
        best, peak = min(best, t), max(peak, int(kb) / 1024)
    return best, peak

def shifted(path, nodes):
    """Our GraphML with every entity id aN made a((N + nodes/2) mod nodes), written once beside it."""
    out = path.replace(".graphml", ".shifted.graphml")
    if os.path.exists(out) and os.path.getsize(out) == os.path.getsize(path):
        return out
    key = None
    pattern = None
    with open(path, "rb") as src, open(out + ".tmp", "wb") as dst:
        for line in src:
            if key is None and b'attr.name="entity_id"' in line:
                key = re.search(rb'<key id="([^"]+)"', line).group(1)
                pattern = re.compile(rb'(<data key="' + re.escape(key) + rb'">a)(\d+)<')
            elif pattern is not None and b"<data key=" in line:
                line = pattern.sub(lambda m: m.group(1) + str((int(m.group(2)) + nodes // 2) % nodes).encode() + b"<", line)
            dst.write(line)
    os.replace(out + ".tmp", out)
    return out

rows = []
jobs = []
def measure(size, label, path, cmd, repeats=None, key=None, now=False):
    """Queues a measurement (run by flush(), or at once with now=True)."""
    mb = os.path.getsize(path) / 1e6
    # A run under a second moves by tens of percent with the machine's load: files under
    # 100 MB are run at least 7 times (the least CPU time kept).
    r = (max(args.repeats, 7) if mb < 100 else args.repeats) if repeats is None else repeats
    jobs.append({"size": size, "label": label, "mb": mb, "cmd": cmd, "left": r, "best": float("inf"), "peak": 0,
                 "err": None, "key": key})
    if now:
        flush()

def flush():
    """Runs the queued measurements in rounds, one run of each per round: a burst of load from
    other work on the machine then falls on one run of several commands, not on every run of one
    (run back to back, all seven runs of one command could land in the same busy seconds)."""
    while any(j["left"] > 0 and j["err"] is None for j in jobs):
        for j in jobs:
            if j["left"] > 0 and j["err"] is None:
                t, peak = run(j["cmd"], 1)
                j["left"] -= 1
                if t is None:
                    j["err"] = peak
                else:
                    j["best"], j["peak"] = min(j["best"], t), max(j["peak"], peak)
    for j in jobs:
        size, label, mb, t, key = j["size"], j["label"], j["mb"], j["best"], j["key"]
        if j["err"] is not None:
            print(f"{size:>14} | {label:<52} | failed: {j['err']}", flush=True)
            rows.append((size, label, mb, None, None, j["err"], key))
        else:
            print(f"{size:>14} | {label:<52} | {t:8.2f} s | {mb / t:7.1f} MB/s | {j['peak']:7.0f} MB", flush=True)
            rows.append((size, label, mb, t, j["peak"], None, key))
    jobs.clear()

print("CPU seconds (user + system), pinned to one CPU; MB/s = file MB / CPU seconds")
print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, CPU {args.cpu}, load {os.getloadavg()}, newsgraph {NG}")
for size in args.sizes.split(","):
    n = size.split("x")[0]
    ours, js, frag = f"{W}/{n}.graphml", f"{W}/{n}.json", f"{W}/{n}.fragments.jsonl"
    nxf = f"{W}/{n}.nx.graphml"
    big = os.path.getsize(ours) > 1_000_000_000
    slow = 1 if os.path.getsize(ours) > 100_000_000 else args.repeats
    print(f"{size}: {time.strftime('%H:%M UTC', time.gmtime())}, load {os.getloadavg()}", flush=True)
    for f, name in ((ours, "our GraphML"), (js, "our JSON"), (frag, "our JSON Lines fragments")):
        print(f"{size}: {name} {os.path.getsize(f) / 1e6:.0f} MB", flush=True)
    # networkx read + write of our file: the convert peer, and it makes the NetworkX-written file.
    if args.reuse_nx and os.path.exists(nxf):
        print(f"{size}: NetworkX-written GraphML reused, NetworkX's read + write not rerun", flush=True)
    else:
        measure(size, "networkx read_graphml + write_graphml (ours)" + (" [iterparse]" if big else ""), ours,
                [PY, peer_script, "networkx-convert", ours, nxf], repeats=slow, key=("nx-convert", "ours"), now=True)
    print(f"{size}: NetworkX-written GraphML {os.path.getsize(nxf) / 1e6:.0f} MB", flush=True)
    for f, tag in ((ours, "ours"), (nxf, "nx")):
        measure(size, f"xmllint --stream --noout ({tag})", f, ["xmllint", "--stream", "--noout", f], key=("xmllint", tag))
        measure(size, f"xmllint --stream --noout --schema ({tag})", f,
                ["xmllint", "--stream", "--noout", "--schema", schema, f], key=("xmllint-schema", tag))
        measure(size, f"igraph Read_GraphML ({tag})", f, [PY, peer_script, "igraph", f], key=("igraph", tag))
        if not big:  # above 1 GB only the read + write above (the same read, 10+ minutes each)
            measure(size, f"networkx read_graphml ({tag})", f, [PY, peer_script, "networkx", f], repeats=slow,
                    key=("networkx", tag))
        measure(size, f"newsgraph stats ({tag})", f, [NG, "stats", f], key=("stats", tag))
        measure(size, f"newsgraph convert -f graphml ({tag})", f, [NG, "convert", f, "-f", "graphml", "-o", "/dev/null"],
                key=("convert", tag))
        measure(size, f"newsgraph validate ({tag})", f, [NG, "validate", "-q", f], key=("validate", tag))
    measure(size, "newsgraph merge ours ours -f graphml", ours,
            [NG, "merge", ours, ours, "-f", "graphml", "-o", "/dev/null", "-q"], key=("merge", "ours"))
    # Two different files: the same entities, their ids shifted by half the node count, so
    # nearly every relation of the second file is new (two shards of the same actors).
    other = shifted(ours, int(n))
    measure(size, "newsgraph stats (ours, ids shifted)", other, [NG, "stats", other], key=("stats", "shifted"))
    measure(size, "newsgraph merge ours shifted -f graphml (two different files)", ours,
            [NG, "merge", ours, other, "-f", "graphml", "-o", "/dev/null", "-q"], key=("merge", "different"))
    merged = f"{W}/{n}.merged.graphml"
    if not big:  # the merged graph read as one file: what one graph of the merge's size costs
        subprocess.run([NG, "merge", ours, other, "-f", "graphml", "-o", merged, "-q"], check=True)
        measure(size, "newsgraph stats (the merged graph, as one file)", merged, [NG, "stats", merged],
                key=("stats", "merged"))
    for f, tag in ((js, "json"), (frag, "fragments")):
        measure(size, f"newsgraph stats ({tag})", f, [NG, "stats", f], key=("stats", tag))
        measure(size, f"newsgraph convert -f graphml ({tag})", f, [NG, "convert", f, "-f", "graphml", "-o", "/dev/null"],
                key=("convert", tag))
        measure(size, f"newsgraph validate ({tag})", f, [NG, "validate", "-q", f], key=("validate", tag))
    flush()
    if os.path.exists(merged):
        os.remove(merged)

    # Ratios for this size.
    got = {r[6]: r for r in rows if r[0] == size and r[3] is not None}
    def ratio(a, b):
        return f"{got[b][3] / got[a][3]:.2f}x" if a in got and b in got else "n/a"
    for tag in ("ours", "nx"):
        print(f"{size} ({tag}): stats vs igraph {ratio(('stats', tag), ('igraph', tag))}, "
              f"convert vs igraph {ratio(('convert', tag), ('igraph', tag))}, "
              f"validate vs xmllint --stream --schema {ratio(('validate', tag), ('xmllint-schema', tag))}, "
              f"stats vs xmllint --stream {ratio(('stats', tag), ('xmllint', tag))}", flush=True)
    print(f"{size}: convert vs networkx read+write {ratio(('convert', 'ours'), ('nx-convert', 'ours'))}", flush=True)
    peaks = {r[6]: r[4] for r in rows if r[0] == size and r[3] is not None}
    if ("merge", "different") in peaks and ("stats", "ours") in peaks:
        print(f"{size}: merge of two different files peaks at {peaks['merge', 'different'] / peaks['stats', 'ours']:.2f}x "
              f"the peak of reading one (stats)"
              + (f", {peaks['merge', 'different'] / peaks['stats', 'merged']:.2f}x that of reading the merged graph"
                 if ("stats", "merged") in peaks else ""), flush=True)

print("\n| size | what | MB | s | MB/s | peak MB |\n|---|---|---|---|---|---|")
for size, label, mb, t, peak, err, _ in rows:
    if t is None:
        print(f"| {size} | {label} | {mb:.0f} | — | — | {err} |")
    else:
        print(f"| {size} | {label} | {mb:.0f} | {t:.2f} | {mb / t:.1f} | {peak:.0f} |")
