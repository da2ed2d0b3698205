/*
 * What the scenarios page holds: the baseline profile and where it came from, the scenarios being edited, the
 * server's answers for the baseline, and the profile schema; and the words for fields, values and conclusions.
 */
import {t, tOr} from '../lib/i18n.js';
import {CUSTOMER_VALUE, isCustomerValuePart, valueWords as schemaValueWords} from '../lib/schema.js';

export const state = {
  schema: {fields: [], byPath: new Map()},
  baseline: null,
  source: 'example',
  variants: [],
  current: 0,
  baselineReport: null,
  counterfactuals: [],
  sweepField: 'processValue',
};

export function variant() {
  return state.variants[state.current];
}

export function newVariant(n) {
  return {name: t('scenarios.page.defaultName', n), changes: {}};
}

/** Today's value of a field (a customer-value part included), null when unknown. */
export function currentValue(path) {
  if (!state.baseline) {
    return null;
  }
  if (isCustomerValuePart(path)) {
    const cv = state.baseline[CUSTOMER_VALUE];
    return cv ? cv[path.slice(CUSTOMER_VALUE.length + 1)] : null;
  }
  const value = state.baseline[path];
  return value === undefined ? null : value;
}

/** The field's short noun label ("employee engagement"), not the intake form's question. */
export function label(path) {
  const field = state.schema.byPath.get(path);
  return field && field.shortLabel ? field.shortLabel : path;
}

export function valueWords(path, value) {
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).map((k) => label(path + '.' + k) + ' ' + value[k]).join(', ');
  }
  return schemaValueWords(state.schema.byPath.get(path), value, 'scenarios.page.unknown');
}

export function conclusionType(type) {
  return tOr('conclusion.' + type, type);
}

/** A conclusion's value in words; short: without the explanation in brackets. */
export function conclusionWords(type, value, short) {
  if (value === null || value === undefined) {
    return t('scenarios.none');
  }
  const words = tOr('conclusion.' + type + '.' + value, String(value));
  return short ? words.replace(/\s*\(.*\)\s*$/, '') : words;
}

export function priorityWords(priority) {
  return t('priority.' + priority);
}
