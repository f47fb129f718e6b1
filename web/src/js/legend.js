// The legend: one button per partnership (its colour, dash and hatch), which selects it. In an embed showing one
// partnership (?p=) it names that one and how many more the full map has. On phones it lies below the map, in the
// page's flow, so that opening it never covers an area.
import { el, clear } from './dom.js';
import { plural, t } from './i18n.js';
import { swatch } from './palette.js';

/** entries: [{ id, name, colourIndex, hasArea }]; onSelect(id, button, byKeyboard); others: partnerships left out. */
export function buildLegend(entries, { onSelect, others = 0, compact = false }) {
  const list = clear(document.getElementById('legend-list'));
  for (const entry of entries) {
    const button = el('button', { type: 'button', class: 'legend-item', 'aria-pressed': 'false', 'data-partnership-id': entry.id },
      swatch(entry.colourIndex), el('span', { class: 'legend-name' }, entry.name),
      entry.hasArea ? null : el('span', { class: 'legend-note', 'data-i18n': 'legendNoArea' }, t('legendNoArea')));
    button.addEventListener('click', (event) => onSelect(entry.id, button, event.detail === 0));
    list.append(el('li', {}, button));
  }
  const note = document.getElementById('legend-others');
  note.dataset.count = String(others);
  note.hidden = others === 0;
  translateLegend();
  if (compact) document.getElementById('legend').open = false;
}

export function translateLegend() {
  const note = document.getElementById('legend-others');
  note.textContent = plural('legendOthers', Number(note.dataset.count || 0));
}
