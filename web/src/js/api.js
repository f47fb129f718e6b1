// The server's API, as the page uses it. Every call sends the page's language (Accept-Language) so that problem
// messages come back in it. Paths are relative, so the page works under a path base and at /embed.
import { language } from './i18n.js';

/** GET url; resolves to { ok, status, data, problem } — problem: the RFC 9457 problem of a 4xx/5xx. */
export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': language() } });
  } catch (error) {
    return { ok: false, status: 0, data: null, problem: null, error };
  }
  const body = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body, problem: null };
  return { ok: false, status: response.status, data: null, problem: body };
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
