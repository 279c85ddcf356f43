// swift-format-ignore-file
// Generated from Report/report.css and Report/report.js by
// `NEWSGRAPH_RECORD=1 swift test --filter reportAssets`; edit those files, not this one.

/// The HTML report's styles and script, embedded so that the binary is one file.
enum ReportAssets {
    /// `Report/report.css`.
    static let css: String = #####"""
/* NewsGraph report: the page's styles (embedded into the binary; see ReportAssets.swift). */
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #222; background: #fafafa; }
header { display: flex; gap: 12px; align-items: center; padding: 6px 12px; background: #263238; color: #fff; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0 12px 0 0; font-weight: 600; }
header input, header select, header button { font: inherit; padding: 3px 6px; }
#search-wrap { position: relative; }
#search-results { position: absolute; top: 100%; left: 0; z-index: 10; background: #fff; color: #222; list-style: none; margin: 0; padding: 0; min-width: 260px; max-height: 320px; overflow: auto; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
#search-results li { padding: 4px 8px; cursor: pointer; }
#search-results li:hover, #search-results li.active { background: #e3f2fd; }
main { display: grid; grid-template-columns: 1fr 380px; height: calc(100% - 44px); }
#stage { position: relative; overflow: hidden; background: #fff; border-right: 1px solid #ddd; }
#graph { display: block; width: 100%; height: 100%; cursor: grab; }
#legend { position: absolute; left: 8px; bottom: 8px; background: rgba(255,255,255,.92); border: 1px solid #ccc; padding: 6px 8px; border-radius: 4px; font-size: 12px; }
#legend label { display: block; cursor: pointer; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin: 0 4px -2px 2px; border: 1px solid #0003; }
#status { position: absolute; right: 8px; bottom: 8px; font-size: 12px; color: #555; background: rgba(255,255,255,.85); padding: 2px 6px; }
aside { overflow: auto; padding: 0 12px 12px; }
aside h2 { font-size: 15px; margin: 12px 0 6px; }
aside h3 { font-size: 13px; margin: 10px 0 4px; }
.relation { border-top: 1px solid #eee; padding: 6px 0; }
.relation .head { font-weight: 600; cursor: pointer; }
.evidence { margin: 4px 0 4px 10px; padding-left: 8px; border-left: 3px solid #90caf9; font-size: 13px; }
.evidence .source { color: #555; font-size: 12px; }
.muted { color: #777; font-size: 12px; }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #eee; }
th { cursor: pointer; user-select: none; background: #f0f0f0; position: sticky; top: 0; }
th.sorted-asc::after { content: " ▲"; } th.sorted-desc::after { content: " ▼"; }
tr.row { cursor: pointer; } tr.row:hover { background: #e3f2fd; }
.table-wrap { max-height: 320px; overflow: auto; }
#timeline { width: 100%; height: 90px; display: block; cursor: pointer; }
#predicate-filter { max-width: 200px; }
"""#####

    /// `Report/report.js`.
    static let js: String = #####"""
/* NewsGraph report: the page's script (embedded into the binary; see ReportAssets.swift).
   Reads the graph from the JSON data element "newsgraph-data", draws it on a canvas and
   renders every piece of data with textContent, never as markup. No network. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("newsgraph-data").textContent);
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ---- The data, in typed arrays -------------------------------------------------------
  var N = D.nodes.length, E = D.edges.length, K = D.kinds.length;
  var X = new Float64Array(N), Y = new Float64Array(N), S = new Float64Array(N);
  var kind = new Uint8Array(N), degree = new Int32Array(N), firstDay = new Float64Array(N);
  var edgesOf = [];
  var lowerNames = [];
  function dayNumber(day) { return day ? Date.parse(day + "T00:00:00Z") / 86400000 : NaN; }
  var docDay = D.docs.map(function (d) { return dayNumber(d[2]); });
  for (var i = 0; i < N; i++) {
    var n = D.nodes[i];
    kind[i] = n[1]; X[i] = n[2]; Y[i] = n[3]; S[i] = n[4];
    firstDay[i] = dayNumber(n[7]);
    edgesOf.push([]);
    lowerNames.push([n[0]].concat(n[6]).map(function (s) { return s.toLowerCase(); }));
  }
  var edgeDays = [];
  for (var e = 0; e < E; e++) {
    var ed = D.edges[e];
    edgesOf[ed[0]].push(e);
    if (ed[1] !== ed[0]) edgesOf[ed[1]].push(e);
    degree[ed[0]]++; if (ed[1] !== ed[0]) degree[ed[1]]++;
    var days = [];
    for (var k = 0; k < ed[5].length; k++) {
      var dd = docDay[D.evidence[ed[5][k]][0]];
      if (!isNaN(dd)) days.push(dd);
    }
    edgeDays.push(days);
  }
  // Nodes by size, largest first: the order labels are placed in.
  var bySize = Array.from({ length: N }, function (_, i) { return i; });
  bySize.sort(function (a, b) { return S[b] - S[a] || degree[b] - degree[a] || a - b; });

  // ---- Filters ------------------------------------------------------------------------
  var kindOn = D.kinds.map(function () { return true; });
  var predicateChoice = -1; // -1: all
  var fromDay = NaN, toDay = NaN;
  var nodeOn = new Uint8Array(N), edgeOn = new Uint8Array(E);
  var shownNodes = 0, shownEdges = 0;
  function inWindow(day) {
    return !isNaN(day) && (isNaN(fromDay) || day >= fromDay) && (isNaN(toDay) || day <= toDay);
  }
  function applyFilters() {
    var dated = !isNaN(fromDay) || !isNaN(toDay);
    var narrowed = dated || predicateChoice >= 0;
    var linked = new Uint8Array(N);
    shownEdges = 0;
    for (var e = 0; e < E; e++) {
      var ed = D.edges[e];
      var on = kindOn[kind[ed[0]]] && kindOn[kind[ed[1]]] && (predicateChoice < 0 || ed[2] === predicateChoice);
      if (on && dated) on = edgeDays[e].some(inWindow);
      edgeOn[e] = on ? 1 : 0;
      if (on) { shownEdges++; linked[ed[0]] = 1; linked[ed[1]] = 1; }
    }
    shownNodes = 0;
    for (var i = 0; i < N; i++) {
      var on = kindOn[kind[i]];
      if (on && narrowed) on = linked[i] === 1 || (dated && predicateChoice < 0 && inWindow(firstDay[i]));
      nodeOn[i] = on ? 1 : 0;
      if (on) shownNodes++;
    }
    $("status").textContent = shownNodes + " of " + N + " actors, " + shownEdges + " of " + E + " relations";
    renderTables();
    requestDraw();
  }

  // ---- Drawing ------------------------------------------------------------------------
  var canvas = $("graph"), ctx = canvas.getContext("2d");
  var scale = 1, tx = 0, ty = 0, dpr = 1, width = 0, height = 0;
  var selectedNode = -1, selectedEdge = -1;
  var pending = false;
  function resize() {
    dpr = window.devicePixelRatio || 1;
    width = canvas.clientWidth; height = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
  }
  function fit() {
    if (N === 0) { scale = 1; tx = width / 2; ty = height / 2; return; }
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (var i = 0; i < N; i++) {
      minX = Math.min(minX, X[i] - S[i]); maxX = Math.max(maxX, X[i] + S[i]);
      minY = Math.min(minY, Y[i] - S[i]); maxY = Math.max(maxY, Y[i] + S[i]);
    }
    var w = Math.max(maxX - minX, 1), h = Math.max(maxY - minY, 1);
    scale = Math.min((width - 40) / w, (height - 40) / h);
    if (!(scale > 0)) scale = 1;
    tx = width / 2 - ((minX + maxX) / 2) * scale;
    ty = height / 2 + ((minY + maxY) / 2) * scale;
  }
  function sx(i) { return X[i] * scale + tx; }
  function sy(i) { return -Y[i] * scale + ty; }
  // Nodes grow with the zoom up to 0.8 px per unit of size, so a small graph fitted to the page is not all discs.
  function radius(i) { return Math.max(2, S[i] * Math.min(scale, 0.8)); }
  function requestDraw() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; draw(); });
  }
  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    var e, i, ed;
    ctx.lineWidth = 1;
    ctx.strokeStyle = "rgba(90,90,90,0.35)";
    ctx.beginPath();
    for (e = 0; e < E; e++) {
      if (!edgeOn[e]) continue;
      ed = D.edges[e];
      ctx.moveTo(sx(ed[0]), sy(ed[0]));
      ctx.lineTo(sx(ed[1]), sy(ed[1]));
    }
    ctx.stroke();
    var focus = selectedNode >= 0 ? edgesOf[selectedNode] : selectedEdge >= 0 ? [selectedEdge] : [];
    if (focus.length) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = "#1565c0";
      ctx.beginPath();
      focus.forEach(function (e) {
        if (!edgeOn[e]) return;
        var ed = D.edges[e];
        ctx.moveTo(sx(ed[0]), sy(ed[0]));
        ctx.lineTo(sx(ed[1]), sy(ed[1]));
      });
      ctx.stroke();
    }
    for (var k = 0; k < K; k++) {
      ctx.fillStyle = D.kinds[k][1];
      ctx.beginPath();
      for (i = 0; i < N; i++) {
        if (!nodeOn[i] || kind[i] !== k) continue;
        var x = sx(i), y = sy(i), r = radius(i);
        if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
      ctx.fill();
    }
    if (selectedNode >= 0 && nodeOn[selectedNode]) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#d32f2f";
      ctx.beginPath();
      ctx.arc(sx(selectedNode), sy(selectedNode), radius(selectedNode) + 3, 0, 2 * Math.PI);
      ctx.stroke();
    }
    drawLabels();
    if (window.__newsgraph.firstDraw === null) {
      window.__newsgraph.firstDraw = performance.now();
    }
  }
  function drawLabels() {
    // Largest nodes first; a label is skipped when its box would overlap one already drawn.
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    var taken = [], drawn = 0;
    var wanted = {};
    if (selectedNode >= 0) {
      wanted[selectedNode] = 1;
      edgesOf[selectedNode].forEach(function (e) { wanted[D.edges[e][0]] = 1; wanted[D.edges[e][1]] = 1; });
    }
    for (var j = 0; j < N && drawn < 400; j++) {
      var i = bySize[j];
      if (!nodeOn[i]) continue;
      var r = radius(i);
      if (r < 5 && !wanted[i] && shownNodes > 150) continue;
      var x = sx(i) + r + 3, y = sy(i);
      if (x > width || y < 0 || y > height || x < -200) continue;
      var text = D.nodes[i][0];
      var w = ctx.measureText(text).width;
      var box = [x, y - 7, x + w, y + 7];
      var clash = !wanted[i] && taken.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; });
      if (clash) continue;
      taken.push(box);
      ctx.fillStyle = "rgba(255,255,255,0.8)";
      ctx.fillRect(box[0] - 1, box[1], w + 2, 14);
      ctx.fillStyle = "#111";
      ctx.fillText(text, x, y);
      drawn++;
    }
  }

  // ---- Pan, zoom, click ---------------------------------------------------------------
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, tx: tx, ty: ty, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (drag.moved) { tx = drag.tx + dx; ty = drag.ty + dy; requestDraw(); }
  });
  canvas.addEventListener("pointerup", function (ev) {
    var wasClick = drag && !drag.moved;
    drag = null;
    if (!wasClick) return;
    var rect = canvas.getBoundingClientRect();
    pick(ev.clientX - rect.left, ev.clientY - rect.top);
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect();
    var mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    var factor = Math.exp(-ev.deltaY * 0.0015);
    tx = mx - (mx - tx) * factor; ty = my - (my - ty) * factor; scale *= factor;
    requestDraw();
  }, { passive: false });
  function pick(x, y) {
    var best = -1, bestD = Infinity;
    for (var i = 0; i < N; i++) {
      if (!nodeOn[i]) continue;
      var dx = sx(i) - x, dy = sy(i) - y, d = Math.sqrt(dx * dx + dy * dy);
      if (d <= radius(i) + 3 && d < bestD) { best = i; bestD = d; }
    }
    if (best >= 0) { selectNode(best, false); return; }
    var bestE = -1; bestD = 5;
    for (var e = 0; e < E; e++) {
      if (!edgeOn[e]) continue;
      var ed = D.edges[e];
      var ax = sx(ed[0]), ay = sy(ed[0]), bx = sx(ed[1]), by = sy(ed[1]);
      var vx = bx - ax, vy = by - ay, len = vx * vx + vy * vy;
      var t = len > 0 ? Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len)) : 0;
      var px = ax + t * vx - x, py = ay + t * vy - y, d2 = Math.sqrt(px * px + py * py);
      if (d2 < bestD) { bestE = e; bestD = d2; }
    }
    if (bestE >= 0) selectEdge(bestE); else { selectedNode = -1; selectedEdge = -1; showOverview(); requestDraw(); }
  }

  // ---- The side panel -----------------------------------------------------------------
  var panel = $("panel");
  function safeURL(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function evidenceBlock(index) {
    var ev = D.evidence[index], doc = D.docs[ev[0]];
    var box = el("div", null, "evidence");
    box.appendChild(el("div", ev[1], "sentence"));
    var source = el("div", null, "source");
    var title = doc[1] || doc[0];
    var url = safeURL(doc[3]);
    if (url) {
      var a = el("a", title);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      source.appendChild(a);
    } else {
      source.appendChild(el("span", title));
    }
    source.appendChild(el("span", (doc[2] ? " · " + doc[2] : "") + " · confidence " + ev[2]));
    box.appendChild(source);
    return box;
  }
  function relationHead(e) {
    var ed = D.edges[e];
    return D.nodes[ed[0]][0] + " —" + D.predicates[ed[2]] + "→ " + D.nodes[ed[1]][0];
  }
  function selectNode(i, center) {
    selectedNode = i; selectedEdge = -1;
    if (center) {
      scale = Math.max(scale, 12 / Math.max(S[i], 1));
      tx = width / 2 - X[i] * scale; ty = height / 2 + Y[i] * scale;
    }
    clear(panel);
    var n = D.nodes[i];
    panel.appendChild(el("h2", n[0]));
    panel.appendChild(el("div", D.kinds[n[1]][0] + " · " + n[5] + " mentions · " + degree[i] + " relations", "muted"));
    if (n[6].length) panel.appendChild(el("div", "also: " + n[6].join(", "), "muted"));
    panel.appendChild(el("h3", "Relations"));
    var list = edgesOf[i].slice().sort(function (a, b) { return D.edges[b][3] - D.edges[a][3] || a - b; });
    if (!list.length) panel.appendChild(el("div", "No relation.", "muted"));
    list.forEach(function (e) {
      var box = el("div", null, "relation");
      var head = el("div", relationHead(e) + " (" + D.edges[e][3] + ")", "head");
      head.addEventListener("click", function () { selectEdge(e); });
      box.appendChild(head);
      var ev = D.edges[e][5];
      ev.slice(0, 3).forEach(function (x) { box.appendChild(evidenceBlock(x)); });
      if (ev.length > 3) box.appendChild(el("div", (ev.length - 3) + " more: click the relation", "muted"));
      if (!edgeOn[e]) box.appendChild(el("div", "hidden by the filters", "muted"));
      panel.appendChild(box);
    });
    requestDraw();
  }
  function selectEdge(e) {
    selectedEdge = e; selectedNode = -1;
    clear(panel);
    var ed = D.edges[e];
    panel.appendChild(el("h2", relationHead(e)));
    panel.appendChild(el("div", ed[3] + " sentences · confidence " + ed[4], "muted"));
    ed[5].forEach(function (x) { panel.appendChild(evidenceBlock(x)); });
    [ed[0], ed[1]].forEach(function (i) {
      var link = el("div", "→ " + D.nodes[i][0], "relation head");
      link.addEventListener("click", function () { selectNode(i, true); });
      panel.appendChild(link);
    });
    requestDraw();
  }
  function showOverview() {
    clear(panel);
    panel.appendChild(el("h2", D.title));
    panel.appendChild(el("div", N + " actors, " + E + " relations, " + D.docs.length + " documents.", "muted"));
    panel.appendChild(el("p", "Click an actor or a relation for the sentences behind it; drag to pan, scroll to zoom.", "muted"));
  }

  // ---- Search -------------------------------------------------------------------------
  var search = $("search"), results = $("search-results");
  function runSearch() {
    clear(results);
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    var found = [];
    for (var i = 0; i < N && found.length < 200; i++) {
      var names = lowerNames[i], rank = -1;
      for (var j = 0; j < names.length; j++) {
        var at = names[j].indexOf(q);
        if (at === 0) { rank = 0; break; }
        if (at > 0) rank = 1;
      }
      if (rank >= 0) found.push([rank, -degree[i], i]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    found.slice(0, 20).forEach(function (f) {
      var li = el("li", D.nodes[f[2]][0] + " (" + D.kinds[D.nodes[f[2]][1]][0] + ")");
      li.dataset.node = String(f[2]);
      li.addEventListener("click", function () { choose(f[2]); });
      results.appendChild(li);
    });
  }
  function choose(i) {
    clear(results);
    search.value = D.nodes[i][0];
    if (!nodeOn[i]) { kindOn[kind[i]] = true; syncLegend(); predicateChoice = -1; $("predicate-filter").value = "-1"; fromDay = toDay = NaN; $("from").value = $("to").value = ""; applyFilters(); }
    selectNode(i, true);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && results.firstChild) choose(Number(results.firstChild.dataset.node));
    if (ev.key === "Escape") clear(results);
  });

  // ---- Filter controls ----------------------------------------------------------------
  var legend = $("legend");
  var kindCount = D.kinds.map(function () { return 0; });
  for (var i2 = 0; i2 < N; i2++) kindCount[kind[i2]]++;
  D.kinds.forEach(function (k, index) {
    if (!kindCount[index]) return;
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.dataset.kind = String(index);
    box.addEventListener("change", function () { kindOn[index] = box.checked; applyFilters(); });
    var sw = el("span", null, "swatch"); sw.style.background = k[1];
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", k[0] + " (" + kindCount[index] + ")"));
    legend.appendChild(label);
  });
  function syncLegend() {
    Array.prototype.forEach.call(legend.querySelectorAll("input"), function (box) { box.checked = kindOn[Number(box.dataset.kind)]; });
  }
  var predicateSelect = $("predicate-filter");
  var predicateCount = D.predicates.map(function () { return 0; });
  D.edges.forEach(function (ed) { predicateCount[ed[2]]++; });
  D.predicates.forEach(function (p, index) {
    var option = el("option", p + " (" + predicateCount[index] + ")");
    option.value = String(index);
    predicateSelect.appendChild(option);
  });
  predicateSelect.addEventListener("change", function () { predicateChoice = Number(predicateSelect.value); applyFilters(); });
  var days = docDay.filter(function (d) { return !isNaN(d); }).sort(function (a, b) { return a - b; });
  function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  if (days.length) {
    ["from", "to"].forEach(function (id) { $(id).min = isoOf(days[0]); $(id).max = isoOf(days[days.length - 1]); });
  }
  $("from").addEventListener("change", function () { fromDay = dayNumber($("from").value); applyFilters(); drawTimeline(); });
  $("to").addEventListener("change", function () { toDay = dayNumber($("to").value); applyFilters(); drawTimeline(); });
  $("reset").addEventListener("click", function () {
    kindOn = kindOn.map(function () { return true; }); syncLegend();
    predicateChoice = -1; predicateSelect.value = "-1";
    fromDay = toDay = NaN; $("from").value = $("to").value = "";
    selectedNode = selectedEdge = -1; showOverview();
    resize(); fit(); applyFilters(); drawTimeline();
  });

  // ---- Tables -------------------------------------------------------------------------
  var tableLimit = 500;
  function makeTable(host, columns, rows, onPick, sort) {
    clear(host);
    var table = el("table"), thead = el("thead"), tr = el("tr");
    columns.forEach(function (c, index) {
      var th = el("th", c[0]);
      if (sort.column === index) th.className = sort.descending ? "sorted-desc" : "sorted-asc";
      th.addEventListener("click", function () {
        sort.descending = sort.column === index ? !sort.descending : c[2];
        sort.column = index;
        makeTable(host, columns, rows, onPick, sort);
      });
      tr.appendChild(th);
    });
    thead.appendChild(tr); table.appendChild(thead);
    var key = columns[sort.column][1];
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return (sort.descending ? -c : c) || a - b;
    });
    var tbody = el("tbody");
    sorted.slice(0, tableLimit).forEach(function (row) {
      var r = el("tr", null, "row");
      columns.forEach(function (c) { r.appendChild(el("td", c[1](row))); });
      r.addEventListener("click", function () { onPick(row); });
      tbody.appendChild(r);
    });
    table.appendChild(tbody);
    host.appendChild(table);
    if (sorted.length > tableLimit) host.appendChild(el("div", "First " + tableLimit + " of " + sorted.length + " rows, as sorted.", "muted"));
  }
  var actorSort = { column: 2, descending: true }, relationSort = { column: 3, descending: true };
  function renderTables() {
    var actors = [], relations = [];
    for (var i = 0; i < N; i++) if (nodeOn[i]) actors.push(i);
    for (var e = 0; e < E; e++) if (edgeOn[e]) relations.push(e);
    $("actors-count").textContent = String(actors.length);
    $("relations-count").textContent = String(relations.length);
    makeTable($("actors-table"), [
      ["Actor", function (i) { return D.nodes[i][0]; }, false],
      ["Kind", function (i) { return D.kinds[D.nodes[i][1]][0]; }, false],
      ["Degree", function (i) { return degree[i]; }, true],
      ["Mentions", function (i) { return D.nodes[i][5]; }, true],
    ], actors, function (i) { selectNode(i, true); }, actorSort);
    makeTable($("relations-table"), [
      ["Source", function (e) { return D.nodes[D.edges[e][0]][0]; }, false],
      ["Predicate", function (e) { return D.predicates[D.edges[e][2]]; }, false],
      ["Target", function (e) { return D.nodes[D.edges[e][1]][0]; }, false],
      ["Weight", function (e) { return D.edges[e][3]; }, true],
      ["Confidence", function (e) { return D.edges[e][4]; }, true],
    ], relations, selectEdge, relationSort);
  }

  // ---- Timeline -----------------------------------------------------------------------
  var timeline = $("timeline"), bins = [];
  function drawTimeline() {
    var tctx = timeline.getContext("2d");
    var w = timeline.clientWidth, h = timeline.clientHeight;
    timeline.width = Math.max(1, Math.round(w * dpr)); timeline.height = Math.max(1, Math.round(h * dpr));
    tctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    tctx.clearRect(0, 0, w, h);
    bins = [];
    if (!days.length) { tctx.fillStyle = "#777"; tctx.font = "12px system-ui, sans-serif"; tctx.fillText("No dated documents.", 4, 16); return; }
    var first = days[0], last = days[days.length - 1];
    var width = Math.max(1, Math.ceil((last - first + 1) / 60));
    var count = Math.floor((last - first) / width) + 1, counts = new Array(count).fill(0), top = 0;
    days.forEach(function (d) { var b = Math.floor((d - first) / width); counts[b]++; top = Math.max(top, counts[b]); });
    var bw = w / count;
    counts.forEach(function (c, b) {
      var start = first + b * width, end = start + width - 1;
      var inside = (isNaN(fromDay) || end >= fromDay) && (isNaN(toDay) || start <= toDay);
      tctx.fillStyle = inside ? "#1e88e5" : "#bbdefb";
      var bh = c ? Math.max(2, (h - 18) * c / top) : 0;
      tctx.fillRect(b * bw + 0.5, h - 14 - bh, Math.max(1, bw - 1), bh);
      bins.push([start, end]);
    });
    tctx.fillStyle = "#555"; tctx.font = "11px system-ui, sans-serif";
    tctx.fillText(isoOf(first), 2, h - 2);
    var lastText = isoOf(last);
    tctx.fillText(lastText, w - tctx.measureText(lastText).width - 2, h - 2);
  }
  timeline.addEventListener("click", function (ev) {
    if (!bins.length) return;
    var rect = timeline.getBoundingClientRect();
    var b = Math.min(bins.length - 1, Math.floor((ev.clientX - rect.left) / (rect.width / bins.length)));
    fromDay = bins[b][0]; toDay = bins[b][1];
    $("from").value = isoOf(fromDay); $("to").value = isoOf(toDay);
    applyFilters(); drawTimeline();
  });
  function renderDocuments() {
    var host = $("documents-list");
    var order = D.docs.map(function (_, i) { return i; }).sort(function (a, b) {
      return (D.docs[a][2] || "9999").localeCompare(D.docs[b][2] || "9999") || a - b;
    });
    $("documents-count").textContent = String(D.docs.length);
    order.slice(0, tableLimit).forEach(function (i) {
      var doc = D.docs[i], row = el("div", null, "muted");
      row.appendChild(el("span", (doc[2] || "undated") + " · "));
      var url = safeURL(doc[3]);
      if (url) { var a = el("a", doc[1] || doc[0]); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; row.appendChild(a); }
      else row.appendChild(el("span", doc[1] || doc[0]));
      host.appendChild(row);
    });
  }

  // ---- Start --------------------------------------------------------------------------
  window.__newsgraph = {
    firstDraw: null,
    visibleNodes: function () { var out = []; for (var i = 0; i < N; i++) if (nodeOn[i]) out.push(i); return out; },
    visibleEdgeCount: function () { return shownEdges; },
    node: function (i) { return { name: D.nodes[i][0], kind: D.kinds[D.nodes[i][1]][0] }; },
    nodeIndex: function (name) { for (var i = 0; i < N; i++) if (D.nodes[i][0] === name) return i; return -1; },
    screenPosition: function (i) { var r = canvas.getBoundingClientRect(); return [r.left + sx(i), r.top + sy(i), radius(i)]; },
    centerOn: function (i) { selectNode(i, true); draw(); selectedNode = -1; showOverview(); draw(); },
  };
  resize(); fit();
  showOverview();
  renderDocuments();
  applyFilters();
  draw();
  drawTimeline();
  window.addEventListener("resize", function () { resize(); requestDraw(); drawTimeline(); });
})();
"""#####
}
