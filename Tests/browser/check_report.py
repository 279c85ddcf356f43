"""Drives a NewsGraph HTML report in headless Chromium (Debian's chromium and chromium-driver,
through Selenium) and prints what it found as one JSON object; the Swift test judges it.

Usage: check_report.py REPORT.html --search NAME [--hostile NAME]... [--screenshot PNG]

Checks: the canvas is drawn (non-white pixels) and when (the page's own first-draw time);
search finds NAME and choosing it shows it; a click on its node on the canvas shows its
evidence sentences; unticking its kind in the legend hides every node of that kind; a
predicate filter hides edges; a date window hides the relations told outside it; a drag
pans and the wheel zooms; a click on an edge shows its sentences; the actor and relation
tables sort by a clicked column and a row opens its relation; the documents are listed and
a click on the timeline narrows the date window; hostile
names render as the very text, run nothing and add no element; only http(s) links; no
console error; no request but the page itself."""
import argparse
import json
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("--search", required=True)
parser.add_argument("--hostile", action="append", default=[])
parser.add_argument("--screenshot")
args = parser.parse_args()

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900",
             "--force-device-scale-factor=1", "--hide-scrollbars", "--lang=en-US", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
             "--disable-sync", "--metrics-recording-only", "--no-default-browser-check"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
