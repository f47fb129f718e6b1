// The editor for district staff: behind an API key, paste a partnership's description or edit its street list, build
// the area on the server, see the polygon with every gap and unmatched street, add supplements, set a gap tolerance
// or adjust the polygon by hand, edit the facts, save a draft, review what it changes and activate or roll back.

import { t, setLanguage, getLanguage, translatePage } from './i18n.js';
import { el, byId, setText } from './dom.js';
import { ApiError, setKey, get, post } from './api.js';
import * as editorMap from './map.js';

const KEY_STORAGE = 'coveragemap-editor-key';
const state = { partnerships: [], session: null, build: null, versions: [] };

function problemText(error) {
  if (error instanceof ApiError && error.status === 0) return t('networkError');
  return error?.message || t('networkError');
}

// ---- the key ----

async function signIn(token) {
  setKey(token);
  try {
    state.session = await get('/api/editor/session');
  } catch (error) {
    state.session = null;
    setKey('');
    sessionStorage.removeItem(KEY_STORAGE);
    byId('editor').hidden = true;
    byId('logout-button').hidden = true;
    setText('who', '');
    setText('key-status', error instanceof ApiError && error.status === 401 ? t('keyRefused', { detail: error.message }) : problemText(error));
    byId('key-status').classList.add('error');
    return false;
  }
  sessionStorage.setItem(KEY_STORAGE, token);
  byId('key-status').classList.remove('error');
  setText('key-status', '');
  setText('who', t('signedIn', { name: state.session.name, scopes: state.session.scopes.join(', ') }));
  byId('editor').hidden = false;
  byId('logout-button').hidden = false;
  byId('key-input').value = '';
  await Promise.all([loadPartnerships(), loadVersions()]);
  return true;
}

function signOut() {
  sessionStorage.removeItem(KEY_STORAGE);
  setKey('');
  state.session = null;
  byId('editor').hidden = true;
  byId('logout-button').hidden = true;
  setText('who', '');
  setText('key-status', t('keyNeeded'));
}

// ---- partnership and facts ----

async function loadPartnerships() {
  state.partnerships = await get('/api/partnerships');
  const select = byId('partnership-select');
  select.replaceChildren(...state.partnerships.map((p) => el('option', { value: p.id }, p.name)));
  showPartnership(state.partnerships[0]);
}

function current() {
  return state.partnerships.find((p) => p.id === byId('partnership-select').value);
}

function showPartnership(p) {
  if (!p) return;
  byId('description-input').value = p.boundary.sourceText ?? '';
  byId('parsed-list').replaceChildren();
  setText('parse-status', '');
  setStreets(p.boundary.streets.map((s) => ({ name: s.name, inSource: s.inSource, why: s.why ?? '' })));
  byId('fact-name').value = p.name ?? '';
  byId('fact-fullName').value = p.fullName ?? '';
  byId('fact-members').value = (p.members ?? []).join('\n');
  byId('fact-description').value = p.description ?? '';
  const c = p.contact ?? {};
  for (const f of ['organisation', 'place', 'street', 'postcode', 'city', 'email', 'phone']) byId(`contact-${f}`).value = c[f] ?? '';
  byId('former-list').replaceChildren();
  for (const f of p.formerNames ?? []) addFormer(f);
  editorMap.clearPolygon();
  updateEditButtons();
  setText('build-status', '');
  byId('build-messages').replaceChildren();
}

function addFormer(f = { name: '', from: '', to: '' }) {
  const index = byId('former-list').children.length;
  const id = (part) => `former-${index}-${part}`;
  const item = el('li', { class: 'former' },
    el('label', { for: id('name') }, t('formerName')), el('input', { id: id('name'), 'data-field': `facts.formerNames[${index}].name`, value: f.name ?? '' }),
    el('label', { for: id('from') }, t('formerFrom')), el('input', { id: id('from'), type: 'number', 'data-field': `facts.formerNames[${index}].from`, value: f.from ?? '' }),
    el('label', { for: id('to') }, t('formerTo')), el('input', { id: id('to'), type: 'number', 'data-field': `facts.formerNames[${index}].to`, value: f.to ?? '' }));
  byId('former-list').append(item);
}

