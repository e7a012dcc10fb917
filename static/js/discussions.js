// Discussions: progressive enhancement only. Threads are <details> that work without this file;
// here long threads start collapsed (unless they hold the linked contribution) and two buttons
// collapse or expand every thread at once.
(function () {
  "use strict";
  var LONG_THREAD = 5;
  var list = document.querySelector(".threads");
  if (!list) { return; }
  var threads = Array.prototype.slice.call(list.querySelectorAll("details.thread-replies"));
  var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;

  threads.forEach(function (details) {
    var replies = details.querySelectorAll(".reply").length;
    if (replies > LONG_THREAD && !(target && details.contains(target))) {
      details.open = false;
    }
  });

  window.addEventListener("hashchange", function () {
    var linked = document.getElementById(window.location.hash.slice(1));
    var details = linked && linked.closest("details");
    if (details) { details.open = true; linked.scrollIntoView(); }
  });

  if (!threads.length) { return; }
  var bar = document.createElement("p");
  bar.className = "thread-tools";
  [["collapse", false], ["expand", true]].forEach(function (action) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary button-small";
    button.textContent = list.getAttribute("data-" + action[0] + "-label");
    button.addEventListener("click", function () {
      threads.forEach(function (details) { details.open = action[1]; });
    });
    bar.appendChild(button);
  });
  list.parentNode.insertBefore(bar, list);
})();
