// Asking the server and showing its answer: a point (a click, typed coordinates, the device's location) or an
// address; the panel shows the answer, the map brings it into the part the panel leaves free (a marker at the
// building, or the street highlighted, and the area selected).
import { api } from './api.js';
import { t } from './i18n.js';
import { hideMessage, showChoices, showMessage } from './message.js';
import { closePanel, isOpen, openPanel } from './panel.js';
import * as mapView from './map.js';
import { splitQuery } from './search-text.js';
import { parseTypedCoordinates, state } from './state.js';

let partnerships = new Map(); // id → the registry's record
let onChange = () => {};
let lastQuestion = null; // what the answer shown was asked: asked again when the language changes
let panelContent = null;

/** partnershipsById: the registry; changed(): the state changed (the URL follows). */
export function initLookup(partnershipsById, changed) {
  partnerships = partnershipsById;
  onChange = changed;
}

/**
 * Opens a partnership's facts (with the answer that named it, if any) and marks its area. fit: bring the area into
 * the map's free part.
 */
export function selectPartnership(id, { result = null, fit = false, focus = false, opener = null } = {}) {
  state.partnership = id;
  mapView.markSelected(id);
  markLegend(id);
  panelContent = { partnership: partnerships.get(id), area: mapView.areaProperties(id), result, ...actions() };
  openPanel(panelContent, { focus, opener });
  if (fit) mapView.showArea(id);
  onChange();
}

export function clearSelection() {
  state.partnership = null;
  mapView.markSelected(null);
  markLegend(null);
  onChange();
}

export function closeAll() {
  closePanel();
  clearSelection();
}

function markLegend(id) {
  for (const button of document.querySelectorAll('.legend-item')) button.setAttribute('aria-pressed', String(button.dataset.partnershipId === id));
}

/** What the panel's buttons do. */
function actions() {
  return {
    onShow: (id) => selectPartnership(id, { result: panelContent.result, fit: true }),
    onPick: (district) => askAddress(lastQuestion.text, { district }),
    onAction: (action) => {
      if (action === 'pointOnMap') {
        closePanel();
        showMessage(t('pointHint'));
      } else {
        const input = document.getElementById('search-input');
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
        showMessage(t('houseNumberHint'));
      }
    },
  };
}

/** A point on the map. move: bring it to the free part of the map (typed or located); a click leaves the view unless the panel would cover it. */
export async function lookupAt(point, { move = true } = {}) {
  placing(true);
  mapView.setMarker(point);
  mapView.clearHighlight();
  state.point = point;
  state.query = null;
  onChange();
  const question = { kind: 'point', point };
  lastQuestion = question;
  const response = await api.lookupPoint(point.lat, point.lon);
  if (lastQuestion !== question) return;
  if (!response.ok) {
    placing(false);
    showMessage(response.problem?.detail ?? t('lookupFailed'), true);
    return;
  }
  hideMessage();
  showAnswer(response.data);
  if (move) mapView.showPoint(point);
  else mapView.keepPointVisible(point);
  placing(false);
}

/** Marks the map as about to move to an answer (data-placing), so that what waits for the map at rest waits for that too. */
function placing(on) {
  const map = document.getElementById('map');
  if (on) map.dataset.placing = 'true';
  else delete map.dataset.placing;
}

/** What the search box submitted: typed coordinates, an address (with a district typed after it), or a picked street. */
export function search({ text, street }) {
  if (!text) return showMessage(t('emptySearch'), true);
  const coordinates = parseTypedCoordinates(text);
  if (coordinates) return lookupAt(coordinates);
  const parts = splitQuery(text);
  if (parts.typeOnly) return showMessage(t('typeOnly', { type: parts.typeOnly }), true);
  // A street picked from the suggestions is asked by its name and district (which tells same-named streets apart);
  // its midpoint only places the marker when the answer has no point of its own.
  return askAddress(parts.address, { district: parts.district ?? street?.districts[0] ?? null, marker: street?.point ?? null });
}

