import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { creditsOf, formerName, noContactSentence, provenanceSentence } from '../src/js/facts.js';
import { setLanguage } from '../src/js/i18n.js';

// The committed areas: the page's provenance sentences are made from exactly these properties.
const areas = JSON.parse(readFileSync(new URL('../../geodata/areas.geojson', import.meta.url), 'utf8')).features.map((f) => f.properties);
const of = (id) => areas.find((a) => a.partnershipId === id).provenance;

test('provenance as a person says it: streets, accuracy, who made the data; no file names or algorithm words', () => {
  setLanguage('pl');
  assert.equal(provenanceSentence(of('dla-zatrasia-i-rudawki')),
    'Granice wyznaczone z przebiegu ulic: Władysława Broniewskiego, Zygmunta Krasińskiego, Powązkowska, Armii Krajowej; '
    + 'dokładność ok. 75 m; dane: ZDM Warszawa, Urząd m.st. Warszawy, RSPO, OpenStreetMap (stan ulic: grudzień 2026).');
  for (const a of areas) {
    const sentence = provenanceSentence(a.provenance);
    for (const word of ['polygonize', 'face', 'dangling', '.geojson', 'GeoJSON', 'tolerance', 'Derived', 'contributors']) {
      assert.ok(!sentence.includes(word), `${a.partnershipId}: "${word}" in ${sentence}`);
    }
  }
});

test('an MSI-built area says so, and a street the description does not name is said to be added', () => {
  setLanguage('pl');
  const sentence = provenanceSentence(of('moje-wierzbno'));
  assert.match(sentence, /^Granice osiedla z Miejskiego Systemu Informacji, wyznaczone z przebiegu ulic: Racławicka, Puławska \(dodana: opis jej nie wymienia\), Jana Pawła Woronicza, Wołoska; dokładność ok\. 150 m;/);
  setLanguage('en');
  assert.match(provenanceSentence(of('moje-wierzbno')), /Puławska \(added: the description does not name it\).*accurate to about 150 m; data: ZDM Warszawa/);
  setLanguage('pl');
});

test('credits from a licence note with and without its "cite" part', () => {
  assert.deepEqual(creditsOf('Derived from X (CC0 1.0); cite ZDM Warszawa (CC0); © OpenStreetMap contributors (ODbL)'), ['ZDM Warszawa', 'OpenStreetMap']);
  assert.deepEqual(creditsOf('© OpenStreetMap contributors (ODbL 1.0)'), ['OpenStreetMap']);
  assert.deepEqual(creditsOf(null), []);
});

test('no contact: the coordinator named in a sentence a resident understands', () => {
  setLanguage('pl');
  assert.equal(noContactSentence({ coordinator: 'Ośrodek Pomocy Społecznej Dzielnicy Żoliborz' }),
    'Partnerstwo nie podaje adresu kontaktowego. Zapytaj koordynatora: Ośrodek Pomocy Społecznej Dzielnicy Żoliborz.');
  assert.equal(noContactSentence({ coordinator: null }), 'Partnerstwo nie podaje adresu kontaktowego.');
  assert.equal(formerName({ name: 'Nasz Żoliborz IV', from: 2011, to: 2018 }), 'Nasz Żoliborz IV (2011–2018)');
});
