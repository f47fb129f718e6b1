// The panel (a side panel on wide screens, a bottom sheet on phones): the answer at a glance — its heading is the
// answer, with how sure it is and the one action that settles it — then the partnership's facts. Everything from
// data is text.
import { headingOf, certaintyOf } from './answer.js';
import { el, clear } from './dom.js';
import { formerName, noContactSentence, provenanceSentence } from './facts.js';
import { t, formatFounded, formatDistance } from './i18n.js';

const panel = () => document.getElementById('panel');

let returnFocusTo = null;

export function isOpen() {
  return !panel().hidden;
}

/**
 * Opens the panel. content: { partnership, area, result, onShow(id), onPick(district), onAction(action) } — result:
 * a lookup answer or null; partnership: the registry's record (null when the answer names no area); area: its area's
 * properties (null when it has none). focus: move focus into the panel (keyboard use).
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

function render({ partnership, area, result, onShow, onPick, onAction }) {
  const title = document.getElementById('panel-title');
  const kicker = document.getElementById('panel-kicker');
  const resultBox = clear(document.getElementById('panel-result'));
  const body = clear(document.getElementById('panel-body'));

  const heading = result ? headingOf(result) : null;
  title.textContent = heading ? heading.title : partnership.name;
  title.dataset.kind = heading ? heading.kind : 'partnership';
  kicker.textContent = heading ? t(heading.kind === 'one' ? 'answerYours' : 'answerKicker') : '';
  kicker.hidden = !heading;
  resultBox.hidden = !result;
  if (result) renderResult(resultBox, result, heading, partnership, { onShow, onPick, onAction });
  if (!partnership) return;

  if (title.textContent !== partnership.name) body.append(el('h3', { class: 'about-title' }, t('aboutPartnership', { name: partnership.name })));
  renderFacts(body, partnership);
  renderBoundary(body, partnership, area);
}

/**
 * Under the heading: how sure (the server's words and metres, in a look per level), the server's sentence, the
 * action that settles the answer, the nearest partnership when none covers a point, a button for every other
 * partnership the answer names (saying how it touches it), and for a street name other districts also have, a
 * button per other street.
 */
function renderResult(box, result, heading, shown, { onShow, onPick, onAction }) {
  box.dataset.status = result.status;
  box.dataset.basis = result.basis;
  const certainty = certaintyOf(result);
  if (certainty) box.append(el('p', { class: 'certainty', 'data-level': certainty.level }, certainty.text));
  box.append(el('p', { class: 'answer' }, result.message));
  if (heading.action) {
    const action = el('button', { type: 'button', class: 'settle-action', 'data-action': heading.action },
      t(heading.action === 'pointOnMap' ? 'actionPointOnMap' : 'actionHouseNumber'));
    action.addEventListener('click', () => onAction(heading.action));
    box.append(action);
  }
  if (!result.areas.length && result.nearest) {
    box.append(el('p', { class: 'nearest' }, t('resultNearest', { name: result.nearest.name, distance: formatDistance(result.nearest.distanceMetres) })));
  }
  const others = result.areas.length ? result.areas : result.nearest ? [{ ...result.nearest, relation: null }] : [];
  for (const other of others.filter((a) => !shown || a.partnershipId !== shown.id)) {
    const relation = other.relation === 'onBorder' ? t('relationOnBorder') : other.relation === 'alongBorder' ? t('relationAlongBorder') : null;
    const button = el('button', { type: 'button', class: 'secondary show-other', 'data-relation': other.relation },
      t('showPartnership', { name: other.name }), relation ? ` (${relation})` : null);
    button.addEventListener('click', () => onShow(other.partnershipId));
    box.append(button);
  }
  if (result.assumedNamesake) {
    for (const namesake of result.alternatives) {
      const district = namesake.districts[0];
      const button = el('button', { type: 'button', class: 'secondary pick-namesake' }, t('pickNamesake', { districts: namesake.districts.join(', ') }));
      button.addEventListener('click', () => onPick(district));
      box.append(button);
    }
  }
}

function renderFacts(body, p) {
  const facts = el('dl', { class: 'facts' });
  const fact = (label, ...value) => {
    if (value.every((v) => v === null || v === undefined || v === '')) return;
    facts.append(el('dt', {}, label), el('dd', {}, ...value));
  };
  const list = (items) => (items.length ? el('ul', { class: 'plain' }, items.map((item) => el('li', {}, item))) : null);
  if (p.fullName !== p.name) fact(t('fullName'), p.fullName);
  fact(t('district'), p.district);
  fact(t('neighbourhoods'), p.neighbourhoods.join(', '));
  fact(t('formerNames'), list(p.formerNames.map(formerName)));
  fact(t('founded'), formatFounded(p.founded));
  fact(t('coordinator'), p.coordinator);
  fact(t('initiators'), list(p.initiators));
  fact(t('members'), list(p.members));
  fact(t('activities'), list(p.activities));
  fact(t('contact'), contact(p.contact) ?? el('span', { class: 'no-contact' }, noContactSentence(p)));
  body.append(facts);
  if (p.description) body.append(el('h3', {}, t('about')), el('p', {}, p.description));
}

/** The boundary in the partnership's own words, then where the drawn line comes from, as a person would say it. */
function renderBoundary(body, p, area) {
  body.append(el('h3', {}, t(p.boundary.basis === 'msi' ? 'boundaryMsi' : 'boundaryOwnWords')),
    el('p', { class: 'boundary-text' }, `„${p.boundary.sourceText}”`));
  body.append(el('h3', {}, t('provenance')));
  if (!area) {
    body.append(el('p', {}, t('noArea')));
    return;
  }
  const provenance = area.provenance;
  const accuracy = Math.round(provenance.estimatedAccuracyMetres);
  body.append(provenance.approximate
    ? el('p', { class: 'approximate' }, t('approximate', { m: accuracy }))
    : el('p', {}, t('accurate', { m: accuracy })));
  body.append(el('p', { class: 'provenance' }, provenanceSentence(provenance)));
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
