// The map of a public report's location (progressive enhancement: the page states the coordinates and links to a
// map without this script). Tiles come from the address the portal is configured with (Portal:MapTileUrl).
(function () {
  var element = document.getElementById('report-map');
  if (!element || typeof L === 'undefined') {
    return;
  }

  var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)];
  var map = L.map(element, { scrollWheelZoom: false }).setView(point, 16);
  L.tileLayer(element.dataset.tiles, {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
  }).addTo(map);
  L.marker(point, { keyboard: false }).addTo(map);
})();
