"""igraph's C layouts for the layout benchmark: reads an edge list, times one layout call
(the graph's loading is not timed), writes `x y` per node. Usage:
    igraph_layout.py EDGES NODES ALGORITHM OUT
ALGORITHM is drl or fr (layout_fruchterman_reingold, igraph's defaults: grid above 1000
nodes, 500 iterations). Prints the seconds on stdout."""
import random
import sys
import time

import igraph

edges_path, nodes, algorithm, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(edges_path) as f:
    edges = [tuple(map(int, line.split())) for line in f]
graph = igraph.Graph(n=nodes, edges=edges)
random.seed(1)  # igraph's layouts draw from Python's generator
start = time.perf_counter()
if algorithm == "drl":
    layout = graph.layout_drl()
elif algorithm == "fr":
    layout = graph.layout_fruchterman_reingold()
else:
    raise SystemExit(f"unknown algorithm {algorithm}")
seconds = time.perf_counter() - start
with open(out, "w") as f:
    for x, y in layout.coords:
        f.write(f"{x} {y}\n")
print(f"{seconds:.3f}")
