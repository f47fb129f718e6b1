// The map and its areas: the basemap (tiles, or a plain background with the server's street lines and their names),
// the areas with their names, the selection, the marker, a highlighted street, and bringing an answer into the part of
// the map that the panel leaves free.
import { api } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { coveredInsets, centreOffset } from './layout.js';
import { styleAt } from './palette.js';

const L = window.L;
const WARSAW = [52.2297, 21.0122];
const SMALL_LABEL_BELOW = 14; // zoom below which area names are set small (and those that collide are left out)
const STREET_LABELS_FROM = 15; // zoom from which the plain background's streets are named

let map;
let zoomControl;
let offlineNote = null;
let marker = null;
let highlight = null;
let streetLines = null; // Promise of the street lines' GeoJSON (asked once)
const areas = new Map(); // id → { feature, layer }
const streetLabels = []; // the plain background's street names (Leaflet tooltips)

export function leafletMap() {
  return map;
}

/** Creates the map in #map. onClick(point) for a click on the map, onMoved(view) after every pan and zoom. */
export function createMap(config, { embed, onClick, onMoved }) {
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map = L.map('map', {
    zoomControl: false, scrollWheelZoom: !embed, minZoom: 9, maxZoom: config.tileMaxZoom,
    zoomAnimation: !calm, fadeAnimation: !calm, markerZoomAnimation: !calm,
  });
  zoomControl = L.control.zoom({ zoomInTitle: t('zoomIn'), zoomOutTitle: t('zoomOut') }).addTo(map);
  map.setView(WARSAW, 12); // a view first: Leaflet draws layers only on a map that has one
  map.attributionControl.setPrefix(false);
  const container = map.getContainer();
  container.setAttribute('aria-label', t('mapLabel'));
  map.createPane('streets').style.zIndex = '350';
  map.createPane('highlight').style.zIndex = '640';
  map.createPane('point').style.zIndex = '650';

  if (config.tileUrl) {
    const tiles = L.tileLayer(config.tileUrl, { maxZoom: config.tileMaxZoom, attribution: attributionHtml(config) });
    let loaded = false;
    const fallback = () => {
      if (loaded || !map.hasLayer(tiles)) return;
      map.removeLayer(tiles);
      usePlainBasemap();
    };
    const timer = setTimeout(fallback, 10000);
    tiles.on('tileload', () => { loaded = true; clearTimeout(timer); });
    tiles.on('tileerror', () => { clearTimeout(timer); fallback(); });
    tiles.addTo(map);
  } else {
    usePlainBasemap();
  }

  map.on('click', (event) => onClick({ lat: event.latlng.lat, lon: event.latlng.lng }));
  map.on('zoomend', updateLabels);
  map.on('movestart', () => { container.dataset.moving = 'true'; });
  map.on('moveend', () => {
    delete container.dataset.moving;
    const c = map.getCenter();
    container.dataset.zoom = String(map.getZoom());
    declutterLabels();
    onMoved({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  });
  // The map's box changes when the phone legend opens or the sheet hides it: Leaflet must know.
  new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(container);
}

/** The page's language changed: the map's own words follow. */
export function translateMap() {
  const container = map.getContainer();
  container.setAttribute('aria-label', t('mapLabel'));
  for (const [cls, key] of [['.leaflet-control-zoom-in', 'zoomIn'], ['.leaflet-control-zoom-out', 'zoomOut']]) {
    const button = zoomControl.getContainer().querySelector(cls);
    button.title = t(key);
    button.setAttribute('aria-label', t(key));
  }
  for (const [, { layer, feature }] of areas) layer.getElement()?.setAttribute('aria-label', t('areaLabel', { name: feature.properties.name }));
  if (offlineNote) setOfflineNote();
}

/** The attribution from configuration, as escaped text in a link (Leaflet takes HTML here, so nothing is left raw). */
function attributionHtml(config) {
  const text = escapeHtml(config.tileAttribution);
  if (!config.tileAttributionUrl) return text;
  return `<a href="${escapeHtml(config.tileAttributionUrl)}" target="_blank" rel="noopener">${text}</a>`;
}

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function setOfflineNote() {
  if (offlineNote) map.attributionControl.removeAttribution(offlineNote);
  offlineNote = escapeHtml(t('basemapOffline'));
  map.attributionControl.addAttribution(offlineNote);
}

function loadStreetLines() {
  streetLines ??= api.streetLines().then((response) => (response.ok ? response.data : { type: 'FeatureCollection', features: [] }));
  return streetLines;
}

/** No basemap: a plain background and the server's street lines, named once zoomed in. */
async function usePlainBasemap() {
  map.getContainer().classList.add('plain-basemap');
  setOfflineNote();
  document.body.dataset.basemap = 'plain';
  const lines = await loadStreetLines();
  L.geoJSON(lines, {
    pane: 'streets',
    interactive: false,
    style: { color: '#7d8590', weight: 2, opacity: 0.55, className: 'street-line' },
    onEachFeature: (feature, layer) => {
      const at = middleOf(feature.geometry);
      if (!at) return;
      streetLabels.push(L.tooltip({ permanent: true, direction: 'center', className: 'street-label', interactive: false, opacity: 1 })
        .setLatLng(at).setContent(el('span', {}, feature.properties.name)).addTo(map));
    },
  }).addTo(map);
  updateLabels();
}

/** A vertex halfway along a line (the longest part of a multi-line), where its name is written. */
function middleOf(geometry) {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  const longest = parts.reduce((best, part) => (part.length > (best?.length ?? 0) ? part : best), null);
  if (!longest) return null;
  const [lon, lat] = longest[Math.floor(longest.length / 2)];
  return [lat, lon];
}

/** Draws the areas (in the order that gives each its colour) with their names; onSelect(id, path) from the keyboard. */
export function drawAreas(features, colourIndexOf, { onSelect }) {
  const layerGroup = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: (feature) => {
      const index = colourIndexOf(feature.properties.partnershipId);
      const style = styleAt(index);
      return {
        color: style.colour, weight: 3, opacity: 1, dashArray: style.dash, lineCap: 'round',
        fillColor: style.colour, fillOpacity: 1, className: `area area-${index % 8}`,
      };
    },
    onEachFeature: (feature, layer) => {
      const id = feature.properties.partnershipId;
      areas.set(id, { feature, layer });
      layer.bindTooltip(el('span', {}, feature.properties.name), {
        permanent: true, direction: 'center', className: 'area-label', opacity: 1, interactive: false,
      });
    },
  }).addTo(map);

  for (const [id, { layer, feature }] of areas) {
    const path = layer.getElement();
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', t('areaLabel', { name: feature.properties.name }));
    path.dataset.partnershipId = id;
    path.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      onSelect(id, path);
    });
  }
  return layerGroup.getBounds();
}

