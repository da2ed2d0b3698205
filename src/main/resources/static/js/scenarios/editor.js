/*
 * The scenario editor: pick or add a scenario, name it, and change fields of the baseline, each change with its
 * own control (the field's domain from the schema) and today's value beside it.
 */
import {$, el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {CUSTOMER_VALUE, isCustomerValuePart} from '../lib/schema.js';
import {currentValue, label, state, valueWords, variant} from './state.js';

const CV_PARTS = ['functional', 'economic', 'emotional', 'symbolic'];
let onChange = () => {};

/** What to do after any change of the current scenario (compare it again). */
export function whenChanged(callback) {
  onChange = callback;
}

export function controlId(path) {
  return 'sc-change-' + path.replace(/\./g, '-');
}

function parseValue(field, raw) {
  if (raw === '') {
    return null;
  }
  if (field.kind === 'YES_NO') {
    return raw === 'true';
  }
  return ['SCALE', 'WHOLE_NUMBER', 'PERCENT'].includes(field.kind) ? Number(raw) : raw;
}

/** The value a new change starts from: one step away from today's. */
export function defaultValue(field) {
  const now = currentValue(field.path);
  if (field.kind === 'SCALE') {
    return now === null ? Math.round((field.min + field.max) / 2) : (now < field.max ? now + 1 : now - 1);
  }
  if (field.kind === 'YES_NO') {
    return now === null ? true : !now;
  }
  if (field.kind === 'CHOICE') {
    const names = field.choices.map((c) => c.value);
    const at = names.indexOf(now);
    return at < 0 ? names[0] : names[(at + 1) % names.length];
  }
  return now === null ? field.min : now;
}

function options(field, optional) {
  const list = [];
  if (field.kind === 'SCALE') {
    for (let i = field.min; i <= field.max; i++) {
      const anchor = i === field.min ? field.lowLabel : i === field.max ? field.highLabel : null;
      list.push([String(i), anchor ? i + ' – ' + anchor : String(i)]);
    }
  } else if (field.kind === 'YES_NO') {
    list.push(['true', t('value.yes')], ['false', t('value.no')]);
  } else {
    field.choices.forEach((c) => list.push([c.value, c.label]));
  }
  if (optional) {
    list.push(['', t('scenarios.page.unknown')]);
  }
  return list.map(([value, text]) => el('option', {value}, text));
}

function changeRow(path, value) {
  const field = state.schema.byPath.get(path) || {kind: 'TEXT', required: false, choices: []};
  const id = controlId(path);
  const optional = !field.required && !isCustomerValuePart(path);
  const control = ['SCALE', 'YES_NO', 'CHOICE'].includes(field.kind)
    ? el('select', {id}, options(field, optional))
    : el('input', {id, type: 'number', min: String(field.min), max: String(field.max),
      step: field.kind === 'PERCENT' ? 'any' : '1', inputmode: 'decimal'});
  control.value = value === null || value === undefined ? '' : String(value);
  control.dataset.path = path;
  control.addEventListener('change', () => {
    variant().changes[path] = parseValue(field, control.value);
    onChange();
  });
  const remove = el('button', {type: 'button', class: 'sc-remove', 'aria-label': t('scenarios.page.removeChange', label(path))},
    t('scenarios.page.remove'));
  remove.addEventListener('click', () => {
    delete variant().changes[path];
    renderEditor();
    onChange();
    $('sc-add-field').focus();
  });
  return el('li', {class: 'sc-change', 'data-path': path},
    el('label', {for: id}, label(path)), control,
    el('span', {class: 'sc-was'}, t('scenarios.page.was', valueWords(path, currentValue(path)))), remove);
}

export function renderPicker() {
  const pick = $('sc-variant-pick');
  pick.replaceChildren(...state.variants.map((v, i) => el('option', {value: String(i)}, v.name)));
  pick.value = String(state.current);
  $('sc-delete-variant').disabled = state.variants.length < 2;
}

export function renderEditor() {
  renderPicker();
  const v = variant();
  $('sc-variant-name').value = v.name;
  const paths = Object.keys(v.changes);
  $('sc-no-changes').hidden = paths.length > 0;
  $('sc-change-list').replaceChildren(...paths.map((path) => changeRow(path, v.changes[path])));
  $('sc-add-field').replaceChildren(el('option', {value: ''}, t('scenarios.page.chooseField')),
    ...state.schema.fields.filter((f) => f.kind !== 'TEXT' && !(f.path in v.changes))
      .map((f) => el('option', {value: f.path}, label(f.path))));
}

/** Adds (or sets) a change in the current scenario and puts the focus on its control. */
export function addChange(path, value) {
  const v = variant();
  if (isCustomerValuePart(path) && !state.baseline[CUSTOMER_VALUE]) {
    // the parts are known together or not at all: the others start in the middle of the scale
    CV_PARTS.map((part) => CUSTOMER_VALUE + '.' + part).filter((p) => !(p in v.changes)).forEach((p) => { v.changes[p] = 3; });
  }
  v.changes[path] = value;
  renderEditor();
  const control = $(controlId(path));
  if (control) {
    control.focus();
  }
  onChange();
}

/** Sets every part of customerValue at once (a counterfactual on the whole group). */
export function setCustomerValue(value) {
  CV_PARTS.forEach((part) => { variant().changes[CUSTOMER_VALUE + '.' + part] = value[part]; });
  renderEditor();
  onChange();
}
