/* "Exit this page": leave for a neutral site at once, by a click or tap on the button or by pressing
   Shift three times within five seconds (the rules of GOV.UK's component of the same name).

   Without this script the button is still a plain link to the same neutral site. With it, leaving also:
   - hides the page behind a plain overlay before the next site starts to load;
   - empties every form field, so the planners' answers are gone even if the page is brought back;
   - replaces this page's history entry, so Back does not return here (GOV.UK keeps the entry).
   In-page links (the table of contents, "skip to content", "jump to" links) would each add an entry for
   the same page, which the exit could not replace; this script makes them replace the current entry too.
   It cannot remove the pages the reader opened before this one; the privacy page says so. */
(() => {
  "use strict";

  const PRESSES_TO_EXIT = 3;
  const TIMEOUT_MS = 5000; // restarts on each Shift press
  const MESSAGES = { 1: "Shift, press 2 more times to exit", 2: "Shift, press 1 more time to exit" };
  const EXPIRED = "Exit this page expired";

  /* Empty what the reader typed or ticked inside `scope`. Material's own controls (.md-toggle for the
     menu and search drawers, .md-option for the colour scheme, the country tabs' radio buttons named
     __tabbed_N) hold no answers and are left alone: unticking a tab would hide its country's text.
     This is the one place the site empties fields: other scripts (planner.js) send wa:clear-fields
     from the element to empty. It is set up before the button is looked for, so it always works. */
  function emptyFields(scope) {
    const fields = scope.querySelectorAll(
      'input:not(.md-toggle):not(.md-option):not([name^="__tabbed_"]), textarea, select');
    for (const field of fields) {
      if (field.tagName === "SELECT") {
        for (const option of field.options) option.selected = option.defaultSelected;
      } else if (field.type === "checkbox" || field.type === "radio") {
        field.checked = false;
      } else if (!/^(button|submit|reset|image)$/.test(field.type)) {
        field.value = "";
      }
    }
  }
  document.addEventListener("wa:clear-fields", (event) => emptyFields(event.target));

  /* A click on a link to a part of this same page (#anchor) moves there with location.replace(): the
     browser scrolls, focuses and fires hashchange as for any fragment link, but swaps the history
     entry instead of adding one. Bubble phase, after the theme's own handlers; a click they handled,
     a modified click (new tab) or a link with a target is left to the browser. */
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
        || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
    const to = new URL(anchor.href, location.href);
    const here = new URL(location.href);
    if (!to.hash || to.origin !== here.origin || to.pathname !== here.pathname || to.search !== here.search) return;
    event.preventDefault();
    window.location.replace(to.href);
  });

  const root = document.querySelector("[data-wa-quick-exit]");
  if (!root) return;
  const link = root.querySelector("a");
  const status = root.querySelector("[data-wa-quick-exit-status]");
  const pageTitle = document.title;

  let overlay = null;
  let presses = 0;
  let timer = 0;
  let lastKeyWasModified = false;

  /* Empty every field, on the quick exit and on a return from the back/forward cache. The
     planners' "Clear everything" empties its form here too, with wa:clear-fields. */
  function clearFields() {
    emptyFields(document);
    // Scripts holding answers in memory (the planners) listen for this and forget them too.
    document.dispatchEvent(new CustomEvent("wa:quick-exit"));
  }

  function exitPage() {
    // Cover the page first: what a watcher can see matters more than anything after this line.
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.className = "wa-quick-exit-overlay";
      overlay.setAttribute("role", "alert");
      overlay.textContent = "Loading.";
      document.body.appendChild(overlay);
    }
    document.documentElement.classList.add("wa-exiting");
    document.title = "Loading";
    clearFields();
    // replace(), not assign(): this page's entry in the history is swapped for the neutral site.
    window.location.replace(link.href);
  }

  function say(message) {
    status.textContent = message;
  }

  function resetPresses(message) {
    window.clearTimeout(timer);
    presses = 0;
    say(message);
    if (message) {
      // Say "expired" once, then empty the region so no stale count is left for a screen reader.
      timer = window.setTimeout(() => say(""), TIMEOUT_MS);
    }
  }

  function onKeyup(event) {
    const isShift = event.key === "Shift";
    // Shift used as a modifier (Shift+A) sends keyup A with shiftKey set, then keyup Shift: skip that one.
    if (isShift && !lastKeyWasModified) {
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= PRESSES_TO_EXIT) {
        presses = 0;
        exitPage();
      } else {
        say(MESSAGES[presses]);
        timer = window.setTimeout(() => resetPresses(EXPIRED), TIMEOUT_MS);
      }
    } else if (!isShift && presses > 0) {
      resetPresses(""); // any other key starts the count again
    }
    lastKeyWasModified = event.shiftKey;
  }

  link.addEventListener("click", (event) => {
    event.preventDefault();
    exitPage();
  });
  // Capture phase: the count works wherever focus is, even inside a field that stops the event.
  document.addEventListener("keyup", onKeyup, true);

  // Back from the neutral site may restore this page from the back/forward cache exactly as it was
  // left (no load event). Take the overlay away and make sure nothing typed has come back.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    if (overlay) overlay.remove();
    overlay = null;
    document.documentElement.classList.remove("wa-exiting");
    document.title = pageTitle;
    clearFields();
    resetPresses("");
  });
})();
