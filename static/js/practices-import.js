// Admin import page: the progress of background imports updates without a reload.
// Progressive enhancement: without this script, the "Refresh the progress" link reloads.
(function () {
  "use strict";
  var section = document.querySelector("[data-import-status]");
  if (!section || !window.fetch) {
    return;
  }
  var url = section.getAttribute("data-import-status");
  var finished = section.getAttribute("data-import-finished");
  var reload = section.querySelector("[data-import-reload]");
  if (reload) {
    reload.hidden = true;
  }

  function update(jobs) {
    var running = {};
    jobs.forEach(function (job) {
      running[job.stored] = job;
    });
    var left = 0;
    section.querySelectorAll("tr[data-import-job]").forEach(function (row) {
      var job = running[row.getAttribute("data-import-job")];
      var label = row.querySelector("[data-import-label]");
      var bar = row.querySelector("progress");
      if (job) {
        left += 1;
        bar.max = job.total || 1;
        bar.value = job.done;
        bar.textContent = job.percent + " %";
        if (label.textContent !== job.label) {
          label.textContent = job.label;
        }
      } else if (!row.hasAttribute("data-import-done")) {
        row.setAttribute("data-import-done", "");
        bar.value = bar.max;
        label.textContent = finished;
        var form = row.querySelector("form");
        if (form) {
          form.remove();
        }
      }
    });
    return left;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (update(data.jobs) > 0) {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        if (reload) {
          reload.hidden = false; // the link still works
        }
      });
  }

  window.setTimeout(poll, 2000);
})();
