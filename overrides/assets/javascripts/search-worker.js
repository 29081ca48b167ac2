/* Site search's worker: Material's own, with the reader's words put into the index's words first.

   search-on-demand.js starts this file instead of Material's search worker, naming Material's worker
   after the `#` (workers/search.<hash>.min.js). This file loads it with importScripts() and hands it
   every message unchanged, except that a query's words are rewritten first, on the device:
   - lower-cased, with the punctuation around each word dropped;
   - a common misspelling becomes the word the pages use ("realtionship" -> "relationship"), a synonym  (codespell:ignore)
     the word the pages use ("kids" -> "children"), and filler ("really", "honestly") is dropped: the
     tables come with the search index (config.walkaway, written by walkaway/hooks/search_query_words.py);
   - each word is cut to its stem with lunr's English stemmer ("leaving" -> "leav"), as the index's
     words are (mkdocs.yml: plugins: search: pipeline), so that Material's prefix match (it adds `*` to
     every word) finds leave, leaves and leaving alike.
   Nothing is logged, stored or sent anywhere. */
(() => {
  "use strict";

  const material = /^#(workers\/search\.[0-9a-f]+\.min\.js)$/.exec(self.location.hash);
  if (!material) throw new Error("search-worker.js: name Material's search worker after #");

  let words = { misspelt: {}, synonyms: {}, filler: [] };
  let filler = new Set();

  function stem(word) {
    return self.lunr.stemmer(new self.lunr.Token(word)).toString();
  }

  const own = (table, word) => (Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined);

  // One word of a query as the index has it: none (filler, a stop word), one, or two (a synonym).
  function normalise(raw) {
    let word = raw.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (!word) return [];
    word = own(words.misspelt, word) || word;
    const meant = own(words.synonyms, word);
    return (Array.isArray(meant) ? meant : [word])
      .filter((w) => typeof w === "string" && !filler.has(w) && self.lunr.stopWordFilter(w) !== undefined)
      .map(stem);
  }

  // Every word but the last must match a word of the index exactly (`^1` keeps Material from adding
  // `*`); the last, which the reader may still be typing, matches any word it begins.
  function rewrite(query) {
    if (typeof query !== "string") return query;
    const terms = query.split(/\s+/).flatMap(normalise).filter(Boolean);
    return terms.map((term, i) => (i === terms.length - 1 ? term : `${term}^1`)).join(" ");
  }

  function prepare(message) {
    if (!message || typeof message !== "object") return message;
    if (message.type === 0 && message.data && message.data.config) {
      const table = message.data.config.walkaway;
      if (table && typeof table === "object") {
        words = { misspelt: table.misspelt || {}, synonyms: table.synonyms || {}, filler: table.filler || [] };
        filler = new Set(words.filler);
      }
      return message;
    }
    if (message.type === 2) return { ...message, data: rewrite(message.data) };
    return message;
  }

  // Material's worker listens with addEventListener("message"); hand its listener the rewritten message.
  const listen = self.addEventListener.bind(self);
  self.addEventListener = (type, listener, options) => {
    if (type !== "message") return listen(type, listener, options);
    return listen(type, (event) => listener({ data: prepare(event.data) }), options);
  };
  importScripts(material[1]);
  // The words arrive stemmed already; lunr's query pipeline would stem the stems again ("abus" -> "abu").
  // Only queries use runString (the index is built with run), so the index is unchanged.
  self.lunr.Pipeline.prototype.runString = function (text) {
    return [text];
  };
})();
