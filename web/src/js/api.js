// The server's API, as the page uses it. Every call sends the page's language (Accept-Language) so that problem
// messages come back in it. Paths are relative, so the page works under a path base and at /embed.
import { language } from './i18n.js';

/** GET url; resolves to { ok, status, data, problem, missing } — missing: the endpoint does not exist. */
export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': language() } });
  } catch (error) {
    return { ok: false, status: 0, data: null, problem: null, missing: false, error };
  }
  const type = response.headers.get('content-type') || '';
  const isJson = /json/.test(type);
  const body = isJson ? await response.json().catch(() => null) : null;
  if (response.ok) return { ok: true, status: response.status, data: body, problem: null, missing: false };
  const problem = /problem\+json/.test(type) ? body : null;
  // An endpoint that does not exist: 404/405 without a problem that explains itself (the server turns unknown
  // routes into bare problem documents with a title only).
  const missing = response.status === 405 || (response.status === 404 && !problem?.detail);
  return { ok: false, status: response.status, data: null, problem, missing };
}

export const api = {
  config: () => getJson('api/config'),
  areas: () => getJson('api/areas?simplify=2'),
  partnerships: () => getJson('api/partnerships'),
  streetLines: () => getJson('api/streets/lines'),
  lookupPoint: (lat, lon) => getJson(`api/lookup?lat=${encodeURIComponent(lat)}&lon=${encodeURIComponent(lon)}`),
  lookupAddress: (address, district) =>
    getJson(`api/lookup?address=${encodeURIComponent(address)}${district ? `&district=${encodeURIComponent(district)}` : ''}`),
  streets: (q) => getJson(`api/streets?q=${encodeURIComponent(q)}`),
};
