// Synthesis admin: while the draft is computed, show its progress and reload when it is done.
(function () {
  "use strict";
  var box = document.querySelector("[data-synthesis-progress]");
  if (!box || !window.fetch) return;
  var bar = box.querySelector("progress");
  var figure = box.querySelector("span");
  function poll() {
    fetch(box.getAttribute("data-synthesis-progress"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        bar.value = state.progress;
        figure.textContent = state.progress + "%";
        if (state.job === "queued" || state.job === "running") {
          window.setTimeout(poll, 2000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
