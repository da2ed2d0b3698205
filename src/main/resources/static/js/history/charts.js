/*
 * The history's two pictures as SVG: the company's path over the process × entertainment matrix (each assessment a
 * numbered point in the quadrant the rules concluded then, arrows from one to the next), and the advice per horizon
 * (NOW, NEXT, LATER) of each assessment as stacked bars. The numbers come from GET /api/assessments/{id}/history.
 */
import {el} from '../lib/dom.js';
import {dateWords, t} from '../lib/i18n.js';
import {matrixFrame, matrixPoint, pointLabel} from '../intake/charts.js';

const HORIZONS = ['NOW', 'NEXT', 'LATER'];
const RADIUS = 11;

function arrowMarker() {
  return el('defs', {}, el('marker', {id: 'path-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
    markerHeight: 7, orient: 'auto'}, el('path', {d: 'M0,0 L10,5 L0,10 z', class: 'path__arrowhead'})));
}

/** The line from one point to the next, stopping at the circles' edges so that the arrowhead shows. */
function arrow([x1, y1], [x2, y2]) {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 2 * RADIUS + 4) {
    return null;
  }
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  return el('line', {x1: x1 + ux * RADIUS, y1: y1 + uy * RADIUS, x2: x2 - ux * (RADIUS + 2), y2: y2 - uy * (RADIUS + 2),
    class: 'path__step', 'marker-end': 'url(#path-arrow)'});
}

/** Where each assessment stands; the same place again (answers unchanged) moves aside so that each number shows. */
function places(points, schema) {
  const scales = {processScale: schema.byPath.get('processValue'), entertainmentScale: schema.byPath.get('entertainmentValue')};
  const seen = new Map();
  return points.map((p, index) => {
    const xy = matrixPoint({quadrant: p.quadrant, process: p.processValue, entertainment: p.entertainmentValue, ...scales});
    if (!xy) {
      return null;
    }
    const key = xy.join(',');
    const before = seen.get(key) || 0;
    seen.set(key, before + 1);
    return {index, point: p, xy: [xy[0] + before * 16, xy[1] - before * 16]};
  }).filter(Boolean);
}

function standing(p) {
  return p.quadrant ? t('history.path.standing', t('intake.quadrant.' + p.quadrant), p.processValue, p.entertainmentValue)
    : t('intake.matrix.none');
}

/** -> {svg, desc}: the path of the assessments (oldest first) on the matrix. */
export function pathSvg(points, schema) {
  const first = points[0];
  const last = points[points.length - 1];
  const desc = points.length > 1 ? t('history.path.desc', points.length, standing(first), standing(last)) : standing(last);
  const svg = matrixFrame({title: t('history.path.title'), desc, current: [last.quadrant], ids: ['path-svg-title', 'path-svg-desc']});
  svg.classList.add('chart--path');
  svg.appendChild(arrowMarker());
  const placed = places(points, schema);
  placed.slice(1).forEach((p, i) => {
    const line = arrow(placed[i].xy, p.xy);
    if (line) {
      svg.appendChild(line);
    }
  });
  placed.forEach(({index, point, xy: [x, y]}) => {
    const latest = index === points.length - 1;
    svg.appendChild(el('g', {class: 'path__point' + (latest ? ' is-latest' : ''), 'data-step': index + 1,
      'data-quadrant': point.quadrant, 'data-process': point.processValue, 'data-entertainment': point.entertainmentValue},
    el('title', {}, t('history.point', index + 1, dateWords(point.createdAt), standing(point))),
    el('circle', {cx: x, cy: y, r: RADIUS}),
    el('text', {x, y: y + 4, 'text-anchor': 'middle', class: 'path__number'}, String(index + 1))));
  });
  if (placed.length) {
    const {xy: [x, y], point} = placed[placed.length - 1];
    svg.appendChild(pointLabel(x, y, dateWords(point.createdAt, true), 'matrix__point-label'));
  }
  return {svg, desc};
}

/** Advice of a report from before the roadmap has no horizon: it counts as NEXT, as the report shows it. */
export function horizonCount(point, horizon) {
  const counts = point.adviceByHorizon || {};
  const without = point.adviceCount - HORIZONS.reduce((sum, h) => sum + (counts[h] || 0), 0);
  return (counts[horizon] || 0) + (horizon === 'NEXT' ? Math.max(0, without) : 0);
}

/** -> {svg, desc, legend}: per assessment, a bar of its advice stacked NOW (bottom), NEXT, LATER. */
export function horizonsSvg(points) {
  const [left, top, width, height] = [44, 16, 440, 220];
  const max = Math.max(1, ...points.map((p) => p.adviceCount));
  const tick = Math.max(1, Math.ceil(max / 5));
  const scale = height / (Math.ceil(max / tick) * tick);
  const slot = width / points.length;
  const barWidth = Math.min(56, slot * 0.6);
  const desc = points.map((p, i) => t('history.horizons.point', i + 1, dateWords(p.createdAt), horizonCount(p, 'NOW'),
    horizonCount(p, 'NEXT'), horizonCount(p, 'LATER'))).join(' ');
  const svg = el('svg', {class: 'chart chart--horizons', viewBox: '0 0 500 ' + (top + height + 46), role: 'img',
    'aria-labelledby': 'horizons-svg-title horizons-svg-desc'},
  el('title', {id: 'horizons-svg-title'}, t('history.horizons.title')),
  el('desc', {id: 'horizons-svg-desc'}, desc));
  for (let v = 0; v * scale <= height + 0.5; v += tick) {
    const y = top + height - v * scale;
    svg.appendChild(el('line', {x1: left, y1: y, x2: left + width, y2: y, class: 'chart__grid'}));
    svg.appendChild(el('text', {x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'chart__tick'}, String(v)));
  }
  points.forEach((p, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = top + height;
    const bar = el('g', {class: 'horizons__bar', 'data-step': i + 1});
    HORIZONS.forEach((h) => {
      const n = horizonCount(p, h);
      y -= n * scale;
      if (n > 0) {
        bar.appendChild(el('rect', {x, y, width: barWidth, height: n * scale, class: 'horizon horizon--' + h.toLowerCase(),
          'data-horizon': h, 'data-count': n}, el('title', {}, t('history.horizons.' + h) + ': ' + n)));
      }
    });
    bar.appendChild(el('text', {x: x + barWidth / 2, y: y - 5, 'text-anchor': 'middle', class: 'chart__value'},
      String(p.adviceCount)));
    bar.appendChild(el('text', {x: x + barWidth / 2, y: top + height + 18, 'text-anchor': 'middle', class: 'chart__label'},
      String(i + 1)));
    if (points.length <= 6) {
      bar.appendChild(el('text', {x: x + barWidth / 2, y: top + height + 36, 'text-anchor': 'middle', class: 'chart__tick'},
        dateWords(p.createdAt, true)));
    }
    svg.appendChild(bar);
  });
  const legend = el('ul', {class: 'legend'}, HORIZONS.map((h) => el('li', {},
    el('span', {class: 'legend__swatch horizon--' + h.toLowerCase(), 'aria-hidden': 'true'}), t('history.horizons.' + h))));
  return {svg, desc, legend};
}
