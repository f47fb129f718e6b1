// CoverageMap's map page: which Warsaw local partnership serves an address.
import { api, listOf } from './api.js';
import { el, clear } from './dom.js';
import { detectLanguage, language, setLanguage, t, translateDocument } from './i18n.js';
import { closePanel, isOpen, openPanel } from './panel.js';
import { patternDefinitions, styleAt, swatch } from './palette.js';
import { initSearch } from './search.js';
import { parseTypedCoordinates, queryOf, readUrl, writeUrl } from './state.js';

const L = window.L;
const WARSAW = [52.2297, 21.0122];
const LABEL_MIN_ZOOM = 13;

const state = readUrl();
const partnerships = new Map(); // id → partnership (registry fields)
const areas = new Map(); // id → { feature, layer }
const order = []; // partnership ids in registry order: decides colours and the legend's order
let map;
let areasLayer;
let pointLayer = null;
let lastClickedArea = null;
let panelContent = null;
let addressSearch = true;

setLanguage(detectLanguage(state.lang, navigator.languages));
translateDocument();
document.body.classList.toggle('embed', state.embed);
document.body.prepend(patternDefinitions());

main().catch((error) => {
  console.warn('CoverageMap page failed to start', error);
  showMessage(t('loadFailed'), true);
});

async function main() {
  const [config, areaResponse, partnershipResponse] = await Promise.all([api.config(), api.areas(), api.partnerships()]);
  for (const p of listOf(partnershipResponse.data, 'partnerships')) {
    if (!p?.id) continue;
    partnerships.set(p.id, p);
    order.push(p.id);
  }
  const features = areaResponse.ok ? listOf(areaResponse.data, 'features') : [];
  if (!areaResponse.ok) showMessage(t('loadFailed'), true);
  for (const f of features) {
    const id = f?.properties?.partnershipId;
    if (!id) continue;
    if (!partnerships.has(id)) partnerships.set(id, { id, name: f.properties.name ?? id });
    if (!order.includes(id)) order.push(id);
  }

  createMap(config.ok ? config.data : null);
  drawAreas(features);
  buildLegend();
  wireControls();
  restoreState();
  document.body.dataset.ready = 'true';
}

// ---------------------------------------------------------------- map

