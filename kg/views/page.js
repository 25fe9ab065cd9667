// govkg view: draws the graph in #kg-data with vis-network; search and class filters.
// Everything from the graph is set with textContent or drawn on the canvas: never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var ui = data.ui;

  function text(id, value) { document.getElementById(id).textContent = value; }

  // Tooltips as elements holding one text node: vis-network shows an element as it is.
  function tip(value) {
    var div = document.createElement("div");
    div.className = "kg-tip";
    div.textContent = value;
    return div;
  }
  data.nodes.forEach(function (n) { if (typeof n.title === "string") n.title = tip(n.title); });
  data.edges.forEach(function (e) { if (typeof e.title === "string") e.title = tip(e.title); });

  document.title = data.heading;
  text("kg-heading", data.heading);
  text("kg-kinds", ui.kinds);
  document.getElementById("kg-search").placeholder = ui.search;
  text("kg-notes", data.notes.join("\n"));

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenKinds = new Set();
  var shown = null; // ids kept by the name search, or null for all
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !hiddenKinds.has(n.group) && (shown === null || shown.has(n.id)); }
  });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, data.options);
  network.once("afterDrawing", function () {
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  if (data.options.physics && data.options.physics.enabled) {
    // settle once, then hold still so dragging one node does not move the rest
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  }

  // Legend: one checkbox per class shown; unticking hides that class.
  var list = document.getElementById("kg-kind-list");
  data.legend.forEach(function (entry) {
    var li = document.createElement("li");
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kind", entry.kind);
    box.addEventListener("change", function () {
      if (box.checked) hiddenKinds.delete(entry.kind); else hiddenKinds.add(entry.kind);
      nodeView.refresh();
    });
    var swatch = document.createElement("span");
    swatch.className = "kg-swatch";
    swatch.style.color = entry.color;
    swatch.textContent = entry.glyph;
    var name = document.createElement("span");
    name.textContent = entry.label + " (" + entry.count + ")";
    label.append(box, swatch, name);
    li.appendChild(label);
    list.appendChild(li);
  });

  // Name search: keep the matches and their neighbours, select the matches.
  // An aggregated node lists the names folded into it (n.inside, indices into data.folded): a name found only
  // there selects that node, and the status says so and how to see it unfolded.
  function found(name, query) { return String(name).toLowerCase().indexOf(query) >= 0; }
  // a name as one shell word: quoted unless plain letters and digits
  function shellWord(s) { return /^[\p{L}\p{N}_.·（）-]+$/u.test(s) ? s : "'" + s.replace(/'/g, "'\\''") + "'"; }
  // {key} -> values[key] in one pass: a value holding "{where}" or "$&" stays as it is
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? String(values[key]) : m; });
  }
  var SHOWN_HOLDERS = 3;
  // the kg view flag that draws each folded name (null: a post, drawn with its official)
  var foldedFlag = [];
  data.folded_flags.forEach(function (run) { for (var i = 0; i < run[1]; i++) foldedFlag.push(run[0]); });
  // "“电梯”在汇总节点 A、B 内：用 kg view --issue 电梯 或 kg view --all 查看"
  function insideStatus(query, holders, hits) {
    var names = holders.slice(0, SHOWN_HOLDERS).map(function (n) { return n.name || n.label; });
    var where = names.join(ui.list_sep);
    if (holders.length > names.length) where = fill(ui.inside_more, { names: where, n: holders.length });
    var flags = new Set(), viaHolder = [];
    hits.forEach(function (i) { if (foldedFlag[i]) flags.add(foldedFlag[i]); });
    var commands = Array.from(flags).map(function (flag) { return "kg view " + flag + " " + shellWord(query); });
    holders.forEach(function (n) {
      if (n.inside.some(function (i) { return hits.has(i) && !foldedFlag[i]; })) viaHolder.push(n);
    });
    if (viaHolder.length) {
      commands.push("kg view " + viaHolder.slice(0, SHOWN_HOLDERS).map(function (n) {
        return (data.flags[n.group] || "--focus") + " " + shellWord(n.name || n.label);
      }).join(" "));
    }
    return fill(ui.inside, { query: query, where: where, command: commands.join(ui.or) });
  }
  function search(raw) {
    var query = raw.trim().toLowerCase();
    if (!query) {
      shown = null;
      nodeView.refresh();
      network.unselectAll();
      text("kg-status", "");
      return;
    }
    var matches = nodes.getIds({ filter: function (n) { return found(n.name || n.label, query); } });
    var matched = new Set(matches);
    var foldedHits = new Set();  // indices into data.folded of the names that match
    data.folded.forEach(function (name, i) { if (found(name, query)) foldedHits.add(i); });
    var holders = foldedHits.size === 0 ? [] : nodes.get({ filter: function (n) {
      return !matched.has(n.id) && n.inside !== undefined && n.inside.some(function (i) { return foldedHits.has(i); });
    } });
    var hits = matches.concat(holders.map(function (n) { return n.id; }));
    var hit = new Set(hits);
    var keep = new Set(hits);
    edges.forEach(function (e) {
      if (hit.has(e.from) || hit.has(e.to)) { keep.add(e.from); keep.add(e.to); }
    });
    shown = keep;
    nodeView.refresh();
    var visible = hits.filter(function (id) { return nodeView.get(id) !== null; });
    network.selectNodes(visible);
    if (visible.length) network.fit({ nodes: visible, animation: false });
    var status = [];
    if (matches.length) status.push(ui.matches.replace("{n}", matches.length));
    if (holders.length) status.push(insideStatus(raw.trim(), holders, foldedHits));
    text("kg-status", status.length ? status.join(ui.status_sep) : ui.no_match);
  }
  var pending = null;
  document.getElementById("kg-search").addEventListener("input", function (ev) {
    clearTimeout(pending);
    pending = setTimeout(function () { search(ev.target.value); }, 150);
  });

  window.kgView = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, search: search };
})();
