// The editor's map: the active areas faintly, the built polygon (editable with Leaflet-Geoman), the matched streets,
// the gaps and unmatched streets where they are, and a diff's gained and lost land. Labels are DOM text, never HTML.

import { el } from './dom.js';

// Leaflet and Leaflet-Geoman are classic scripts loaded before this module (editor.html).
const L = window.L;

let map;
const layers = {};
let polygon = null;
let handEdited = false;
let onEdited = () => {};

export async function createMap(config) {
  map = L.map('map', { zoomControl: true, preferCanvas: false }).setView([52.25, 20.99], 12);
  if (config?.tileUrl) {
    L.tileLayer(config.tileUrl, { maxZoom: config.tileMaxZoom ?? 19, attribution: '' }).addTo(map);
  }
  for (const name of ['areas', 'streets', 'problems', 'diff']) layers[name] = L.layerGroup().addTo(map);
  map.pm.setLang(document.documentElement.lang === 'en' ? 'en' : 'pl');
  return map;
}

export function showAreas(collection) {
  layers.areas.clearLayers();
  L.geoJSON(collection, { style: { color: '#6b7280', weight: 1, fillOpacity: 0.05, dashArray: '4 4' }, interactive: false }).addTo(layers.areas);
}

function label(text) {
  return el('span', {}, text);
}

/** Draws a build: the polygon, each street's lines, the gaps and the register points of unmatched streets. */
export function showBuild(build, texts) {
  layers.streets.clearLayers();
  layers.problems.clearLayers();
  clearPolygon();
  const bounds = L.latLngBounds([]);
  for (const street of build.streets) {
    if (street.lines) {
      const line = L.geoJSON(street.lines, { style: { color: street.inSource ? '#005a9c' : '#7c3aed', weight: 5, opacity: 0.8 } });
      line.bindTooltip(label(street.name), { sticky: true });
      line.addTo(layers.streets);
      bounds.extend(line.getBounds());
    } else if (street.registerPoint) {
      const marker = L.circleMarker([street.registerPoint.lat, street.registerPoint.lon], { radius: 9, color: '#a4120b', weight: 3, className: 'unmatched-marker' });
      marker.bindTooltip(label(`${street.name}: ${texts.unmatchedAt}`), { permanent: true, direction: 'right' });
      marker.addTo(layers.problems);
      bounds.extend(marker.getLatLng());
    }
  }
  for (const gap of build.gaps) {
    const ends = [[gap.from.lat, gap.from.lon], [gap.to.lat, gap.to.lon]];
    const line = L.polyline(ends, { color: gap.bridged ? '#b45309' : '#a4120b', weight: 4, dashArray: '6 6', className: 'gap-line' });
    line.bindTooltip(label(texts.gap(gap)), { permanent: true, direction: 'center' });
    line.addTo(layers.problems);
    for (const end of ends) L.circleMarker(end, { radius: 6, color: '#a4120b', className: 'gap-end' }).addTo(layers.problems);
    bounds.extend(ends);
  }
  if (build.area) {
    polygon = L.geoJSON(build.area, { style: { color: '#0f766e', weight: 3, fillOpacity: 0.25 }, pmIgnore: false }).getLayers()[0];
    polygon.options.className = 'built-area';
    polygon.addTo(map);
    bounds.extend(polygon.getBounds());
  }
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], animate: false });
}

export function focus(lat, lon) {
  map.setView([lat, lon], 16, { animate: false });
}

export function hasPolygon() {
  return polygon !== null;
}

/** Turns editing of the built polygon on or off (Leaflet-Geoman); an edit marks the area as adjusted by hand. */
export function toggleEditing(callback) {
  if (!polygon) return false;
  onEdited = callback;
  if (polygon.pm.enabled()) {
    polygon.pm.disable();
    return false;
  }
  polygon.pm.enable({ allowSelfIntersection: false, snappable: true });
  polygon.on('pm:edit', () => {
    handEdited = true;
    onEdited();
  });
  return true;
}

export function isHandEdited() {
  return handEdited;
}

/** The polygon as drawn now (GeoJSON geometry), or null. */
export function polygonGeometry() {
  return polygon ? polygon.toGeoJSON().geometry : null;
}

export function clearPolygon() {
  if (polygon) {
    if (polygon.pm.enabled()) polygon.pm.disable();
    polygon.remove();
  }
  polygon = null;
  handEdited = false;
}

/** Draws a diff: gained land green, lost land red, the moving addresses as small dots. */
export function showDiff(diff) {
  layers.diff.clearLayers();
  const bounds = L.latLngBounds([]);
  for (const area of diff.areas) {
    for (const [geometry, colour, name] of [[area.gained, '#15803d', 'diff-gained'], [area.lost, '#b91c1c', 'diff-lost']]) {
      if (!geometry) continue;
      const layer = L.geoJSON(geometry, { style: { color: colour, weight: 2, fillOpacity: 0.45, className: name } });
      layer.bindTooltip(label(area.name), { sticky: true });
      layer.addTo(layers.diff);
      bounds.extend(layer.getBounds());
    }
  }
  for (const move of diff.moves.slice(0, 500)) {
    L.circleMarker([move.lat, move.lon], { radius: 3, color: '#1d4ed8', weight: 1, fillOpacity: 0.8, className: 'moved-address' })
      .bindTooltip(label(`${move.street} ${move.houseNumber}`)).addTo(layers.diff);
  }
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], animate: false });
}