function createMap(config) {
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map = L.map('map', {
    zoomControl: true, scrollWheelZoom: !state.embed, minZoom: 9, maxZoom: config?.tileMaxZoom ?? 19,
    zoomAnimation: !calm, fadeAnimation: !calm, markerZoomAnimation: !calm,
  });
  map.setView(WARSAW, 12); // a view first: Leaflet draws layers only on a map that has one
  map.attributionControl.setPrefix(false);
  const container = map.getContainer();
  container.setAttribute('aria-label', t('mapLabel'));
  map.createPane('streets').style.zIndex = '350';
  map.createPane('point').style.zIndex = '650';

  if (config?.tileUrl) {
    const tiles = L.tileLayer(config.tileUrl, { maxZoom: config.tileMaxZoom ?? 19, attribution: attributionHtml(config) });
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

  map.on('click', (event) => lookupAt({ lat: event.latlng.lat, lon: event.latlng.lng }, { fit: false }));
  map.on('zoomend', updateLabelVisibility);
  map.on('movestart', () => { container.dataset.moving = 'true'; });
  map.on('moveend', () => {
    delete container.dataset.moving;
    const c = map.getCenter();
    state.view = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    container.dataset.zoom = String(map.getZoom());
    sync();
  });
  if (state.embed) wireEmbedWheel(container);
  window.addEventListener('hashchange', () => {
    const view = readUrl().view;
    if (view) map.setView([view.lat, view.lon], view.zoom);
  });
}

/** The attribution from configuration, as escaped text in a link (Leaflet takes HTML here, so nothing is left raw). */
function attributionHtml(config) {
  const text = escapeHtml(config.tileAttribution ?? '');
  if (!config.tileAttributionUrl) return text;
  return `<a href="${escapeHtml(config.tileAttributionUrl)}" target="_blank" rel="noopener">${text}</a>`;
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** No basemap: a plain background and the server's street lines drawn faintly for orientation. */
let offlineNote = null;

function setOfflineNote() {
  if (offlineNote) map.attributionControl.removeAttribution(offlineNote);
  offlineNote = escapeHtml(t('basemapOffline'));
  map.attributionControl.addAttribution(offlineNote);
}

async function usePlainBasemap() {
  map.getContainer().classList.add('plain-basemap');
  setOfflineNote();
  document.body.dataset.basemap = 'plain';
  const response = await api.streetLines();
  if (!response.ok) return;
  L.geoJSON(response.data, {
    pane: 'streets',
    interactive: false,
    style: { color: '#7d8590', weight: 2, opacity: 0.55, className: 'street-line' },
  }).addTo(map);
}

function drawAreas(features) {
  areasLayer = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: (feature) => {
      const index = order.indexOf(feature.properties.partnershipId);
      const style = styleAt(index);
      return {
        color: style.colour, weight: 3, opacity: 1, dashArray: style.dash, lineCap: 'round',
        fillColor: style.colour, fillOpacity: 1, className: `area area-${index % 8}`,
      };
    },
    onEachFeature: (feature, layer) => {
      const id = feature.properties.partnershipId;
      areas.set(id, { feature, layer });
      layer.on('click', () => { lastClickedArea = id; });
      layer.bindTooltip(el('span', {}, partnershipOf(id).name), {
        permanent: true, direction: 'center', className: 'area-label', opacity: 1, interactive: false,
      });
    },
  }).addTo(map);

  for (const [id, { layer }] of areas) {
    const path = layer.getElement();
    if (!path) continue;
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', t('areaLabel', { name: partnershipOf(id).name }));
    path.dataset.partnershipId = id;
    path.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      selectPartnership(id, { focus: true, opener: path });
    });
  }
}

function updateLabelVisibility() {
  map.getContainer().classList.toggle('labels-hidden', map.getZoom() < LABEL_MIN_ZOOM);
}

function setPoint(point) {
  if (pointLayer) map.removeLayer(pointLayer);
  pointLayer = L.circleMarker([point.lat, point.lon], {
    pane: 'point', renderer: L.svg({ pane: 'point' }), radius: 9, color: '#000', weight: 3,
    fillColor: '#fff', fillOpacity: 1, interactive: false, className: 'search-marker',
  }).addTo(map);
  state.point = point;
}

/** Centres on a point, keeping it clear of the panel (beside it on wide screens, above the bottom sheet on phones). */
function showPoint(point) {
  const zoom = Math.max(map.getZoom(), 15);
  const sheet = window.matchMedia('(max-width: 640px)').matches ? Math.round(map.getSize().y * 0.25) : 0;
  const centre = map.unproject(map.project([point.lat, point.lon], zoom).add([0, sheet]), zoom);
  map.setView(centre, zoom);
}

function fitArea(id) {
  const area = areas.get(id);
  if (!area) return;
  const wide = !window.matchMedia('(max-width: 640px)').matches;
  const size = map.getSize();
  const legend = document.getElementById('legend');
  const legendWidth = wide && legend.open ? legend.offsetWidth + 20 : 0;
  map.fitBounds(area.layer.getBounds(), {
    paddingTopLeft: [20 + legendWidth, 20],
    paddingBottomRight: wide ? [Math.min(400, size.x / 2), 20] : [20, Math.round(size.y * 0.5)],
    maxZoom: 16,
  });
}

// ---------------------------------------------------------------- selection and lookups

/** Writes the state into the URL (and the embed page's link to the full map). */
function sync() {
  writeUrl(state);
  if (document.body.dataset.ready) updateFullMapLink();
}

function partnershipOf(id) {
  return partnerships.get(id) ?? { id, name: id };
}