export function hasArea(id) {
  return areas.has(id);
}

export function areaProperties(id) {
  return areas.get(id)?.feature.properties ?? null;
}

/** Names small at the city's zoom, streets named from close up; then the names that would collide are left out. */
function updateLabels() {
  const container = map.getContainer();
  const zoom = map.getZoom();
  container.classList.toggle('labels-small', zoom < SMALL_LABEL_BELOW);
  container.classList.toggle('street-labels-on', zoom >= STREET_LABELS_FROM);
  for (const { layer } of areas.values()) layer.getTooltip()?.update();
  declutterLabels();
}

/**
 * The selected area names itself first, then the larger ones. A name that would overlap one already shown moves
 * just above or below its area (or to its side); only when no place is free does it wait for a closer zoom.
 */
function declutterLabels() {
  const placed = [];
  const selected = (layer) => (layer.getElement()?.classList.contains('is-selected') ? 1 : 0);
  const bySize = [...areas.values()].sort((a, b) => selected(b.layer) - selected(a.layer) || size(b.layer) - size(a.layer));
  const overlaps = (r) => placed.some((p) => r.left < p.right + 4 && r.right > p.left - 4 && r.top < p.bottom + 2 && r.bottom > p.top - 2);
  for (const { layer } of bySize) {
    const label = layer.getTooltip()?.getElement();
    if (!label) continue;
    label.classList.remove('label-crowded');
    label.style.margin = '0';
    const first = label.getBoundingClientRect();
    const h = first.height + 4;
    const w = first.width / 2 + 8;
    const candidates = [[0, 0], [0, -h], [0, h], [0, -2 * h], [0, 2 * h], [w, 0], [-w, 0]];
    const free = candidates.find(([dx, dy]) => !overlaps(shifted(first, dx, dy)));
    if (!free) {
      label.classList.add('label-crowded');
      continue;
    }
    label.style.margin = `${free[1]}px 0 0 ${free[0]}px`;
    placed.push(shifted(first, free[0], free[1]));
  }
  // Street names give way to area names and to each other.
  if (!map.getContainer().classList.contains('street-labels-on')) return;
  for (const tooltip of streetLabels) {
    const label = tooltip.getElement();
    label.classList.remove('label-crowded');
    const r = label.getBoundingClientRect();
    if (overlaps(r)) label.classList.add('label-crowded');
    else placed.push(r);
  }
}

