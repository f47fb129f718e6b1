// The page's state in its URL, so that a link reproduces it:
//   ?p=<partnership id>&pt=<lat>,<lon>&lang=en&embed=1#<zoom>/<lat>/<lon>
// Written with history.replaceState (no history entry per pan).

export function readUrl(location = window.location) {
  const params = new URLSearchParams(location.search);
  const state = {
    partnership: params.get('p') || null,
    point: parsePoint(params.get('pt')),
    lang: params.get('lang') || null,
    embed: /\/embed\/?$/.test(location.pathname) || params.get('embed') === '1',
    view: null,
  };
  const hash = /^#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
  if (hash) state.view = { zoom: +hash[1], lat: +hash[2], lon: +hash[3] };
  return state;
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
  return `${point.lat.toFixed(6).replace(/0+$/, '').replace(/\.$/, '')},${point.lon.toFixed(6).replace(/0+$/, '').replace(/\.$/, '')}`;
}

/** The query string of a state (without the view): used for the URL and for the embed snippet. */
export function queryOf(state, { includeEmbed = true } = {}) {
  const params = new URLSearchParams();
  if (state.partnership) params.set('p', state.partnership);
  if (state.point) params.set('pt', formatPoint(state.point));
  if (state.lang && state.lang !== 'pl') params.set('lang', state.lang);
  if (includeEmbed && state.embed && !/\/embed\/?$/.test(window.location.pathname)) params.set('embed', '1');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

export function writeUrl(state) {
  const hash = state.view ? `#${state.view.zoom}/${state.view.lat.toFixed(5)}/${state.view.lon.toFixed(5)}` : '';
  const url = `${window.location.pathname}${queryOf(state)}${hash}`;
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
