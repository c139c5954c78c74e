// Refreshes an element marked data-refresh-seconds from the same page every few seconds (the PPID Utama
// dashboard). Without script the page is read as it was served and reloads by hand. Stops when the tab is hidden.
(function () {
  "use strict";
  var region = document.querySelector("[data-refresh-seconds]");
  if (!region || !window.fetch || !window.DOMParser) { return; }
  var seconds = Math.max(2, parseInt(region.getAttribute("data-refresh-seconds"), 10) || 5);
  function refresh() {
    if (document.hidden) { return; }
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
        if (fresh) { region.innerHTML = fresh.innerHTML; }
      })
      .catch(function () { /* keep what is shown; the next round tries again */ });
  }
  window.setInterval(refresh, seconds * 1000);
}());
