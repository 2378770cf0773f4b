/* Search worker for the site's header search box (mkdocs-material's custom
 * worker protocol: SETUP=0, READY=1, QUERY=2, RESULT=3).
 *
 * Vietnamese matching: text and query are folded the same way as the Python
 * side (generator/vi.py fold: per character, drop U+0300–U+036F, lowercase,
 * đ→d), so "hop tac xa" finds "hợp tác xã" and NFD or either tone placement
 * (hoà/hòa) match.  Every query word helps and none is required: records
 * matching more of the words rank first, then by score (title above text
 * above the alternatives built at index time; the typed diacritics first).
 * Words before the last match whole words, the last one as a prefix.  A word
 * no indexed word matches is read as Telex/VNI typed with the input method off
 * ("hoox" → hỗ, "ho64" → hỗ, "dd" → đ) and, failing that, as indexed words
 * one edit away (two for words of 7 letters or more), at a lower score.
 * English words in generator/data/concepts.json also match their Vietnamese
 * terms; question words (generator/data/question_words.json) are dropped.
 * Highlights mark whole words; the snippet is centred on the first match.
 * The matching (KehoachSearch.Index, .fold, .readings) is usable outside the
 * worker: this file is also loaded in the page.
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

  /* Each UTF-16 unit's folded unit (+1; 0 = not worked out yet), filled from foldUnit on first sight;
   * a surrogate half folds to itself.  fold() reads the text through this table in slices: several
   * times faster than a regular-expression call per character (the finder folds every row of a
   * province when its text box is first used). */
  var UNITS = new Uint16Array(65536), SLICE = new Uint16Array(8192);

  function unitOf(c) {
    var u = UNITS[c];
    if (u === 0) {
      var ch = String.fromCharCode(c);
      u = UNITS[c] = (c >= 0xd800 && c <= 0xdfff ? c : foldUnit(ch).charCodeAt(0)) + 1;
    }
    return u - 1;
  }

  function fold(text) {
    return foldNFC(String(text).normalize("NFC"));
  }

  /* fold() of text already in NFC */
  function foldNFC(s) {
    var n = s.length, out = "";
    for (var i = 0; i < n; i += SLICE.length) {
      var end = Math.min(n, i + SLICE.length);
      for (var j = i; j < end; j++) {
        var c = s.charCodeAt(j);
        SLICE[j - i] = c < 65 ? c : c < 91 ? c + 32 : c < 128 ? c : unitOf(c);
      }
      out += String.fromCharCode.apply(null, SLICE.subarray(0, end - i));
    }
    return out;
  }

  /* The reference rule, a character at a time (the tests compare fold with it). */
  function foldEach(text) {
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

  /* Positions where `needle` starts a word in `hay` (with `whole`, is a whole word there). */
  function wordStarts(hay, needle, whole) {
    var found = [], from = 0, at;
    while ((at = hay.indexOf(needle, from)) !== -1) {
      if ((at === 0 || !isWordChar(hay[at - 1]) || !isWordChar(needle[0])) &&
          (!whole || !isWordChar(hay[at + needle.length]) || !isWordChar(needle[needle.length - 1]))) found.push(at);
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

  var WEIGHT = { p: 4, v: 4, a: 4, d: 4, t: 3, b: 3, c: 1, n: 0 };

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

  function compact(folded) { return folded.replace(/[^0-9a-z]/g, ""); }

  var GROUPED = /(^|[^0-9.,])([0-9]{1,3}(?:\.[0-9]{3})+)(?![0-9]|[.,][0-9])/g;
  var APOSTROPHE = /(^|[^0-9a-z'’])([0-9a-z]+(?:['’][0-9a-z]+)+)/g;

  /* Same rule as generator/search_index.py alternatives(): the abbreviation of a long form and its
   * unpunctuated spelling, the long form of an abbreviation, a grouped number without its dots
   * ("4.200" → "4200"), a word with an apostrophe without it ("h'drai" → "hdrai"). */
  /* The leading letters and digits of a form: a form found as a whole word begins with a whole word
   * of the text (the text's next character is none, or is the form's next, which is no letter), so a
   * form whose head is no word of the text is skipped without scanning the text for it. */
  function head(form) { var m = /^[0-9a-z]+/.exec(form); return m ? m[0] : null; }

  var PREPARED = typeof WeakMap === "function" ? new WeakMap() : null;

  function prepared(table) {
    var rows = PREPARED && PREPARED.get(table);
    if (!rows) {
      rows = table.map(function (row) {
        var c = compact(row[0]);
        return { short: row[0], longs: row[1], c: c,
                 forms: [row[0]].concat(c !== row[0] ? [c] : []).map(function (f) { return [f, head(f)]; }),
                 longForms: row[1].map(function (f) { return [f, head(f)]; }) };
      });
      /* every head, to look the text's words up in once */
      rows.heads = new Set();
      rows.forEach(function (row) {
        row.forms.concat(row.longForms).forEach(function (f) { if (f[1] !== null) rows.heads.add(f[1]); });
      });
      if (PREPARED) PREPARED.set(table, rows);
    }
    return rows;
  }

  var WORDS = /[^0-9a-z]+/;

  /* `words`, when given, is folded.split(WORDS) (the caller has it already). */
  function alternatives(folded, table, words) {
    var extra = [], rules = prepared(table), present = new Set();
    (words || folded.split(WORDS)).forEach(function (w) { if (rules.heads.has(w)) present.add(w); });
    function add(x) { if (extra.indexOf(x) === -1) extra.push(x); }
    function found(form) { return (form[1] === null || present.has(form[1])) && hasWord(folded, form[0]); }
    rules.forEach(function (row) {
      var short = row.short, c = row.c;
      if (row.forms.some(found)) {
        row.longs.forEach(add);
        if (c !== short) add(c);
      }
      if (row.longForms.some(found)) {
        add(short);
        if (c !== short) add(c);
      }
    });
    var m;
    GROUPED.lastIndex = 0;
    while ((m = GROUPED.exec(folded))) add(m[2].replace(/\./g, ""));
    APOSTROPHE.lastIndex = 0;
    while ((m = APOSTROPHE.exec(folded))) add(m[2].replace(/['’]/g, ""));
    return extra.join(" ");
  }

  var VOWELS = "aeiouy", TONE_KEYS = "sfrxj";
  var FINALS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"];

  /* Same rule as generator/search_index.py typed_readings(): a word typed with the Vietnamese input
   * method off, read as Telex ("hoox" → "ho", "ddaast" → "dat") and as VNI ("ho64" → "ho"). */
  function readings(word) {
    var w = fold(word), out = [];
    function add(x) { if (x && x !== w && out.indexOf(x) === -1) out.push(x); }
    if (/^[a-z]+[0-9][a-z0-9]*$/.test(w)) {
      var vni = w.replace(/[1-9]/g, "");
      if (/^[a-z]+$/.test(vni)) add(vni);
    }
    if (/^[a-z]+$/.test(w)) {
      var t = w.replace(/dd/g, "d").replace(/([a-z])w/g, "$1").replace(/^w/, "u").replace(/([aeo])\1/g, "$1");
      var m = new RegExp("^(.*[" + VOWELS + "][a-z]*?)([" + TONE_KEYS + "])$").exec(t);
      if (m) t = m[1];
      else {
        m = new RegExp("^(.*[" + VOWELS + "])([" + TONE_KEYS + "])([a-z]*)$").exec(t);
        if (m && FINALS.indexOf(m[3]) !== -1) t = m[1] + m[3];
      }
      add(t.replace(/([a-z])[fjz]/g, "$1"));
    }
    return out;
  }

  /* Optimal string alignment distance, giving up above `max`. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      var cur = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v);
        if (v < low) low = v;
      }
      if (low > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  function record(kind, title, text, url, province, also, table) {
    title = String(title).normalize("NFC");
    text = String(text).normalize("NFC");
    var ftitle = foldNFC(title), ftext = foldNFC(text), falso = fold(also || "");
    var both = ftitle + " " + ftext, words = both.split(WORDS);
    var alt = (alternatives(both, table, words) + " " + falso).trim();
    return {
      kind: kind, title: title, text: text, url: url, province: province,
      ftitle: ftitle, ftext: ftext, alt: alt,
      bare: kind === "t" ? ftitle.replace(/^tinh /, "") : ftitle,  /* "Tỉnh Đắk Nông" is typed "dak nong" */
      compact: null,
      words: alt ? words.concat(alt.split(WORDS)) : words  /* for add(), which drops them */
    };
  }

  /* The record's words without spaces (for words typed without theirs: "kontum"), made on first use. */
  function compactOf(rec) {
    if (rec.compact === null) rec.compact = (rec.ftitle + " " + rec.ftext + " " + rec.alt).replace(/\s+/g, "");
    return rec.compact;
  }

  /* Question words and particles ("ở đâu", "như thế nào", "gì"): dropped when other words remain. */
  function dropParticles(toks, particles) {
    if (!particles) return toks;
    var typed = particles.typed || [], folded = particles.folded || [];
    var phrases = typed.map(function (p) { return { words: p.split(" "), folded: false }; })
      .concat(folded.map(function (p) { return { words: p.split(" "), folded: true }; }))
      .sort(function (a, b) { return b.words.length - a.words.length; });
    var keep = [], i = 0;
    while (i < toks.length) {
      var hit = 0;
      for (var k = 0; k < phrases.length && !hit; k++) {
        var ws = phrases[k].words, ok = i + ws.length <= toks.length;
        for (var j = 0; ok && j < ws.length; j++) {
          var t = toks[i + j];
          ok = phrases[k].folded ? (t.folded === ws[j] && !t.marks) : t.typed === ws[j];
        }
        if (ok) hit = ws.length;
      }
      if (hit) i += hit; else keep.push(toks[i++]);
    }
    return keep.length ? keep : toks;
  }

  /* The index is made of column tables (see generator/search_index.py); `records` and `tasks`
   * may be absent (the task finder starts empty and adds its rows with add()). */
  function Index(data) {
    this.kinds = data.kinds || {};
    this.concepts = data.concepts || {};
    this.particles = data.particles || null;
    this.table = data.abbreviations || [];
    this.records = [];
    this.postings = new Map();
    this.vocabulary = [];
    var table = this.table, out = [], r = data.records, t = data.tasks, i;
    var agencyAlso = data.agency_also || [];
    for (i = 0; r && i < r.kind.length; i++) {
      out.push(record(r.kind[i], r.title[i], r.text[i], r.url[i],
                      r.province[i] >= 0 ? data.provinces[r.province[i]] : "", r.also ? r.also[i] : "", table));
    }
    for (i = 0; t && i < t.text.length; i++) {
      var plan = data.plans[t.plan[i]];
      var title = t.leads[i].map(function (a) { return data.agencies[a]; }).join(", ") + " — " + plan[0];
      var also = [plan[3] || ""].concat(t.leads[i].map(function (a) { return agencyAlso[a] || ""; })).join(" ");
      out.push(record(data.task_kind, title, t.text[i], plan[1] + "#" + t.id[i], data.provinces[plan[2]], also, table));
    }
    this.add(out);
  }

  /* A record of this index's kind (folded, with its abbreviation alternatives), not yet added. */
  Index.prototype.record = function (kind, title, text, url, province, also) {
    return record(kind, title, text, url, province, also, this.table);
  };

  /* Add records (numbered from the current end); the words of every record are listed with the
   * records each word is in, so a query looks only at the records holding one of its words.
   * The sorted vocabulary (a query word that starts no indexed word is retried) is sorted again
   * on the next query, once however many add() calls came before it. */
  Index.prototype.add = function (records) {
    var postings = this.postings, base = this.records.length;
    for (var k = 0; k < records.length; k++) {
      var rec = records[k], n = base + k, words = rec.words;
      rec.words = null;
      this.records.push(rec);
      for (var i = 0; i < words.length; i++) {
        var w = words[i];
        if (!w) continue;
        var list = postings.get(w);
        if (!list) postings.set(w, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      }
    }
    this.sorted = false;
  };

  Index.prototype.words = function () {
    if (!this.sorted) { this.vocabulary = Array.from(this.postings.keys()).sort(); this.sorted = true; }
    return this.vocabulary;
  };

  /* Records that may hold `text` (a reading) as a whole word or, with `prefix`, a word start;
   * null when it is not plain words (punctuation: "09/nq-cp", "kh&dt"), i.e. every record. */
  Index.prototype.candidates = function (text, prefix, into) {
    if (!/^[0-9a-z]+( [0-9a-z]+)*$/.test(text)) return false;
    var words = text.split(" "), first = words[0], v = this.words(), lists = [];
    if (prefix && words.length === 1) {
      var lo = 0, hi = v.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (v[mid] < first) lo = mid + 1; else hi = mid;
      }
      for (; lo < v.length && v[lo].indexOf(first) === 0; lo++) lists.push(this.postings.get(v[lo]));
    } else if (this.postings.has(first)) {
      lists.push(this.postings.get(first));
    }
    lists.forEach(function (list) { for (var i = 0; i < list.length; i++) into[list[i]] = 1; });
    return true;
  };

  /* Some indexed word is `word` (or, with `prefix`, starts with it). */
  Index.prototype.known = function (word, prefix) {
    var v = this.words(), lo = 0, hi = v.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (v[mid] < word) lo = mid + 1; else hi = mid;
    }
    return lo < v.length && (prefix ? v[lo].indexOf(word) === 0 : v[lo] === word);
  };

  /* Indexed words within edit distance 1 (2 for words of 7 letters or more), nearest first. */
  Index.prototype.near = function (word) {
    var max = word.length >= 7 ? 2 : 1, found = [];
    this.words().forEach(function (v) {
      if (Math.abs(v.length - word.length) > max) return;
      var d = distance(word, v, max);
      if (d <= max) found.push([d, v]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : 1); });
    return found.slice(0, 6).map(function (x) { return x[1]; });
  };

  /* What each query word may match, each reading with a weight: the word as typed (1), a grouped
   * number without dots (1), the Vietnamese terms of an English word (0.8), its Telex/VNI reading
   * (0.9) and, failing all, indexed words one or two edits away (0.6). */
  Index.prototype.plan = function (query) {
    var self = this, toks = dropParticles(tokens(query), this.particles);
    toks.forEach(function (t, i) {
      var f = t.folded, last = i === toks.length - 1, rs = [{ text: f, weight: 1, primary: true }];
      function add(text, weight) {
        if (text && !rs.some(function (r) { return r.text === text; })) rs.push({ text: text, weight: weight });
      }
      if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(f)) add(f.replace(/\./g, ""), 1);
      var concept = self.concepts[f] || (/s$/.test(f) && self.concepts[f.slice(0, -1)]);
      if (concept) concept.forEach(function (c) { add(c, 0.8); });
      var c = compact(f);
      if (c !== f && c.length >= 3 && self.known(c, last)) add(c, 1);
      t.whole = !last;  /* only the word being typed matches as a prefix */
      if (/^[0-9a-z]+$/.test(f) && !self.known(f, last)) {
        readings(f).forEach(function (r) { if (self.known(r, last)) add(r, 0.9); });
        if (rs.length === 1 && f.length >= 3 && !/[0-9]/.test(f)) self.near(f).forEach(function (w) { add(w, 0.6); });
      }
      t.readings = rs;
      /* what the word stands for in the phrase bonuses: itself, or its first reading if it is no indexed word */
      t.main = rs.length > 1 && !self.known(f, last) ? rs[1].text : f;
    });
    return toks;
  };

  /* Whole-word end of a match starting at `at` in folded `hay`. */
  function wordEnd(hay, at, n) {
    var end = at + n;
    while (end < hay.length && asciiWordAt(hay, end)) end++;
    return end;
  }

  Index.prototype.search = function (query, limit) {
    var toks = this.plan(query);
    if (!toks.length) return [];
    var results = [];
    var joined = toks.map(function (t) { return t.folded; }).join("");
    var pairs = toks.map(function (t) { return t.main; }), phrase = pairs.join(" ");
    /* the records to look at: those holding a reading of some word; every record when a word is
     * not plain letters and digits, or when one matches no indexed word (missing spaces: "kontum") */
    var self = this, mark = new Uint8Array(this.records.length), everyRecord = false;
    toks.forEach(function (t) {
      if (!self.known(t.folded, t.whole === false)) everyRecord = true;
      t.readings.forEach(function (rd) {
        if (!self.candidates(rd.text, t.whole === false, mark)) everyRecord = true;
      });
    });
    for (var i = 0; i < this.records.length; i++) {
      if (!everyRecord && !mark[i]) continue;
      var rec = this.records[i], score = WEIGHT[rec.kind] || 0, matched = 0, used = [], j;
      for (j = 0; j < toks.length; j++) {
        var t = toks[j], top = 0, topReading = null;
        for (var k = 0; k < t.readings.length; k++) {
          var rd = t.readings[k], needle = rd.text, n = needle.length, best = 0;
          var inTitle = wordStarts(rec.ftitle, needle, t.whole);
          var inText = wordStarts(rec.ftext, needle, t.whole);
          if (inTitle.length) best = rec.kind === "n" ? 5 : 10;  /* a task's title is only its agencies and plan */
          else if (inText.length) best = 4;
          else if (wordStarts(rec.alt, needle, t.whole).length) best = 3;
          if (!best) continue;
          var exact = rd.primary && !!t.marks &&
            (inTitle.some(function (at) { return wordMarks(rec.title.substr(at, n)) === t.marks; }) ||
             inText.some(function (at) { return wordMarks(rec.text.substr(at, n)) === t.marks; }));
          var whole = inTitle.some(function (at) { return !asciiWordAt(rec.ftitle, at + n); }) ||
            inText.some(function (at) { return !asciiWordAt(rec.ftext, at + n); });
          /* typed with diacritics: the same diacritics rank first, others last */
          var accent = !rd.primary || !t.marks ? 0 : exact ? 6 : -6;
          var value = (best + (whole ? 2 : 0)) * rd.weight + accent;
          if (!topReading || value > top) { top = value; topReading = rd; }
        }
        used.push(topReading);
        if (topReading) { matched++; score += top; }
      }
      var all = matched === toks.length;
      /* the whole title typed ("dak nong" → the province Đắk Nông) */
      if (all && (rec.bare === phrase || rec.ftitle === phrase)) score += 15;
      else if (all && rec.ftitle.indexOf(phrase) === 0) score += 4;
      if (matched > 1) {
        /* the words side by side, as typed: "tin dung" is "tín dụng", not "thông tin … ứng dụng" */
        if (rec.ftitle.indexOf(phrase) !== -1) score += 8;
        else if (rec.ftext.indexOf(phrase) !== -1) score += 5;
        for (var p = 0; p + 1 < pairs.length; p++) {
          var pair = pairs[p] + " " + pairs[p + 1];
          if (rec.ftitle.indexOf(pair) !== -1 || rec.ftext.indexOf(pair) !== -1) score += 5;
        }
      }
      if (!all && joined.length >= 4 && compactOf(rec).indexOf(joined) !== -1) {
        /* misspacing: "kontum", "hoptacxa" */
        var ctitle = rec.bare.replace(/\s+/g, "");
        score = (WEIGHT[rec.kind] || 0) + (ctitle === joined ? 20 : ctitle.indexOf(joined) !== -1 ? 8 : 1);
        matched = toks.length;
        used = toks.map(function () { return null; });
      }
      if (!matched) continue;
      results.push({ rec: rec, score: score, matched: matched, used: used });
    }
    /* more of the words first, then the score */
    results.sort(function (a, b) {
      return b.matched - a.matched || b.score - a.score || a.rec.title.length - b.rec.title.length ||
        (a.rec.url < b.rec.url ? -1 : 1);
    });
    /* what to highlight, only for the results shown (a common word matches thousands of records):
     * whole words only (a word before the last matches only whole words; the last one's prefix match is
     * marked to the end of its word) */
    return results.slice(0, limit || 50).map(function (result) {
      var rec = result.rec, titleRanges = [], textRanges = [], terms = {};
      result.used.forEach(function (rd, j) {
        if (!rd) return;
        var last = j === toks.length - 1, n = rd.text.length;
        [[rec.ftitle, rec.title, titleRanges], [rec.ftext, rec.text, textRanges]].forEach(function (f) {
          var starts = wordStarts(f[0], rd.text);
          var whole = starts.filter(function (at) { return !asciiWordAt(f[0], at + n); });
          if (!last) starts = whole;
          starts.forEach(function (at) {
            if (!asciiWordAt(f[0], at)) return;  /* punctuation-led needles ("/nq") are not words */
            var end = wordEnd(f[0], at, n);
            f[2].push([at, end]);
            terms[f[1].slice(at, end)] = true;
          });
        });
      });
      return { rec: rec, score: result.score, titleRanges: titleRanges, textRanges: textRanges, terms: terms };
    });
  };

  /* The same matching as a filter (the task finder's text box), which must include or exclude:
   * a record is kept when EVERY query word matches it under search()'s rules — the word itself
   * (folded: no diacritics, đ = d; whole, or as a prefix for the last word), an abbreviation's
   * other form (both ways, with or without punctuation), a grouped number without its dots, the
   * Vietnamese terms of an English word, and, for a word that is no indexed word, its Telex/VNI
   * readings or, failing those, the indexed words one or two edits away.  When a word matches no
   * record at all, the words may have been typed without their spaces ("kontum"): then the records
   * holding them so ("Kon Tum") are kept (search() tries that on every record, which a filter cannot
   * afford: "hỗ trợ" would keep "…cho trong…").  Question words and particles are dropped.  So each
   * word narrows the list, and a typo or a word typed with the input method off still finds it.
   * Returns null when the query has no words (no filtering), else one byte per record (1 = kept). */
  Index.prototype.filter = function (query) {
    var toks = this.plan(query), n = this.records.length, self = this;
    if (!toks.length) return null;
    var count = new Uint8Array(n), mark = new Uint8Array(n), everyRecord = false, lost = false;
    toks.forEach(function (t) {
      var prefix = t.whole === false, hit = new Uint8Array(n), i;
      if (!self.known(t.folded, prefix)) everyRecord = true;
      t.readings.forEach(function (rd) {
        /* one plain word: its postings are exactly the records holding it (or a word it starts) */
        if (/^[0-9a-z]+$/.test(rd.text)) {
          self.candidates(rd.text, prefix, hit);
          self.candidates(rd.text, prefix, mark);
          return;
        }
        var cand = new Uint8Array(n), some = self.candidates(rd.text, prefix, cand);
        if (!some) everyRecord = true;
        for (i = 0; i < n; i++) {
          if (some && !cand[i]) continue;
          mark[i] = 1;
          if (hit[i]) continue;
          var rec = self.records[i];
          if (wordStarts(rec.ftitle, rd.text, !prefix).length || wordStarts(rec.ftext, rd.text, !prefix).length ||
              wordStarts(rec.alt, rd.text, !prefix).length) hit[i] = 1;
        }
      });
      var some = 0;
      for (i = 0; i < n; i++) { count[i] += hit[i]; some |= hit[i]; }
      if (!some) lost = true;
    });
    var joined = toks.map(function (t) { return t.folded; }).join(""), out = new Uint8Array(n);
    for (var i = 0; i < n; i++) {
      if (count[i] === toks.length) out[i] = 1;
      else if (lost && joined.length >= 4 && (everyRecord || mark[i]) && compactOf(this.records[i]).indexOf(joined) !== -1) out[i] = 1;
    }
    return out;
  };

  var SNIPPET = 220;

  /* A window of the text centred on the first match, cut at spaces. */
  Index.prototype.snippet = function (result) {
    var text = result.rec.text, ranges = result.textRanges.slice();
    var start = 0, end = Math.min(text.length, SNIPPET);
    if (ranges.length) {
      var first = ranges.reduce(function (a, r) { return r[0] < a[0] ? r : a; });
      start = Math.max(0, Math.floor((first[0] + first[1]) / 2 - SNIPPET / 2));
      end = Math.min(text.length, start + SNIPPET);
      start = Math.max(0, Math.min(start, end - SNIPPET));
      if (start > 0) {
        var space = text.indexOf(" ", start);
        if (space !== -1 && space < first[0]) start = space + 1;
      }
      if (end < text.length) {
        var back = text.lastIndexOf(" ", end);
        if (back > first[1]) end = back;
      }
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

  /* lunr (generator/lunr_index.py builds the indexes with the Python lunr package): the same fold as a
   * pipeline function under the same name, "fold-vi", so a serialized index loads in lunr.js 2.3.9. */
  var LUNR_EDGES = /^[^0-9a-z]+|[^0-9a-z]+$/g;

  function lunrFold(token) {
    var f = fold(token.toString()).replace(LUNR_EDGES, "");
    return f ? token.update(function () { return f; }) : undefined;
  }

  function useLunr(lunr) {
    if (!lunr.Pipeline.registeredFunctions["fold-vi"]) lunr.Pipeline.registerFunction(lunrFold, "fold-vi");
    return lunr;
  }

  /* The query semantics above on a lunr index: every word optional; the last word as a prefix; a word
   * that is no indexed term also as its Telex/VNI readings and at edit distance 1 (2 for 7+ letters);
   * English words as their Vietnamese terms; question words dropped.  Returns lunr's results. */
  function lunrSearch(lunr, idx, query, concepts, particles) {
    var toks = dropParticles(tokens(query), particles), Q = lunr.Query;
    if (!toks.length) return [];
    function known(term, prefix) {
      if (!prefix) return Object.prototype.hasOwnProperty.call(idx.invertedIndex, term);
      return idx.tokenSet.intersect(lunr.TokenSet.fromString(term + "*")).toArray().length > 0;
    }
    return idx.query(function (q) {
      toks.forEach(function (t, i) {
        var last = i === toks.length - 1;
        function add(text, boost, fuzzy) {
          text.split(/[\s\-]+/).forEach(function (term) {
            term = term.replace(LUNR_EDGES, "");
            if (!term) return;
            q.term(term, { usePipeline: false, boost: boost, presence: Q.presence.OPTIONAL,
                           editDistance: fuzzy || 0,
                           wildcard: last && !fuzzy ? Q.wildcard.TRAILING : Q.wildcard.NONE });
          });
        }
        add(t.folded, 1);
        var f = t.folded;
        var concept = concepts && (concepts[f] || (/s$/.test(f) && concepts[f.slice(0, -1)]));
        if (concept) concept.forEach(function (c) { add(c, 0.8); });
        if (/^[0-9a-z]+$/.test(f) && !known(f, last)) {
          var rs = readings(f).filter(function (r) { return known(r, last); });
          rs.forEach(function (r) { add(r, 0.9); });
          if (!rs.length && !concept && f.length >= 3 && !/[0-9]/.test(f)) add(f, 0.6, f.length >= 7 ? 2 : 1);
        }
      });
    });
  }

  /* The worker protocol on `scope`: a real worker's global, or the page worker that
   * kehoach-iframe-worker.js gives the theme from file:// (no iframe, no inline script).
   * scope.location.href is this script's URL; the index lies beside assets/. */
  function serve(scope) {
    var index = null;
    return function (ev) {
      var msg = ev.data;
      if (msg.type === 0) {
        var base = String(scope.location.href).replace(/assets\/javascripts\/[^\/]*$/, "");
        var ready = function () {
          index = new Index(scope.KEHOACH_INDEX || root.KEHOACH_INDEX);
          scope.postMessage({ type: 1 });
        };
        /* a real worker loads synchronously; the page worker returns a promise */
        var loading = scope.importScripts(base + "assets/generated/search-index.js");
        if (loading && typeof loading.then === "function") loading.then(ready); else ready();
      } else if (msg.type === 2 && index) {
        var found = index.search(msg.data, 50);
        /* the theme counts the items it gets (labels.py: search_result_other says "best") */
        scope.postMessage({ type: 3, data: { items: found.map(function (r) { return [index.toItem(r)]; }) } });
      }
    };
  }

  var api = { fold: fold, foldEach: foldEach, marks: marks, tokens: tokens, alternatives: alternatives, readings: readings,
              distance: distance, Index: Index, serve: serve, lunrFold: lunrFold, useLunr: useLunr,
              lunrSearch: lunrSearch };
  root.KehoachSearch = api;

  /* Worker side: only when loaded as mkdocs-material's search worker. */
  if (typeof root.KEHOACH_NO_WORKER === "undefined" && typeof root.importScripts === "function" &&
      typeof root.document === "undefined") {
    root.onmessage = serve(root);
  }
})(typeof self !== "undefined" ? self : this);
