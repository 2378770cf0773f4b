/* Search worker for the site's header search box (mkdocs-material's custom
 * worker protocol: SETUP=0, READY=1, QUERY=2, RESULT=3).
 *
 * Vietnamese matching: text and query are folded the same way as the Python
 * side (generator/vi.py fold: per character, drop U+0300–U+036F, lowercase,
 * đ→d), so "hop tac xa" finds "hợp tác xã" and NFD or either tone placement
 * (hoà/hòa) match.  A query is read as terms: the long forms of abbreviations,
 * places' names and the concept table's keys typed side by side are one term
 * each.  Every term helps and none is required: a record's score adds, per
 * term it holds, an amount for finding it that grows with the term's rarity,
 * and a field score (title above text above the other names built at index
 * time; the typed diacritics first); words side by side, a whole title typed
 * and a page the query names add more.  Words before the last match whole
 * words, the last one as a prefix.  A word no indexed word matches is read as
 * Telex/VNI typed with the input method off ("hoox" → hỗ, "ho64" → hỗ, "dd" →
 * đ), failing that as the indexed words it runs together ("kontum", "nq09")
 * and as indexed words one edit away (two for words of 7 letters or more), at
 * a lower score.  Words in generator/data/concepts.json (English, and words
 * the site does not use) also match the site's terms; question words
 * (generator/data/question_words.json) are dropped, and those that ask for a
 * number rank targets first.  Highlights mark whole words; the snippet is
 * centred on the first match.  The matching (KehoachSearch.Index, .fold,
 * .readings) is usable outside the worker: this file is also loaded in the page,
 * where the task finder starts an Index with no records, adds its rows in
 * batches (Index.record, Index.add) and uses the matching as a filter
 * (Index.filter: every term must match).
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
   * times faster than a regular-expression call per character (the index folds ~2 million characters
   * at national size when it loads; the finder folds every row of a province when its text box is
   * first used). */
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

  /* fold() of a string already in NFC */
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

  /* isWordChar(hay[at]), without making a string for ASCII characters */
  function wordCharAt(hay, at) {
    var c = hay.charCodeAt(at);
    if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    return isWordChar(hay[at]);
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
    var first = wordCharAt(needle, 0), lastChar = wordCharAt(needle, needle.length - 1);
    while ((at = hay.indexOf(needle, from)) !== -1) {
      if ((at === 0 || !first || !wordCharAt(hay, at - 1)) &&
          (!whole || !lastChar || at + needle.length >= hay.length || !wordCharAt(hay, at + needle.length))) found.push(at);
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

  var WEIGHT = { p: 4, v: 4, a: 4, d: 4, t: 3, b: 3, k: 3, y: 3, c: 1, o: 1, s: 1, g: 1, n: 0 };

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

  /* Same rule as generator/search_index.py alternatives(): the abbreviation of a long form and its
   * unpunctuated spelling, the long form of an abbreviation, a grouped number without its dots
   * ("4.200" → "4200"), a word with an apostrophe without it ("h'drai" → "hdrai").
   * `words`, when given, is folded.split(WORDS) (the caller has it already). */
  function alternatives(folded, table, words) {
    var extra = [], rules = prepared(table), present = new Set(), k;
    words = words || folded.split(WORDS);
    for (k = 0; k < words.length; k++) if (rules.heads.has(words[k])) present.add(words[k]);
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
    if (folded.indexOf(".") !== -1) {
      GROUPED.lastIndex = 0;
      while ((m = GROUPED.exec(folded))) add(m[2].replace(/\./g, ""));
    }
    if (/['’]/.test(folded)) {
      APOSTROPHE.lastIndex = 0;
      while ((m = APOSTROPHE.exec(folded))) add(m[2].replace(/['’]/g, ""));
    }
    return extra.join(" ");
  }

  var VOWELS = "aeiouy", TONE_KEYS = "sfrxj";
  /* finals a tone key may come before; "k" ends the Central Highlands' place names ("Đắk", "Lắk": "ddawsk") */
  var FINALS = ["", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"];
  /* VNI keys: 1-5 a tone (on a vowel), 6 â ê ô, 7 ơ ư, 8 ă, 9 đ */
  var VNI_NEEDS = { 1: "aeiouy", 2: "aeiouy", 3: "aeiouy", 4: "aeiouy", 5: "aeiouy", 6: "aeo", 7: "ou", 8: "a", 9: "d" };

  /* A word VNI could have typed: each key digit once, one tone at most, each on a letter it marks
   * ("ho64", "d9a61t"; not "nq09", "nd98", "kh127": a document's kind and number). */
  function vniWord(w) {
    if (!/^[a-z]+[1-9][a-z1-9]*$/.test(w)) return false;
    var letters = w.replace(/[0-9]/g, ""), digits = w.replace(/[a-z]/g, ""), tones = 0;
    for (var i = 0; i < digits.length; i++) {
      var d = digits[i];
      if (digits.indexOf(d) !== i) return false;
      if (d <= "5") tones++;
      if (!VNI_NEEDS[d].split("").some(function (c) { return letters.indexOf(c) !== -1; })) return false;
    }
    return tones <= 1;
  }

  /* Same rule as generator/search_index.py typed_readings(): a word typed with the Vietnamese input
   * method off, read as Telex ("hoox" → "ho", "ddaast" → "dat") and as VNI ("ho64" → "ho"). */
  function readings(word) {
    var w = fold(word), out = [];
    function add(x) { if (x && x !== w && out.indexOf(x) === -1) out.push(x); }
    if (vniWord(w)) add(w.replace(/[1-9]/g, ""));
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

  /* `also`: what else finds the record, below its title and text: the names it has had or has now,
   * and what the results call records of its kind ("chỉ tiêu", "cơ quan": shown before its title).
   * `words` holds the words of its title, text and other names (with the abbreviations' other forms)
   * until Index.add() puts them in the postings. */
  function record(kind, title, text, url, province, also, table) {
    title = String(title).normalize("NFC");
    text = String(text).normalize("NFC");
    var ftitle = foldNFC(title), ftext = foldNFC(text), falso = fold(also || "");
    var titleWords = ftitle.split(WORDS), textWords = ftext.split(WORDS);
    var alt = (alternatives(ftitle + " " + ftext, table, titleWords.concat(textWords)) + " " + falso).trim();
    return {
      kind: kind, title: title, text: text, url: url, province: province,
      ftitle: ftitle, ftext: ftext, alt: alt,
      /* "Tỉnh Đắk Nông", "Thành phố Huế" are typed "dak nong", "hue" */
      bare: kind === "t" ? ftitle.replace(/^(tinh|thanh pho) /, "") : ftitle,
      compact: null,
      words: [titleWords, textWords, alt ? alt.split(WORDS) : []]
    };
  }

  /* The record's words without spaces (for words typed without theirs: "kontum"), made on first use
   * (only the finder's filter reads it, for a word no record holds). */
  function compactOf(rec) {
    if (rec.compact === null) rec.compact = (rec.ftitle + " " + rec.ftext + " " + rec.alt).replace(/\s+/g, "");
    return rec.compact;
  }

  /* Question words and particles ("ở đâu", "như thế nào", "gì"): dropped when other words remain.
   * `asks` lists question words that say which kinds of record answer them ("bao nhiêu": targets);
   * the kinds they ask for are returned as `keep.asks`. */
  function dropParticles(toks, particles, asks) {
    if (!particles) return toks;
    function phrasesOf(table, kinds) {
      return (table.typed || []).map(function (p) { return { words: p.split(" "), folded: false, kinds: kinds }; })
        .concat((table.folded || []).map(function (p) { return { words: p.split(" "), folded: true, kinds: kinds }; }));
    }
    var phrases = [];
    (asks || []).forEach(function (a) { phrases = phrases.concat(phrasesOf(a, a.kinds)); });
    phrases = phrases.concat(phrasesOf(particles, ""))
      .sort(function (a, b) { return b.words.length - a.words.length; });
    var keep = [], i = 0, kinds = "";
    while (i < toks.length) {
      var hit = 0;
      for (var k = 0; k < phrases.length && !hit; k++) {
        var ws = phrases[k].words, ok = i + ws.length <= toks.length;
        for (var j = 0; ok && j < ws.length; j++) {
          var t = toks[i + j];
          ok = phrases[k].folded ? (t.folded === ws[j] && !t.marks) : t.typed === ws[j];
        }
        if (ok) { hit = ws.length; kinds += phrases[k].kinds; }
      }
      if (hit) i += hit; else keep.push(toks[i++]);
    }
    if (!keep.length) return toks;
    keep.asks = kinds;
    return keep;
  }

  /* Words typed side by side that make a term of several words — a key of the concept table ("sáp
   * nhập", "giờ là"), the long form of an abbreviation ("hợp tác xã", "kế hoạch và đầu tư") or a
   * place's name ("đắk nông": not "nông" of "nông nghiệp" in Đắk Lắk) — become one query word,
   * matched as typed (side by side) and as the concept's terms. */
  var PHRASE_WORDS = 7;

  function joinPhrases(toks, phrases) {
    var out = [], i = 0;
    while (i < toks.length) {
      var n = Math.min(PHRASE_WORDS, toks.length - i), joined = null;
      for (; n >= 2; n--) {
        var words = toks.slice(i, i + n), key = words.map(function (t) { return t.folded; }).join(" ");
        if (phrases[key]) {
          joined = { typed: words.map(function (t) { return t.typed; }).join(" "), folded: key,
                     marks: marks(words.map(function (t) { return t.typed; }).join(" ")), phrase: true };
          break;
        }
      }
      if (joined) { out.push(joined); i += n; } else out.push(toks[i++]);
    }
    out.asks = toks.asks;
    return out;
  }

  /* The index is made of column tables (see generator/search_index.py). */
  function Index(data) {
    this.kinds = data.kinds || {};
    this.concepts = data.concepts || {};
    this.particles = data.particles || null;
    this.asks = data.hints || [];
    /* an abbreviation typed (punctuated or not) → its long forms, matched where they are printed */
    var longs = this.longs = Object.create(null);
    (data.abbreviations || []).forEach(function (row) {
      longs[row[0]] = row[1];
      longs[compact(row[0])] = row[1];
    });
    /* terms of several words: the concept table's, the long forms of abbreviations ("hợp tác xã" is
     * one term, not three common words) and places' names */
    var phrases = this.phrases = Object.create(null);
    Object.keys(this.concepts).forEach(function (key) { if (key.indexOf(" ") !== -1) phrases[key] = 1; });
    /* a long form counts as many words as it has (Index.rarity): 2 */
    (data.abbreviations || []).forEach(function (row) {
      row[1].forEach(function (l) { if (/^[0-9a-z]+( [0-9a-z]+)+$/.test(l)) phrases[l] = 2; });
    });
    /* a place named is what the query is about, however many records name it (Index.rarity) */
    var places = this.places = Object.create(null);
    (data.provinces || []).forEach(function (name) {
      var key = fold(name);
      places[key] = 1;
      if (key.indexOf(" ") !== -1) phrases[key] = 1;
    });
    this.table = data.abbreviations || [];
    this.records = [];
    /* every word of the index, the records each word is in and where in them: entries
     * `record << 3 | fields` (TITLE, TEXT, ALSO).  A query looks only at the records holding one of its
     * words, and a word's place in a record is read here rather than searched for in its text. */
    this.postings = new Map();
    this.vocabulary = [];
    this.sorted = true;
    /* `records` and `tasks` may be absent: the task finder starts empty and adds its rows with add() */
    var table = this.table, out = [], r = data.records, t = data.tasks, i;
    var agencyAlso = data.agency_also || [];
    for (i = 0; r && i < r.kind.length; i++) {
      out.push(this.record(r.kind[i], r.title[i], r.text[i], r.url[i],
                           r.province[i] >= 0 ? data.provinces[r.province[i]] : "", r.also ? r.also[i] : ""));
    }
    for (i = 0; t && i < t.text.length; i++) {
      var plan = data.plans[t.plan[i]];
      var title = t.leads[i].map(function (a) { return data.agencies[a]; }).join(", ") + " — " + plan[0];
      var also = [plan[3] || ""].concat(t.leads[i].map(function (a) { return agencyAlso[a] || ""; }),
                                        this.kinds[data.task_kind] || "").join(" ");
      out.push(record(data.task_kind, title, t.text[i], plan[1] + "#" + t.id[i], data.provinces[plan[2]], also, table));
    }
    this.add(out);
  }

  var TITLE = 1, TEXT = 2, ALSO = 4;

  /* A record of this index's kind (folded, with its abbreviation alternatives and what the results
   * call its kind), not yet added. */
  Index.prototype.record = function (kind, title, text, url, province, also) {
    return record(kind, title, text, url, province, (also || "") + " " + (this.kinds[kind] || ""), this.table);
  };

  /* Add records (numbered from the current end; made by record()): each word of a record's title,
   * text and other names goes in the postings with where it is.  The sorted vocabulary (a query word
   * that starts no indexed word is retried) is sorted again on the next query, once however many
   * add() calls came before it. */
  Index.prototype.add = function (records) {
    var postings = this.postings, base = this.records.length, fields = [TITLE, TEXT, ALSO];
    for (var k = 0; k < records.length; k++) {
      var rec = records[k], n = base + k, words = rec.words, entry = n << 3;
      rec.words = null;
      this.records.push(rec);
      for (var f = 0; f < 3; f++) {
        var list = words[f], field = fields[f];
        for (var w = 0; w < list.length; w++) {
          var word = list[w];
          if (!word) continue;
          var entries = postings.get(word), last;
          if (!entries) { postings.set(word, [entry | field]); this.sorted = false; continue; }
          last = entries[entries.length - 1];
          if (last >> 3 === n) entries[entries.length - 1] = last | field; else entries.push(entry | field);
        }
      }
    }
  };

  /* Every indexed word, sorted (sorted again after add() brought new words). */
  Index.prototype.words = function () {
    if (!this.sorted) { this.vocabulary = Array.from(this.postings.keys()).sort(); this.sorted = true; }
    return this.vocabulary;
  };

  /* The first indexed word starting with `word` (binary search in the sorted vocabulary). */
  Index.prototype.from = function (word) {
    var v = this.words(), lo = 0, hi = v.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (v[mid] < word) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  /* Where a reading is, record by record (`any`: the fields holding it, or for a reading of several
   * words or with punctuation, the fields holding its first word; `whole`: those holding it as a
   * whole word), from the postings; null when that cannot be told (every record, every field). */
  Index.prototype.fields = function (text, prefix) {
    var single = /^[0-9a-z]+$/.test(text), m = !single && /^([0-9a-z]+)([ ]|[^0-9a-z])/.exec(text);
    if (!single && !m) return null;
    var n = this.records.length, any = new Uint8Array(n), whole = single && prefix ? new Uint8Array(n) : any;
    var v = this.words(), postings = this.postings, lists = [], i, e;
    if (single && prefix) {
      for (var at = this.from(text); at < v.length && v[at].indexOf(text) === 0; at++) lists.push(postings.get(v[at]));
      if ((e = postings.get(text))) {
        for (i = 0; i < e.length; i++) whole[e[i] >> 3] |= e[i] & 7;
      }
    } else if ((e = postings.get(single ? text : m[1]))) {
      lists.push(e);
    }
    lists.forEach(function (list) { for (var j = 0; j < list.length; j++) any[list[j] >> 3] |= list[j] & 7; });
    return { any: any, whole: whole, simple: single };
  };

  /* Marks in `into` (one byte per record) the records that may hold `text` (a reading) as a whole word
   * or, with `prefix`, a word start: for one word, exactly those holding it (or a word it starts); for
   * several words or punctuation, those holding its first word.  false when that cannot be told from
   * its words, i.e. every record.  The same records as fields() (the search reads where they are). */
  Index.prototype.candidates = function (text, prefix, into) {
    var single = /^[0-9a-z]+$/.test(text), m = !single && /^([0-9a-z]+)([ ]|[^0-9a-z])/.exec(text);
    if (!single && !m) return false;
    var v = this.words(), postings = this.postings, lists = [], e;
    if (single && prefix) {
      for (var at = this.from(text); at < v.length && v[at].indexOf(text) === 0; at++) lists.push(postings.get(v[at]));
    } else if ((e = postings.get(single ? text : m[1]))) {
      lists.push(e);
    }
    lists.forEach(function (list) { for (var j = 0; j < list.length; j++) into[list[j] >> 3] = 1; });
    return true;
  };

  /* Some indexed word is `word` (or, with `prefix`, starts with it). */
  Index.prototype.known = function (word, prefix) {
    var v = this.words(), lo = this.from(word);
    return lo < v.length && (prefix ? v[lo].indexOf(word) === 0 : v[lo] === word);
  };

  /* Indexed words within edit distance 1 (2 for words of SHORT letters or more; at most `most`), nearest first. */
  var SHORT = 7;

  Index.prototype.near = function (word, most) {
    var max = Math.min(word.length >= SHORT ? 2 : 1, most || 2), found = [];
    this.words().forEach(function (v) {
      if (Math.abs(v.length - word.length) > max) return;
      var d = distance(word, v, max);
      if (d <= max) found.push([d, v]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : 1); });
    return found.slice(0, 6).map(function (x) { return x[1]; });
  };

  /* A word typed without its spaces ("kontum", "lienminhhtxkontum") or a document's kind run into
   * its number ("nq09"), as the indexed words it is made of: the fewest words of two letters or more
   * (or digits), the more frequent ones among equals; the last may be the start of a word when the
   * word is being typed.  null when it is no such word. */
  var PIECE = 14;

  Index.prototype.pieces = function (word, prefix) {
    if (!/^[0-9a-z]+$/.test(word) || word.length < 4) return null;
    var postings = this.postings, self = this, n = word.length, best = [{ cost: 0, from: -1 }];
    for (var end = 1; end <= n; end++) {
      best.push(null);
      for (var start = Math.max(0, end - PIECE); start < end; start++) {
        if (!best[start]) continue;
        var piece = word.slice(start, end), list = postings.get(piece);
        if (piece.length < 2 && !/^[0-9]$/.test(piece)) continue;
        var count = list ? list.length : end === n && prefix && self.known(piece, true) ? 1 : 0;
        if (!count) continue;
        var cost = best[start].cost + 1 + 1 / (1 + Math.log(1 + count));
        if (!best[end] || cost < best[end].cost) best[end] = { cost: cost, from: start };
      }
    }
    if (!best[n]) return null;
    var out = [];
    for (var at = n; at > 0; at = best[at].from) out.unshift(word.slice(best[at].from, at));
    return out.length > 1 ? out : null;
  };

  /* What each query word may match, each reading with a weight: the word as typed (1), a grouped
   * number without dots (1), the Vietnamese terms of an English word or of a word the site does not
   * use (0.8), its Telex/VNI reading (0.9) and, failing all, the indexed words it is made of (missing
   * spaces, as words of their own) or indexed words one or two edits away (0.6).  Words typed side
   * by side that make a term are one query word, unless `apart` (the filter: every word must match,
   * so "hopp tac xa" and "hợp tác xã" keep the same rows). */
  var DOC_JOINED = /^([a-z]{2,5})([0-9]+[\/-][0-9a-z&\/-]*[0-9a-z])$/;
  /* a document's number as printed or typed: digits joined by "/" or "-" to a year, a kind or an
   * issuer ("31/2022", "127/kh-ubnd", "20-nq/tw"), not a bare figure */
  var DOC_NUMBER = /^[0-9]+[\/-][0-9a-z]|[0-9a-z][\/-][0-9]+$/;

  Index.prototype.plan = function (query, apart) {
    var self = this, asked = dropParticles(tokens(query), this.particles, this.asks), split = [];
    function concept(f) { return self.concepts[f] || (/s$/.test(f) && self.concepts[f.slice(0, -1)]) || null; }
    asked.forEach(function (t, i) {
      var f = t.folded, last = i === asked.length - 1;
      /* a document's kind run into its full number ("nq202/2025/qh15", "kh127/kh-ubnd"): the kind's
       * abbreviation, then the number as printed (Nghị định 30/2020/NĐ-CP: số/năm/loại-cơ quan) */
      var numbered = DOC_JOINED.exec(f);
      if (numbered && self.longs[numbered[1]] && !self.known(f, last)) {
        var rest = t.typed.slice(t.typed.length - numbered[2].length);
        split.push({ typed: t.typed.slice(0, t.typed.length - rest.length), folded: numbered[1], marks: "", joined: true });
        split.push({ typed: rest, folded: numbered[2], marks: marks(rest), joined: true });
        return;
      }
      /* a short word is more likely mistyped ("hoii") than run together: one edit first */
      var pieces = !concept(f) && !self.known(f, last) &&
        !readings(f).some(function (r) { return self.known(r, last); }) &&
        !(f.length < SHORT && !/[0-9]/.test(f) && self.near(f, 1).length) && self.pieces(f, last);
      if (!pieces) { split.push(t); return; }
      pieces.forEach(function (piece) { split.push({ typed: piece, folded: piece, marks: "", joined: true }); });
    });
    var toks = apart ? split : joinPhrases(split, this.phrases);
    toks.asks = asked.asks || "";
    toks.forEach(function (t, i) {
      var f = t.folded, last = i === toks.length - 1, rs = [{ text: f, weight: 1, primary: true }];
      function add(text, weight) {
        if (text && !rs.some(function (r) { return r.text === text; })) rs.push({ text: text, weight: weight });
      }
      if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(f)) add(f.replace(/\./g, ""), 1);
      var terms = concept(f);
      if (terms) terms.forEach(function (c) { add(c, 0.8); });
      var c = compact(f);
      if (c !== f && c.length >= 3 && self.known(c, last)) add(c, 1);
      if (!last || t.folded.length > 2) (self.longs[f] || []).forEach(function (l) { add(l, 1); });
      t.whole = !last;  /* only the word being typed matches as a prefix */
      if (/^[0-9a-z]+$/.test(f) && !self.known(f, last)) {
        readings(f).forEach(function (r) { if (self.known(r, last)) add(r, 0.9); });
        if (rs.length === 1 && f.length >= 3 && !/[0-9]/.test(f)) self.near(f).forEach(function (w) { add(w, 0.6); });
      }
      t.readings = rs;
      t.number = DOC_NUMBER.test(f);
      /* what the word stands for in the phrase bonuses: itself, or its first reading if it is no indexed word */
      t.main = rs.length > 1 && !self.known(f, last) ? rs[1].text : f;
    });
    return toks;
  };

  /* How much finding a query word in a record says: 1 for a word in one record, less the more
   * records hold it, down to 0.3 for a word in every record (a word's records by its readings). */
  var FOUND = 30, ASKED = 1.5, NAMED = "pcavdbkyo", GIVEN = 0.75;
  /* kinds a query can name (Index.naming), and what being named adds */
  var NAMES = "agvpd", NAME_BONUS = { a: 15, g: 10, v: 10, p: 10, d: 5 }, TOPIC_TOLD = 0.75;
  /* words a name may be typed without: the province's kind ("Sở Tài chính tỉnh Quảng Ngãi" is typed "sở tài
   * chính quảng ngãi") and "và" ("sở kế hoạch đầu tư") */
  var FILLER = /(^| )(tinh|thanh pho|va)(?= |$)/g;

  function nameWords(folded) {
    return folded.replace(FILLER, " ").split(WORDS).filter(Boolean);
  }

  /* A function telling whether the query names a record: an agency whose name is typed (its words side by
   * side, in order, the province's kind and "và" optional, an abbreviation for its long form); a term of the
   * glossary whose abbreviation or long form is typed; a document or plan whose kind and number are typed
   * ("nghị quyết 20" names "Nghị quyết 20-NQ/TW", "kế hoạch 127" names "Kế hoạch 127/KH-UBND"); a topic one
   * of whose keywords or whose name is typed ("vay vốn" names "Tín dụng và tài chính", whose tasks are
   * those holding it). */
  Index.prototype.naming = function (toks) {
    var longs = this.longs;
    /* each query word's spellings, as word lists: as typed, its long forms, its readings */
    var spell = toks.map(function (t) {
      var out = [t.folded].concat(longs[t.folded] || longs[compact(t.folded)] || [])
        .concat(t.readings.map(function (rd) { return rd.text; }));
      return out.map(nameWords).filter(function (ws) { return ws.length; });
    });
    var typed = Object.create(null);
    toks.forEach(function (t, i) {
      spell[i].forEach(function (ws) { typed[ws.join(" ")] = 1; });
      typed[compact(t.folded)] = 1;
    });
    var last = toks.length - 1;
    /* `words` typed side by side from some query word on */
    function sideBySide(words) {
      for (var start = 0; start < toks.length; start++) {
        var at = 0, i = start;
        while (i < toks.length && at < words.length) {
          if (!spell[i].length) { i++; continue; }  /* a filler typed ("và", "tỉnh") */
          var step = 0;
          for (var k = 0; k < spell[i].length && !step; k++) {
            var ws = spell[i][k], ok = at + ws.length <= words.length;
            for (var j = 0; ok && j < ws.length; j++) {
              var w = words[at + j];
              ok = w === ws[j] || (i === last && j === ws.length - 1 && at + j === words.length - 1 && w.indexOf(ws[j]) === 0);
            }
            if (ok) step = ws.length;
          }
          if (!step) break;
          at += step; i++;
        }
        if (at === words.length) return true;
      }
      return false;
    }
    /* "<kind> <number>": a word (or the words typed before it: "chỉ thị"), then a whole number */
    var numbered = [];
    for (var i = 0; i < last; i++) {
      var number = toks[i + 1].folded;
      if (!/^[0-9]+$/.test(number)) continue;
      spell[i].forEach(function (ws) { numbered.push(ws.join(" ") + " " + number); });
      for (var from = Math.max(0, i - 2); from < i; from++) {
        numbered.push(toks.slice(from, i + 1).map(function (t) { return t.folded; }).join(" ") + " " + number);
      }
    }
    return function (rec) {
      var kind = rec.kind, ft = rec.ftitle;
      if (kind === "a") return sideBySide(nameWords(ft));
      if (kind === "g") {
        var cut = ft.indexOf(": ");
        return cut > 0 && (!!typed[ft.slice(0, cut)] || !!typed[compact(ft.slice(0, cut))] ||
                           sideBySide(nameWords(ft.slice(cut + 2))));
      }
      if (kind === "v" || kind === "p") {
        return numbered.some(function (key) {
          return ft.indexOf(key) === 0 && !/[0-9]/.test(ft.charAt(key.length));
        });
      }
      if (kind === "d") {
        var at = rec.ftext.lastIndexOf(": ");
        var keys = [ft].concat(at === -1 ? [] : rec.ftext.slice(at + 2).replace(/[.\s]+$/, "").split(/, /));
        return keys.some(function (key) { return sideBySide(nameWords(key)); });
      }
      return false;
    };
  };
  /* kinds that answer a question of their own (a term's definition answers "… là gì"): asked, they come
   * first like any kind asked for; not asked, after the pages about the thing itself (×ASIDE) */
  var ASIDE = "g", ASIDE_RANK = 0.5;

  Index.prototype.rarity = function (tok) {
    /* a place named is what the query is about, however many records name it: a whole word for each of its words */
    if (this.places[tok.folded]) return tok.folded.split(" ").length;
    var self = this, counts = tok.readings.map(function (rd) {
      var words = rd.text.split(/[^0-9a-z]+/).filter(Boolean), first = words[0], count = 0;
      if (words.length > 1) {
        /* a phrase is in at most as many records as its rarest word */
        return Math.min.apply(null, words.map(function (w) { var e = self.postings.get(w); return e ? e.length : 0; }));
      }
      if (first && tok.whole === false && rd.text === first) {
        var v = self.words();
        for (var lo = self.from(first); lo < v.length && v[lo].indexOf(first) === 0; lo++) count += self.postings.get(v[lo]).length;
      } else if (first && self.postings.has(first)) count = self.postings.get(first).length;
      return count;
    });
    /* the word as typed when it is indexed, else its most frequent reading */
    var n = this.records.length, most = Math.min(n, counts[0] || Math.max.apply(null, counts) || 1);
    return 1 - 0.7 * Math.log(most) / Math.log(Math.max(n, 2));
  };

  /* rarity() of one whole word typed */
  Index.prototype.wordRarity = function (word) {
    var e = this.postings.get(word), n = this.records.length;
    return 1 - 0.7 * Math.log(Math.min(n, e ? e.length : 1) || 1) / Math.log(Math.max(n, 2));
  };

  var NONE = [];

  /* Some match at `starts` in folded `hay` ends a word. */
  function endsWord(hay, starts, n) {
    for (var s = 0; s < starts.length; s++) if (!asciiWordAt(hay, starts[s] + n)) return true;
    return false;
  }

  /* Some match at `starts` carries the diacritics `want` in the original text. */
  function sameMarks(text, starts, n, want) {
    for (var s = 0; s < starts.length; s++) if (marksAt(text, starts[s], n, want)) return true;
    return false;
  }

  /* marks(text.substr(at, n)) === want, read character by character (each character's marks worked
   * out once); a combining mark in the text itself is left to marks() (NFD may reorder marks). */
  var CHAR_MARKS = Object.create(null);

  function marksAt(text, at, n, want) {
    var pos = 0;
    for (var c = at; c < at + n && c < text.length; c++) {
      var code = text.charCodeAt(c);
      if (code < 128) continue;
      if (code >= 0x300 && code <= 0x36f) return wordMarks(text.substr(at, n)) === want;
      var ch = text[c], m = CHAR_MARKS[ch];
      if (m === undefined) m = CHAR_MARKS[ch] = marks(ch);
      if (m && want.substr(pos, m.length) !== m) return false;
      pos += m.length;
    }
    return pos === want.length;
  }

  /* The k-th largest of `values` (-Infinity when there are fewer). */
  function kth(values, k) {
    if (values.length < k) return -Infinity;
    var sorted = Float64Array.from(values).sort();
    return sorted[sorted.length - k];
  }

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
    var mains = toks.map(function (t) { return t.main; }), phrase = mains.join(" "), pairs = [];
    for (var p = 0; p + 1 < mains.length; p++) pairs.push(mains[p] + " " + mains[p + 1]);
    /* the records to look at: those holding a reading of some word (every record when that cannot be told) */
    var self = this, mark = new Uint8Array(this.records.length), everyRecord = false;
    toks.forEach(function (t) {
      t.readings.forEach(function (rd) {
        rd.where = self.fields(rd.text, t.whole === false);
        if (!rd.where) { everyRecord = true; return; }
        for (var r = 0, any = rd.where.any; r < any.length; r++) if (any[r]) mark[r] = 1;
      });
      t.rarity = self.rarity(t);
      /* the long form of an abbreviation typed ("hội nông dân") is one term, found only side by side, but
       * weighs what its words would weigh apart: as much as the query's other words, word for word */
      if (self.phrases[t.folded] === 2 && t.phrase) {
        t.rarity = t.folded.split(" ").reduce(function (sum, w) { return sum + self.wordRarity(w); }, 0);
      }
    });
    var asks = toks.asks || "";
    /* the words the query names (its readings' words; the last one may be a word's start), for how much
     * of a record's title it gives: "liên minh hợp tác xã tỉnh đắk lắk giờ là sở nào" names the agency */
    var named = Object.create(null), last = toks[toks.length - 1], starts = [];
    toks.forEach(function (t) {
      t.readings.forEach(function (rd) {
        var ws = rd.text.split(/[^0-9a-z]+/).filter(Boolean);
        ws.forEach(function (w, x) { if (t === last && x === ws.length - 1) starts.push(w); else named[w] = 1; });
      });
    });
    /* the title's words, without its punctuation ("Tỉnh, thành phố" is typed "tinh thanh pho") */
    function titleWords(rec) {
      return rec.titleWords || (rec.titleWords = rec.bare.split(WORDS).filter(Boolean));
    }
    var plainPhrase = phrase.split(WORDS).filter(Boolean).join(" ");
    function given(rec) {
      var words = titleWords(rec), hit = 0;
      for (var w = 0; w < words.length; w++) {
        if (named[words[w]]) { hit++; continue; }
        for (var x = 0; x < starts.length; x++) if (words[w].indexOf(starts[x]) === 0) { hit++; break; }
      }
      return words.length ? hit / words.length : 0;
    }
    var records = this.records, bonus = [], E = { up: 0, low: 0, open: false, used: null }, untold = 0;
    var naming = this.naming(toks), namedOf = new Map(), places = this.places;
    /* the weight of the places named that record i does not hold (a topic spans the provinces: a place named asks for its
     * tasks, not the topic) */
    function unplaced(i) {
      var rec = records[i], count = 0;
      toks.forEach(function (t) {
        var place = null;
        t.readings.forEach(function (rd) { if (places[rd.text]) place = rd.text; });
        if (place && !hasWord(rec.ftitle + " " + rec.ftext, place)) count += t.rarity;
      });
      return count;
    }
    function isNamed(i) {
      var known = namedOf.get(i);
      if (known === undefined) namedOf.set(i, known = naming(records[i]));
      return known;
    }
    /* A record's score, in E.up (null when no word matches).  A word typed with diacritics ranks the
     * same diacritics first, which only the record's text can tell: with `bounds`, a one-word reading's
     * diacritics are not looked up, and E.open says whether the record's score is then only known to
     * lie between E.low and E.up.  With `keep`, E.used holds the reading that counted for each word. */
    function evaluate(i, bounds, keep) {
      var rec = records[i], base = WEIGHT[rec.kind] || 0, matched = 0, j, open = false;
      var up = base, low = base, foundUp = 0, foundLow = 0, titledUp = 0, titledLow = 0, numberUp = false, numberLow = false;
      var missed = 0;  /* the rarity of the words it does not hold */
      if (keep) E.used = [];
      for (j = 0; j < toks.length; j++) {
        var t = toks[j], top = null, topValue = 0, topFound = 0, topTitle = false, tokOpen = false;
        var upValue = 0, lowValue = 0, mostFound = 0, leastFound = 0, anyTitle = false, allTitle = true, any = false;
        for (var k = 0; k < t.readings.length; k++) {
          var rd = t.readings[k], needle = rd.text, n = needle.length, best = 0, where = rd.where;
          var fields = where ? where.any[i] : TITLE | TEXT | ALSO;
          if (!fields) continue;
          var inTitle = NONE, inText = NONE, whole;
          var scan = !where || !where.simple, diacritics = rd.primary && !!t.marks, unknown = diacritics && bounds && !scan;
          if (fields & TITLE && (scan || diacritics && !unknown)) inTitle = wordStarts(rec.ftitle, needle, t.whole);
          if (fields & TEXT && (scan || diacritics && !unknown)) inText = wordStarts(rec.ftext, needle, t.whole);
          if (scan) {
            if (inTitle.length) best = rec.kind === "n" ? 5 : 10;  /* a task's title is only its agencies and plan */
            else if (inText.length) best = 4;
            else if (fields & ALSO && wordStarts(rec.alt, needle, t.whole).length) best = 3;
            whole = endsWord(rec.ftitle, inTitle, n) || endsWord(rec.ftext, inText, n);
          } else {
            /* one word: where it is, and where it is whole, are in the postings */
            best = fields & TITLE ? (rec.kind === "n" ? 5 : 10) : fields & TEXT ? 4 : 3;
            whole = (where.whole[i] & (TITLE | TEXT)) !== 0;
          }
          if (!best) continue;
          var plain = (best + (whole ? 2 : 0)) * rd.weight * t.rarity, title = best >= 5, valueUp, valueLow, value;
          var foundHere = t.rarity * rd.weight;
          if (unknown) {
            tokOpen = true;
            valueUp = plain + 6; valueLow = plain - 6;
            if (!any || foundHere > mostFound) mostFound = foundHere;
            if (!any || foundHere / 2 < leastFound) leastFound = foundHere / 2;
          } else {
            var exact = diacritics && (sameMarks(rec.title, inTitle, n, t.marks) || sameMarks(rec.text, inText, n, t.marks));
            /* typed with diacritics: the same diacritics rank first, others last; a word typed with other
             * diacritics ("đặt" for "đạt") is found only half */
            var accent = !diacritics ? 0 : exact ? 6 : -6;
            value = valueUp = valueLow = plain + accent;
            if (accent < 0) foundHere /= 2;
            if (!any || foundHere > mostFound) mostFound = foundHere;
            if (!any || foundHere < leastFound) leastFound = foundHere;
            if (!top || value > topValue) { top = rd; topValue = value; topFound = foundHere; topTitle = title; }
          }
          if (!any || valueUp > upValue) upValue = valueUp;
          if (!any || valueLow > lowValue) lowValue = valueLow;
          anyTitle = anyTitle || title;
          allTitle = allTitle && title;
          any = true;
        }
        if (keep) E.used.push(tokOpen ? null : top);
        if (!any) { missed += t.rarity; continue; }
        matched++;
        if (tokOpen) {
          open = true;
          up += upValue; low += lowValue; foundUp += mostFound; foundLow += leastFound;
          if (anyTitle) titledUp++;
          if (allTitle) titledLow++;
          if (anyTitle && t.number) numberUp = true;
          if (allTitle && t.number) numberLow = true;
        } else {
          up += topValue; low += topValue; foundUp += topFound; foundLow += topFound;
          if (topTitle) { titledUp++; titledLow++; }
          if (topTitle && t.number) numberUp = numberLow = true;
        }
      }
      if (!matched) { E.up = null; return; }
      var all = matched === toks.length;
      bonus.length = 0;
      /* the whole title typed ("dak nong" → the province Đắk Nông), with or without its punctuation */
      var typedTitle = all && (rec.bare === phrase || rec.ftitle === phrase || titleWords(rec).join(" ") === plainPhrase);
      if (typedTitle) bonus.push(15);
      else if (all && rec.ftitle.indexOf(phrase) === 0) bonus.push(4);
      if (matched > 1) {
        /* the words side by side, as typed: "tin dung" is "tín dụng", not "thông tin … ứng dụng" */
        if (rec.ftitle.indexOf(phrase) !== -1) bonus.push(8);
        else if (rec.ftext.indexOf(phrase) !== -1) bonus.push(5);
        for (var q = 0; q < pairs.length; q++) {
          if (rec.ftitle.indexOf(pairs[q]) !== -1 || rec.ftext.indexOf(pairs[q]) !== -1) bonus.push(5);
        }
      }
      E.open = open;
      /* a document's number in its title names it: the other words typed say what it is about */
      /* (a term of the glossary only when asked for: "… là gì") */
      var unmatched = NAMED.indexOf(rec.kind) !== -1 || asks.indexOf(rec.kind) !== -1 ? toks.length - matched : 0;
      /* a page the query names by its name (an agency's, a term's, a document's kind and number, a topic's
       * keyword): the other words typed say what about it, and count as found */
      var named = NAMES.indexOf(rec.kind) !== -1 && isNamed(i);
      if (named) {
        bonus.push(asks.indexOf(rec.kind) !== -1 ? FOUND : NAME_BONUS[rec.kind]);
        /* a topic is named by a word of its tasks ("thuế" in "cục thuế"): the other words count less */
        if (rec.kind === "d") unmatched = (missed - unplaced(i)) * TOPIC_TOLD;
      }
      untold = numberUp || named ? unmatched : 0;
      E.up = total(rec, up, foundUp, titledUp);
      untold = numberLow || named ? unmatched : 0;
      if (open) E.low = total(rec, low, foundLow, titledLow);
    }
    function total(rec, score, found, titled) {
      for (var b = 0; b < bonus.length; b++) score += bonus[b];  /* in this order: the same sums to the last bit */
      /* more of the words first, a rare word counting more than a common one ("htx" is in most records) */
      score += FOUND * found;
      score += FOUND * untold;
      /* a page the query names, most of its title's words (not a task, whose title is its agencies' and
       * plan's names, a list, whose title is a section's word, nor a province, which a query names to
       * say where): as much more as the query's words are in its title */
      if (titled && NAMED.indexOf(rec.kind) !== -1) {
        var share = given(rec);
        if (share >= GIVEN) score += FOUND * share * titled / toks.length;
      }
      /* what the query asks for ("bao nhiêu": a target) first, among records that match about as well */
      if (asks && asks.indexOf(rec.kind) !== -1) return score * ASKED;
      return ASIDE.indexOf(rec.kind) !== -1 ? score * ASIDE_RANK : score;
    }
    /* every record holding a word, scored; the diacritics looked up only in the records that may still
     * be among the best `limit` (their highest score reaches the limit-th best of the lowest) */
    var bounded = toks.some(function (t) { return !!t.marks; }), done = [], scores = [], pending = [], ups = [], lows = [];
    for (var i = 0; i < records.length; i++) {
      if (!everyRecord && !mark[i]) continue;
      evaluate(i, bounded, false);
      if (E.up === null) continue;
      if (E.open) { pending.push(i); ups.push(E.up); lows.push(E.low); } else { done.push(i); scores.push(E.up); }
    }
    limit = limit || 50;
    if (pending.length) {
      var reach = kth(scores.concat(lows), limit);
      for (i = 0; i < pending.length; i++) {
        if (ups[i] < reach) continue;
        evaluate(pending[i], false, false);
        done.push(pending[i]); scores.push(E.up);
      }
    }
    /* only the best `limit` are ordered: those scoring at least the limit-th best score */
    var floor = kth(scores, limit);
    for (i = 0; i < done.length; i++) {
      if (scores[i] >= floor) results.push({ rec: records[done[i]], score: scores[i], i: done[i] });
    }
    results.sort(function (a, b) {
      return b.score - a.score || a.rec.title.length - b.rec.title.length || (a.rec.url < b.rec.url ? -1 : 1);
    });
    results = results.slice(0, limit);
    results.forEach(function (r) { evaluate(r.i, false, true); r.used = E.used; });
    /* what to highlight, only for the results shown (a common word matches thousands of records):
     * whole words only (a word before the last matches only whole words; the last one's prefix match is
     * marked to the end of its word) */
    return results.map(function (result) {
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
   * a record is kept when EVERY query term matches it under search()'s rules — the word itself
   * (folded: no diacritics, đ = d; whole, or as a prefix for the last word), a term of several words
   * side by side, an abbreviation's other form (both ways, with or without punctuation), a grouped
   * number without its dots, the site's terms for a word it does not use, and, for a word that is no
   * indexed word, its Telex/VNI readings, the indexed words it runs together ("kontum": "kon" and
   * "tum", each then required) or, failing those, the indexed words one or two edits away.  When a
   * term still matches no record at all, the words may have been typed without their spaces in a way
   * the indexed words do not cut: then the records holding them so are kept (search() needs no such
   * scan; a filter cannot scan every record for every query: "hỗ trợ" would keep "…cho trong…").
   * Question words and particles are dropped.  So each word narrows the list, and a typo or a word
   * typed with the input method off still finds it.
   * Returns null when the query has no words (no filtering), else one byte per record (1 = kept). */
  Index.prototype.filter = function (query) {
    var toks = this.plan(query, true), n = this.records.length, self = this;
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
    var joined = toks.map(function (t) { return t.folded.replace(/ /g, ""); }).join(""), out = new Uint8Array(n);
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
