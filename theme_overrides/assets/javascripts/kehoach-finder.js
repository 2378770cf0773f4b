/* Task finder ("Tra cứu nhiệm vụ"): a small app over data.
 * The page itself is small: it names a metadata file and one data file per
 * province (assets/generated/tra-cuu/, written by generator/pages.py), which
 * this script loads with <script> tags (that works from file:// too, where
 * fetch() does not).  The metadata holds only what is global and bounded
 * (provinces and their row counts, agency types, topics, deadline buckets,
 * words); each province's file holds its rows, plans, agencies and groups.
 *
 * First view: the metadata and one province file are requested together (the
 * province in the URL, else the first one) and the first rows are drawn as soon
 * as both are in.  The other provinces are loaded only when the view spans them
 * (no province chosen), a few at a time, and the view is brought up to date as
 * they arrive.  Until every file the view needs is in, nothing shown is a guess:
 * the status says how many provinces are loaded and how many rows match so far,
 * the options carry no counts, and the CSV waits.
 *
 * A filter change is one pass over the rows: per row, a bitmask of the filters
 * it fails; a row is shown when it fails none, and counts for filter f's options
 * when it fails nothing or only f.  The text box uses the header search's
 * matching (KehoachSearch.Index.filter in kehoach-search.js: diacritics folded,
 * abbreviations both ways, Telex/VNI, typos; every word typed must match).
 * The state lives in the URL (?tinh=…&co-quan=…&tu-khoa=…), 50 rows are drawn at a time
 * ("more" button), and the selected rows download as CSV.  Without JavaScript
 * the page links to static per-province task lists.
 */