function selectPartnership(id, { result = null, fit = false, focus = false, opener = null } = {}) {
  state.partnership = id;
  for (const [areaId, { layer }] of areas) {
    const selected = areaId === id;
    layer.getElement()?.classList.toggle('is-selected', selected);
    if (selected) layer.bringToFront();
  }
  map.getContainer().classList.add('has-selection');
  for (const button of document.querySelectorAll('.legend-item')) {
    button.setAttribute('aria-pressed', String(button.dataset.partnershipId === id));
  }
  if (fit) fitArea(id);
  panelContent = {
    partnership: partnershipOf(id),
    area: areas.get(id)?.feature.properties ?? null,
    result,
    onShow: (other) => selectPartnership(other, { result, fit: true }),
  };
  openPanel(panelContent, { focus, opener });
  sync();
}

function clearSelection() {
  state.partnership = null;
  for (const { layer } of areas.values()) layer.getElement()?.classList.remove('is-selected');
  map.getContainer().classList.remove('has-selection');
  for (const button of document.querySelectorAll('.legend-item')) button.setAttribute('aria-pressed', 'false');
  sync();
}

async function lookupAt(point, { fit = true } = {}) {
  const clicked = lastClickedArea;
  lastClickedArea = null;
  setPoint(point);
  if (fit) showPoint(point);
  sync();
  const response = await api.lookupPoint(point.lat, point.lon);
  if (!response.ok || !response.data) {
    if (clicked) selectPartnership(clicked);
    else showMessage(response.problem?.detail ?? t('lookupFailed'), true);
    return;
  }
  hideMessage();
  showResult(response.data);
}

function showResult(result) {
  if (result.point && Number.isFinite(result.point.lat)) setPoint(result.point);
  const covering = result.covered ? result.areas ?? [] : [];
  if (covering.length) {
    selectPartnership(covering[0].partnershipId, { result });
  } else {
    clearSelection();
    panelContent = { partnership: null, area: null, result, onShow: (id) => selectPartnership(id, { result, fit: true }) };
    openPanel(panelContent);
  }
  sync();
}

async function search({ text, street, district }) {
  const coordinates = parseTypedCoordinates(text);
  if (coordinates) return lookupAt(coordinates);
  if (street && addressSearch) return searchStreet(street);
  if (street?.point) return lookupAt(street.point);
  if (!addressSearch) return showMessage(t('addressUnavailable'), true);
  showMessage(t('searching'));
  const response = await api.lookupAddress(text, district ?? street?.districts?.[0]);
  if (response.ok && response.data && Array.isArray(response.data.partnerships)) return showAddressResult(text, response.data);
  if (response.ok && response.data) {
    hideMessage();
    showResult(response.data);
    if (response.data.point) showPoint(response.data.point);
    return;
  }
  // Before address search exists, /api/lookup answers ?address= by asking for lat and lon: that is "missing" too.
  const errors = response.problem?.errors ?? {};
  const wantsCoordinates = response.status === 400 && !('address' in errors) && ('lat' in errors || 'lon' in errors);
  if (response.missing || wantsCoordinates) {
    addressSearch = false;
    document.getElementById('search-input').placeholder = t('searchPlaceholderCoordsOnly');
    return showMessage(t('addressUnavailable'), true);
  }
  showMessage(response.problem?.detail ?? response.problem?.title ?? t('notFound', { q: text }), true);
}

/**
 * A street picked from the suggestions: asked by the street (and its district, which tells same-named streets apart),
 * so the answer says whether the whole street, one side of it or a stretch of it belongs to a partnership. The
 * street's midpoint only places the marker; a point lookup there would land on the border the street draws.
 */
async function searchStreet(street) {
  showMessage(t('searching'));
  const response = await api.lookupAddress(street.name ?? street.fullName, street.districts?.[0]);
  const data = response.ok ? response.data : null;
  if (data && (data.partnerships ?? []).length) {
    if (street.point) {
      setPoint(street.point);
      showPoint(street.point);
    }
    return showAddressResult(street.name, data);
  }
  if (street.point) return lookupAt(street.point);   // the street is not placed by the network: look where it is
  if (data) return showAddressResult(street.name, data);
  showMessage(response.problem?.detail ?? t('lookupFailed'), true);
}

