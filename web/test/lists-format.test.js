import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setLanguage } from '../src/js/i18n.js';
import { checkQuery, fileNameFrom, limitsSentence, ndjsonLines, readAsSentence } from '../src/js/lists/format.js';

test('the download keeps the server\'s file name, Polish letters included', () => {
  assert.equal(fileNameFrom("attachment; filename=klienci-wynik.xlsx; filename*=UTF-8''klienci%C5%BC-wynik.xlsx", 'x'), 'klienciż-wynik.xlsx');
  assert.equal(fileNameFrom('attachment; filename="lista-wynik.csv"', 'x'), 'lista-wynik.csv');
  assert.equal(fileNameFrom(null, 'lista.csv'), 'lista.csv');
});

test('a chosen address column, or a street with its number column, goes into the query', () => {
  assert.equal(checkQuery('json', null), 'format=json');
  assert.equal(checkQuery('csv', { address: 'Miejsce zamieszkania', number: null }), 'format=csv&address=Miejsce+zamieszkania');
  assert.equal(checkQuery('xlsx', { address: 'Ul.', number: 'Dom' }), 'format=xlsx&street=Ul.&number=Dom');
});

test('the limits and how the file was read are said in Polish with plurals, and in English', () => {
  setLanguage('pl');
  assert.equal(limitsSentence({ maxRows: 100000, maxBytes: 20 * 1024 * 1024 }, 'pl').replace(/\u00a0/g, ' '),
    'W jednym pliku najwyżej 100 000 wierszy i 20 MB. Większą listę podziel na kilka plików.');
  const answer = {
    fileName: 'klienci.csv', format: 'csv', encodingText: 'Windows-1250', separator: ';', emptyRowsSkipped: 0,
    addressColumns: { address: 'Adres' }, summary: { rows: 22 },
  };
  assert.equal(readAsSentence(answer, 'pl'), 'Plik „klienci.csv”: 22 wiersze. Odczytany jako CSV w kodowaniu Windows-1250, separator „;”. Adres z kolumny: „Adres”.');
  setLanguage('en');
  assert.match(readAsSentence({ ...answer, format: 'xlsx', summary: { rows: 1 } }, 'en'), /^File "klienci.csv": 1 row\. Read as an Excel workbook/);
  setLanguage('pl');
});

test('NDJSON arriving in pieces is read line by line, the line still arriving left for later', () => {
  const first = '{"type":"progress","progress":{"done":0,"total":2}}\n{"type":"progress","pro';
  const a = ndjsonLines(first, 0);
  assert.deepEqual(a.values, [{ type: 'progress', progress: { done: 0, total: 2 } }]);
  const all = `${first}gress":{"done":2,"total":2}}\n\n{"type":"result","result":{"rows":2}}\n`;
  const b = ndjsonLines(all, a.next);
  assert.deepEqual(b.values.map((v) => v.type), ['progress', 'result']);
  assert.equal(b.values[0].progress.done, 2);
  assert.equal(b.next, all.length);
  assert.deepEqual(ndjsonLines(all, b.next).values, []);
});
