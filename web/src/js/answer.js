// An answer of /api/lookup (point or address: one contract), read for the person asking: the heading that is the
// answer, and the one action that would settle it. Pure: unit-tested with node --test.
import { t } from './i18n.js';

/**
 * The answer at a glance: { kind: 'one' | 'depends' | 'none' | 'unknown', title, action: 'pointOnMap' | 'houseNumber' | null }.
 * one: a single partnership (its name is the title); depends: one of several, and on what (the side of the street,
 * the number, a border); none: no partnership works there; unknown: the address cannot be placed (noData,
 * conflictingRules) — the title says so and the action is the one the server says would settle it.
 */
export function headingOf(answer) {
  const names = answer.areas.map((a) => a.name);
  const action = actionOf(answer);
  if (answer.status === 'resolved' && names.length === 1) return { kind: 'one', title: names[0], action: null };
  if (answer.status === 'multiple' && names.length) {
    const listed = answer.outsideAlsoPossible ? [...names, t('orNone')] : names;
    // registry: the partnership's description names the street as a bound, so its side decides too.
    const key = { streetSide: 'dependsSide', registry: 'dependsSide', streetStretch: 'dependsNumber', point: 'dependsBorder' }[answer.basis] ?? 'dependsOther';
    return { kind: 'depends', title: t(key, { names: listed.join(t('or')) }), action };
  }
  if (answer.status === 'noPartnership') return { kind: 'none', title: t('answerNone'), action: null };
  return { kind: 'unknown', title: t('answerUnknown'), action: action ?? 'pointOnMap' };
}

/** What would settle an answer that is not definite: a point on the map first (it always can), else a house number. */
function actionOf(answer) {
  const settle = answer.settle ?? [];
  if (settle.includes('pointOnMap')) return 'pointOnMap';
  if (settle.includes('houseNumber')) return 'houseNumber';
  return null;
}

/** The certainty as the page shows it: the server's words and metres, capitalised, and its level for the look. */
export function certaintyOf(answer) {
  const { level, text } = answer.certainty;
  if (level === 'none') return null;
  return { level, text: text.charAt(0).toLocaleUpperCase() + text.slice(1) };
}