function facts() {
  const value = (id) => byId(id).value.trim();
  const contactFields = ['organisation', 'place', 'street', 'postcode', 'city', 'email', 'phone'];
  const contact = Object.fromEntries(contactFields.map((f) => [f, value(`contact-${f}`) || null]));
  const anyContact = contactFields.some((f) => contact[f]);
  return {
    name: value('fact-name'),
    fullName: value('fact-fullName'),
    formerNames: [...byId('former-list').children].map((li) => {
      const inputs = li.querySelectorAll('input');
      const number = (s) => (s.trim() === '' ? null : Number(s));
      return { name: inputs[0].value.trim(), from: number(inputs[1].value) ?? 0, to: number(inputs[2].value) };
    }).filter((f) => f.name || f.from),
    members: byId('fact-members').value.split('\n').map((m) => m.trim()).filter(Boolean),
    contact: anyContact ? contact : null,
    description: value('fact-description'),
  };
}

// ---- description and streets ----

async function parseDescription() {
  const description = byId('description-input').value;
  setText('parse-status', t('working'));
  try {
    const parsed = await post('/api/editor/parse', { description, district: current()?.district ?? null });
    const list = byId('parsed-list');
    list.replaceChildren(...parsed.streets.map((s) => {
      const detail = s.street ? t('matchedAs', { name: s.street.name })
        : s.candidates.length ? t('candidates', { names: s.candidates.map((c) => `${c.name} (${c.districts.join(', ')})`).join('; ') })
          : s.suggestions.length ? t('suggestions', { names: s.suggestions.map((c) => c.name).join(', ') }) : t('noSuggestion');
      return el('li', { class: `parsed confidence-${s.confidence}`, 'data-confidence': s.confidence },
        el('strong', {}, s.written), ' ', el('span', { class: 'badge' }, t(`confidence_${s.confidence}`)), ' ', el('span', {}, detail));
    }), ...parsed.extras.map((e) => el('li', { class: 'parsed extra' }, t('extra', { name: e.written }))));
    setStreets(parsed.streets.map((s) => ({ name: s.written, inSource: true, why: '' })));
    setText('parse-status', parsed.streets.length ? t('parsed', { count: parsed.streets.length }) : t('parsedNone'));
  } catch (error) {
    setText('parse-status', problemText(error));
  }
}

function setStreets(streets) {
  byId('street-list').replaceChildren();
  for (const s of streets) addStreet(s);
}

function addStreet(s = { name: '', inSource: false, why: '' }) {
  const index = byId('street-list').children.length;
  const nameId = `street-${index}-name`;
  const whyId = `street-${index}-why`;
  const item = el('li', { class: s.inSource ? 'street' : 'street supplement', 'data-in-source': s.inSource ? 'true' : 'false' },
    el('label', { for: nameId, class: 'visually-hidden' }, t('streetName')),
    el('input', { id: nameId, class: 'street-name', 'data-field': `boundary.streets[${index}].name`, value: s.name }),
    el('span', { class: 'badge' }, s.inSource ? t('fromDescription') : t('supplement')),
    el('button', { type: 'button', class: 'secondary remove-street' }, t('remove')));
  if (!s.inSource) {
    item.append(el('label', { for: whyId }, t('streetWhy')),
      el('input', { id: whyId, class: 'street-why', 'data-field': `boundary.streets[${index}].why`, value: s.why ?? '' }));
  }
  item.querySelector('.remove-street').addEventListener('click', () => {
    const rest = streetsFromForm().filter((_, i) => i !== index);
    setStreets(rest);
  });
  byId('street-list').append(item);
}

function streetsFromForm() {
  return [...byId('street-list').children].map((li) => ({
    name: li.querySelector('.street-name').value.trim(),
    inSource: li.dataset.inSource === 'true',
    why: li.querySelector('.street-why')?.value.trim() || null,
  }));
}

function boundary(includeDrawn) {
  return {
    description: byId('description-input').value.trim() || null,
    streets: streetsFromForm(),
    extras: (current()?.boundary.extras ?? []).map((e) => ({ name: e.name, kind: e.kind, rule: e.rule })),
    gapToleranceMetres: Number(byId('gap-input').value || 0),
    geometry: includeDrawn && editorMap.isHandEdited() ? editorMap.polygonGeometry() : null,
  };
}

// ---- build ----

const mapTexts = () => ({
  unmatchedAt: t('unmatchedAt'),
  gap: (g) => `${t('gapAt', { m: Math.ceil(g.lengthMetres), from: g.fromStreet, to: g.toStreet })}${g.bridged ? ` (${t('gapBridged')})` : ''}`,
});

