/*
 * The report's two pictures as SVG: the process/entertainment matrix (K8) and the customer-value bars (K13).
 * The quadrant is the one the rules concluded (EXPERIENCE_QUADRANT): the matrix draws the four quadrants as equal
 * halves and puts the company inside the concluded one, so no threshold of the rules is repeated here.
 */
import {el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';

/** Where each quadrant lies: [right half (high process value), upper half (high entertainment value)]. */
const QUADRANTS = {
  UTILITY: [false, false],
  PROCESS_DRIVEN: [true, false],
  ENTERTAINMENT_DRIVEN: [false, true],
  EXPERIENCE_LEADER: [true, true],
};
export const VALUE_PARTS = ['functional', 'economic', 'emotional', 'symbolic'];

const X0 = 86;
const Y0 = 14;
const W = 400;
const H = 300;
const MARGIN = 22;

/** A score's place inside its half of an axis: the lowest score at the half's start, the highest at its end. */
function within(start, length, score, scale) {
  const f = scale.max > scale.min ? (score - scale.min) / (scale.max - scale.min) : 0.5;
  return start + MARGIN + f * (length - 2 * MARGIN);
}

function axes(svg) {
  const midX = X0 + W / 2;
  const midY = Y0 + H / 2;
  svg.appendChild(el('rect', {x: X0, y: Y0, width: W, height: H, class: 'matrix__frame'}));
  svg.appendChild(el('line', {x1: midX, y1: Y0, x2: midX, y2: Y0 + H, class: 'matrix__split'}));
  svg.appendChild(el('line', {x1: X0, y1: midY, x2: X0 + W, y2: midY, class: 'matrix__split'}));
  // where "low" and "high" lie on each axis
  svg.appendChild(el('text', {x: X0 + W / 4, y: Y0 + H + 20, 'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.low')));
  svg.appendChild(el('text', {x: X0 + 3 * W / 4, y: Y0 + H + 20, 'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.high')));
  svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(52 ' + (Y0 + 3 * H / 4) + ') rotate(-90)',
    'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.low')));
  svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(52 ' + (Y0 + H / 4) + ') rotate(-90)',
    'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.high')));
  svg.appendChild(el('text', {x: X0 + W / 2, y: Y0 + H + 48, 'text-anchor': 'middle', class: 'chart__axis'}, t('intake.matrix.x')));
  svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(22 ' + (Y0 + H / 2) + ') rotate(-90)', 'text-anchor': 'middle',
    class: 'chart__axis'}, t('intake.matrix.y')));
}

/**
 * The matrix for a company: process and entertainment value (with their scales from the schema), the concluded
 * quadrant or null. -> {svg, desc}
 */
export function matrixSvg({name, process, entertainment, quadrant, processScale, entertainmentScale}) {
  const desc = quadrant ? t('intake.matrix.desc', process, entertainment, t('intake.quadrant.' + quadrant))
    : t('intake.matrix.none');
  const svg = el('svg', {class: 'chart chart--matrix', viewBox: '0 0 500 376', role: 'img',
    'aria-labelledby': 'matrix-svg-title matrix-svg-desc', 'data-quadrant': quadrant},
  el('title', {id: 'matrix-svg-title'}, t('intake.matrix.title')),
  el('desc', {id: 'matrix-svg-desc'}, desc));
  Object.entries(QUADRANTS).forEach(([q, [right, upper]]) => {
    const current = q === quadrant;
    const x = right ? X0 + W / 2 : X0;
    const y = upper ? Y0 : Y0 + H / 2;
    svg.appendChild(el('rect', {x, y, width: W / 2, height: H / 2,
      class: 'matrix__quadrant matrix__quadrant--' + q.toLowerCase() + (current ? ' is-current' : ''), 'data-quadrant': q}));
    svg.appendChild(el('text', {x: x + W / 4, y: upper ? y + 16 : y + H / 2 - 6,
      'text-anchor': 'middle', class: 'matrix__label' + (current ? ' is-current' : '')}, t('intake.quadrant.' + q)));
  });
  axes(svg);
  if (quadrant && QUADRANTS[quadrant]) {
    const [right, upper] = QUADRANTS[quadrant];
    const px = within(right ? X0 + W / 2 : X0, W / 2, process, processScale);
    const py = Y0 + H - within(upper ? H / 2 : 0, H / 2, entertainment, entertainmentScale);
    const label = name.length > 26 ? name.slice(0, 25) + '…' : name;
    const toTheRight = px < X0 + W - 150;
    svg.appendChild(el('circle', {cx: px, cy: py, r: 9, class: 'matrix__point', 'data-process': process,
      'data-entertainment': entertainment}));
    svg.appendChild(el('text', {x: toTheRight ? px + 14 : px - 14, y: py + 5, 'text-anchor': toTheRight ? 'start' : 'end',
      class: 'matrix__point-label'}, label));
  }
  return {svg, desc};
}

/** Bars of the four customer-value parts (0..5), practical ones in one colour, emotional ones in another. */
export function valueChartSvg(cv) {
  const labelW = 120;
  const barMax = 330;
  const rowH = 42;
  const top = 10;
  const height = top + VALUE_PARTS.length * rowH + 34;
  const desc = t('intake.values.desc', cv.functional, cv.economic, cv.emotional, cv.symbolic);
  const svg = el('svg', {class: 'chart chart--values', viewBox: '0 0 500 ' + height, role: 'img',
    'aria-labelledby': 'values-svg-title values-svg-desc'},
  el('title', {id: 'values-svg-title'}, t('intake.values.title')),
  el('desc', {id: 'values-svg-desc'}, desc));
  for (let v = 0; v <= 5; v++) {
    const x = labelW + (v / 5) * barMax;
    svg.appendChild(el('line', {x1: x, y1: top - 4, x2: x, y2: top + VALUE_PARTS.length * rowH, class: 'chart__grid'}));
    svg.appendChild(el('text', {x, y: top + VALUE_PARTS.length * rowH + 18, 'text-anchor': 'middle', class: 'chart__tick'}, String(v)));
  }
  VALUE_PARTS.forEach((part, i) => {
    const value = cv[part];
    const y = top + i * rowH;
    const kind = i < 2 ? 'practical' : 'emotional';
    svg.appendChild(el('text', {x: labelW - 10, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'chart__label'},
      t('intake.values.' + part)));
    svg.appendChild(el('rect', {x: labelW, y: y + 8, width: (value / 5) * barMax, height: rowH - 16,
      class: 'bar bar--' + kind, 'data-part': part, 'data-value': value}));
    svg.appendChild(el('text', {x: labelW + (value / 5) * barMax + 8, y: y + rowH / 2 + 5, class: 'chart__value'}, String(value)));
  });
  return {svg, desc};
}
