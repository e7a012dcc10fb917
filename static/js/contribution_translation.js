// Contribution translations: "Show original" / "Show translation" switch in place. Without this
// file the same links reload the page with ?original=<id>, which the server renders.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-translation-toggle] a[data-show]") : null;
    if (!link) { return; }
    var box = link.closest("[data-translation-toggle]");
    var show = link.getAttribute("data-show");
    event.preventDefault();
    Array.prototype.forEach.call(box.querySelectorAll("[data-version]"), function (element) {
      element.hidden = element.getAttribute("data-version") !== show;
    });
    var other = box.querySelector("[data-version='" + show + "'] a[data-show]");
    if (other) { other.focus(); }
  });
})();