async function buildArea() {
  setText('build-status', t('working'));
  showFieldErrors({}, 'build-messages');
  try {
    const build = await post('/api/editor/build', { partnershipId: current().id, boundary: boundary(false) });
    state.build = build;
    editorMap.showBuild(build, mapTexts());
    setText('build-status', build.summary);
    byId('build-status').dataset.succeeded = String(build.succeeded);
    const messages = byId('build-messages');
    messages.replaceChildren(...build.messages.map((m) => el('li', { class: `message ${m.severity}`, 'data-code': m.code }, m.message)));
    for (const gap of build.gaps) {
      const button = el('button', { type: 'button', class: 'secondary link' }, t('showOnMap'));
      button.addEventListener('click', () => editorMap.focus(gap.from.lat, gap.from.lon));
      messages.append(el('li', { class: 'gap', 'data-length': Math.ceil(gap.lengthMetres) }, mapTexts().gap(gap), ' ', button));
    }
  } catch (error) {
    setText('build-status', problemText(error));
    if (error instanceof ApiError) showFieldErrors(error.errors, 'build-messages');
  }
  updateEditButtons();
}

function updateEditButtons() {
  byId('edit-button').disabled = !editorMap.hasPolygon();
  byId('reset-edit-button').hidden = !editorMap.isHandEdited();
}

function toggleEdit() {
  const on = editorMap.toggleEditing(() => {
    setText('build-status', t('handEdited'));
    updateEditButtons();
  });
  byId('edit-button').textContent = on ? t('finishEdit') : t('editPolygon');
}

// ---- validation errors by field ----

function showFieldErrors(errors, listId) {
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  const list = byId(listId);
  for (const old of list.querySelectorAll('.field-error')) old.remove();
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const input = document.querySelector(`[data-field="${CSS.escape(field)}"]`);
    if (input) input.setAttribute('aria-invalid', 'true');
    for (const message of messages) list.append(el('li', { class: 'message error field-error', 'data-field-error': field }, message));
  }
}

// ---- save, review, activate ----

async function saveDraft() {
  setText('save-status', t('working'));
  showFieldErrors({}, 'save-errors');
  try {
    const saved = await post('/api/editor/drafts', {
      partnershipId: current().id, facts: facts(), boundary: boundary(true), reason: byId('reason-input').value.trim(),
    });
    setText('save-status', saved.alreadyExisted ? t('savedExisting', { version: saved.versionId }) : t('saved', { version: saved.versionId }));
    byId('save-status').dataset.version = String(saved.versionId);
    await loadVersions(saved.versionId);
    await showDiff();
  } catch (error) {
    setText('save-status', problemText(error));
    if (error instanceof ApiError) showFieldErrors(error.errors, 'save-errors');
  }
}

async function loadVersions(toVersion) {
  state.versions = await get('/api/editor/versions');
  const active = state.versions.find((v) => v.isActive);
  const option = (v) => el('option', { value: v.id }, t('versionOption', { id: v.id, label: v.label, active: v.isActive ? t('activeMark') : '' }));
  byId('diff-from').replaceChildren(...state.versions.map(option));
  byId('diff-to').replaceChildren(...state.versions.map(option));
  if (active) byId('diff-from').value = String(active.id);
  byId('diff-to').value = String(toVersion ?? state.versions[0]?.id ?? '');
  const list = byId('versions-list');
  list.replaceChildren(...state.versions.map((v) => {
    const item = el('li', { 'data-version': v.id, class: v.isActive ? 'active' : '' },
      t('versionItem', { id: v.id, label: v.label, created: new Date(v.createdAt).toLocaleString(getLanguage()), saved: v.savedBy ? t('savedBy', { name: v.savedBy }) : '' }),
      v.isActive ? t('isActive') : '');
    if (!v.isActive && active && v.id < active.id) {
      const button = el('button', { type: 'button', class: 'secondary restore' }, t('restore'));
      button.addEventListener('click', () => activate(v.id));
      item.append(' ', button);
    }
    return item;
  }));
  await loadAudit();
}

async function loadAudit() {
  const entries = await get('/api/editor/audit');
  const action = (a) => t(`action_${a.replace(/-(\w)/g, (_, c) => c.toUpperCase())}`);
  byId('audit-list').replaceChildren(...entries.map((a) => el('li', { 'data-action': a.action },
    t('auditItem', { at: new Date(a.at).toLocaleString(getLanguage()), actor: a.actor, action: action(a.action), version: a.versionId ? t('auditVersion', { id: a.versionId }) : '', reason: a.reason }))));
}

