/*
 * The profile's fields as the server describes them (GET /api/profile/schema?lang=): kinds, domains, labels and
 * choice labels in the page's language. Pages build their controls from it and put values into words with it.
 */
import {getJson} from './api.js';
import {t} from './i18n.js';

export const CUSTOMER_VALUE = 'customerValue';

/** -> {fields: [...], byPath: Map(path -> field)} */
export async function loadSchema(language) {
  const result = await getJson('/api/profile/schema?lang=' + encodeURIComponent(language));
  if (!result.ok) {
    throw new Error('schema ' + result.status);
  }
  const fields = result.data.fields;
  return {fields, byPath: new Map(fields.map((f) => [f.path, f]))};
}

/** Whether the path is one of the parts of customerValue ("customerValue.emotional"). */
export function isCustomerValuePart(path) {
  return path.startsWith(CUSTOMER_VALUE + '.');
}

/** The label of a choice value ("B2B", "Reactive"), the value itself when the schema has none. */
export function choiceLabel(field, value) {
  const choice = field && field.choices ? field.choices.find((c) => c.value === value) : null;
  return choice ? choice.label : String(value);
}

/** A value in words: choice labels, yes/no, numbers as they are; unknownKey's text for a missing value. */
export function valueWords(field, value, unknownKey) {
  if (value === undefined || value === null || value === '') {
    return t(unknownKey);
  }
  if (typeof value === 'boolean') {
    return t(value ? 'value.yes' : 'value.no');
  }
  return field && field.choices && field.choices.length ? choiceLabel(field, value) : String(value);
}
