/* Search from file:// without an iframe or an inline script.
 *
 * Browsers refuse `new Worker()` for a page opened from the folder, so
 * mkdocs-material's offline plugin relies on iframe-worker, whose shim writes
 * an inline <script> into an iframe: the page's Content-Security-Policy (no
 * 'unsafe-inline', generator/mkdocs_hooks.py) refuses it and search never
 * starts.  This replaces that shim (the offline plugin looks for a polyfill
 * whose URL names "iframe-worker" and, finding this one, adds none): on
 * file:// only, `Worker` becomes a small object that runs our search worker
 * (kehoach-search.js, KehoachSearch.serve) in the page itself, loading
 * scripts with <script src> from the site's own folder, which the policy
 * allows.  Over http(s) nothing changes: the theme gets a real Worker.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:" || typeof EventTarget === "undefined") return;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error(src)); };
      (document.head || document.documentElement).appendChild(script);
    });
  }

  function PageWorker(url) {
    var target = new EventTarget(), href = new URL(url, document.baseURI).href;
    var scope = {
      location: { href: href },
      importScripts: load,
      postMessage: function (data) {
        setTimeout(function () {
          var ev = new MessageEvent("message", { data: data });
          target.dispatchEvent(ev);
          if (typeof target.onmessage === "function") target.onmessage(ev);
        }, 0);
      }
    };
    var ready = (window.KehoachSearch && window.KehoachSearch.serve ? Promise.resolve() : load(href))
      .then(function () { return window.KehoachSearch.serve(scope); });
    target.postMessage = function (data) {
      var copy = typeof structuredClone === "function" ? structuredClone(data) : JSON.parse(JSON.stringify(data));
      ready.then(function (handle) { handle({ data: copy }); });
    };
    target.terminate = function () {};
    return target;
  }

  window.Worker = PageWorker;
})();
