// The partnership panel (a side panel on wide screens, a bottom sheet on phones). Everything from data is text.
import { el, clear } from './dom.js';
import { t, formatFounded, formatDistance } from './i18n.js';

const panel = () => document.getElementById('panel');

let returnFocusTo = null;

export function isOpen() {
  return !panel().hidden;
}

/**
 * Opens the panel. content: { partnership, area, result, onShow(id), onPick(district) } — result: a lookup answer
 * (point or address, one shape) or null; partnership may be null when the answer names no area (then the answer
 * alone is shown). focus: move focus into the panel (keyboard use).
 */
export function openPanel(content, { focus = false, opener = null } = {}) {
  render(content);
  const wasOpen = isOpen();
  panel().hidden = false;
  document.body.classList.add('panel-open');
  if (!wasOpen) returnFocusTo = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  if (focus) document.getElementById('panel-title').focus();
}

export function closePanel() {
  if (!isOpen()) return;
  panel().hidden = true;
  document.body.classList.remove('panel-open');
  const target = returnFocusTo;
  returnFocusTo = null;
  if (target && document.contains(target)) target.focus();
}

export function render({ partnership, area, result, onShow, onPick }) {
  const title = document.getElementById('panel-title');
  const resultBox = document.getElementById('panel-result');
  const body = clear(document.getElementById('panel-body'));
  clear(resultBox);

  title.textContent = partnership ? partnership.name : result?.street ? addressOf(result) : t('yourPoint');
  resultBox.hidden = !result;
  if (result) renderResult(resultBox, result, partnership, onShow, onPick);
  if (!partnership) return;

  const facts = el('dl', { class: 'facts' });
  const fact = (label, ...value) => {
    if (value.every((v) => v === null || v === undefined || v === '')) return;
    facts.append(el('dt', {}, label), el('dd', {}, ...value));
  };
  if (partnership.fullName && partnership.fullName !== partnership.name) fact(t('fullName'), partnership.fullName);
  fact(t('district'), partnership.district);
  const former = partnership.formerNames ?? [];
  if (former.length) {
    fact(t('formerNames'), el('ul', { class: 'plain' }, former.map((f) => el('li', {}, `${f.name} (${years(f)})`))));
  }
  fact(t('founded'), formatFounded(partnership.founded));
  fact(t('coordinator'), partnership.coordinator);
  const members = partnership.members ?? [];
  if (members.length) fact(t('members'), el('ul', { class: 'plain' }, members.map((m) => el('li', {}, m))));
  fact(t('contact'), contact(partnership.contact) ?? t('noContact'));
  body.append(facts);

  if (partnership.description) body.append(el('h3', {}, t('about')), el('p', {}, partnership.description));

  body.append(el('h3', {}, t('provenance')));
  if (!area) {
    body.append(el('p', {}, t('noArea')));
    return;
  }
  const provenance = area.provenance ?? {};
  const accuracy = Number.isFinite(provenance.estimatedAccuracyMetres) ? Math.round(provenance.estimatedAccuracyMetres) : null;
  if (provenance.approximate) {
    body.append(el('p', { class: 'approximate' }, t('approximate', { m: accuracy ?? '?' })));
  } else if (accuracy !== null) {
    body.append(el('p', {}, t('accurate', { m: accuracy })));
  }
  const prov = el('dl', { class: 'facts provenance' });
  const add = (label, value) => {
    if (value === null || value === undefined || value === '') return;
    prov.append(el('dt', {}, label), el('dd', {}, value));
  };
  add(t('basis'), provenance.basis === 'msi' ? t('basisMsi') : provenance.basis === 'source' ? t('basisSource') : provenance.basis);
  add(t('method'), provenance.method);
  add(t('network'), provenance.network);
  add(t('networkDate'), provenance.networkDate);
  add(t('licence'), provenance.networkLicence);
  add(t('builtAt'), provenance.builtAt ? String(provenance.builtAt).slice(0, 10) : null);
  const notes = Array.isArray(provenance.notes) ? provenance.notes.filter(Boolean) : [];
  if (notes.length) prov.append(el('dt', {}, t('notes')), el('dd', {}, el('ul', { class: 'plain' }, notes.map((n) => el('li', {}, n)))));
  body.append(prov);
}

/**
 * The answer: the server's sentence (in the page's language), how sure it is, the nearest partnership when none
 * covers a point, a button for every other partnership it names (saying how the answer touches it), and for a street
 * name other districts also have, a button per other street.
 */
function renderResult(box, result, shown, onShow, onPick) {
  box.dataset.status = result.status;
  box.dataset.basis = result.basis;
  box.append(el('p', { class: 'answer' }, result.message));
  const certainty = result.certainty;
  if (certainty && certainty.level !== 'none') {
    box.append(el('p', { class: 'certainty', 'data-level': certainty.level }, capitalise(certainty.text)));
  }
  const areas = result.areas ?? [];
  if (!areas.length && result.nearest) {
    box.append(el('p', { class: 'nearest' }, t('resultNearest', { name: result.nearest.name, distance: formatDistance(result.nearest.distanceMetres) })));
  }
  const others = areas.length ? areas : result.nearest ? [{ ...result.nearest, relation: null }] : [];
  for (const other of others.filter((a) => !shown || a.partnershipId !== shown.id)) {
    const relation = other.relation === 'onBorder' ? t('relationOnBorder') : other.relation === 'alongBorder' ? t('relationAlongBorder') : null;
    const button = el('button', { type: 'button', class: 'secondary show-other', 'data-relation': other.relation },
      t('showPartnership', { name: other.name }), relation ? ` (${relation})` : null);
    button.addEventListener('click', () => onShow?.(other.partnershipId));
    box.append(button);
  }
  if (result.assumedNamesake) {
    for (const namesake of result.alternatives ?? []) {
      const district = namesake.districts?.[0];
      if (!district) continue;
      const button = el('button', { type: 'button', class: 'secondary pick-namesake' }, t('pickNamesake', { districts: namesake.districts.join(', ') }));
      button.addEventListener('click', () => onPick?.(district));
      box.append(button);
    }
  }
}

/** The address an answer is about, as the register names it: <street> <number>. */
function addressOf(result) {
  return result.houseNumber ? `${result.street.name} ${result.houseNumber}` : result.street.name;
}

function capitalise(text) {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : '';
}

function years(f) {
  if (f.to === null || f.to === undefined) return `${f.from}–`;
  return f.from === f.to ? `${f.from}` : `${f.from}–${f.to}`;
}

function contact(c) {
  if (!c) return null;
  const lines = [];
  if (c.organisation) lines.push(el('div', {}, c.organisation));
  if (c.place) lines.push(el('div', {}, c.place));
  const address = [c.street, [c.postcode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (address) lines.push(el('div', {}, address));
  if (c.email) {
    const a = el('a', {}, c.email);
    a.href = `mailto:${c.email}`;
    lines.push(el('div', {}, a));
  }
  if (c.phone) {
    const a = el('a', {}, c.phone);
    a.href = `tel:${String(c.phone).replace(/[^\d+]/g, '')}`;
    lines.push(el('div', {}, a));
  }
  return lines.length ? lines : null;
}
