// A partnership's facts and its area's provenance, as sentences a resident reads: no file names, no algorithm words.
// Returns plain strings (the panel sets them as text). Pure: unit-tested with node --test.
import { t, formatFounded } from './i18n.js';

/**
 * "Granice wyznaczone z przebiegu ulic: Władysława Broniewskiego, …; dokładność ok. 75 m; dane: ZDM Warszawa, …
 * (stan ulic: grudzień 2026)." — from the area's provenance (streetsMatched, estimatedAccuracyMetres,
 * networkLicence, networkDate, basis). A street the partnership's description does not name is said to be added.
 */
export function provenanceSentence(provenance) {
  const streets = provenance.streetsMatched.map((s) => {
    const name = s.matched[0] ?? s.street;
    return s.inSource ? name : t('provenanceAdded', { street: name });
  });
  const parts = [];
  if (streets.length) parts.push(t(provenance.basis === 'msi' ? 'provenanceMsiStreets' : 'provenanceStreets', { streets: streets.join(', ') }));
  parts.push(t('provenanceAccuracy', { m: Math.round(provenance.estimatedAccuracyMetres) }));
  const credits = creditsOf(provenance.networkLicence);
  if (credits.length) {
    const asOf = provenance.networkDate ? ` (${t('provenanceAsOf', { date: formatFounded(provenance.networkDate) })})` : '';
    parts.push(t('provenanceData', { credits: credits.join(', ') }) + asOf);
  }
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}.`;
}

/**
 * Who to credit for the street data, as names: the licence note's "cite A (CC0); B; © C contributors (ODbL)" part
 * (the build's own wording) → [A, B, C]; a note without one → its sources before any licence in brackets.
 */
export function creditsOf(licence) {
  if (!licence) return [];
  const cite = /\bcite\s+(.+)$/i.exec(licence);
  const list = cite ? cite[1] : licence.replace(/^derived from\s+/i, '');
  return list.split(/;|,(?![^()]*\))/)
    .map((item) => item.replace(/\([^)]*\)/g, '').replace(/©/g, '').replace(/\bcontributors\b/gi, '').replace(/\s+/g, ' ').trim())
    .filter((item) => item.length > 0)
    .filter((item, i, all) => all.indexOf(item) === i);
}

/** The sentence shown where the registry has no contact: the coordinator named, when the registry names one. */
export function noContactSentence(partnership) {
  return partnership.coordinator ? t('noContactCoordinator', { coordinator: partnership.coordinator }) : t('noContactAtAll');
}

/** A former name with its years: "Nasz Żoliborz IV (2011–2018)". */
export function formerName(f) {
  if (f.to === null || f.to === undefined) return `${f.name} (${f.from}–)`;
  return f.from === f.to ? `${f.name} (${f.from})` : `${f.name} (${f.from}–${f.to})`;
}