/**
 * The answer of /api/lookup?address=: { status, basis, partnerships[], point|null, alternatives[] }. With an address
 * point the point is looked up like a click; otherwise the partnership(s) the rule or the street gives are shown.
 */
function showAddressResult(text, data) {
  if (data.point && Number.isFinite(data.point.lat)) return lookupAt(data.point);
  const partnerships = data.partnerships ?? [];
  if (partnerships.length) {
    hideMessage();
    const areas = partnerships.map((p) => ({ partnershipId: p.partnershipId, name: p.name, onBoundary: p.onBoundary }));
    const street = { name: data.street ?? text, address: data.houseNumber ? `${data.street} ${data.houseNumber}` : (data.street ?? text),
      basis: data.basis, borderStreet: data.borderStreet };
    return showResult({ covered: true, onBoundary: areas.length > 1, areas, street });
  }
  const alternatives = data.alternatives ?? [];
  const names = alternatives.map((a) => (a.districts?.length ? `${a.name} (${a.districts.join(', ')})` : a.name));
  if (data.status === 'ambiguousStreet') {
    // Same-named streets in different districts: one button per street, asking again with its district.
    showMessage(t('addressAmbiguousPick', { q: text }), true);
    const message = document.getElementById('message');
    const choices = el('ul', { class: 'choices' });
    alternatives.forEach((a, i) => {
      const district = a.districts?.[0];
      if (!district) return;
      const button = el('button', { type: 'button', class: 'choice' }, names[i]);
      button.addEventListener('click', () => search({ text, district }));
      choices.append(el('li', {}, button));
    });
    if (choices.childElementCount) message.append(choices);
    else message.append(' ', names.join(', '));
    return;
  }
  if (data.status === 'noPartnership') return showMessage(t('addressNoPartnership', { q: text }), true);
  if (data.status === 'noData') return showMessage(t('addressNoData', { q: text }), true);
  return showMessage(t('notFound', { q: text }) + (names.length ? ' ' + t('didYouMean', { names: names.join(', ') }) : ''), true);
}

// ---------------------------------------------------------------- legend, controls, language, embed

function buildLegend() {
  const list = clear(document.getElementById('legend-list'));
  order.forEach((id, index) => {
    const hasArea = areas.has(id);
    const button = el('button', { type: 'button', class: 'legend-item', 'aria-pressed': 'false', 'data-partnership-id': id },
      swatch(index), el('span', { class: 'legend-name' }, partnershipOf(id).name),
      hasArea ? null : el('span', { class: 'legend-note' }, t('legendNoArea')));
    button.addEventListener('click', (event) => {
      selectPartnership(id, { fit: true, focus: event.detail === 0, opener: button });
    });
    list.append(el('li', {}, button));
  });
  if (window.matchMedia('(max-width: 640px)').matches || (state.embed && window.innerHeight < 420)) {
    document.getElementById('legend').open = false;
  }
}

