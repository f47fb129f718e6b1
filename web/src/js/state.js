// The page's one state object and its URL, so that a link reproduces what the page shows:
//   ?p=<partnership id>&pt=<lat>,<lon>&q=<address>&d=<district>&lang=en&search=0&embed=1#<zoom>/<lat>/<lon>
// pt: a point asked on the map; q (and d): an address asked in the search box (asked again on load). Written with
// history.replaceState (no history entry per pan). readUrl and queryOf are pure (unit-tested with node --test).

/**
 * { partnership, point: {lat, lon}|null, query: {text, district}|null, lang, embed, search, view: {zoom, lat, lon}|null,
 * only } — only: the one partnership an embed shows (its ?p=), kept in the URL when nothing is selected
 * — the page's modules read and write this one object; sync() in app.js writes it to the URL.
 */
export const state = {
  partnership: null, point: null, query: null, lang: null, embed: false, search: true, view: null, only: null,
};

/** Fills the state from a location ({pathname, search, hash}); returns it. */
export function readUrl(location, into = state) {
  const params = new URLSearchParams(location.search);
  const text = params.get('q');
  into.partnership = params.get('p') || null;
  into.point = parsePoint(params.get('pt'));
  into.query = text ? { text, district: params.get('d') || null } : null;
  into.lang = params.get('lang') || null;
  into.embed = isEmbedPath(location.pathname) || params.get('embed') === '1';
  into.search = params.get('search') !== '0';
  into.view = parseView(location.hash);
  return into;
}

export function isEmbedPath(pathname) {
  return /\/embed\/?$/.test(pathname);
}

/** "#15/52.27/20.98" → {zoom, lat, lon}; anything else → null. */
export function parseView(hash) {
  const m = /^#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(hash || '');
  return m ? { zoom: +m[1], lat: +m[2], lon: +m[3] } : null;
}

/** "52.27,20.98" → {lat, lon}; anything else → null. */
export function parsePoint(value) {
  if (!value) return null;
  const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(value);
  if (!m) return null;
  const lat = +m[1];
  const lon = +m[2];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

export function formatPoint(point) {
  const f = (v) => v.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return `${f(point.lat)},${f(point.lon)}`;
}

export function formatView(view) {
  return view ? `#${Math.round(view.zoom)}/${view.lat.toFixed(5)}/${view.lon.toFixed(5)}` : '';
}

/**
 * The query string of a state (without the view). embedParam: add embed=1 (a page at / showing the embed);
 * withSearchFlag: keep search=0 (the embed's own URL; the full map always has its search box).
 */
export function queryOf(s, { embedParam = false, withSearchFlag = false } = {}) {
  const params = new URLSearchParams();
  const partnership = s.partnership ?? s.only;
  if (partnership) params.set('p', partnership);
  if (s.query) {
    params.set('q', s.query.text);
    if (s.query.district) params.set('d', s.query.district);
  } else if (s.point) {
    params.set('pt', formatPoint(s.point));
  }
  if (s.lang && s.lang !== 'pl') params.set('lang', s.lang);
  if (withSearchFlag && s.search === false) params.set('search', '0');
  if (embedParam) params.set('embed', '1');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

export function writeUrl(s = state) {
  const embedParam = s.embed && !isEmbedPath(window.location.pathname);
  const url = `${window.location.pathname}${queryOf(s, { embedParam, withSearchFlag: true })}${formatView(s.view)}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', url);
  }
}

/**
 * Coordinates a person may type: "52.27, 20.98", "52.27 20.98", "52,27; 20,98" (Polish decimal commas),
 * "52.27N 20.98E". Returns {lat, lon} or null.
 */
export function parseTypedCoordinates(text) {
  const cleaned = String(text).trim().replace(/[°NnEe]/g, ' ').trim();
  let m = /^(-?\d{1,2}(?:[.,]\d+)?)\s*[;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)$/.exec(cleaned);
  if (!m) m = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(cleaned);
  if (!m) return null;
  const lat = +m[1].replace(',', '.');
  const lon = +m[2].replace(',', '.');
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
