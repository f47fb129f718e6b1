import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitQuery, suggestable } from '../src/js/search-text.js';

test('a district typed after the address is taken apart from it', () => {
  assert.deepEqual(splitQuery('Słowackiego 15 Żoliborz'), { address: 'Słowackiego 15', district: 'Żoliborz', street: 'Słowackiego', rest: '15', typeOnly: null });
  assert.equal(splitQuery('Słowackiego 15, zoliborz').district, 'Żoliborz');
  assert.equal(splitQuery('Grochowska 20 Praga Południe').district, 'Praga-Południe');
  assert.equal(splitQuery('Grochowska 20 Praga Południe').address, 'Grochowska 20');
});

test('a postcode stays in the address (the server reads it); a street named like a district stays the street', () => {
  assert.deepEqual(splitQuery('Słowackiego 15, 01-627'), { address: 'Słowackiego 15, 01-627', district: null, street: 'Słowackiego', rest: '15, 01-627', typeOnly: null });
  assert.equal(splitQuery('Wola').district, null);
  assert.equal(splitQuery('Bielany').street, 'Bielany');
});

test('the street part goes on being suggested while the number is typed', () => {
  assert.equal(splitQuery('Słowackiego 1').street, 'Słowackiego');
  assert.equal(splitQuery('al. Armii Krajowej 12a').street, 'al. Armii Krajowej');
  assert.equal(splitQuery('11 Listopada 5').street, '11 Listopada');
  assert.ok(suggestable('Słowackiego'));
  assert.ok(!suggestable('52.2'));
  assert.ok(!suggestable('s'));
  assert.ok(!suggestable('ul.'));
});

test('a street type alone is not an address', () => {
  assert.equal(splitQuery('ul.').typeOnly, 'ul.');
  assert.equal(splitQuery(' al ').typeOnly, 'al');
  assert.equal(splitQuery('ul. Elbląska').typeOnly, null);
});
