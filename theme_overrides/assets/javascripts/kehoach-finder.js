/* Task finder ("Tra cứu nhiệm vụ"): a small app over data.
 * The page itself is small: it names a metadata file and one data file per
 * province (assets/generated/tra-cuu/, written by generator/pages.py), which
 * this script loads with <script> tags (that works from file:// too, where
 * fetch() does not): the provinces the URL filters on first, the others after.
 * Filters run in memory, counts per option follow the other filters, the
 * state lives in the URL (?tinh=…&co-quan=…), 50 rows are drawn at a time
 * ("more" button), and the filtered rows download as CSV.  Text matching
 * folds diacritics like the site search.  Without JavaScript the page links
 * to static per-province task lists.
 */
(function () {
  "use strict";
  var STEP = 50;

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
    var shardList = (box.dataset.shards || "").split(" ").filter(Boolean).map(function (s) {
      var i = s.indexOf("=");
      return [s.slice(0, i), s.slice(i + 1)];
    });
    load(box.dataset.meta, function () {
      var meta = window.KehoachFinderMeta;
      if (!meta) return;
      var want = new URLSearchParams(location.search).get("tinh");
      /* the province the URL asks for first: its rows can be drawn before the rest arrive */
      var order = shardList.filter(function (s) { return s[0] === want; })
        .concat(shardList.filter(function (s) { return s[0] !== want; }));
      var app = build(box, meta, shardList.length);
      var pending = order.length;
      if (!pending) app.ready();
      order.forEach(function (s) {
        load(s[1], function () {
          app.add(s[0], (window.KehoachFinderShards || {})[s[0]] || []);
          if (--pending === 0) app.ready();
        });
      });
    });
  }

  function build(box, meta, shardCount) {
    var fold = window.KehoachSearch.fold;
    var T = meta.labels;  /* the UI words, from generator/labels.py */
    var rows = [], loaded = 0, complete = false, shownRows = [], drawn = 0;
    var agencyType = {};
    meta.agencies.forEach(function (a) { agencyType[a[0]] = a[2]; });

    function toRow(r) {
      var plan = meta.plans[r[0]];
      var lead = r[3].map(function (i) { return meta.agencies[i]; });
      var coop = r[4].map(function (i) { return meta.agencies[i]; });
      var row = {
        plan: plan[0], province: plan[2], href: plan[3] + "#" + r[1], task: r[1], text: r[2],
        lead: lead.map(function (a) { return a[0]; }), coop: coop.map(function (a) { return a[0]; }),
        leadNames: lead.map(function (a) { return a[1]; }).join(", "),
        coopNames: coop.map(function (a) { return a[1]; }).join(", "),
        topics: r[5].map(function (i) { return meta.topics[i][0]; }),
        group: r[6] < 0 ? "" : meta.groups[r[6]][0], deadline: r[7], passed: r[8] === 1,
        output: r[9], deadlineText: r[10] + (r[8] === 1 ? " · " + T.passed : "")
      };
      row.types = uniq(row.lead.map(function (a) { return agencyType[a]; }));
      row.ctypes = uniq(row.coop.map(function (a) { return agencyType[a]; }));
      row.fold = fold([row.text, row.leadNames, row.coopNames, row.output, row.deadlineText].join(" ")).replace(/\s+/g, " ");
      return row;
    }
    function uniq(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }); }

    /* filter name in URL, label, options, test(row, value) */
    var FILTERS = [
      ["tinh", T.province, meta.provinces, function (r, v) { return r.province === v; }],
      ["ke-hoach", T.plan, meta.plans, function (r, v) { return r.plan === v; }],
      ["co-quan", T.agency, meta.agencies, function (r, v) { return roleMatch(r, v, "lead", "coop"); }],
      ["loai-co-quan", T.finder_agency_type, meta.types, function (r, v) { return roleMatch(r, v, "types", "ctypes"); }],
      ["chu-de", T.topic, meta.topics, function (r, v) { return r.topics.indexOf(v) !== -1; }],
      ["nhom", T.finder_group, meta.groups, function (r, v) { return r.group === v; }],
      ["thoi-han", T.deadline, meta.deadlines, function (r, v) { return v === "passed" ? r.passed : r.deadline === v; }]
    ];
    var ROLES = [["", T.finder_role_any], ["chu-tri", T.lead], ["phoi-hop", T.cooperating]];
    var state = {};

    function roleMatch(r, v, leadKey, coopKey) {
      var role = state["vai-tro"] || "";
      var lead = r[leadKey].indexOf(v) !== -1, coop = r[coopKey].indexOf(v) !== -1;
      return role === "chu-tri" ? lead : role === "phoi-hop" ? coop : lead || coop;
    }

    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      return e;
    }

    /* --- the form --- */
    var form = el("form", { class: "kh-finder__form", role: "search", "aria-label": T.finder_form });
    var q = el("input", { type: "search", id: "kh-q", name: "q", autocomplete: "off", placeholder: T.finder_keyword_hint });
    var qWrap = el("div", { class: "kh-finder__field kh-finder__field--wide" });
    qWrap.appendChild(el("label", { for: "kh-q" }, T.finder_keyword)); qWrap.appendChild(q); form.appendChild(qWrap);
    var selects = {};
    FILTERS.forEach(function (f) {
      var wrap = el("div", { class: "kh-finder__field" });
      var id = "kh-f-" + f[0];
      wrap.appendChild(el("label", { for: id }, f[1]));
      var s = el("select", { id: id, name: f[0] });
      wrap.appendChild(s); form.appendChild(wrap); selects[f[0]] = s;
      if (f[0] === "co-quan") {
        var rw = el("div", { class: "kh-finder__field" });
        rw.appendChild(el("label", { for: "kh-f-vai-tro" }, T.finder_role));
        var rs = el("select", { id: "kh-f-vai-tro", name: "vai-tro" });
        ROLES.forEach(function (o) { rs.appendChild(el("option", { value: o[0] }, o[1])); });
        rw.appendChild(rs); form.appendChild(rw); selects["vai-tro"] = rs;
      }
    });
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
    [form, actions, status, wrap, more].forEach(function (e) { box.appendChild(e); });
    box.hidden = false;

    function matches(r, skip) {
      for (var i = 0; i < FILTERS.length; i++) {
        var f = FILTERS[i], v = state[f[0]];
        if (f[0] !== skip && v && !f[3](r, v)) return false;
      }
      var words = fold(state.q || "").split(/\s+/).filter(Boolean);
      for (var j = 0; j < words.length; j++) if (r.fold.indexOf(words[j]) === -1) return false;
      return true;
    }

    function values(r, name) {
      var role = state["vai-tro"] || "";
      function byRole(leadKey, coopKey) {
        return role === "chu-tri" ? r[leadKey] : role === "phoi-hop" ? r[coopKey] : r[leadKey].concat(r[coopKey]);
      }
      switch (name) {
        case "tinh": return [r.province];
        case "ke-hoach": return [r.plan];
        case "co-quan": return byRole("lead", "coop");
        case "loai-co-quan": return byRole("types", "ctypes");
        case "chu-de": return r.topics;
        case "nhom": return [r.group];
        default: return r.passed ? [r.deadline, "passed"] : [r.deadline];
      }
    }

    function refreshOptions() {
      FILTERS.forEach(function (f) {
        var s = selects[f[0]], current = state[f[0]] || "", counts = {}, total = 0;
        rows.forEach(function (r) {
          if (!matches(r, f[0])) return;
          total++;
          var seen = {};
          values(r, f[0]).forEach(function (v) {
            if (v && !seen[v]) { seen[v] = 1; counts[v] = (counts[v] || 0) + 1; }
          });
        });
        s.textContent = "";
        s.appendChild(el("option", { value: "" }, T.finder_all + " (" + total + ")"));
        f[2].forEach(function (o) {
          var n = counts[o[0]] || 0;
          if (!n && o[0] !== current) return;
          s.appendChild(el("option", { value: o[0] }, o[1] + " (" + n + ")"));
        });
        s.value = current;
      });
      selects["vai-tro"].value = state["vai-tro"] || "";
    }

    function rowElement(r) {
      var tr = el("tr", { "data-plan": r.plan, "data-province": r.province, "data-task": r.task,
                          "data-passed": r.passed ? "1" : "0" });
      var td = el("td"); td.appendChild(el("a", { href: r.href }, r.text)); tr.appendChild(td);
      [[T.lead, r.leadNames], [T.cooperating, r.coopNames], [T.output, r.output], [T.deadline, r.deadlineText]]
        .forEach(function (c) { tr.appendChild(el("td", { "data-label": c[0] }, c[1])); });
      return tr;
    }

    function drawMore() {
      var end = Math.min(drawn + STEP, shownRows.length), frag = document.createDocumentFragment();
      for (; drawn < end; drawn++) frag.appendChild(rowElement(shownRows[drawn]));
      tbody.appendChild(frag);
      more.hidden = drawn >= shownRows.length;
      more.style.display = more.hidden ? "none" : "";  /* .md-button sets display, which beats [hidden] */
    }

    function apply(push) {
      shownRows = rows.filter(function (r) { return matches(r); });
      tbody.textContent = ""; drawn = 0;
      drawMore();
      wrap.style.display = shownRows.length ? "" : "none";
      status.textContent = complete ? shownRows.length + " / " + rows.length + " " + T.finder_tasks
        : T.finder_loading + " " + loaded + " / " + shardCount;
      if (complete) refreshOptions();
      if (push) {
        var params = new URLSearchParams();
        Object.keys(state).sort().forEach(function (k) { if (state[k]) params.set(k, state[k]); });
        var qs = params.toString();
        history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
      }
    }

    function read() {
      var params = new URLSearchParams(location.search);
      state = {};
      ["q", "vai-tro"].concat(FILTERS.map(function (f) { return f[0]; })).forEach(function (k) {
        if (params.get(k)) state[k] = params.get(k);
      });
      q.value = state.q || "";
    }

    form.addEventListener("change", function (ev) {
      if (ev.target.name && ev.target.name !== "q") { state[ev.target.name] = ev.target.value; apply(true); }
    });
    q.addEventListener("input", function () { state.q = q.value; apply(true); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    reset.addEventListener("click", function () { state = {}; q.value = ""; apply(true); });
    more.addEventListener("click", drawMore);
    csv.addEventListener("click", function () {
      var head = ["ke_hoach", "tinh", "nhiem_vu", "noi_dung", "chu_tri", "phoi_hop", "san_pham", "thoi_han"];
      var lines = [head.join(",")];
      shownRows.forEach(function (r) {
        lines.push([r.plan, r.province, r.task, r.text, r.leadNames, r.coopNames, r.output, r.deadlineText]
          .map(csvCell).join(","));
      });
      var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      var a = el("a", { href: URL.createObjectURL(blob), download: "nhiem-vu-loc.csv" });
      document.body.appendChild(a); a.click(); a.remove();
    });
    read();

    var planOrder = {};
    meta.plans.forEach(function (p, i) { planOrder[p[0]] = i; });
    return {
      add: function (province, data) {
        data.forEach(function (r) { rows.push(toRow(r)); });
        loaded++;
        if (state.tinh && province === state.tinh && !complete) apply(false);
      },
      ready: function () {
        /* rows in the order of the plans (as the static lists), whatever order the files arrived in */
        rows.forEach(function (r, i) { r.i = i; });
        rows.sort(function (a, b) { return planOrder[a.plan] - planOrder[b.plan] || a.i - b.i; });
        complete = true;
        box.dataset.loaded = "1";
        apply(false);
      }
    };
  }
  if (typeof document$ !== "undefined") document$.subscribe(start); else document.addEventListener("DOMContentLoaded", start);
})();
