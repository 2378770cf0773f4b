/* Task finder ("Tra cứu nhiệm vụ"): filters over the server-rendered table.
 * Without JavaScript the page is the full list grouped by plan; with it,
 * rows are hidden/shown, counts per option follow the other filters, the
 * state lives in the URL (?tinh=…&co-quan=…), and the visible rows can be
 * downloaded as CSV.  Text matching folds diacritics like the site search.
 */
(function () {
  "use strict";
  function start() {
    var box = document.getElementById("kh-finder");
    var dataEl = document.getElementById("kh-finder-data");
    if (!box || !dataEl || box.dataset.ready) return;
    box.dataset.ready = "1";
    var data = JSON.parse(dataEl.textContent);
    var fold = window.KehoachSearch.fold;
    var T = data.labels;  /* the UI words, from generator/labels.py */
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.kh-finder-table tbody tr"));
    rows.forEach(function (tr) {
      tr._text = fold(tr.textContent).replace(/\s+/g, " ");
      tr._set = function (name) { return (tr.dataset[name] || "").split(" ").filter(Boolean); };
    });

    /* filter name in URL, label, options, test(row, value) */
    var FILTERS = [
      ["tinh", T.province, data.provinces, function (r, v) { return r.dataset.province === v; }],
      ["ke-hoach", T.plan, data.plans, function (r, v) { return r.dataset.plan === v; }],
      ["co-quan", T.agency, data.agencies, function (r, v) { return roleMatch(r, v, "lead", "coop"); }],
      ["loai-co-quan", T.finder_agency_type, data.types, function (r, v) { return roleMatch(r, v, "types", "ctypes"); }],
      ["chu-de", T.topic, data.topics, function (r, v) { return r._set("topics").indexOf(v) !== -1; }],
      ["nhom", T.finder_group, data.groups, function (r, v) { return r.dataset.group === v; }],
      ["thoi-han", T.deadline, data.deadlines, function (r, v) {
        return v === "passed" ? r.dataset.passed === "1" : r.dataset.deadline === v;
      }]
    ];
    var ROLES = [["", T.finder_role_any], ["chu-tri", T.lead], ["phoi-hop", T.cooperating]];
    var state = {};

    function roleMatch(r, v, leadKey, coopKey) {
      var role = state["vai-tro"] || "";
      var lead = r._set(leadKey).indexOf(v) !== -1, coop = r._set(coopKey).indexOf(v) !== -1;
      return role === "chu-tri" ? lead : role === "phoi-hop" ? coop : lead || coop;
    }

    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      return e;
    }

    /* --- build the form --- */
    var form = el("form", { class: "kh-finder__form", role: "search", "aria-label": T.finder_form });
    var q = el("input", { type: "search", id: "kh-q", name: "q", autocomplete: "off",
                          placeholder: T.finder_keyword_hint });
    var qLabel = el("label", { for: "kh-q" }, T.finder_keyword);
    var qWrap = el("div", { class: "kh-finder__field kh-finder__field--wide" });
    qWrap.appendChild(qLabel); qWrap.appendChild(q); form.appendChild(qWrap);
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
    var status = el("p", { class: "kh-finder__status", role: "status", "aria-live": "polite" });
    var actions = el("div", { class: "kh-finder__actions" });
    var reset = el("button", { type: "button", class: "md-button" }, T.finder_reset);
    var csv = el("button", { type: "button", class: "md-button md-button--primary" }, T.finder_csv);
    actions.appendChild(reset); actions.appendChild(csv);
    box.appendChild(form); box.appendChild(actions); box.appendChild(status);
    box.hidden = false;

    function matches(r, skip) {
      for (var i = 0; i < FILTERS.length; i++) {
        var f = FILTERS[i], v = state[f[0]];
        if (f[0] !== skip && v && !f[3](r, v)) return false;
      }
      var words = fold(state.q || "").split(/\s+/).filter(Boolean);
      for (var j = 0; j < words.length; j++) if (r._text.indexOf(words[j]) === -1) return false;
      return true;
    }

    /* values a row has for a filter (for counting in one pass over the rows) */
    function values(r, name) {
      var role = state["vai-tro"] || "";
      function byRole(leadKey, coopKey) {
        return role === "chu-tri" ? r._set(leadKey) : role === "phoi-hop" ? r._set(coopKey)
          : r._set(leadKey).concat(r._set(coopKey));
      }
      switch (name) {
        case "tinh": return [r.dataset.province];
        case "ke-hoach": return [r.dataset.plan];
        case "co-quan": return byRole("lead", "coop");
        case "loai-co-quan": return byRole("types", "ctypes");
        case "chu-de": return r._set("topics");
        case "nhom": return [r.dataset.group];
        default: return r.dataset.passed === "1" ? [r.dataset.deadline, "passed"] : [r.dataset.deadline];
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
        s.innerHTML = "";
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

    function apply(push) {
      var shown = 0;
      rows.forEach(function (r) { var ok = matches(r); r.hidden = !ok; if (ok) shown++; });
      document.querySelectorAll("h2.kh-finder-plan").forEach(function (h) {
        var wrap = h.nextElementSibling;
        var any = wrap && wrap.querySelector("tbody tr:not([hidden])");
        h.hidden = !any; if (wrap) wrap.hidden = !any;
      });
      status.textContent = shown + " / " + rows.length + " " + T.finder_tasks;
      refreshOptions();
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
    csv.addEventListener("click", function () {
      var head = ["ke_hoach", "tinh", "nhiem_vu", "noi_dung", "chu_tri", "phoi_hop", "san_pham", "thoi_han"];
      var lines = [head.join(",")];
      rows.filter(function (r) { return !r.hidden; }).forEach(function (r) {
        var cells = r.querySelectorAll("td");
        var vals = [r.dataset.plan, r.dataset.province, r.dataset.task].concat(
          Array.prototype.map.call(cells, function (c) { return c.textContent.trim(); }));
        lines.push(vals.map(function (v) {
          v = String(v);
          if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;   /* no formulas in spreadsheets */
          return '"' + v.replace(/"/g, '""') + '"';
        }).join(","));
      });
      var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      var a = el("a", { href: URL.createObjectURL(blob), download: "nhiem-vu-loc.csv" });
      document.body.appendChild(a); a.click(); a.remove();
    });

    read();
    apply(false);
  }
  if (typeof document$ !== "undefined") document$.subscribe(start); else document.addEventListener("DOMContentLoaded", start);
})();
