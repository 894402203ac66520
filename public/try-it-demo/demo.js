// The try-it demo page's own script (a classic script: it runs before the panels' module).
//   ?api=<base URL>  sets every panel's `server` attribute, so all requests go there instead of the
//                    in-app echo (the e2e points the panels at the local test server this way)
//   the Theme select sets every panel's `theme` attribute
//   each `satchel-response` event is listed under "Events"
(function () {
  "use strict";
  var panels = function () {
    return document.querySelectorAll("satchel-try-it");
  };
  var api = new URLSearchParams(window.location.search).get("api");
  if (api) {
    panels().forEach(function (panel) {
      panel.setAttribute("server", api);
    });
  }

  var theme = document.getElementById("theme");
  theme.addEventListener("change", function () {
    panels().forEach(function (panel) {
      panel.setAttribute("theme", theme.value);
    });
  });

  var log = document.getElementById("event-log");
  document.addEventListener("satchel-response", function (event) {
    var d = event.detail || {};
    var request = d.request || {};
    var item = document.createElement("li");
    item.textContent =
      (request.method || "?") +
      " " +
      (request.url || "?") +
      " → " +
      d.status +
      " in " +
      Math.round(d.timeMs || 0) +
      " ms";
    log.appendChild(item);
  });
})();