result = {"errors": []}
url = "file://" + args.report
try:
    started = time.time()
    driver.get(url)
    for _ in range(300):
        if driver.execute_script("return !!(window.__newsgraph && window.__newsgraph.firstDraw !== null)"):
            break
        time.sleep(0.1)
    result["load_seconds"] = time.time() - started
    result["first_draw_ms"] = driver.execute_script("return window.__newsgraph.firstDraw")
    result["nodes"] = driver.execute_script("return window.__newsgraph.visibleNodes().length")
    result["drawn_pixels"] = driver.execute_script("""
        var c = document.getElementById('graph'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
        for (var i = 0; i < d.length; i += 4) if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) n++;
        return n;""")

    def panel_title():
        return driver.execute_script("var h = document.querySelector('#panel h2'); return h ? h.textContent : null")

    def search(name):
        box = driver.find_element(By.ID, "search")
        box.clear()
        box.send_keys(name)
        items = driver.find_elements(By.CSS_SELECTOR, "#search-results li")
        texts = [item.text for item in items]
        for item in items:
            if driver.execute_script("return window.__newsgraph.node(Number(arguments[0].dataset.node)).name", item) == name:
                item.click()
                return texts, True
        return texts, False

    # Search.
    texts, chosen = search(args.search)
    result["search_results"] = texts[:5]
    result["search_found"] = chosen
    result["search_panel"] = panel_title()

    # A click on the node, on the canvas, shows its evidence.
    index = driver.execute_script("return window.__newsgraph.nodeIndex(arguments[0])", args.search)
    driver.execute_script("window.__newsgraph.centerOn(arguments[0])", index)
    x, y, r = driver.execute_script("return window.__newsgraph.screenPosition(arguments[0])", index)
    canvas = driver.find_element(By.ID, "graph")
    rect = driver.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height]", canvas)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - (rect[0] + rect[2] / 2)), int(y - (rect[1] + rect[3] / 2))).click().perform()
    result["click_panel"] = panel_title()
    sentences = driver.find_elements(By.CSS_SELECTOR, "#panel .evidence .sentence")
    result["click_evidence"] = [s.text for s in sentences[:3]]
    result["click_links"] = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#panel a'), function (a) { return a.getAttribute('href'); })")
    if args.screenshot:
        driver.save_screenshot(args.screenshot)

    # The kind filter hides every node of that kind; the predicate filter hides edges.
    kind = driver.execute_script("return window.__newsgraph.node(arguments[0]).kind", index)
    before = driver.execute_script("return window.__newsgraph.visibleNodes().length")
    for label in driver.find_elements(By.CSS_SELECTOR, "#legend label"):
        if label.text.startswith(kind + " ("):
            label.find_element(By.TAG_NAME, "input").click()
    after = driver.execute_script("""
        var g = window.__newsgraph;
        return g.visibleNodes().map(function (i) { return g.node(i).kind; });""")
    result["kind_filter"] = {"kind": kind, "before": before, "after": len(after), "left_of_kind": after.count(kind)}
    driver.find_element(By.ID, "reset").click()
    edges_before = driver.execute_script("return window.__newsgraph.visibleEdgeCount()")
    select = Select(driver.find_element(By.ID, "predicate-filter"))
    select.select_by_index(1)
    result["predicate_filter"] = {"before": edges_before, "after": driver.execute_script("return window.__newsgraph.visibleEdgeCount()")}
    driver.find_element(By.ID, "reset").click()

    # The date window: up to the middle day of the documents hides the relations told only
    # later (undated graphs: a window after every document hides every relation).
    first, last = driver.execute_script("return [document.getElementById('from').min, document.getElementById('to').max]")
    edges_before = driver.execute_script("return window.__newsgraph.visibleEdgeCount()")
    if first and last and first != last:
        import datetime
        a, b = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
        field, day = "to", (a + (b - a) / 2).isoformat()
    else:
        field, day = "from", "2999-01-01"
    driver.execute_script(
        "var input = document.getElementById(arguments[0]); input.value = arguments[1];"
        "input.dispatchEvent(new Event('change'));", field, day)
    result["date_filter"] = {"field": field, "day": day, "before": edges_before,
                             "after": driver.execute_script("return window.__newsgraph.visibleEdgeCount()")}
    driver.find_element(By.ID, "reset").click()

    # Pan and zoom: a drag moves the drawing by the drag; the wheel spreads it around the pointer.
    def spread():
        return driver.execute_script("""
            var g = window.__newsgraph, n = g.visibleNodes(), a = g.screenPosition(n[0]), b = g.screenPosition(n[n.length - 1]);
            return [a[0], a[1], Math.hypot(a[0] - b[0], a[1] - b[1])];""")
    before = spread()
    ActionChains(driver).move_to_element_with_offset(canvas, 5, 5).click_and_hold().move_by_offset(60, 40).release().perform()
    after = spread()
    driver.execute_script(
        "arguments[0].dispatchEvent(new WheelEvent('wheel', {deltaY: -400, clientX: arguments[1], clientY: arguments[2], bubbles: true, cancelable: true}))",
        canvas, int(rect[0] + rect[2] / 2), int(rect[1] + rect[3] / 2))
    time.sleep(0.1)
    zoomed = spread()
    result["pan"] = [round(after[0] - before[0], 1), round(after[1] - before[1], 1)]
    result["zoom"] = round(zoomed[2] / max(after[2], 1e-9), 3)

    # A click on an edge, on the canvas (of the 20 whose middles are farthest from any node, the
    # one whose middle is also farthest from every other edge: two edges to one node may cross
    # there), shows that relation and its sentences.
    target = driver.execute_script("""
        var g = window.__newsgraph, D = JSON.parse(document.getElementById('newsgraph-data').textContent), best = null;
        var shown = g.visibleNodes(), r = document.getElementById('graph').getBoundingClientRect();
        // (Each shown node's position read once: read per edge, a corpus of 4,000 edges and 4,500 nodes asked
        // 18 million of them and passed the script timeout.)
        var at = shown.map(function (i) { return g.screenPosition(i); });
        var ends = [], candidates = [];
        for (var e = 0; e < D.edges.length; e++) {
          if (D.edges[e][0] === D.edges[e][1]) { ends.push(null); continue; }
          var a = g.screenPosition(D.edges[e][0]), b = g.screenPosition(D.edges[e][1]);
          ends.push([a[0], a[1], b[0], b[1]]);
          var mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
          if (mx < r.left + 20 || mx > r.right - 20 || my < r.top + 20 || my > r.bottom - 20) continue;
          if (document.elementFromPoint(mx, my) !== document.getElementById('graph')) continue;  // under the legend
          var free = Infinity;
          for (var k = 0; k < at.length; k++) { var p = at[k]; free = Math.min(free, Math.hypot(p[0] - mx, p[1] - my) - p[2]); }
          candidates.push([mx, my, free, D.nodes[D.edges[e][0]][0] + ' \u2014' + D.predicates[D.edges[e][2]] + '\u2192 ' + D.nodes[D.edges[e][1]][0], e]);
        }
        candidates.sort(function (x, y) { return y[2] - x[2]; });
        function segment(px, py, s) {
          var dx = s[2] - s[0], dy = s[3] - s[1], l = dx * dx + dy * dy;
          var t = l > 0 ? Math.max(0, Math.min(1, ((px - s[0]) * dx + (py - s[1]) * dy) / l)) : 0;
          return Math.hypot(px - (s[0] + t * dx), py - (s[1] + t * dy));
        }
        candidates.slice(0, 20).forEach(function (c) {
          var clear = c[2];
          for (var o = 0; o < ends.length; o++) {
            // (Another relation between the same two actors is drawn on the same line: the panel shows the pair.)
            if (o === c[4] || !ends[o] || (D.edges[o][0] === D.edges[c[4]][0] && D.edges[o][1] === D.edges[c[4]][1])) continue;
            clear = Math.min(clear, segment(c[0], c[1], ends[o]));
          }
          if (!best || clear > best[2]) best = [c[0], c[1], clear, c[3]];
        });
        return best;""")
    if target:
        ActionChains(driver).move_to_element_with_offset(
            canvas, int(target[0] - (rect[0] + rect[2] / 2)), int(target[1] - (rect[1] + rect[3] / 2))).click().perform()
        result["edge_click"] = {"expected": target[3], "panel": panel_title(),
                                "sentences": len(driver.find_elements(By.CSS_SELECTOR, "#panel .evidence .sentence"))}

    # The tables: a click on a column's head sorts by it; a click on a relation's row shows it.
    driver.execute_script("Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; })")

    def column(host, index):
        return driver.execute_script(
            "var at = arguments[1]; return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0] + ' tbody tr'),"
            " function (tr) { return tr.children[at].textContent; })", host, index)

    def sorted_in_page(values, descending):
        return driver.execute_script(
            "var v = arguments[0], d = arguments[1]; for (var i = 1; i < v.length; i++) {"
            " var c = v[i - 1].localeCompare(v[i]); if (d ? c < 0 : c > 0) return false; } return v.length > 1;", values, descending)

    def click(selector, index=0):
        element = driver.find_elements(By.CSS_SELECTOR, selector)[index]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    click("#actors-table th")
    ascending = sorted_in_page(column("actors-table", 0), False)
    click("#actors-table th")
    descending = sorted_in_page(column("actors-table", 0), True)
    click("#relations-table th", 1)
    predicates = sorted_in_page(column("relations-table", 1), False)
    weights = [float(w) for w in column("relations-table", 3)]
    row_text = driver.execute_script(
        "var tds = document.querySelector('#relations-table tbody tr').children; return tds[0].textContent + ' \u2014' + tds[1].textContent + '\u2192 ' + tds[2].textContent")
    row = driver.find_element(By.CSS_SELECTOR, "#relations-table tbody tr")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.click()
    result["tables"] = {"actors_by_name": ascending, "actors_by_name_descending": descending, "relations_by_predicate": predicates,
                        "relation_rows": len(weights), "row_click": panel_title() == row_text,
                        "row_sentences": len(driver.find_elements(By.CSS_SELECTOR, "#panel .evidence .sentence"))}

    # The documents, listed by date; a click on a bar of the timeline narrows the window to it.
    result["documents"] = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#documents-list > div")][:3]
    edges_before = driver.execute_script("return window.__newsgraph.visibleEdgeCount()")
    timeline = driver.find_element(By.ID, "timeline")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", timeline)
    ActionChains(driver).move_to_element_with_offset(timeline, -int(timeline.size["width"] / 2) + 2, 0).click().perform()
    result["timeline"] = {"from": driver.execute_script("return document.getElementById('from').value"),
                          "to": driver.execute_script("return document.getElementById('to').value"),
                          "before": edges_before, "after": driver.execute_script("return window.__newsgraph.visibleEdgeCount()")}
    driver.find_element(By.ID, "reset").click()

    # Hostile names: the very text, nothing run, no element made.
    result["hostile"] = []
    for name in args.hostile:
        _, found = search(name)
        result["hostile"].append({"name": name, "found": found, "panel": panel_title()})
    result["pwned"] = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
    result["images"] = driver.execute_script("return document.getElementsByTagName('img').length")
    result["bold"] = driver.execute_script("return document.getElementsByTagName('b').length")
    result["resources"] = driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")

    # The console and the network.
    result["console_errors"] = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requested = message["params"]["request"]["url"]
            if requested != url:
                requests.append(requested)
    result["requests"] = requests
except Exception as error:  # reported to the Swift test, which fails on it
    result["errors"].append(type(error).__name__ + ": " + str(error)[:500])
finally:
    driver.quit()
print(json.dumps(result))
