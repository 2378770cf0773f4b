/* Search worker for the site's header search box (mkdocs-material's custom
 * worker protocol: SETUP=0, READY=1, QUERY=2, RESULT=3).
 *
 * Vietnamese matching: text and query are folded the same way as the Python
 * side (generator/vi.py fold: per character, drop U+0300–U+036F, lowercase,
 * đ→d), so "hop tac xa" finds "hợp tác xã" and NFD or either tone placement
 * (hoà/hòa) match.  Each query word must match the start of a word in the
 * record (title, text or the abbreviation alternatives built at index time);
 * results whose diacritics match what was typed rank first.
 */
(function (root) {
  "use strict";

  var MARKS = /[\u0300-\u036f]/g;

  /* Folding is per character and the alphabet is small: each character is worked out once
   * (the index folds ~2 million characters at national size when it loads). */
  var FOLDED = Object.create(null);

  function foldChar(ch) {
    var known = FOLDED[ch];
    if (known !== undefined) return known;
    var base = ch.normalize("NFD").replace(MARKS, "");
    if (Array.from(base).length !== 1) base = ch;
    var lower = base.toLowerCase();
    if (lower.length === base.length) base = lower;
    return (FOLDED[ch] = base === "đ" ? "d" : base);
  }

  /* One UTF-16 unit in, one out (for BMP text) so positions line up. */
  function foldUnit(ch) {
    var f = foldChar(ch);
    return f.length === 1 ? f : ch;
  }

  /* Only capitals and non-ASCII characters change; a surrogate half folds to itself, so a
   * character outside the BMP is kept whole. */
  var FOLDABLE = /[A-Z\u0080-\uffff]/g;

  function fold(text) {
    return String(text).normalize("NFC").replace(FOLDABLE, foldUnit);
  }

  function isWordChar(ch) {
    return !!ch && /[0-9a-z\u00c0-\u024f\u1e00-\u1eff]/i.test(ch);
  }

  var EDGE = /^[\s.,;:!?()"'“”‘’\[\]{}]+|[\s.,;:!?()"'“”‘’\[\]{}]+$/g;

  /* The diacritics of a word, in order, whatever letter carries the tone
   * mark: "hoà" and "hòa" give the same key, "đường" and "dưỡng" do not. */
  function marks(text) {
    var out = "", nfd = String(text).normalize("NFD");
    for (var i = 0; i < nfd.length; i++) {
      var c = nfd[i];
      if (/[\u0300-\u036f]/.test(c)) out += c;
      else if (c === "đ" || c === "Đ") out += "đ";
    }
    return out;
  }

  /* marks() of the words a query hits: the same few words recur in thousands of records. */
  var MARKS_OF = new Map();

  function wordMarks(word) {
    var known = MARKS_OF.get(word);
    if (known === undefined) {
      if (MARKS_OF.size > 50000) MARKS_OF.clear();
      MARKS_OF.set(word, known = marks(word));
    }
    return known;
  }

  function tokens(query) {
    var nfc = String(query).normalize("NFC").toLowerCase();
    return nfc.split(/\s+/).map(function (t) { return t.replace(EDGE, ""); })
      .filter(function (t) { return t.length > 0; })
      .map(function (t) { return { typed: t, folded: fold(t), marks: marks(t) }; });
  }

  /* Positions where `needle` starts a word in `hay`. */
  function wordStarts(hay, needle) {
    var found = [], from = 0, at;
    while ((at = hay.indexOf(needle, from)) !== -1) {
      if (at === 0 || !isWordChar(hay[at - 1]) || !isWordChar(needle[0])) found.push(at);
      from = at + 1;
    }
    return found;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(text, ranges) {
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var out = "", last = 0;
    ranges.forEach(function (r) {
      if (r[0] < last) return;
      out += escapeHtml(text.slice(last, r[0])) + "<mark>" + escapeHtml(text.slice(r[0], r[1])) + "</mark>";
      last = r[1];
    });
    return out + escapeHtml(text.slice(last));
  }

  var WEIGHT = { p: 4, v: 4, a: 4, d: 4, t: 3, c: 1, n: 0 };

  /* Whole-word test on folded text; word characters are [0-9a-z] after folding. */
  function asciiWordAt(text, i) {
    var c = text.charCodeAt(i);  /* NaN outside the text */
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  }

  function hasWord(hay, word) {
    var from = 0, at;
    while ((at = hay.indexOf(word, from)) !== -1) {
      if (!asciiWordAt(hay, at - 1) && !asciiWordAt(hay, at + word.length)) return true;
      from = at + 1;
    }
    return false;
  }

  /* Same rule as generator/search_index.py alternatives(). */
  function alternatives(folded, table) {
    var extra = [];
    table.forEach(function (row) {
      var short = row[0], longs = row[1];
      if (hasWord(folded, short)) longs.forEach(function (l) { if (extra.indexOf(l) === -1) extra.push(l); });
      if (longs.some(function (l) { return hasWord(folded, l); }) && extra.indexOf(short) === -1) extra.push(short);
    });
    return extra.join(" ");
  }

  function record(kind, title, text, url, province, table) {
    title = String(title).normalize("NFC");
    text = String(text).normalize("NFC");
    var ftitle = fold(title), ftext = fold(text);
    var alt = alternatives(ftitle + " " + ftext, table);
    return {
      kind: kind, title: title, text: text, url: url, province: province,
      ftitle: ftitle, ftext: ftext, alt: alt,
      bare: kind === "t" ? ftitle.replace(/^tinh /, "") : ftitle,  /* "Tỉnh Đắk Nông" is typed "dak nong" */
      compact: (ftitle + " " + ftext + " " + alt).replace(/\s+/g, "")
    };
  }

  /* The index is made of column tables (see generator/search_index.py). */
  function Index(data) {
    this.kinds = data.kinds || {};
    var table = data.abbreviations || [], out = [], r = data.records, t = data.tasks, i;
    for (i = 0; i < r.kind.length; i++) {
      out.push(record(r.kind[i], r.title[i], r.text[i], r.url[i],
                      r.province[i] >= 0 ? data.provinces[r.province[i]] : "", table));
    }
    for (i = 0; i < t.text.length; i++) {
      var plan = data.plans[t.plan[i]];
      var title = t.leads[i].map(function (a) { return data.agencies[a]; }).join(", ") + " — " + plan[0];
      out.push(record(data.task_kind, title, t.text[i], plan[1] + "#" + t.id[i], data.provinces[plan[2]], table));
    }
    this.records = out;
  }

  Index.prototype.search = function (query, limit) {
    var toks = tokens(query);
    if (!toks.length) return [];
    var results = [];
    var joined = toks.map(function (t) { return t.folded; }).join("");
    var pairs = toks.map(function (t) { return t.folded; }), phrase = pairs.join(" ");
    for (var i = 0; i < this.records.length; i++) {
      var rec = this.records[i], score = WEIGHT[rec.kind] || 0, ok = true, j;
      for (j = 0; j < toks.length; j++) {
        var t = toks[j], best = 0;
        var inTitle = wordStarts(rec.ftitle, t.folded);
        var inText = wordStarts(rec.ftext, t.folded);
        if (inTitle.length) best = rec.kind === "n" ? 5 : 10;  /* a task's title is only its agencies and plan */
        else if (inText.length) best = 4;
        else if (wordStarts(rec.alt, t.folded).length) best = 3;
        if (!best) { ok = false; break; }
        var n = t.folded.length;
        var exact = !!t.marks && (inTitle.some(function (at) { return wordMarks(rec.title.substr(at, n)) === t.marks; }) ||
                                  inText.some(function (at) { return wordMarks(rec.text.substr(at, n)) === t.marks; }));
        var whole = inTitle.some(function (at) { return !isWordChar(rec.ftitle[at + n]); }) ||
          inText.some(function (at) {
            var hay = inTitle.indexOf(at) !== -1 ? rec.ftitle : rec.ftext;
            return !isWordChar(hay[at + n]);
          });
        /* typed with diacritics: the same diacritics rank first, others last */
        var accent = !t.marks ? 0 : exact ? 6 : -6;
        score += best + accent + (whole ? 2 : 0);
      }
      /* the whole title typed ("dak nong" → the province Đắk Nông) */
      if (ok && rec.bare === phrase) score += 15;
      else if (ok && rec.ftitle.indexOf(phrase) === 0) score += 4;
      if (ok && toks.length > 1) {
        /* the words side by side, as typed: "tin dung" is "tín dụng", not "thông tin … ứng dụng" */
        if (rec.ftitle.indexOf(phrase) !== -1) score += 8;
        else if (rec.ftext.indexOf(phrase) !== -1) score += 5;
        for (var k = 0; k + 1 < pairs.length; k++) {
          var pair = pairs[k] + " " + pairs[k + 1];
          if (rec.ftitle.indexOf(pair) !== -1 || rec.ftext.indexOf(pair) !== -1) score += 5;
        }
      }
      if (!ok) {
        /* misspacing: "kontum", "hoptacxa" */
        if (joined.length < 4 || rec.compact.indexOf(joined) === -1) continue;
        var ctitle = rec.bare.replace(/\s+/g, "");
        score = (WEIGHT[rec.kind] || 0) + (ctitle === joined ? 20 : ctitle.indexOf(joined) !== -1 ? 8 : 1);
      }
      results.push({ rec: rec, score: score, matched: j });
    }
    results.sort(function (a, b) {
      return b.score - a.score || a.rec.title.length - b.rec.title.length || (a.rec.url < b.rec.url ? -1 : 1);
    });
    /* what to highlight, only for the results shown (a common word matches thousands of records) */
    return results.slice(0, limit || 50).map(function (result) {
      var rec = result.rec, titleRanges = [], textRanges = [], terms = {};
      toks.slice(0, result.matched).forEach(function (t) {
        var n = t.folded.length;
        wordStarts(rec.ftitle, t.folded).forEach(function (at) {
          titleRanges.push([at, at + n]);
          terms[rec.title.substr(at, n)] = true;
        });
        wordStarts(rec.ftext, t.folded).forEach(function (at) {
          textRanges.push([at, at + n]);
          terms[rec.text.substr(at, n)] = true;
        });
      });
      return { rec: rec, score: result.score, titleRanges: titleRanges, textRanges: textRanges, terms: terms };
    });
  };

  Index.prototype.snippet = function (result) {
    var text = result.rec.text, ranges = result.textRanges.slice();
    var start = 0, end = Math.min(text.length, 220);
    if (ranges.length) {
      var first = Math.min.apply(null, ranges.map(function (r) { return r[0]; }));
      start = Math.max(0, first - 60);
      end = Math.min(text.length, start + 220);
    }
    var part = text.slice(start, end);
    var shifted = ranges.filter(function (r) { return r[0] >= start && r[1] <= end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return (start > 0 ? "… " : "") + highlight(part, shifted) + (end < text.length ? " …" : "");
  };

  /* The item format mkdocs-material renders (title and text are HTML). */
  Index.prototype.toItem = function (result) {
    var rec = result.rec;
    var title = '<span class="kh-kind">' + escapeHtml(this.kinds[rec.kind] || "") + "</span> " +
      highlight(rec.title, result.titleRanges.slice());
    if (rec.province && rec.kind !== "t") title += ' <span class="kh-prov">· ' + escapeHtml(rec.province) + "</span>";
    if (rec.text) title += '<span class="kh-snippet">' + this.snippet(result) + "</span>";
    return { location: rec.url, title: title, text: "", score: result.score, terms: result.terms };
  };

  var api = { fold: fold, marks: marks, tokens: tokens, alternatives: alternatives, Index: Index };
  root.KehoachSearch = api;

  /* Worker side: only when loaded as mkdocs-material's search worker. */
  if (typeof root.KEHOACH_NO_WORKER === "undefined" && typeof root.importScripts === "function") {
    var index = null;
    root.onmessage = function (ev) {
      var msg = ev.data;
      if (msg.type === 0) {
        var base = root.location.href.replace(/assets\/javascripts\/[^\/]*$/, "");
        var ready = function () {
          index = new Index(root.KEHOACH_INDEX);
          root.postMessage({ type: 1 });
        };
        /* a real worker loads synchronously; the file:// iframe shim returns a promise */
        var loading = root.importScripts(base + "assets/generated/search-index.js");
        if (loading && typeof loading.then === "function") loading.then(ready); else ready();
      } else if (msg.type === 2 && index) {
        var found = index.search(msg.data, 50);
        /* the theme counts the items it gets (labels.py: search_result_other says "best") */
        root.postMessage({ type: 3, data: { items: found.map(function (r) { return [index.toItem(r)]; }) } });
      }
    };
  }
})(typeof self !== "undefined" ? self : this);
