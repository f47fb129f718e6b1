import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDistance, formatFounded, plural, setLanguage, t } from '../src/js/i18n.js';

test('Polish plurals: 1 partnerstwo, 2–4 partnerstwa, 5 partnerstw, 22 partnerstwa', () => {
  setLanguage('pl');
  assert.equal(plural('legendOthers', 1), '+ 1 inne partnerstwo na pełnej mapie');
  assert.equal(plural('legendOthers', 3), '+ 3 inne partnerstwa na pełnej mapie');
  assert.equal(plural('legendOthers', 5), '+ 5 innych partnerstw na pełnej mapie');
  assert.equal(plural('legendOthers', 22), '+ 22 inne partnerstwa na pełnej mapie');
  assert.equal(plural('legendOthers', 12), '+ 12 innych partnerstw na pełnej mapie');
});

test('English plurals and placeholders', () => {
  setLanguage('en');
  assert.equal(plural('legendOthers', 1), '+ 1 other partnership on the full map');
  assert.equal(plural('legendOthers', 4), '+ 4 other partnerships on the full map');
  assert.equal(t('dependsSide', { names: 'A or B' }), 'Depends on the side of the street: A or B');
  setLanguage('pl');
});

test('every key has both languages, and no Polish string is left in English', async () => {
  const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('../src/js/i18n.js', import.meta.url), 'utf8'));
  const keys = (block) => [...block.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]).sort();
  const [, pl, en] = /pl: \{([\s\S]*?)\n {2}\},\n {2}en: \{([\s\S]*?)\n {2}\},\n\};/.exec(source);
  assert.deepEqual(keys(pl), keys(en));
  setLanguage('pl');
  for (const word of ['Zoom', 'denied', 'face', 'dangling', 'polygonize']) assert.ok(!pl.includes(word), word);
});

test('dates and distances in the language of the page', () => {
  setLanguage('pl');
  assert.equal(formatFounded('2011'), '2011');
  assert.equal(formatFounded('2013-05'), 'maj 2013');
  assert.equal(formatDistance(448.6), '449 m');
  assert.equal(formatDistance(1250), '1,3 km');
  setLanguage('en');
  assert.equal(formatFounded('2013-05'), 'May 2013');
  assert.equal(formatDistance(1250), '1.3 km');
  setLanguage('pl');
});
