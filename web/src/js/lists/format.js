// Pure helpers of the lists page (no DOM): the file name of a download, the query of a check, the sentences of the
// summary. Unit-tested with node --test.

import { plural, t } from '../i18n.js';

/** The file name a Content-Disposition header gives (filename*=UTF-8''… preferred), or the fallback. */
export function fileNameFrom(disposition, fallback) {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try { return decodeURIComponent(star[1].trim()); } catch { /* fall through to the plain name */ }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * The complete lines of NDJSON text (one JSON value a line) from offset `from` on, parsed: { values, next }, next being
 * where the line still arriving starts (read from there once more of the text has come).
 */
export function ndjsonLines(text, from) {
  const values = [];
  let start = from;
  for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
    const line = text.slice(start, end).trim();
    if (line) values.push(JSON.parse(line));
    start = end + 1;
  }
  return { values, next: start };
}

/** The query string of a check: the format and the columns the person chose (none: recognised by the server). */
export function checkQuery(format, choice) {
  const params = new URLSearchParams({ format });
  if (choice?.number) {
    params.set('street', choice.address);
    params.set('number', choice.number);
  } else if (choice?.address) {
    params.set('address', choice.address);
  }
  return params.toString();
}

/** "W jednym pliku najwyżej 100 000 wierszy i 20 MB." in the current language. */
export function limitsSentence(limits, lang) {
  const rows = plural('listsRows', limits.maxRows, {}).replace(String(limits.maxRows), new Intl.NumberFormat(lang).format(limits.maxRows));
  const mb = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(limits.maxBytes / (1024 * 1024));
  return t('listsLimits', { rows, mb });
}

/** How the file was read, as one sentence. */
export function readAsSentence(answer, lang) {
  const rows = plural('listsRows', answer.summary.rows).replace(String(answer.summary.rows), new Intl.NumberFormat(lang).format(answer.summary.rows));
  const c = answer.addressColumns;
  const columns = (c.address ? [c.address] : [c.street, c.number].filter(Boolean)).map((n) => `„${n}”`).join(' + ');
  const values = { file: answer.fileName, rows, encoding: answer.encodingText, separator: answer.separator === '\t' ? 'tab' : answer.separator, columns };
  const sentence = t(answer.format === 'xlsx' ? 'listsReadXlsx' : 'listsReadCsv', values);
  return answer.emptyRowsSkipped > 0 ? `${sentence} ${t('listsEmptySkipped', { n: answer.emptyRowsSkipped })}` : sentence;
}
