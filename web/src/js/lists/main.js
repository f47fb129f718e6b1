// The lists page (/lista, issue 10 item 4): choose a CSV or XLSX file, send it with its upload's progress, choose the
// address column when the server does not recognise one, read the summary (rows per partnership, rows to check and
// why, those rows first) and download the whole list as XLSX or CSV. The server does all the reading and answering
// (POST /api/lists/check); this module only shows it. Every sentence comes from i18n.js or, for the answers, from the
// server in the page's language.

import { detectLanguage, language, plural, setLanguage, t, translateDocument } from '../i18n.js';
import { checkQuery, fileNameFrom, limitsSentence, ndjsonLines, readAsSentence } from './format.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
setLanguage(detectLanguage(params.get('lang'), navigator.languages));

let file = null;
let choice = null;
let limits = null;

function applyLanguage() {
  translateDocument();
  document.title = t('listsTitle');
  $('map-link').href = language() === 'pl' ? './' : './?lang=en';
  if (limits) $('limits').textContent = limitsSentence(limits, language());
}

function setStatus(element, text, isError = false) {
  element.textContent = text;
  element.classList.toggle('error', isError);
  element.setAttribute('role', isError ? 'alert' : 'status');
}

/**
 * Sends the file with XMLHttpRequest (fetch has no upload progress); resolves with { status, body, disposition }. With
 * onLine the check is asked for as NDJSON (Accept: application/x-ndjson): each line the server has written so far is
 * handed to onLine as it arrives (its progress, then the result), and body is the text; otherwise body is a Blob.
 */
function send(format, onUpload, onLine) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `api/lists/check?${checkQuery(format, choice)}`);
    request.setRequestHeader('Accept-Language', language());
    if (onLine) request.setRequestHeader('Accept', 'application/x-ndjson');
    request.responseType = onLine ? 'text' : 'blob';
    let read = 0;
    const lines = () => {
      if (!onLine || request.status !== 200) return;
      const { values, next } = ndjsonLines(request.responseText, read);
      read = next;
      values.forEach(onLine);
    };
    request.upload.addEventListener('progress', (e) => { if (e.lengthComputable && onUpload) onUpload(e.loaded / e.total); });
    request.upload.addEventListener('load', () => onUpload?.(1));
    request.addEventListener('progress', lines);
    request.addEventListener('load', () => {
      lines();
      resolve({ status: request.status, body: request.response, disposition: request.getResponseHeader('Content-Disposition') });
    });
    request.addEventListener('error', () => reject(new Error('network')));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

async function problemOf(response) {
  try { return JSON.parse(typeof response.body === 'string' ? response.body : await response.body.text()); } catch { return null; }
}

function showProgress(fraction) {
  $('progress-wrap').hidden = false;
  if (fraction === null) {
    $('progress').removeAttribute('value');
    $('progress-label').textContent = t('listsChecking');
  } else {
    $('progress').value = Math.round(fraction * 100);
    $('progress-label').textContent = t('listsUploading', { percent: Math.round(fraction * 100) });
  }
}

/** The server's progress while it answers the rows: "Sprawdzono 12 000 z 100 000 wierszy", in the page's language. */
function showChecked(progress) {
  $('progress-wrap').hidden = false;
  $('progress').value = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 100;
  $('progress-label').textContent = progress.text;
}