export async function askAddress(text, { district = null, marker = null } = {}) {
  showMessage(t('searching'));
  placing(true);
  const question = { kind: 'address', text, district };
  lastQuestion = question;
  state.query = { text, district };
  state.point = null;
  onChange();
  const response = await api.lookupAddress(text, district);
  if (lastQuestion !== question) return;
  placing(false);
  if (!response.ok) {
    // 400: not an address; 404: no such street (the detail names the streets it may have meant).
    showMessage(response.problem?.detail ?? t('notFound', { q: text.replace(/\.+$/, '') }), true);
    return;
  }
  const answer = response.data;
  if (answer.status === 'ambiguousStreet') return showNamesakes(text, answer.alternatives);
  hideMessage();
  placing(true);
  showAnswer(answer);
  await placeAddress(answer, marker);
  if (lastQuestion === question) placing(false);
}

/**
 * Brings an address answer into view: the marker at its point (the building's address point, or between its
 * neighbours); else the street highlighted with the area; else the area, or the picked street's midpoint.
 */
async function placeAddress(answer, marker) {
  const question = lastQuestion;
  mapView.clearMarker();
  mapView.clearHighlight();
  if (answer.point) {
    mapView.setMarker(answer.point);
    mapView.showPoint(answer.point, 16);
    return;
  }
  // Only a street that touches an area is highlighted: the lines are named, not placed in a district, and a namesake
  // elsewhere (Wesoła's Słowackiego) must not light up Żoliborz's.
  const street = answer.areas.length ? await mapView.highlightStreet(answer.street.name) : null;
  if (lastQuestion !== question) return;
  const area = answer.areas.length ? mapView.areaBounds(answer.areas[0].partnershipId) : null;
  if (street) {
    mapView.showBounds(area ? street.extend(area) : street);
  } else if (marker) {
    mapView.setMarker(marker);
    mapView.showPoint(marker, 15);
  } else if (area) {
    mapView.showBounds(area);
  }
}

/** An answer in the panel: the first area it names is selected (the others offered), or none (the answer alone). */
function showAnswer(answer) {
  if (answer.areas.length) {
    selectPartnership(answer.areas[0].partnershipId, { result: answer });
    return;
  }
  clearSelection();
  panelContent = { partnership: null, area: null, result: answer, ...actions() };
  openPanel(panelContent);
}

function showNamesakes(text, alternatives) {
  showChoices(t('addressAmbiguousPick', { q: text }), alternatives.map((a) => ({
    label: `${a.name} (${a.districts.join(', ')})`,
    detail: answerInBrief(a.answer),
    onClick: () => askAddress(text, { district: a.districts[0] }),
  })));
}

/** What a namesake's own answer says, in a few words: the partnership(s), none, or not known. */
function answerInBrief(answer) {
  const names = (answer?.areas ?? []).map((a) => a.name);
  if (names.length) return names.join(t('or'));
  return answer?.status === 'noPartnership' ? t('briefNoPartnership') : t('briefUnknown');
}

/** The language changed: the panel in the new words, and its answer asked again for the server's sentences. */
export async function askAgain() {
  if (isOpen() && panelContent) openPanel(panelContent);
  const question = lastQuestion;
  const shown = panelContent;
  if (!question || !shown?.result) return;
  const response = question.kind === 'point' ? await api.lookupPoint(question.point.lat, question.point.lon) : await api.lookupAddress(question.text, question.district);
  if (lastQuestion !== question || panelContent !== shown || !response.ok) return;
  panelContent = { ...shown, result: response.data };
  if (isOpen()) openPanel(panelContent);
}

/** The device's location, or a sentence in the page's language saying why there is none. */
export function locate() {
  showMessage(t('locating'));
  navigator.geolocation.getCurrentPosition(
    (position) => lookupAt({ lat: position.coords.latitude, lon: position.coords.longitude }),
    (error) => showMessage(t(error.code === 1 ? 'geoDenied' : error.code === 3 ? 'geoTimeout' : 'geoPosition'), true),
    { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
}
