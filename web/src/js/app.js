// CoverageMap's map page: which Warsaw local partnership serves an address.
import { api } from './api.js';
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
let lastQuestion = null; // what the answer in the panel was asked: asked again when the language changes

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
  for (const p of partnershipResponse.ok && Array.isArray(partnershipResponse.data) ? partnershipResponse.data : []) {
    partnerships.set(p.id, p);
    order.push(p.id);
  }
  const features = areaResponse.ok ? areaResponse.data?.features ?? [] : [];
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

function clearPoint() {
  if (pointLayer) map.removeLayer(pointLayer);
  pointLayer = null;
  state.point = null;
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
    ...panelActions(),
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

/**
 * The one answer shape of /api/lookup (point and address alike): { status, basis, certainty: { level, metres, text },
 * areas: [{ partnershipId, name, relation }], message (in the page's language), point|null } and, for a point,
 * nearest; for an address, street, houseNumber, settle, assumedNamesake, alternatives.
 */
function ask(question) {
  return question.kind === 'point' ? api.lookupPoint(question.point.lat, question.point.lon) : api.lookupAddress(question.text, question.district);
}

async function lookupAt(point, { fit = true } = {}) {
  const clicked = lastClickedArea;
  lastClickedArea = null;
  setPoint(point);
  if (fit) showPoint(point);
  sync();
  const question = { kind: 'point', point };
  lastQuestion = question;
  const response = await ask(question);
  if (lastQuestion !== question) return;
  if (!response.ok || !response.data) {
    if (clicked) selectPartnership(clicked);
    else showMessage(response.problem?.detail ?? t('lookupFailed'), true);
    return;
  }
  hideMessage();
  showAnswer(response.data);
}

/**
 * Shows an answer that names areas (the first is selected, the others offered) or none (the panel alone). fit: bring
 * the selected area into view (an answer without a place for the marker).
 */
function showAnswer(answer, { fit = false } = {}) {
  const areasNamed = answer.areas ?? [];
  if (areasNamed.length) {
    selectPartnership(areasNamed[0].partnershipId, { result: answer, fit });
  } else {
    clearSelection();
    panelContent = { partnership: null, area: null, result: answer, ...panelActions() };
    openPanel(panelContent);
  }
  sync();
}

/** What the panel's buttons do: show another partnership the answer names, or ask again on a namesake's district. */
function panelActions() {
  return {
    onShow: (id) => selectPartnership(id, { result: panelContent?.result ?? null, fit: true }),
    onPick: (district) => askAddress(lastQuestion?.text ?? '', { district }),
  };
}

async function search({ text, street, district }) {
  const coordinates = parseTypedCoordinates(text);
  if (coordinates) return lookupAt(coordinates);
  if (!addressSearch) {
    if (street?.point) return lookupAt(street.point);
    return showMessage(t('addressUnavailable'), true);
  }
  // A street picked from the suggestions is asked by the street and its district (which tells same-named streets
  // apart), so the answer says whether the whole street, one side or a stretch of it belongs to a partnership. Its
  // midpoint only places the marker: a point lookup there would land on the border the street may draw.
  if (street) return askAddress(street.name, { district: street.districts?.[0], marker: street.point });
  return askAddress(text, { district });
}

async function askAddress(text, { district = null, marker = null } = {}) {
  showMessage(t('searching'));
  const question = { kind: 'address', text, district };
  lastQuestion = question;
  const response = await ask(question);
  if (lastQuestion !== question) return;
  if (response.ok && response.data) return showAddressAnswer(text, response.data, marker);
  // A server without address search answers ?address= by asking for lat and lon: that is "missing" too.
  const errors = response.problem?.errors ?? {};
  const wantsCoordinates = response.status === 400 && !('address' in errors) && ('lat' in errors || 'lon' in errors);
  if (response.missing || wantsCoordinates) {
    addressSearch = false;
    document.getElementById('search-input').placeholder = t('searchPlaceholderCoordsOnly');
    return showMessage(t('addressUnavailable'), true);
  }
  // 400: not an address; 404: no such street (the detail names the streets it may have meant).
  showMessage(response.problem?.detail ?? response.problem?.title ?? t('notFound', { q: text }), true);
}

/**
 * An address answer. Same-named streets none of which is assumed: one button per street with what its own answer
 * says, asking again with its district. Nothing known: the sentence alone. Otherwise the answer in the panel, with a
 * marker where it placed the address (its address point or between its neighbours), else at the picked street.
 */
function showAddressAnswer(text, data, marker) {
  if (data.status === 'ambiguousStreet') return showNamesakes(text, data.alternatives ?? []);
  if (data.status === 'noData') return showMessage(data.message, true); // nothing places it: the sentence says what would
  hideMessage();
  const at = data.point ?? marker;
  if (at) {
    setPoint(at);
    showPoint(at);
    return showAnswer(data);
  }
  clearPoint();
  showAnswer(data, { fit: true });
}

function showNamesakes(text, alternatives) {
  showMessage(t('addressAmbiguousPick', { q: text }), true);
  const choices = el('ul', { class: 'choices' });
  for (const a of alternatives) {
    const district = a.districts?.[0];
    if (!district) continue;
    const button = el('button', { type: 'button', class: 'choice' }, `${a.name} (${a.districts.join(', ')})`,
      el('span', { class: 'choice-answer' }, ` — ${answerInBrief(a.answer)}`));
    button.addEventListener('click', () => askAddress(text, { district }));
    choices.append(el('li', {}, button));
  }
  document.getElementById('message').append(choices);
}

/** What a namesake's own answer says, in a few words: the partnership(s), none, or not known. */
function answerInBrief(answer) {
  const names = (answer?.areas ?? []).map((a) => a.name);
  if (names.length) return names.join(t('or'));
  return answer?.status === 'noPartnership' ? t('briefNoPartnership') : t('briefUnknown');
}

/** The language changed: ask the panel's answer again, so its sentences come in the new language. */
async function askAgain() {
  const question = lastQuestion;
  const shown = panelContent;
  if (!question || !shown?.result) return;
  const response = await ask(question);
  if (lastQuestion !== question || panelContent !== shown || !response.ok || !response.data) return;
  panelContent = { ...shown, result: response.data };
  if (isOpen()) openPanel(panelContent);
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
  askAgain();
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
