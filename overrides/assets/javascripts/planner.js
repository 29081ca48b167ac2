/* The private planners (docs/_data/planners/*.yml, rendered as a plain form by walkaway/hooks/planner_forms.py).
   overrides/main.html loads this file on planner pages only.

   What the reader types lives in the form's fields, in this open page, and nowhere else: this script
   uses no storage of any kind, sets no cookie, makes no request and registers no service worker.
   Without it the page is a blank worksheet that prints with lines to write on. With it:
   - "Print or save as PDF" opens the browser's print dialog. Each written answer has a print-only copy
     under its field, kept in step as the reader types, so long answers print in full.
   - "Clear everything" asks once, in the page, then empties every field at once.
   - Every time the page is shown (first load, reload, Back, forward, a restored tab, a return from the
     back/forward cache) every field is emptied first, so nothing typed comes back.
   Fields are emptied in one place, quick-exit.js (which overrides/main.html loads on every page, before
   this file): it empties every field on the quick exit and on a return from the back/forward cache, and
   then sends wa:quick-exit; this script asks it, with wa:clear-fields, to empty a planner form.
   This script itself only forgets what is its own: the print copies, the open confirm, the status. */
(() => {
  "use strict";

  const forms = Array.from(document.querySelectorAll("form[data-wa-planner]"));
  if (!forms.length) return;

  const CLEARED = "Everything is cleared.";
  const copies = new Map(); // text field -> its print-only copy
  const statuses = [];
  const closers = [];

  function copyAnswer(field) {
    const copy = copies.get(field);
    if (copy) copy.textContent = field.value;
  }

  function emptyForms() {
    for (const form of forms) form.dispatchEvent(new CustomEvent("wa:clear-fields", { bubbles: true }));
  }

  function forgetCopies() {
    for (const copy of copies.values()) copy.textContent = "";
  }

  // What this script holds itself: the print copies, an open "Clear everything?" and its status.
  function forget() {
    forgetCopies();
    for (const close of closers) close(false);
    for (const status of statuses) status.textContent = "";
  }

  function setUpTools(tools) {
    const clear = tools.querySelector("[data-wa-planner-clear]");
    const confirm = document.getElementById(clear.getAttribute("aria-controls"));
    const yes = confirm.querySelector("[data-wa-planner-clear-yes]");
    const no = confirm.querySelector("[data-wa-planner-clear-no]");
    const status = tools.querySelector("[data-wa-planner-status]");
    statuses.push(status);

    function close(returnFocus) {
      confirm.hidden = true;
      clear.setAttribute("aria-expanded", "false");
      if (returnFocus) clear.focus();
    }
    closers.push(close);

    tools.querySelector("[data-wa-planner-print]").addEventListener("click", () => window.print());
    clear.addEventListener("click", () => {
      const opening = confirm.hidden;
      status.textContent = "";
      confirm.hidden = !opening;
      clear.setAttribute("aria-expanded", String(opening));
      if (opening) yes.focus();
    });
    yes.addEventListener("click", () => {
      emptyForms();
      forgetCopies();
      close(true);
      status.textContent = CLEARED;
    });
    no.addEventListener("click", () => close(true));
    confirm.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close(true);
    });
    tools.hidden = false;
  }

  for (const form of forms) {
    form.classList.add("wa-planner--js"); // print shows the copies instead of the fields
    for (const field of form.querySelectorAll(".wa-planner__field")) {
      const copy = document.createElement("div");
      copy.className = "wa-planner__answer wa-planner__answer--" + (field.tagName === "TEXTAREA" ? "long" : "short");
      field.after(copy);
      copies.set(field, copy);
    }
    form.addEventListener("input", (event) => {
      copyAnswer(event.target);
      for (const status of statuses) status.textContent = "";
    });
    // The form has no submit button, no action and no field names; this is one more lock on the door.
    form.addEventListener("submit", (event) => event.preventDefault());
    form.querySelectorAll("[data-wa-planner-tools]").forEach(setUpTools);
  }

  // Browsers refill fields on a reload or a Back that reloads (unless autocomplete="off", which every
  // field has) and restore them whole from the back/forward cache: pageshow covers both. From the cache
  // (persisted), quick-exit.js's own pageshow has already emptied every field.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) emptyForms();
    forget();
  });
  document.addEventListener("wa:quick-exit", forget);
  window.addEventListener("beforeprint", () => copies.forEach((_, field) => copyAnswer(field)));
})();
