// Progressive enhancements only: every feature works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
})();