function shifted(r, dx, dy) {
  return { left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy };
}

function size(layer) {
  const b = layer.getBounds();
  return (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest());
}

/** Marks the selected area (null: none); the others fade. */
export function markSelected(id) {
  for (const [areaId, { layer }] of areas) {
    const selected = areaId === id;
    layer.getElement()?.classList.toggle('is-selected', selected);
    if (selected) layer.bringToFront();
  }
  map.getContainer().classList.toggle('has-selection', id !== null);
  declutterLabels();
}

export function setMarker(point) {
  if (marker) map.removeLayer(marker);
  marker = L.circleMarker([point.lat, point.lon], {
    pane: 'point', renderer: L.svg({ pane: 'point' }), radius: 9, color: '#000', weight: 3,
    fillColor: '#fff', fillOpacity: 1, interactive: false, className: 'search-marker',
  }).addTo(map);
}

export function clearMarker() {
  if (marker) map.removeLayer(marker);
  marker = null;
}

/** Highlights the street of that name among the server's street lines; resolves to its bounds, or null when it has no line. */
export async function highlightStreet(name) {
  clearHighlight();
  const lines = await loadStreetLines();
  const features = lines.features.filter((f) => f.properties.name === name);
  if (!features.length) return null;
  highlight = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: 'highlight', renderer: L.svg({ pane: 'highlight' }), interactive: false,
    style: { color: '#111', weight: 7, opacity: 0.85, lineCap: 'round', className: 'street-highlight' },
  }).addTo(map);
  return highlight.getBounds();
}

export function clearHighlight() {
  if (highlight) map.removeLayer(highlight);
  highlight = null;
}

/** What covers the map now: the panel, the message over its top, and the legend where it lies over the map (wide screens). */
function insets() {
  const covers = ['panel', 'legend', 'message'].map((id) => document.getElementById(id))
    .filter((node) => node && !node.hidden && node.offsetParent !== null)
    .map((node) => node.getBoundingClientRect());
  return coveredInsets(map.getContainer().getBoundingClientRect(), covers);
}

/**
 * Leaflet learns the map's new size now, not when the ResizeObserver reports it: the panel that has just opened (or
 * the message just hidden) changed it, and a size learnt mid-flight would end the flight early.
 */
function syncSize() {
  map.invalidateSize({ pan: false });
}

function move(centre, zoom) {
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.getContainer().dataset.moving = 'true';
  if (calm) map.setView(centre, zoom, { animate: false });
  else map.flyTo(centre, zoom, { duration: 0.6 });
}

/** Brings a point to the middle of the part of the map nothing covers, close enough to see the building. */
export function showPoint(point, minZoom = 16) {
  syncSize();
  const zoom = Math.max(map.getZoom(), minZoom);
  const offset = centreOffset(insets());
  move(map.unproject(map.project([point.lat, point.lon], zoom).add([offset.x, offset.y]), zoom), zoom);
}

/** Leaves the view as it is unless the panel covers the point (a click near the sheet): then it moves, at the same zoom. */
export function keepPointVisible(point) {
  syncSize();
  const i = insets();
  const size = map.getSize();
  const at = map.latLngToContainerPoint([point.lat, point.lon]);
  const margin = 24;
  if (at.x < i.left + margin || at.x > size.x - i.right - margin || at.y < i.top + margin || at.y > size.y - i.bottom - margin) {
    showPoint(point, map.getZoom());
  }
}

/** Fits bounds (an area's, a street's, or both) into the part of the map nothing covers. */
export function showBounds(bounds, maxZoom = 16) {
  syncSize();
  const i = insets();
  const options = { paddingTopLeft: [i.left + 20, i.top + 20], paddingBottomRight: [i.right + 20, i.bottom + 20], maxZoom };
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.getContainer().dataset.moving = 'true';
  if (calm) map.fitBounds(bounds, { ...options, animate: false });
  else map.flyToBounds(bounds, { ...options, duration: 0.6 });
}

export function areaBounds(id) {
  return areas.get(id)?.layer.getBounds() ?? null;
}

export function showArea(id) {
  const bounds = areaBounds(id);
  if (bounds) showBounds(bounds);
}

/** The start view: the view in the URL, else every area in view. */
export function startView(view, allBounds) {
  if (view) map.setView([view.lat, view.lon], view.zoom);
  else if (allBounds.isValid()) map.fitBounds(allBounds, { padding: [16, 16] });
  updateLabels();
}