function wireControls() {
  initSearch({ onSubmit: search });
  document.getElementById('panel-close').addEventListener('click', () => { closePanel(); clearSelection(); });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen() && !document.getElementById('embed-dialog').open) {
      closePanel();
      clearSelection();
    }
  });
  document.getElementById('lang-button').addEventListener('click', () => switchLanguage(language() === 'pl' ? 'en' : 'pl'));

  const locate = document.getElementById('locate-button');
  if (!('geolocation' in navigator)) locate.hidden = true;
  locate.addEventListener('click', () => {
    navigator.geolocation.getCurrentPosition(
      (position) => lookupAt({ lat: position.coords.latitude, lon: position.coords.longitude }),
      (error) => showMessage(t('geoDenied', { reason: error.message || error.code }), true),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  const dialog = document.getElementById('embed-dialog');
  document.getElementById('embed-button').addEventListener('click', () => {
    fillEmbedDialog();
    dialog.showModal();
  });
  document.getElementById('embed-copy').addEventListener('click', copyEmbedCode);

  const fullMap = document.getElementById('full-map-link');
  fullMap.hidden = !state.embed;
}

function restoreState() {
  updateLabelVisibility();
  if (state.view) map.setView([state.view.lat, state.view.lon], state.view.zoom);
  else if (state.partnership && areas.has(state.partnership)) fitArea(state.partnership);
  else if (areas.size) map.fitBounds(areasLayer.getBounds(), { padding: [16, 16] });
  else map.setView(WARSAW, 12);
  updateLabelVisibility();

  const wanted = state.partnership && partnerships.has(state.partnership) ? state.partnership : null;
  if (state.point) {
    const point = state.point;
    lookupAt(point, { fit: !state.view }).then(() => { if (wanted && state.partnership !== wanted) selectPartnership(wanted, { result: panelContent?.result }); });
  } else if (wanted) {
    selectPartnership(wanted);
  } else {
    state.partnership = null;
  }
  updateFullMapLink();
}

function switchLanguage(lang) {
  setLanguage(lang);
  state.lang = lang;
  translateDocument();
  map.getContainer().setAttribute('aria-label', t('mapLabel'));
  for (const [id, { layer }] of areas) layer.getElement()?.setAttribute('aria-label', t('areaLabel', { name: partnershipOf(id).name }));
  for (const note of document.querySelectorAll('.legend-note')) note.textContent = t('legendNoArea');
  if (!addressSearch) document.getElementById('search-input').placeholder = t('searchPlaceholderCoordsOnly');
  if (offlineNote) setOfflineNote();
  if (isOpen() && panelContent) openPanel(panelContent);
  hideMessage();
  sync();
  updateFullMapLink();
}

function baseUrl() {
  const path = window.location.pathname.replace(/embed\/?$/, '');
  return `${window.location.origin}${path.endsWith('/') ? path : `${path}/`}`;
}

function updateFullMapLink() {
  const link = document.getElementById('full-map-link');
  link.href = `${baseUrl()}${queryOf({ partnership: state.partnership, point: state.point, lang: state.lang }, { includeEmbed: false })}`;
}

function fillEmbedDialog() {
  const id = state.partnership;
  const query = queryOf({ partnership: id, lang: state.lang }, { includeEmbed: false });
  const src = `${baseUrl()}embed${query}`;
  document.getElementById('embed-intro').textContent = t('embedIntro', {
    what: id ? t('embedWhatOne', { name: partnershipOf(id).name }) : t('embedWhatAll'),
  });
  document.getElementById('embed-code').value =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(t('iframeTitle'))}" width="100%" height="480" style="border:0" loading="lazy" allow="geolocation"></iframe>`;
  document.getElementById('embed-status').textContent = '';
}

async function copyEmbedCode() {
  const code = document.getElementById('embed-code');
  const status = document.getElementById('embed-status');
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = t('copied');
  } catch {
    code.focus();
    code.select();
    status.textContent = document.execCommand?.('copy') ? t('copied') : t('copyFailed');
  }
}

/** In a frame the wheel scrolls the host page until the map is clicked or focused; leaving the map gives it back. */
function wireEmbedWheel(container) {
  const hint = document.getElementById('wheel-hint');
  let hintTimer = 0;
  const enable = () => { map.scrollWheelZoom.enable(); hint.hidden = true; };
  const disable = () => map.scrollWheelZoom.disable();
  map.scrollWheelZoom.disable();
  map.on('click', enable);
  container.addEventListener('focus', enable);
  container.addEventListener('mouseleave', disable);
  // Focus that goes elsewhere on the page gives the wheel back. (Not a focus lost to nothing: Leaflet re-inserts a
  // selected area's path to bring it to the front, which blurs it while the pointer is still on the map.)
  container.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Element && !container.contains(event.relatedTarget)) disable();
  });
  container.addEventListener('wheel', () => {
    if (map.scrollWheelZoom.enabled()) return;
    hint.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => { hint.hidden = true; }, 1500);
  }, { passive: true });
}

function showMessage(text, isError = false) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.classList.toggle('error', isError);
  message.hidden = false;
}

function hideMessage() {
  document.getElementById('message').hidden = true;
}