async function check() {
  if (!file) {
    setStatus($('status'), t('listsNoFile'), true);
    return;
  }
  $('check-button').disabled = true;
  $('result-section').hidden = true;
  setStatus($('status'), '');
  showProgress(0);
  try {
    let result = null;
    const response = await send('json', (f) => showProgress(f < 1 ? f : null), (line) => {
      if (line.type === 'progress') showChecked(line.progress);
      else if (line.type === 'result') result = line.result;
    });
    if (response.status === 200) {
      // A stream that ends without its result line was cut off: the check did not finish.
      if (!result) throw new Error('incomplete');
      $('columns-section').hidden = true;
      showResult(result);
      return;
    }
    const problem = await problemOf(response);
    if (response.status === 422 && problem?.columns) showColumns(problem);
    setStatus($('status'), problem?.detail ?? t('listsFailed'), true);
  } catch {
    setStatus($('status'), t('listsFailed'), true);
  } finally {
    $('check-button').disabled = false;
    $('progress-wrap').hidden = true;
  }
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function showColumns(problem) {
  $('columns-section').hidden = false;
  $('columns-intro').textContent = problem.detail;
  $('address-select').replaceChildren(...problem.columns.map((c) => option(c, c)));
  $('number-select').replaceChildren(option('', t('listsNoNumberColumn')), ...problem.columns.map((c) => option(c, c)));
  $('address-select').focus();
}

/** A table cell; its column's name rides along (data-label) for the phone layout, where rows become cards. */
function cell(row, text, label) {
  const td = document.createElement('td');
  td.textContent = text;
  if (label) td.dataset.label = label;
  row.append(td);
  return td;
}

function showResult(answer) {
  $('result-section').hidden = false;
  $('read-as').textContent = readAsSentence(answer, language());
  setStatus($('download-status'), '');
  const counts = answer.summary.partnerships.map((p) => [p.name, p.rows]);
  if (answer.summary.outside > 0) counts.push([t('listsOutside'), answer.summary.outside]);
  $('counts-body').replaceChildren(...counts.map(([name, rows]) => {
    const tr = document.createElement('tr');
    cell(tr, name);
    cell(tr, new Intl.NumberFormat(language()).format(rows));
    return tr;
  }));
  if (counts.length === 0) {
    const tr = document.createElement('tr');
    cell(tr, t('listsNoneDefinite')).colSpan = 2;
    $('counts-body').replaceChildren(tr);
  }
  const attention = answer.summary.attentionRows;
  $('attention-title').textContent = attention > 0 ? plural('listsAttention', attention) : t('listsAttentionNone');
  $('attention-list').replaceChildren(...answer.summary.attention.map((a) => {
    const li = document.createElement('li');
    li.textContent = `${a.text}: ${plural('listsRows', a.rows)}`;
    return li;
  }));
  const reasons = new Map(answer.summary.attention.map((a) => [a.reason, a.text]));
  $('rows-body').replaceChildren(...answer.rows.map((r) => {
    const tr = document.createElement('tr');
    if (r.attention !== 'none') tr.className = 'attention';
    cell(tr, String(r.line), t('listsColumnLine'));
    cell(tr, r.address, t('listsColumnAddress'));
    const partnership = cell(tr, r.partnership, t('listsColumnPartnership'));
    if (r.attention !== 'none') {
      const reason = document.createElement('span');
      reason.className = 'reason';
      reason.textContent = reasons.get(r.attention) ?? '';
      partnership.prepend(reason);
    }
    cell(tr, r.certainty, t('listsColumnCertainty'));
    cell(tr, r.notes, t('listsColumnNotes'));
    return tr;
  }));
  $('rows-note').textContent = answer.rows.length < answer.summary.rows
    ? t('listsRowsShown', { shown: answer.rows.length, all: answer.summary.rows })
    : t('listsRowsAll');
  $('result-title').focus();
}

async function download(format) {
  const status = $('download-status');
  setStatus(status, t('listsPreparing'));
  for (const id of ['download-xlsx', 'download-csv']) $(id).disabled = true;
  try {
    const response = await send(format, null);
    if (response.status !== 200) {
      const problem = await problemOf(response);
      setStatus(status, problem?.detail ?? t('listsFailed'), true);
      return;
    }
    const name = fileNameFrom(response.disposition, `lista.${format}`);
    const url = URL.createObjectURL(response.body);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(status, t('listsDownloaded', { file: name }));
  } catch {
    setStatus(status, t('listsFailed'), true);
  } finally {
    for (const id of ['download-xlsx', 'download-csv']) $(id).disabled = false;
  }
}

$('file-input').addEventListener('change', (e) => {
  file = e.target.files?.[0] ?? null;
  choice = null;
  $('columns-section').hidden = true;
});
$('upload-form').addEventListener('submit', (e) => {
  e.preventDefault();
  check();
});
$('columns-form').addEventListener('submit', (e) => {
  e.preventDefault();
  choice = { address: $('address-select').value, number: $('number-select').value || null };
  check();
});
$('download-xlsx').addEventListener('click', () => download('xlsx'));
$('download-csv').addEventListener('click', () => download('csv'));
$('lang-button').addEventListener('click', () => {
  setLanguage(language() === 'pl' ? 'en' : 'pl');
  const url = new URL(location.href);
  if (language() === 'pl') url.searchParams.delete('lang'); else url.searchParams.set('lang', 'en');
  history.replaceState(null, '', url);
  applyLanguage();
});

applyLanguage();
fetch('api/lists/limits').then((r) => (r.ok ? r.json() : null)).then((value) => {
  limits = value;
  if (limits) $('limits').textContent = limitsSentence(limits, language());
}).catch(() => { /* the limits stay "loading"; the server states them in its problems anyway */ });
