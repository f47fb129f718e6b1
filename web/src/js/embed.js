// The embed (/embed, or ?embed=1): a search box unless ?search=0, the link to the full map at the same state, and
// the wheel left to the host page until the map is clicked. On the full page: the dialog with the snippet to embed.
import { t } from './i18n.js';
import { escapeHtml, leafletMap } from './map.js';
import { formatView, queryOf, state } from './state.js';

export function initEmbedMode() {
  document.body.classList.toggle('embed', state.embed);
  document.body.classList.toggle('no-search', state.embed && !state.search);
  document.getElementById('full-map-link').hidden = !state.embed;
}

/** The page's base URL (the folder / and /embed are served from). */
function baseUrl() {
  const path = window.location.pathname.replace(/embed\/?$/, '');
  return `${window.location.origin}${path.endsWith('/') ? path : `${path}/`}`;
}

/** "Otwórz pełną mapę": the full page at the embed's state (partnership, point or address, language, view). */
export function updateFullMapLink() {
  document.getElementById('full-map-link').href = `${baseUrl()}${queryOf(state)}${formatView(state.view)}`;
}

export function initEmbedDialog(nameOf) {
  const dialog = document.getElementById('embed-dialog');
  document.getElementById('embed-button').addEventListener('click', () => {
    fillEmbedDialog(nameOf);
    dialog.showModal();
  });
  document.getElementById('embed-copy').addEventListener('click', copyEmbedCode);
}

function fillEmbedDialog(nameOf) {
  const id = state.partnership;
  const src = `${baseUrl()}embed${queryOf({ partnership: id, lang: state.lang })}`;
  document.getElementById('embed-intro').textContent = t('embedIntro', {
    what: id ? t('embedWhatOne', { name: nameOf(id) }) : t('embedWhatAll'),
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
export function wireEmbedWheel() {
  const map = leafletMap();
  const container = map.getContainer();
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
