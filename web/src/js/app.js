// CoverageMap's map page: which Warsaw local partnership serves an address. Start-up only: it reads the state from
// the URL, loads the registry and the areas, and wires the modules — map.js (map and areas), lookup.js (asking and
// showing answers), search.js (the search box), panel.js (the answer and the facts), legend.js, embed.js — around
// the one state object of state.js.
import { api } from './api.js';
import { initEmbedDialog, initEmbedMode, updateFullMapLink, wireEmbedWheel } from './embed.js';
import { detectLanguage, language, setLanguage, t, translateDocument } from './i18n.js';
import { buildLegend, translateLegend } from './legend.js';
import { askAddress, askAgain, clearSelection, closeAll, initLookup, locate, lookupAt, search, selectPartnership } from './lookup.js';
import { createMap, drawAreas, hasArea, startView, translateMap } from './map.js';
import { hideMessage, showMessage } from './message.js';
import { isOpen } from './panel.js';
import { patternDefinitions } from './palette.js';
import { initSearch } from './search.js';
import { readUrl, state, writeUrl } from './state.js';

readUrl(window.location);
setLanguage(detectLanguage(state.lang, navigator.languages));
translateDocument();
listsLink();
initEmbedMode();
document.body.prepend(patternDefinitions());

main().catch((error) => {
  console.warn('CoverageMap page failed to start', error);
  showMessage(t('loadFailed'), true);
});

async function main() {
  const [config, areaResponse, partnershipResponse] = await Promise.all([api.config(), api.areas(), api.partnerships()]);
  if (!config.ok || !areaResponse.ok || !partnershipResponse.ok) throw new Error('the registry or the areas did not load');
  const partnerships = new Map(partnershipResponse.data.map((p) => [p.id, p]));
  const order = [...partnerships.keys()]; // registry order: decides colours and the legend's order
  const colourIndexOf = (id) => order.indexOf(id);
  // An embed of one partnership (?p=) shows that partnership alone.
  const only = state.embed && partnerships.has(state.partnership) ? state.partnership : null;
  state.only = only;
  const shown = only ? [only] : order;
  const features = areaResponse.data.features.filter((f) => shown.includes(f.properties.partnershipId));

  initLookup(partnerships, sync);
  createMap(config.data, {
    embed: state.embed,
    onClick: (point) => lookupAt(point, { move: false }),
    onMoved: (view) => { state.view = view; sync(); },
  });
  const allBounds = drawAreas(features, colourIndexOf, {
    onSelect: (id, path) => selectPartnership(id, { focus: true, opener: path }),
  });
  buildLegend(shown.map((id) => ({ id, name: partnerships.get(id).name, colourIndex: colourIndexOf(id), hasArea: hasArea(id) })), {
    onSelect: (id, button, byKeyboard) => selectPartnership(id, { fit: true, focus: byKeyboard, opener: button }),
    others: order.length - shown.length,
    compact: window.matchMedia('(max-width: 640px)').matches || (state.embed && window.innerHeight < 420),
  });
  wireControls(partnerships);
  if (state.embed) wireEmbedWheel();
  restore(allBounds, partnerships);
  document.body.dataset.ready = 'true';
}

/** The state into the URL (and the embed's link to the full map). */
function sync() {
  writeUrl(state);
  updateFullMapLink();
}

function wireControls(partnerships) {
  initSearch({ onSubmit: search });
  document.getElementById('panel-close').addEventListener('click', closeAll);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen() && !document.getElementById('embed-dialog').open) closeAll();
  });
  document.getElementById('lang-button').addEventListener('click', () => switchLanguage(language() === 'pl' ? 'en' : 'pl'));
  const locateButton = document.getElementById('locate-button');
  locateButton.hidden = !('geolocation' in navigator);
  locateButton.addEventListener('click', locate);
  initEmbedDialog((id) => partnerships.get(id).name);
  window.addEventListener('hashchange', () => {
    const { view } = readUrl(window.location, {});
    if (view) startView(view, null);
  });
}

/** What the URL asked for: the view, then the address or the point asked again, or the partnership selected. */
function restore(allBounds, partnerships) {
  startView(state.view, allBounds);
  const wanted = partnerships.has(state.partnership) ? state.partnership : null;
  const reselect = () => { if (wanted && state.partnership !== wanted) selectPartnership(wanted); };
  if (state.query) {
    document.getElementById('search-input').value = state.query.text;
    askAddress(state.query.text, { district: state.query.district }).then(reselect);
  } else if (state.point) {
    lookupAt(state.point, { move: !state.view }).then(reselect);
  } else if (wanted) {
    selectPartnership(wanted, { fit: !state.view });
  } else {
    clearSelection();
  }
  sync();
}

/** The header's link to the lists page, in the page's language. */
function listsLink() {
  document.getElementById('lists-link').href = language() === 'pl' ? 'lista' : 'lista?lang=en';
}

function switchLanguage(lang) {
  setLanguage(lang);
  state.lang = lang;
  translateDocument();
  listsLink();
  translateMap();
  translateLegend();
  hideMessage();
  askAgain();
  sync();
}