(function () {
  "use strict";
  var STEP = 50, PARALLEL = 3, SETTLE_MS = 300, INDEX_CHUNK = 200;

  function load(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    s.onerror = done;
    document.head.appendChild(s);
  }

  /* CSV cells that a spreadsheet would read as a formula get a leading apostrophe
   * (the open data files in data/ stay exact; this is only the finder's download). */
  function csvCell(v) {
    v = String(v);
    if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
    return '"' + v.replace(/"/g, '""') + '"';
  }

  function start() {
    var box = document.getElementById("kh-finder");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var src = {}, order = [];
    (box.dataset.shards || "").split(" ").filter(Boolean).forEach(function (s) {
      var i = s.indexOf("=");
      src[s.slice(0, i)] = s.slice(i + 1);
      order.push(s.slice(0, i));
    });
    var want = new URLSearchParams(location.search).get("tinh");
    var status = {}, queue = [], running = 0, arrived = [], app = null;

    /* province files: requested at most PARALLEL at a time, in the order asked */
    function pump() {
      while (running < PARALLEL && queue.length) {
        var pid = queue.shift();
        if (status[pid]) continue;
        status[pid] = 1;
        running++;
        load(src[pid], got.bind(null, pid));
      }
    }
    function got(pid) {
      running--;
      status[pid] = 2;
      var shards = window.KehoachFinderShards || {};
      var data = shards[pid] || { plans: [], agencies: [], groups: [], rows: [] };
      delete shards[pid];  /* kept as rows from here on, not twice */
      if (app) app.add(pid, data); else arrived.push([pid, data]);
      pump();
    }
    function request(pids) {
      /* the ones asked for now go first */
      queue = pids.filter(function (p) { return src[p] && !status[p]; })
        .concat(queue.filter(function (p) { return pids.indexOf(p) === -1; }));
      pump();
    }
    request([src[want] ? want : order[0]]);
    load(box.dataset.meta, function () {
      var meta = window.KehoachFinderMeta;
      if (!meta) return;
      app = build(box, meta, request);
      arrived.forEach(function (a) { app.add(a[0], a[1]); });
      arrived = [];
      app.begin();
    });
  }

  function build(box, meta, request) {
    var T = meta.labels;  /* the UI words, from generator/labels.py */
    var provinces = meta.provinces, total = 0, provinceNo = {};
    provinces.forEach(function (p, i) { total += p[2]; provinceNo[p[0]] = i; });
    var byProvince = {}, loadedCount = 0;
    var index = null, textCache = { key: null, marks: null };
    var state = {}, selected = [], drawnRows = [], settleTimer = 0;

    /* filter name in URL, label */
    var FILTERS = [
      ["tinh", T.province], ["ke-hoach", T.plan], ["co-quan", T.agency], ["loai-co-quan", T.finder_agency_type],
      ["chu-de", T.topic], ["nhom", T.finder_group], ["thoi-han", T.deadline],
      /* what the latest implementation report says; shown once a report is entered (meta.statuses) */
      ["tinh-trang", T.finder_status]
    ];
    var TEXT_BIT = 1 << FILTERS.length;
    /* the words typed, in the URL as ?tu-khoa=… (mkdocs-material opens its header search on ?q=) */
    var WORDS = "tu-khoa";
    var ROLES = [["", T.finder_role_any], ["chu-tri", T.lead], ["phoi-hop", T.cooperating]];

    /* Each filter's options, numbered as they become known: [value, label, rank (the country's order),
     * size (provinces only)].  Rows hold option numbers, so the filter pass compares and counts integers.
     * Provinces, agency types, topics and deadlines are in the metadata; plans, agencies and groups come
     * with their provinces. */
    var OPT = FILTERS.map(function () { return { list: [], no: Object.create(null), sorted: null }; });
    function option(f, value, label, rank, size) {
      var t = OPT[f], n = t.no[value];
      if (n === undefined) { n = t.no[value] = t.list.length; t.list.push([value, label, rank, size]); t.sorted = null; }
      return n;
    }
    provinces.forEach(function (p, i) { option(0, p[0], p[1], i, p[2]); });
    /* today's provinces that took in provinces with plans: the rows of those provinces answer to them too */
    var nowShards = {}, nowOf = {};
    (meta.now || []).forEach(function (n, i) {
      var size = 0;
      n[2].forEach(function (pid) { nowOf[pid] = n[0]; size += provinces[provinceNo[pid]][2]; });
      nowShards[n[0]] = n[2];
      option(0, n[0], n[1] + " — " + T.finder_now_includes + " " + n[2].map(function (pid) {
        return provinces[provinceNo[pid]][1]; }).join(", "), provinces.length + i, size);
    });
    meta.types.forEach(function (t, i) { option(3, t[0], t[1], i); });
    meta.topics.forEach(function (t, i) { option(4, t[0], t[1], i); });
    meta.deadlines.forEach(function (d, i) { option(6, d[0], d[1], i); });
    var PASSED = OPT[6].no.passed;
    (meta.statuses || []).forEach(function (s, i) { option(7, s[0], s[1], i); });
    var STATUS_NAMES = {};
    (meta.statuses || []).forEach(function (s) { STATUS_NAMES[s[0]] = s[1]; });

    /* a body's name and who holds its duties today (generator/names.py now_parts), as the pages say it */
    function named(a) { return a[1] + (a[4] ? " (" + a[4] + ")" : ""); }
    /* the option numbers of the bodies and of today's holders of their duties: the agency filter
     * finds a 2023 task under the body that has it now */
    function withHolders(data, agenciesNo, list) {
      var out = list.map(function (i) { return agenciesNo[i]; });
      for (var k = 0; k < list.length; k++) {
        var h = data.agencies[list[k]][5];
        if (h >= 0 && out.indexOf(agenciesNo[h]) === -1) out.push(agenciesNo[h]);
      }
      return out;
    }
    function toRow(pid, data, plansNo, agenciesNo, groupsNo, r) {
      var plan = data.plans[r[0]];
      var lead = r[3].map(function (i) { return data.agencies[i]; });
      var coop = r[4].map(function (i) { return data.agencies[i]; });
      var row = {
        plan: plan[0], province: pid, href: plan[2] + "#" + r[1], task: r[1], text: r[2],
        leadNames: lead.map(named).join(", "),
        coopNames: coop.map(named).join(", "),
        passed: r[8] === 1, output: r[9], deadlineText: r[10] + (r[8] === 1 ? " · " + T.passed : ""), rec: -1,
        status: r[11] !== "none" && STATUS_NAMES[r[11]] ? STATUS_NAMES[r[11]] : "", st: option(7, r[11], r[11], 1e6),
        /* option numbers */
        p: OPT[0].no[pid], pn: nowOf[pid] ? OPT[0].no[nowOf[pid]] : -1, pl: plansNo[r[0]], g: r[6] < 0 ? -1 : groupsNo[r[6]], dl: option(6, r[7], r[7], 1e6),
        lead: withHolders(data, agenciesNo, r[3]), coop: withHolders(data, agenciesNo, r[4]),
        tp: r[5].map(function (i) { return OPT[4].no[meta.topics[i][0]]; })
      };
      row.types = uniq(lead.map(function (a) { return option(3, a[2], a[2], 1e6); }));
      row.ctypes = uniq(coop.map(function (a) { return option(3, a[2], a[2], 1e6); }));
      /* either role, each value once */
      row.both = uniq(row.lead.concat(row.coop));
      row.btypes = uniq(row.types.concat(row.ctypes));
      return row;
    }
    function uniq(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }); }

    /* The text box's index (the header search's matching), started when the box gets the focus or a
     * word is in the URL, and built in slices between other work, the provinces the view needs first;
     * each province that arrives later joins it.  Until it holds every row the view needs, the text
     * filter's result is partial and said to be (a row not yet indexed is not shown). */
    var indexQueue = [], indexTimer = 0;
    var waitingForSearch = false;
    function startIndex() {
      if (index) return;
      var search = window.KehoachSearch;
      if (!search) {
        /* this script runs as soon as the finder's box is parsed; the header search's script (whose
         * matching the text box uses) comes at the end of the page: start when it is in */
        if (!waitingForSearch && document.readyState === "loading") {
          waitingForSearch = true;
          document.addEventListener("DOMContentLoaded", function () {
            if (!window.KehoachSearch) return;
            startIndex();
            if ((state[WORDS] || "").trim()) settled();
          });
        }
        return;
      }
      index = new search.Index(meta.search);
      provinces.forEach(function (p) { if (byProvince[p[0]] && byProvince[p[0]].length) indexQueue.push(byProvince[p[0]]); });
      indexSoon();
    }
    function indexSoon() { if (!indexTimer && indexQueue.length) indexTimer = setTimeout(indexStep, 0); }
    function indexStep() {
      indexTimer = 0;
      var want = needed(), at = 0;
      for (var i = 0; i < indexQueue.length; i++) {
        if (want.indexOf(indexQueue[i][0].province) !== -1) { at = i; break; }
      }
      var rows = indexQueue[at], from = rows.indexed || 0, to = Math.min(rows.length, from + INDEX_CHUNK), recs = [];
      for (var k = from; k < to; k++) {
        var r = rows[k];
        r.rec = index.records.length + recs.length;
        recs.push(index.record("n", [r.leadNames, r.coopNames].join(" · "), [r.text, r.output].join(" · "), "", "", r.deadlineText));
      }
      index.add(recs);
      rows.indexed = to;
      if (to === rows.length) indexQueue.splice(at, 1);
      indexSoon();
      if ((state[WORDS] || "").trim()) settled();
    }
    function indexed() {
      return !!index && needed().every(function (p) {
        var rows = byProvince[p];
        return rows && (!rows.length || rows.indexed === rows.length);
      });
    }
    function textMarks() {
      var q = (state[WORDS] || "").trim();
      if (!q) return null;
      startIndex();
      if (!index) return [];  /* not yet: no row is indexed, none is shown, and the status says so */
      var key = q + "\u0000" + index.records.length;
      if (textCache.key !== key) textCache = { key: key, marks: index.filter(q) };
      return textCache.marks;
    }


    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      return e;
    }

    /* --- the form --- */
    var form = el("form", { class: "kh-finder__form", role: "search", "aria-label": T.finder_form });
    var q = el("input", { type: "search", id: "kh-q", name: WORDS, autocomplete: "off", placeholder: T.finder_keyword_hint });
    var qWrap = el("div", { class: "kh-finder__field kh-finder__field--wide" });
    qWrap.appendChild(el("label", { for: "kh-q" }, T.finder_keyword)); qWrap.appendChild(q); form.appendChild(qWrap);
    /* the lists are folded behind one control (on a phone they filled a screen and a half before the
     * first result); the ones chosen show as chips below it, each removed with a tap */
    var fold = el("details", { class: "kh-finder__filters" });
    var foldTitle = el("summary", {}, T.finder_filters);
    var fields = el("div", { class: "kh-finder__form" });
    fold.appendChild(foldTitle); fold.appendChild(fields); form.appendChild(fold);
    if (window.matchMedia && window.matchMedia("(min-width: 60em)").matches) fold.open = true;  /* room enough */
    var selects = {};
    FILTERS.forEach(function (f) {
      if (f[0] === "tinh-trang" && !(meta.statuses || []).length) return;  /* no report entered: no filter */
      var wrap = el("div", { class: "kh-finder__field" });
      var id = "kh-f-" + f[0];
      wrap.appendChild(el("label", { for: id }, f[1]));
      var s = el("select", { id: id, name: f[0] });
      s.kh = { nos: null, all: null, allText: null, shows: [], options: [] };
      wrap.appendChild(s); fields.appendChild(wrap); selects[f[0]] = s;
      if (f[0] === "co-quan") {
        var rw = el("div", { class: "kh-finder__field" });
        rw.appendChild(el("label", { for: "kh-f-vai-tro" }, T.finder_role));
        var rs = el("select", { id: "kh-f-vai-tro", name: "vai-tro" });
        ROLES.forEach(function (o) { rs.appendChild(el("option", { value: o[0] }, o[1])); });
        rw.appendChild(rs); fields.appendChild(rw); selects["vai-tro"] = rs;
      }
    });
    var chips = el("ul", { class: "kh-finder__chips", "aria-label": T.finder_chips });
    var status = el("p", { class: "kh-finder__status", role: "status", "aria-live": "polite" }, T.finder_loading);
    var actions = el("div", { class: "kh-finder__actions" });
    var reset = el("button", { type: "button", class: "md-button" }, T.finder_reset);
    var csv = el("button", { type: "button", class: "md-button md-button--primary" }, T.finder_csv);
    actions.appendChild(reset); actions.appendChild(csv);
    var wrap = el("div", { class: "md-typeset__scrollwrap" });
    var stack = el("div", { class: "md-typeset__table kh-stack" });
    var table = el("table", { class: "kh-finder-table" });
    var thead = el("thead"), headRow = el("tr");
    [T.task, T.lead, T.cooperating, T.output, T.deadline].forEach(function (h) {
      headRow.appendChild(el("th", { scope: "col" }, h));
    });
    thead.appendChild(headRow); table.appendChild(thead);
    var tbody = el("tbody"); table.appendChild(tbody);
    stack.appendChild(table); wrap.appendChild(stack);
    var more = el("button", { type: "button", class: "md-button kh-finder__more", hidden: "" }, T.finder_more);
    [form, chips, actions, status, wrap, more].forEach(function (e) { box.appendChild(e); });

    /* the provinces whose rows the view needs: the one chosen, or all */
    function needed() {
      if (state.tinh && nowShards[state.tinh]) return nowShards[state.tinh];
      return state.tinh && provinceNo[state.tinh] !== undefined ? [state.tinh] : provinces.map(function (p) { return p[0]; });
    }
    function complete() {
      return needed().every(function (p) { return byProvince[p]; }) && (!(state[WORDS] || "").trim() || indexed());
    }
    /* an update after some data came in: at once when it completes the view, else with the next ones */
    function settled() {
      if (complete() || loadedCount === 1) update(false, false);
      else if (!settleTimer) settleTimer = setTimeout(function () { update(false, false); }, SETTLE_MS);
    }

    /* One pass: the rows shown and, per filter, the count of each option over the rows that fail
     * nothing or only that filter (so each list answers "what if I chose this instead"). */
    function compute() {
      /* the option number chosen per filter: -2 none, -1 one no loaded row has (so none matches) */
      var v = FILTERS.map(function (f, n) {
        var x = state[f[0]];
        return !x ? -2 : OPT[n].no[x] === undefined ? -1 : OPT[n].no[x];
      });
      var role = state["vai-tro"] || "", marks = textMarks(), shown = [], shownCount = 0;
      var A = role === "chu-tri" ? "lead" : role === "phoi-hop" ? "coop" : "both";
      var Y = role === "chu-tri" ? "types" : role === "phoi-hop" ? "ctypes" : "btypes";
      var counts = OPT.map(function (t) { return new Int32Array(t.list.length); }), totals = new Int32Array(FILTERS.length);
      function tally(f, r) {
        var c = counts[f], list, i;
        totals[f]++;
        switch (f) {
          case 0: c[r.p]++; if (r.pn >= 0) c[r.pn]++; return;
          case 1: c[r.pl]++; return;
          case 2: list = r[A]; break;
          case 3: list = r[Y]; break;
          case 4: list = r.tp; break;
          case 5: if (r.g >= 0) c[r.g]++; return;
          case 6: c[r.dl]++; if (r.passed) c[PASSED]++; return;
          default: c[r.st]++; return;
        }
        for (i = 0; i < list.length; i++) c[list[i]]++;
      }
      for (var k = 0; k < provinces.length; k++) {
        var rows = byProvince[provinces[k][0]];
        if (!rows) continue;
        for (var i = 0; i < rows.length; i++) {
          var r = rows[i], m = 0;
          if (v[0] !== -2 && r.p !== v[0] && r.pn !== v[0]) m |= 1;
          if (v[1] !== -2 && r.pl !== v[1]) m |= 2;
          if (v[2] !== -2 && r[A].indexOf(v[2]) === -1) m |= 4;
          if (v[3] !== -2 && r[Y].indexOf(v[3]) === -1) m |= 8;
          if (v[4] !== -2 && r.tp.indexOf(v[4]) === -1) m |= 16;
          if (v[5] !== -2 && r.g !== v[5]) m |= 32;
          if (v[6] !== -2 && !(v[6] === PASSED ? r.passed : r.dl === v[6])) m |= 64;
          if (v[7] !== -2 && r.st !== v[7]) m |= 128;
          if (marks && !marks[r.rec]) m |= TEXT_BIT;
          if (m === 0) {
            shown.push(r);
            counts[0][r.p]++; if (r.pn >= 0) counts[0][r.pn]++; counts[1][r.pl]++;
            if (r.g >= 0) counts[5][r.g]++;
            counts[6][r.dl]++;
            if (r.passed) counts[6][PASSED]++;
            counts[7][r.st]++;
            var list = r[A], c = counts[2], j;
            for (j = 0; j < list.length; j++) c[list[j]]++;
            list = r[Y]; c = counts[3];
            for (j = 0; j < list.length; j++) c[list[j]]++;
            list = r.tp; c = counts[4];
            for (j = 0; j < list.length; j++) c[list[j]]++;
            shownCount++;
          } else if (m < TEXT_BIT && (m & (m - 1)) === 0) {
            tally(31 - Math.clz32(m), r);
          }
        }
      }
      for (var n = 0; n < FILTERS.length; n++) totals[n] += shownCount;
      return { shown: shown, counts: counts, totals: totals };
    }

    /* a filter's options in the country's order */
    function sortedOptions(f) {
      var t = OPT[f];
      if (!t.sorted) {
        t.sorted = t.list.map(function (o, n) { return n; }).sort(function (a, b) { return t.list[a][2] - t.list[b][2] || a - b; });
      }
      return t.sorted;
    }

    /* The options of each list: every option with rows (and the one chosen), with its count only where
     * the count is final (every province it depends on is loaded).  The list is redrawn only when the
     * options shown change, and only the changed labels when just the counts do. */
    function refreshOptions(result) {
      var all = provinces.every(function (p) { return byProvince[p[0]]; }), done = complete();
      var filtered = !!(state[WORDS] || "").trim() || FILTERS.some(function (f) { return f[0] !== "tinh" && state[f[0]]; });
      FILTERS.forEach(function (f, n) {
        var s = selects[f[0]], current = state[f[0]] || "", counts = result.counts[n], list = OPT[n].list;
        if (!s) return;  /* a filter not offered (no implementation report yet) */
        var currentNo = current ? OPT[n].no[current] : -1;
        /* a province's count is final once it is loaded; with no other filter it is its size */
        var exact = n === 0 ? all : done;
        var sum = exact ? result.totals[n] : n === 0 && !filtered ? total : -1;
        /* lists that grow with the country are offered within a scope: plans and agencies within the
         * province chosen, groups within the plan chosen (across provinces: the agency types) */
        var hint = (n === 1 || n === 2) && !state.tinh ? T.finder_pick_province : n === 5 && !state["ke-hoach"] ? T.finder_pick_plan : "";
        var nos = [], shownCounts = [];
        (hint ? currentNo >= 0 ? [currentNo] : [] : sortedOptions(n)).forEach(function (o) {
          var c = counts[o];
          if (!exact && n === 0) {
            c = byProvince[list[o][0]] ? c : !filtered ? list[o][3] : -1;
            if (c === -1) { nos.push(o); shownCounts.push(-1); return; }
          } else if (!exact) {
            if (c || o === currentNo) { nos.push(o); shownCounts.push(-1); }
            return;
          }
          if (c || o === currentNo) { nos.push(o); shownCounts.push(c); }
        });
        var kh = s.kh, sameSet = kh.nos && kh.nos.length === nos.length && nos.every(function (o, i) { return kh.nos[i] === o; });
        /* each option element keeps the count it shows (kh.shows), so unchanged labels are not touched */
        function label(o, c) {
          if (kh.shows[o] === c) return;
          kh.shows[o] = c;
          kh.options[o].textContent = list[o][1] + (c >= 0 ? " (" + c + ")" : "");
        }
        if (!kh.all) {
          kh.all = el("option", { value: "" });
          kh.shows = [];
        }
        var allText = T.finder_all + (sum >= 0 ? " (" + sum + ")" : "") + (hint ? " — " + hint : "");
        if (kh.allText !== allText) { kh.allText = allText; kh.all.textContent = allText; }
        if (sameSet) {
          nos.forEach(function (o, i) { label(o, shownCounts[i]); });
        } else {
          var frag = document.createDocumentFragment();
          frag.appendChild(kh.all);
          nos.forEach(function (o, i) {
            if (!kh.options[o]) { kh.options[o] = el("option", { value: list[o][0] }); kh.shows[o] = undefined; }
            label(o, shownCounts[i]);
            frag.appendChild(kh.options[o]);
          });
          s.textContent = "";
          s.appendChild(frag);
        }
        kh.nos = nos;
        /* a value no loaded province has (a shared link, while loading) is kept as typed */
        if (current && OPT[n].no[current] === undefined) {
          var keep = el("option", { value: current }, current);
          s.appendChild(keep); kh.nos = null;
        }
        s.value = current;
      });
      selects["vai-tro"].value = state["vai-tro"] || "";
    }

    function rowElement(r) {
      var tr = el("tr", { "data-plan": r.plan, "data-province": r.province, "data-task": r.task,
                          "data-passed": r.passed ? "1" : "0" });
      var td = el("td"); td.appendChild(el("a", { href: r.href }, r.text)); tr.appendChild(td);
      [[T.lead, r.leadNames], [T.cooperating, r.coopNames], [T.output, r.output], [T.deadline, r.deadlineText]]
        .concat(r.status ? [[T.finder_status, r.status]] : [])
        .forEach(function (c) { tr.appendChild(el("td", { "data-label": c[0] }, c[1])); });
      return tr;
    }

    function drawTo(end) {
      end = Math.min(end, selected.length);
      var frag = document.createDocumentFragment();
      for (var i = drawnRows.length; i < end; i++) {
        frag.appendChild(rowElement(selected[i]));
        drawnRows.push(selected[i]);
      }
      tbody.appendChild(frag);
      more.hidden = drawnRows.length >= selected.length;
      more.style.display = more.hidden ? "none" : "";  /* .md-button sets display, which beats [hidden] */
    }

    /* `fresh`: the user changed the view (draw its first rows); else more rows arrived (keep what
     * is drawn when it is still the start of the list) */
    function update(fresh, push) {
      clearTimeout(settleTimer); settleTimer = 0;
      if (loadedCount) request(needed());  /* the first file first: the others wait for it */
      var result = compute(), done = complete(), keep = drawnRows.length;
      selected = result.shown;
      var same = !fresh && drawnRows.every(function (r, i) { return selected[i] === r; });
      if (!same) { tbody.textContent = ""; drawnRows = []; keep = fresh ? STEP : Math.max(keep, STEP); }
      drawTo(Math.max(keep, STEP));
      wrap.style.display = selected.length ? "" : "none";
      var files = needed().every(function (p) { return byProvince[p]; });
      status.textContent = done ? selected.length + " / " + total + " " + T.finder_tasks
        : (files ? T.finder_indexing : T.finder_loading + " " + loadedCount + " / " + provinces.length + " "
           + T.finder_loading_provinces) + " — " + selected.length + " " + T.finder_so_far;
      if (done) box.dataset.loaded = "1"; else delete box.dataset.loaded;
      csv.disabled = !done;
      refreshOptions(result);
      drawChips();
      /* the URL follows after the next frame: what the user sees first, the address bar after */
      if (push && !urlTimer) urlTimer = requestAnimationFrame(function () { setTimeout(writeUrl); });
    }
    /* the filters chosen (not the words: they stay in their box), in the form's order */
    var chipsKey = null;
    function drawChips() {
      var on = [], role = ROLES.filter(function (o) { return o[0] && o[0] === state["vai-tro"]; })[0];
      var roleChip = role && ["vai-tro", T.finder_role, role[1]];
      FILTERS.forEach(function (f, n) {
        var v = state[f[0]];
        if (!v || !selects[f[0]]) return;
        var no = OPT[n].no[v];
        on.push([f[0], f[1], no === undefined ? v : OPT[n].list[no][1]]);
        if (f[0] === "co-quan" && roleChip) { on.push(roleChip); roleChip = null; }  /* beside its agency */
      });
      if (roleChip) on.push(roleChip);  /* a role with no agency chosen: last */
      var key = JSON.stringify(on);
      if (key === chipsKey) return;
      chipsKey = key;
      chips.textContent = "";
      on.forEach(function (c) {
        var li = el("li"), b = el("button", { type: "button", class: "kh-chip", "data-filter": c[0],
                                              "aria-label": T.finder_remove + " " + c[1] + ": " + c[2] });
        b.appendChild(el("span", { class: "kh-chip__name" }, c[1] + ": "));
        b.appendChild(document.createTextNode(c[2]));
        b.appendChild(el("span", { class: "kh-chip__x", "aria-hidden": "true" }, "\u00d7"));
        li.appendChild(b); chips.appendChild(li);
      });
      chips.hidden = !on.length;
      foldTitle.textContent = T.finder_filters + (on.length ? " (" + on.length + " " + T.finder_chosen + ")" : "");
    }
    chips.addEventListener("click", function (ev) {
      var b = ev.target.closest ? ev.target.closest("button[data-filter]") : null;
      if (!b) return;
      delete state[b.getAttribute("data-filter")];
      update(true, true);
      var next = chips.querySelector("button") || q;  /* keep the focus near, not on the removed button */
      next.focus();
    });
    var urlTimer = 0;
    function writeUrl() {
      urlTimer = 0;
      var params = new URLSearchParams();
      Object.keys(state).sort().forEach(function (k) { if (state[k]) params.set(k, state[k]); });
      var qs = params.toString();
      history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
    }

    function read() {
      var params = new URLSearchParams(location.search);
      state = {};
      [WORDS, "vai-tro"].concat(FILTERS.map(function (f) { return f[0]; })).forEach(function (k) {
        if (params.get(k)) state[k] = params.get(k);
      });
      if (!state[WORDS] && params.get("q")) state[WORDS] = params.get("q");  /* links made before */
      q.value = state[WORDS] || "";
    }

    form.addEventListener("change", function (ev) {
      if (ev.target.name && ev.target.name !== WORDS) { state[ev.target.name] = ev.target.value; update(true, true); }
    });
    q.addEventListener("input", function () { state[WORDS] = q.value; update(true, true); });
    q.addEventListener("focus", startIndex);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    reset.addEventListener("click", function () { state = {}; q.value = ""; update(true, true); });
    more.addEventListener("click", function () { drawTo(drawnRows.length + STEP); });
    csv.addEventListener("click", function () {
      if (!complete()) return;
      var head = ["ma_ke_hoach", "ma_tinh", "ma_nhiem_vu", "noi_dung", "co_quan_chu_tri", "co_quan_phoi_hop", "san_pham", "thoi_han", "tinh_trang"];  /* the open data's column names where the column is the same */
      var lines = [head.join(",")];
      selected.forEach(function (r) {
        lines.push([r.plan, r.province, r.task, r.text, r.leadNames, r.coopNames, r.output, r.deadlineText, r.status]
          .map(csvCell).join(","));
      });
      var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      var a = el("a", { href: URL.createObjectURL(blob), download: "nhiem-vu-loc.csv" });
      document.body.appendChild(a); a.click(); a.remove();
    });
    read();

    var begun = false;
    return {
      add: function (pid, data) {
        if (provinceNo[pid] === undefined || byProvince[pid]) return;
        var plansNo = data.plans.map(function (p) { return option(1, p[0], p[1], p[3]); });
        var agenciesNo = data.agencies.map(function (a) { return option(2, a[0], a[1], a[3]); });
        /* groups follow their plans' order, then their own */
        var groupsNo = data.groups.map(function (g, i) { return option(5, g[0], g[1], data.plans[g[2]][3] * 1e4 + i); });
        var rows = data.rows.map(function (r) { return toRow(pid, data, plansNo, agenciesNo, groupsNo, r); });
        byProvince[pid] = rows;
        loadedCount++;
        if (index && rows.length) { indexQueue.push(rows); indexSoon(); }
        if (!begun) return;
        /* the first file is drawn at once, and the last one the view needs; in between, the view is
         * worked out again (at most every SETTLE_MS) only while fewer rows than a screenful are drawn:
         * otherwise the new rows are below the drawn ones and only the progress is said */
        if (loadedCount === 1 || complete() || drawnRows.length < STEP) settled();
        else if (!settleTimer) status.textContent = T.finder_loading + " " + loadedCount + " / " + provinces.length + " " + T.finder_loading_provinces;
      },
      begin: function () {
        begun = true;
        box.hidden = false;
        update(true, false);
      }
    };
  }
  /* the finder's page loads this script right after the box (generator/templates/finder.md.j2), so the
   * data is requested while the rest of the page (the theme's bundle) is still loading and parsing */
  start();
  if (typeof document$ !== "undefined") document$.subscribe(start); else document.addEventListener("DOMContentLoaded", start);
})();
