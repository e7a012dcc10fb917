// Progressive enhancements only: every feature works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The header's Menu is a <details>: it opens and closes without JavaScript. With it, Escape
  // and a click elsewhere close it too, as people expect of a menu.
  var menu = document.querySelector(".site-menu");
  if (!menu) { return; }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) { menu.open = false; }
  });
})();
