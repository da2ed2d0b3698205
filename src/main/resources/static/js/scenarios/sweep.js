/*
 * The sweep: one field of the baseline over all its values (POST /api/scenarios/sweep), as a grid of conclusions
 * and advice per value, today's value marked, with the same grid as a table for screen readers.
 */
import {$, el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {conclusionType, conclusionWords, label, priorityWords, state, valueWords} from './state.js';

const LABEL_W = 330;
const ROW_H = 38;
const HEAD_H = 58;

function clip(text, n) {
  return text.length > n ? text.substring(0, n - 1) + '…' : text;
}

/** A row label of at most two lines of about 50 characters, the full text as its tooltip. */
function wrappedLabel(text, y, extraClass) {
  let lines = [''];
  text.split(/\s+/).forEach((w) => {
    const line = lines[lines.length - 1];
    if (line && (line + ' ' + w).length > 50) {
      lines.push(w);
    } else {
      lines[lines.length - 1] = line ? line + ' ' + w : w;
    }
  });
  if (lines.length > 2) {
    lines = [lines[0], clip(lines.slice(1).join(' '), 50)];
  }
  return el('text', {x: 8, y: y + ROW_H / 2 + (lines.length > 1 ? -2 : 5), class: 'sc-sw-label' + (extraClass ? ' ' + extraClass : '')},
    lines.map((line, i) => el('tspan', {x: 8, dy: i === 0 ? '0' : '14'}, clip(line, 52))), el('title', {}, text));
}

function conclusionAt(row, type) {
  const found = row.conclusions.find((c) => c.type === type);
  return found ? found.value : null;
}

function cell(x, y, colW, attrs, tip, boxClass, text) {
  return el('g', attrs, el('title', {}, tip),
    el('rect', {x: x + 5, y: y + 4, width: colW - 10, height: ROW_H - 8, rx: 4, class: boxClass}),
    text ? el('text', {x: x + colW / 2, y: y + ROW_H / 2 + 4, 'text-anchor': 'middle', class: text.cls}, text.words) : null);
}

function chart(sweep, types, ids, caption) {
  const {field, rows} = sweep;
  const colW = Math.max(96, Math.min(150, Math.floor(760 / Math.max(1, rows.length))));
  const width = LABEL_W + colW * rows.length + 10;
  const height = HEAD_H + ROW_H * (types.length + ids.length + (ids.length ? 1 : 0)) + 10;
  const root = el('svg', {viewBox: '0 0 ' + width + ' ' + height, width: String(width), height: String(height),
    role: 'img', 'aria-labelledby': 'sc-sweep-title', class: 'sc-sweep-svg'}, el('title', {id: 'sc-sweep-title'}, caption));
  rows.forEach((r, i) => {
    const x = LABEL_W + i * colW;
    if (sweep.baselineValue !== null && String(r.value) === String(sweep.baselineValue)) {
      root.append(el('rect', {x: x + 2, y: 4, width: colW - 4, height: height - 8, rx: 6, class: 'sc-sw-today'}),
        el('text', {x: x + colW / 2, y: 18, 'text-anchor': 'middle', class: 'sc-sw-today-label'}, t('scenarios.page.sweepToday')));
    }
    root.append(el('text', {x: x + colW / 2, y: 40, 'text-anchor': 'middle', class: 'sc-sw-head'},
      clip(valueWords(field, r.value), 18), el('title', {}, valueWords(field, r.value))));
  });
  let y = HEAD_H;
  types.forEach((type) => {
    root.append(wrappedLabel(conclusionType(type), y, 'sc-sw-conclusion'));
    rows.forEach((r, i) => {
      const value = conclusionAt(r, type);
      const shifted = i > 0 && String(value) !== String(conclusionAt(rows[i - 1], type));
      root.append(cell(LABEL_W + i * colW, y, colW,
        {class: 'sc-sw-cell' + (shifted ? ' sc-sw-shift' : ''), 'data-type': type, 'data-value': String(r.value)},
        label(field) + ' ' + valueWords(field, r.value) + ': ' + conclusionWords(type, value), 'sc-sw-conclusion-box',
        {cls: 'sc-sw-value', words: clip(conclusionWords(type, value, true), 16)}));
    });
    y += ROW_H;
  });
  if (ids.length) {
    root.append(el('line', {x1: 8, x2: width - 8, y1: y + ROW_H / 2, y2: y + ROW_H / 2, class: 'sc-sw-rule'}));
    y += ROW_H;
  }
  ids.forEach((id) => {
    const title = sweep.titles[id] || id;
    root.append(wrappedLabel(title, y));
    rows.forEach((r, i) => {
      const active = r.advice.includes(id);
      const priority = active ? r.priorities[id] : null;
      root.append(cell(LABEL_W + i * colW, y, colW,
        {class: 'sc-sw-cell', 'data-advice-id': id, 'data-value': String(r.value), 'data-active': String(active)},
        title + ' — ' + label(field) + ' ' + valueWords(field, r.value) + ': '
          + (active ? t('scenarios.page.sweepActive', priorityWords(priority)) : t('scenarios.page.sweepInactive')),
        active ? 'sc-sw-on sc-prio-' + priority : 'sc-sw-off',
        active ? {cls: 'sc-sw-on-text', words: clip(priorityWords(priority), 16)} : null));
    });
    y += ROW_H;
  });
  return root;
}

/** The same grid as a table for screen readers. */
function table(sweep, types, ids, caption) {
  const row = (head, cells) => el('tr', {}, el('th', {scope: 'row'}, head), cells.map((c) => el('td', {}, c)));
  return el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, label(sweep.field)),
      sweep.rows.map((r) => el('th', {scope: 'col'}, valueWords(sweep.field, r.value))))),
    el('tbody', {},
      types.map((type) => row(conclusionType(type), sweep.rows.map((r) => conclusionWords(type, conclusionAt(r, type))))),
      ids.map((id) => row(sweep.titles[id] || id, sweep.rows.map((r) => (r.advice.includes(id)
        ? priorityWords(r.priorities[id]) : t('scenarios.page.sweepInactive')))))));
}

export function renderSweepFields() {
  const select = $('sc-sweep-field');
  select.replaceChildren(...state.schema.fields.filter((f) => ['SCALE', 'YES_NO', 'CHOICE'].includes(f.kind))
    .map((f) => el('option', {value: f.path}, label(f.path))));
  select.value = state.sweepField;
}

export function renderSweep(sweep) {
  const types = [];
  const ids = [];
  sweep.rows.forEach((r) => {
    r.conclusions.forEach((c) => { if (!types.includes(c.type)) { types.push(c.type); } });
    r.advice.forEach((id) => { if (!ids.includes(id)) { ids.push(id); } });
  });
  const caption = t('scenarios.page.sweepChart', label(sweep.field));
  $('sc-sweep-chart').replaceChildren(chart(sweep, types, ids, caption),
    el('div', {class: 'visually-hidden'}, table(sweep, types, ids, caption)));
}
