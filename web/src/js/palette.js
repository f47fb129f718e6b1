// Area styles that stay apart for colour-blind readers: the Okabe–Ito palette, and for each colour its own
// outline dash and fill hatch, so no two areas differ by hue alone.
import { svg } from './dom.js';

export const styles = [
  { colour: '#E69F00', dash: null, hatch: 45 },        // orange, solid outline, / hatch
  { colour: '#0072B2', dash: '12 6', hatch: -45 },     // blue, long dashes, \ hatch
  { colour: '#009E73', dash: '2 7', hatch: 0 },        // bluish green, dotted, horizontal hatch
  { colour: '#CC79A7', dash: '14 5 3 5', hatch: 90 },  // reddish purple, dash-dot, vertical hatch
  { colour: '#D55E00', dash: '6 4', hatch: 'dots' },   // vermillion, short dashes, dots
  { colour: '#56B4E9', dash: '1 4 8 4', hatch: 'cross' }, // sky blue, dot-dash, cross-hatch
  { colour: '#000000', dash: '3 3', hatch: 30 },       // black
  { colour: '#F0E442', dash: '10 3 2 3 2 3', hatch: -30 }, // yellow (last: weakest on white)
];

export function styleAt(index) {
  return styles[index % styles.length];
}

export function patternId(index) {
  return `cm-hatch-${index % styles.length}`;
}

/** An invisible SVG holding one fill pattern per style; paths anywhere in the document refer to them by id. */
export function patternDefinitions() {
  const defs = svg('defs');
  styles.forEach((style, i) => {
    const pattern = svg('pattern', { id: patternId(i), width: 10, height: 10, patternUnits: 'userSpaceOnUse' });
    pattern.append(svg('rect', { width: 10, height: 10, fill: style.colour, 'fill-opacity': 0.35 }));
    const ink = { stroke: style.colour, 'stroke-width': 1.6, 'stroke-opacity': 0.9 };
    if (style.hatch === 'dots') {
      pattern.append(svg('circle', { cx: 5, cy: 5, r: 1.8, fill: style.colour }));
    } else if (style.hatch === 'cross') {
      pattern.append(svg('path', { d: 'M0 5H10M5 0V10', ...ink }));
    } else {
      pattern.setAttribute('patternTransform', `rotate(${style.hatch})`);
      pattern.append(svg('path', { d: 'M0 5H10', ...ink }));
    }
    defs.append(pattern);
  });
  return svg('svg', { width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false', class: 'cm-defs' }, defs);
}

/** A small legend swatch: the area's hatch and outline. */
export function swatch(index) {
  const style = styleAt(index);
  const rect = svg('rect', {
    x: 2, y: 2, width: 24, height: 16, rx: 2,
    fill: `url(#${patternId(index)})`, stroke: style.colour, 'stroke-width': 3,
  });
  if (style.dash) rect.setAttribute('stroke-dasharray', style.dash.split(' ').map((n) => Math.max(1, Math.round(n / 2))).join(' '));
  return svg('svg', { width: 28, height: 20, viewBox: '0 0 28 20', 'aria-hidden': 'true', focusable: 'false', class: 'swatch' }, rect);
}
