import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certaintyOf, headingOf } from '../src/js/answer.js';
import { setLanguage } from '../src/js/i18n.js';

const area = (name, relation = 'inside') => ({ partnershipId: name.toLowerCase(), name, relation, lengthInsideMetres: null, lengthAlongBorderMetres: null });
const answer = (fields) => ({
  status: 'resolved', basis: 'addressPoint', certainty: { level: 'high', metres: 25, text: 'pewność wysoka (położenie ±25 m)' },
  areas: [], outsideAlsoPossible: false, message: '…', settle: [], ...fields,
});

test('one partnership: its name is the heading', () => {
  setLanguage('pl');
  assert.deepEqual(headingOf(answer({ areas: [area('Dla Zatrasia i Rudawki')] })), { kind: 'one', title: 'Dla Zatrasia i Rudawki', action: null });
});

test('several: what it depends on, with "none" when outside is possible, and the point on the map that settles it', () => {
  setLanguage('pl');
  const side = headingOf(answer({ status: 'multiple', basis: 'streetSide', outsideAlsoPossible: true, settle: ['pointOnMap'], areas: [area('Marymont-Kaskada', 'alongBorder'), area('Sady Żoliborskie', 'alongBorder')] }));
  assert.deepEqual(side, { kind: 'depends', title: 'Zależy od strony ulicy: Marymont-Kaskada albo Sady Żoliborskie albo żadne', action: 'pointOnMap' });
  assert.equal(headingOf(answer({ status: 'multiple', basis: 'streetStretch', areas: [area('A'), area('B')] })).title, 'Zależy od numeru: A albo B');
  assert.equal(headingOf(answer({ status: 'multiple', basis: 'registry', areas: [area('A'), area('B', 'alongBorder')] })).title, 'Zależy od strony ulicy: A albo B');
  assert.equal(headingOf(answer({ status: 'multiple', basis: 'point', areas: [area('A', 'onBorder'), area('B', 'onBorder')] })).title, 'Na granicy: A albo B');
  setLanguage('en');
  assert.equal(headingOf(answer({ status: 'multiple', basis: 'streetStretch', areas: [area('A'), area('B')] })).title, 'Depends on the house number: A or B');
  setLanguage('pl');
});

test('none, and not known: the heading says so, and what to do', () => {
  setLanguage('pl');
  assert.deepEqual(headingOf(answer({ status: 'noPartnership' })), { kind: 'none', title: 'Tu nie działa żadne partnerstwo', action: null });
  const unknown = headingOf(answer({ status: 'noData', basis: 'none', settle: ['pointOnMap'], certainty: { level: 'none', metres: 0, text: 'brak odpowiedzi' } }));
  assert.deepEqual(unknown, { kind: 'unknown', title: 'Nie wiemy — wskaż swój budynek na mapie', action: 'pointOnMap' });
  assert.equal(headingOf(answer({ status: 'noData', settle: ['houseNumber'] })).action, 'houseNumber');
});

test('certainty: the server words capitalised with its level; none shows nothing', () => {
  assert.deepEqual(certaintyOf(answer({ certainty: { level: 'low', metres: 692, text: 'pewność niska (położenie ±692 m)' } })), { level: 'low', text: 'Pewność niska (położenie ±692 m)' });
  assert.equal(certaintyOf(answer({ certainty: { level: 'none', metres: 0, text: 'brak odpowiedzi' } })), null);
});
