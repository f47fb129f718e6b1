// The editor's calls to the server: the key as a bearer token, the page's language, problems turned into errors
// that carry the server's own (localized) sentence and the field errors.

import { getLanguage } from './i18n.js';

export class ApiError extends Error {
  constructor(status, detail, errors, body) {
    super(detail);
    this.status = status;
    this.errors = errors ?? {};
    this.body = body ?? null;
  }
}

let key = '';

export function setKey(value) {
  key = value ?? '';
}

export async function call(method, path, body) {
  const headers = { 'Accept-Language': getLanguage(), Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, null, {});
  }
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) throw new ApiError(response.status, json?.detail ?? json?.title ?? null, json?.errors, json);
  return json;
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body);
