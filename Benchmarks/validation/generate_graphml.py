import sys, random
n, m, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(7)
kinds = ["Person","Organization","Country","Location","Facility"]
preds = ["attacked","leads","met_with","supports","accused","role_in"]
with open(path, "w", buffering=1<<20) as f:
    w = f.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    w('  <key id="d0" for="node" attr.name="label" attr.type="string"/>\n  <key id="d1" for="node" attr.name="type" attr.type="string"/>\n  <key id="d2" for="node" attr.name="mentions" attr.type="int"/>\n')
    w('  <key id="d3" for="edge" attr.name="relation" attr.type="string"/>\n  <key id="d4" for="edge" attr.name="weight" attr.type="double"/>\n  <key id="d5" for="edge" attr.name="confidence" attr.type="double"/>\n  <key id="d6" for="edge" attr.name="evidence" attr.type="string"/>\n')
    w('  <graph id="G" edgedefault="directed">\n')
    for i in range(n):
        w(f'    <node id="n{i}"><data key="d0">Actor {i} &amp; Söhne</data><data key="d1">{kinds[i%5]}</data><data key="d2">{i%17+1}</data></node>\n')
    for j in range(m):
        s = random.randrange(n); t = random.randrange(n)
        w(f'    <edge id="e{j}" source="n{s}" target="n{t}"><data key="d3">{preds[j%6]}</data><data key="d4">{j%5+1}.0</data><data key="d5">0.{j%9+1}</data><data key="d6">The minister said on Tuesday that talks with the delegation would resume soon.</data></edge>\n')
    w('  </graph>\n</graphml>\n')