async function showDiff() {
  const from = byId('diff-from').value;
  const to = byId('diff-to').value;
  setText('diff-summary', t('working'));
  try {
    const diff = await get(`/api/editor/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const changed = diff.areas.filter((a) => a.kind !== 'unchanged' || a.factsChanged);
    setText('diff-summary', t('diffSummary', { from: diff.from, to: diff.to, areas: changed.length, moved: diff.addressesMoved, compared: diff.addressesCompared }));
    byId('diff-summary').dataset.moved = String(diff.addressesMoved);
    const table = byId('diff-areas');
    table.hidden = changed.length === 0;
    table.tBodies[0].replaceChildren(...changed.map((a) => el('tr', { 'data-partnership': a.partnershipId },
      el('td', {}, a.name), el('td', {}, t(`kind_${a.kind}`) + (a.factsChanged ? t('factsChanged') : '')),
      el('td', {}, a.gainedHectares.toLocaleString(getLanguage())), el('td', {}, a.lostHectares.toLocaleString(getLanguage())))));
    const names = (list) => (list.length ? list.join(' + ') : t('none'));
    byId('moves-counts').replaceChildren(...diff.movesByChange.map((c) => el('li', {}, t('moveCount', { from: names(c.from), to: names(c.to), count: c.count }))));
    const shown = diff.moves.slice(0, 100);
    byId('moves-list').replaceChildren(...shown.map((m) => el('li', { class: 'move' }, t('moveItem', { street: m.street, number: m.houseNumber, from: names(m.before), to: names(m.after) }))));
    if (diff.addressesMoved > shown.length) byId('moves-list').append(el('li', { class: 'more' }, t('moreMoves', { count: diff.addressesMoved - shown.length })));
    editorMap.showDiff(diff);
  } catch (error) {
    setText('diff-summary', problemText(error));
  }
}

async function activate(version) {
  const reason = byId('activate-reason').value.trim();
  if (!reason) {
    setText('activate-status', t('reasonNeeded'));
    byId('activate-reason').focus();
    return;
  }
  setText('activate-status', t('working'));
  try {
    const result = await post(`/api/editor/versions/${encodeURIComponent(version)}/activate`, { reason });
    setText('activate-status', t(result.action === 'rolled-back' ? 'rolledBack' : 'activated', { version: result.active, previous: result.previous ?? '—' }));
    byId('activate-status').dataset.active = String(result.active);
    await loadVersions(result.active);
    editorMap.showAreas(await get('/api/areas?simplify=5'));
  } catch (error) {
    setText('activate-status', problemText(error));
  }
}

// ---- start ----

async function start() {
  setLanguage(new URLSearchParams(location.search).get('lang') ?? sessionStorage.getItem('coveragemap-editor-lang') ?? 'pl');
  translatePage();
  let config;
  try { config = await get('/api/config'); } catch { config = null; }
  await editorMap.createMap(config);
  try { editorMap.showAreas(await get('/api/areas?simplify=5')); } catch { /* the editor works without the areas drawn */ }

  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(byId('key-input').value.trim());
  });
  byId('logout-button').addEventListener('click', signOut);
  byId('lang-button').addEventListener('click', () => {
    sessionStorage.setItem('coveragemap-editor-lang', getLanguage() === 'pl' ? 'en' : 'pl');
    location.reload();
  });
  byId('partnership-select').addEventListener('change', () => showPartnership(current()));
  byId('parse-button').addEventListener('click', parseDescription);
  byId('add-street').addEventListener('click', () => addStreet());
  byId('add-former').addEventListener('click', () => addFormer());
  byId('build-button').addEventListener('click', buildArea);
  byId('edit-button').addEventListener('click', toggleEdit);
  byId('reset-edit-button').addEventListener('click', () => buildArea());
  byId('save-button').addEventListener('click', saveDraft);
  byId('diff-button').addEventListener('click', showDiff);
  byId('activate-button').addEventListener('click', () => activate(byId('diff-to').value));

  const saved = sessionStorage.getItem(KEY_STORAGE);
  if (saved) await signIn(saved);
  else setText('key-status', t('keyNeeded'));
  document.body.dataset.ready = 'true';
}

start();
