import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTypedCoordinates, queryOf, readUrl } from '../src/js/state.js';

const at = (href) => { const u = new URL(href, 'http://127.0.0.1'); return { pathname: u.pathname, search: u.search, hash: u.hash }; };

test('the URL gives the state: partnership, point, address, language, embed, search box, view', () => {
  const s = readUrl(at('/embed?p=marymont-kaskada&q=S%C5%82owackiego+15&d=%C5%BBoliborz&lang=en&search=0#15/52.27/20.98'), {});
  assert.deepEqual(s, {
    partnership: 'marymont-kaskada', point: null, query: { text: 'Słowackiego 15', district: 'Żoliborz' }, lang: 'en',
    embed: true, search: false, view: { zoom: 15, lat: 52.27, lon: 20.98 },
  });
  const plain = readUrl(at('/?pt=52.2735,20.9745'), {});
  assert.deepEqual(plain.point, { lat: 52.2735, lon: 20.9745 });
  assert.equal(plain.embed, false);
  assert.equal(plain.search, true);
});

test('the state gives the URL back: the full map keeps p, q and lang, not search=0; an embed keeps search=0', () => {
  const s = { partnership: null, only: 'marymont-kaskada', point: { lat: 52.1, lon: 21 }, query: { text: 'Słowackiego 15', district: null }, lang: 'en', search: false };
  assert.equal(queryOf(s), '?p=marymont-kaskada&q=S%C5%82owackiego+15&lang=en');
  assert.equal(queryOf(s, { withSearchFlag: true }), '?p=marymont-kaskada&q=S%C5%82owackiego+15&lang=en&search=0');
  assert.equal(queryOf({ point: { lat: 52.1, lon: 21 }, lang: 'pl' }), '?pt=52.1,21');
  assert.equal(queryOf({}), '');
});

test('coordinates as people type them', () => {
  assert.deepEqual(parseTypedCoordinates('52.27, 20.98'), { lat: 52.27, lon: 20.98 });
  assert.deepEqual(parseTypedCoordinates('52,185; 21,005'), { lat: 52.185, lon: 21.005 });
  assert.deepEqual(parseTypedCoordinates('52.27N 20.98E'), { lat: 52.27, lon: 20.98 });
  assert.equal(parseTypedCoordinates('Słowackiego 15'), null);
  assert.equal(parseTypedCoordinates('95, 20'), null);
});
