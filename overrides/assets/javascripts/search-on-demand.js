/* Site search loads when the reader asks for it, not on every page.

   Material 9.8 starts its search worker and requests search/search_index.json as soon as any page loads
   (it waits for the search box only on pages opened from file:). Most readers never search, and the
   index grows with every page, so this script, loaded before Material's bundle, holds both back:
   - `new Worker(<the search worker>)` returns a stand-in that keeps the messages Material posts and
     starts the real worker only when search is wanted;
   - the request for search_index.json is opened as usual but sent only then.
   Search is wanted when the search box gets focus, the search drawer opens (click, tap or Material's
   keyboard shortcuts), the address has `?q=`, or (a head start) a pointer goes down on a search button.
   Once started, Material's search runs as before, inside our search-worker.js, which loads Material's
   worker and puts the reader's words into the index's words first (misspellings, synonyms, stems). tests/browser/test_search.py fails if a page
   load requests either file again, so a Material upgrade cannot bring the eager load back unnoticed. */
(() => {
  "use strict";

  const INDEX = /\/search\/search_index\.json$/;
  const WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/;
  let wanted = false;
  const waiting = [];

  function want() {
    if (wanted) return;
    wanted = true;
    for (const start of waiting.splice(0)) start();
  }
  function whenWanted(start) {
    if (wanted) start();
    else waiting.push(start);
  }

  const RealWorker = window.Worker;
  class SearchWorker extends EventTarget {
    constructor(url, options) {
      super();
      this.queue = [];
      this.real = null;
      whenWanted(() => {
        // Our worker, next to Material's folder, told which file Material's worker is.
        const material = new URL(String(url), location.href);
        const ours = new URL("../search-worker.js", material);
        ours.hash = "workers/" + material.pathname.split("/").pop();
        this.real = new RealWorker(ours.href, options);
        this.real.addEventListener("message", (event) =>
          this.dispatchEvent(new MessageEvent("message", { data: event.data })));
        this.real.addEventListener("error", () => this.dispatchEvent(new Event("error")));
        for (const message of this.queue.splice(0)) this.real.postMessage(message);
      });
    }
    postMessage(message) {
      if (this.real) this.real.postMessage(message);
      else this.queue.push(message);
    }
    terminate() {
      if (this.real) this.real.terminate();
    }
  }
  window.Worker = function Worker(url, options) {
    const address = new URL(String(url), location.href);
    if (WORKER.test(address.pathname)) return new SearchWorker(url, options);
    return new RealWorker(url, options);
  };
  window.Worker.prototype = RealWorker.prototype;

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.waSearchIndex = INDEX.test(new URL(String(url), location.href).pathname);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (!this.waSearchIndex) return send.apply(this, body);
    whenWanted(() => send.apply(this, body));
  };

  if (new URLSearchParams(location.search).has("q")) want();
  document.addEventListener("focusin", (event) => {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) want();
  });
  document.addEventListener("pointerdown", (event) => {
    if (event.target.closest && event.target.closest("label[for=__search]")) want();
  }, { capture: true, passive: true });
  document.addEventListener("change", (event) => {
    if (event.target.id === "__search" && event.target.checked) want();
  });
})();
