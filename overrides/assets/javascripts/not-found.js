/* 404 page: the "Search Walking Away" button is a label for Material's search toggle, so a click opens
   the search. Material's own header button also puts the cursor in the box; do the same here, inside
   the click, where phones still allow the keyboard to open. A file, not inline: the CSP allows it. */
document.addEventListener("click", function (event) {
  if (event.target instanceof Element && event.target.closest(".wa-404-search")) {
    var box = document.querySelector("[data-md-component=search-query]");
    if (box) box.focus();
  }
});
