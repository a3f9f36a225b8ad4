// Site search for itagen's default theme (templates/search.mustache). Loads search-index.json,
// written at build time by generator/search/search_index.cpp:
//   {"pages":[{"u":url,"t":title,"s":excerpt}], "terms":{"term":[first page id, gap, gap, ...]}}
// The query is split into words with Intl.Segmenter, which uses the same ICU word breaking the
// generator used on the pages, so a Thai query written without spaces splits into the same
// words. A page matches when it holds every word; the last word also matches as a prefix while
// it is being typed. Page text is only ever put into the DOM as text, never as HTML.
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var thaiDigits = root.getAttribute("data-numerals") === "thai";
  var PAGE_SIZE = 50;

  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;

  var index = null; // {pages, terms, keys (sorted), decoded: {}}
  var loadError = false;
  var shown = [];   // the current result list
  var shownCount = 0;
  var current = null; // the current query's matcher, for highlighting
  var timer = 0;

  // Thai digits to Arabic: the index stores numbers with Arabic digits. Keeps the length, so
  // positions in the normalised text are positions in the original.
  function arabicDigits(text) {
    return text.replace(/[\u0E50-\u0E59]/g, function (d) {
      return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48);
    });
  }

  function localDigits(text) {
    if (!thaiDigits) return text;
    return String(text).replace(/[0-9]/g, function (d) {
      return String.fromCharCode(d.charCodeAt(0) - 48 + 0x0E50);
    });
  }

  // Lower case when that keeps the length (it nearly always does), so positions still match.
  function lower(text) {
    var l = text.toLowerCase();
    return l.length === text.length ? l : text;
  }

  // The words of text: [{text (normalised), start, end}], spaces and punctuation left out.
  function words(text) {
    var norm = lower(arabicDigits(text));
    var out = [];
    if (segmenter) {
      for (var it = segmenter.segment(norm)[Symbol.iterator](), step = it.next(); !step.done; step = it.next()) {
        var s = step.value;
        if (s.isWordLike) out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
      }
    } else {
      var re = /[\p{L}\p{M}\p{N}]+(?:[.,][\p{N}]+)*/gu;
      for (var m = re.exec(norm); m; m = re.exec(norm)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  function postings(term) {
    if (Object.prototype.hasOwnProperty.call(index.decoded, term)) return index.decoded[term];
    var gaps = Object.prototype.hasOwnProperty.call(index.terms, term) ? index.terms[term] : [];
    var ids = new Array(gaps.length);
    for (var i = 0, id = 0; i < gaps.length; i++) ids[i] = id += gaps[i];
    index.decoded[term] = ids;
    return ids;
  }

  // Terms that start with prefix: a run of the sorted keys.
  function termsWithPrefix(prefix) {
    var keys = index.keys, lo = 0, hi = keys.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (keys[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    var out = [];
    for (var i = lo; i < keys.length && keys[i].lastIndexOf(prefix, 0) === 0; i++) out.push(keys[i]);
    return out;
  }

  // Pages holding every term (the last one as a prefix when prefix is true).
  function match(terms, prefix) {
    var sets = terms.map(function (term, i) {
      var set = new Set(postings(term));
      if (prefix && i === terms.length - 1) {
        termsWithPrefix(term).forEach(function (t) { postings(t).forEach(function (id) { set.add(id); }); });
      }
      return set;
    });
    sets.sort(function (a, b) { return a.size - b.size; });
    var ids = [];
    sets[0].forEach(function (id) {
      for (var k = 1; k < sets.length; k++) if (!sets[k].has(id)) return;
      ids.push(id);
    });
    return { terms: terms, prefix: prefix, ids: ids };
  }

  // The terms without repeats, the last one kept last (it is the one matched as a prefix).
  function distinct(terms) {
    var last = terms[terms.length - 1];
    return terms.filter(function (t, i) { return t !== last && terms.indexOf(t) === i; }).concat([last]);
  }

  function search(query) {
    var q = lower(arabicDigits(query));
    var ws = words(q);
    if (!ws.length) return { terms: [], prefix: false, ids: [] };
    var typing = !/\s$/.test(q);
    var terms = ws.map(function (w) { return w.text; });
    var result = match(distinct(terms), typing);
    // While a Thai word is being typed, its beginning may split into pieces that are not words
    // ("มาตรกา" -> มาตร + กา): join the trailing pieces that touch into one prefix.
    for (var k = ws.length - 2; !result.ids.length && typing && k >= 0 && ws[k].end === ws[k + 1].start; k--) {
      var joined = terms.slice(0, k).concat([q.slice(ws[k].start, ws[ws.length - 1].end)]);
      result = match(distinct(joined), true);
    }
    return result;
  }

  // Ranges [start, end) of text to highlight: whole words equal to a term, or starting with the
  // prefix term; a term may span several words ("ของขวัญ" is ของ + ขวัญ).
  function highlights(text, matcher) {
    var norm = lower(arabicDigits(text));
    var ws = words(text);
    var ends = new Set(ws.map(function (w) { return w.end; }));
    var ranges = [];
    ws.forEach(function (w, i) {
      matcher.terms.forEach(function (term, t) {
        if (!term || !norm.startsWith(term, w.start)) return;
        var end = w.start + term.length;
        var isPrefix = matcher.prefix && t === matcher.terms.length - 1;
        if (isPrefix) {
          for (var j = i; j < ws.length; j++) if (ws[j].end >= end) { end = ws[j].end; break; }
        } else if (!ends.has(end)) {
          return;
        }
        ranges.push([w.start, end]);
      });
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  function appendMarked(parent, text, matcher) {
    var at = 0;
    highlights(text, matcher).forEach(function (r) {
      if (r[0] > at) parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // Ranking: words matched whole (not only as a prefix), then words found in the title, then
  // the site's order (by URL).
  function titleWords(id) {
    var cached = index.titles[id];
    if (!cached) {
      cached = index.titles[id] = {
        words: new Set(words(index.pages[id].t).map(function (w) { return w.text; })),
        text: lower(arabicDigits(index.pages[id].t))
      };
    }
    return cached;
  }

  function rank(result) {
    var lastTerm = result.terms[result.terms.length - 1];
    var lastWhole = new Set(postings(lastTerm));
    var scored = result.ids.map(function (id) {
      var title = titleWords(id);
      var whole = 0, inTitle = 0;
      result.terms.forEach(function (term, i) {
        var last = result.prefix && i === result.terms.length - 1;
        if (!last || lastWhole.has(id)) whole++;
        if (title.words.has(term) || (last && title.text.indexOf(term) >= 0)) inTitle++;
      });
      return { id: id, whole: whole, inTitle: inTitle };
    });
    scored.sort(function (a, b) { return b.whole - a.whole || b.inTitle - a.inTitle || a.id - b.id; });
    return scored.map(function (s) { return s.id; });
  }

  function setStatus(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function renderMore() {
    var end = Math.min(shown.length, shownCount + PAGE_SIZE);
    for (var i = shownCount; i < end; i++) {
      var page = index.pages[shown[i]];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = page.u;
      appendMarked(a, page.t, current);
      li.appendChild(a);
      if (page.s) {
        var p = document.createElement("p");
        p.className = "search-snippet";
        appendMarked(p, page.s, current);
        li.appendChild(p);
      }
      var url = document.createElement("p");
      url.className = "search-url";
      try {
        url.textContent = decodeURI(page.u);
      } catch (e) {
        url.textContent = page.u;
      }
      li.appendChild(url);
      list.appendChild(li);
    }
    shownCount = end;
    more.hidden = shownCount >= shown.length;
  }

  function run() {
    var query = input.value;
    var trimmed = query.trim();
    updateUrl(trimmed);
    list.textContent = "";
    shown = [];
    shownCount = 0;
    more.hidden = true;
    if (!trimmed) {
      setStatus("");
      return;
    }
    if (loadError) {
      setStatus("ไม่สามารถโหลดข้อมูลสำหรับค้นหาได้ กรุณาลองใหม่อีกครั้ง");
      return;
    }
    if (!index) {
      setStatus("กำลังโหลดข้อมูลสำหรับค้นหา…");
      return;
    }
    current = search(query);
    if (!current.ids.length) {
      setStatus("ไม่พบผลลัพธ์สำหรับ “" + trimmed + "”");
      return;
    }
    shown = rank(current);
    renderMore();
    setStatus("พบ " + localDigits(shown.length) + " รายการ");
  }

  function updateUrl(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    if (url.href !== window.location.href) history.replaceState(null, "", url.href);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  more.addEventListener("click", function () {
    var first = shownCount;
    renderMore();
    var link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
  var header = document.getElementById("site-search-q");
  if (header && initial) header.value = initial;
  if (initial) run();

  fetch(root.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    })
    .then(function (data) {
      index = { pages: data.pages, terms: data.terms, keys: Object.keys(data.terms).sort(),
                decoded: Object.create(null), titles: [] };
      if (input.value.trim()) run();
    })
    .catch(function () {
      loadError = true;
      if (input.value.trim()) run();
    });
})();
