/*
 * Reading and writing the intake form's answers as the profile the API takes (unknown optional answers left out,
 * customerValue only when answered), and the obvious mistakes the browser can catch before asking the server.
 */
import {cssEscape} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {CUSTOMER_VALUE as CV, isCustomerValuePart} from '../lib/schema.js';
import {controlId} from './form.js';

const CV_PARTS = ['functional', 'economic', 'emotional', 'symbolic'];
const TYPED_INPUT = 'input:not([type=radio]):not([type=checkbox])';

function named(form, selector, name) {
  return form.querySelector(selector + '[name="' + cssEscape(name) + '"]');
}

function checkedValue(form, name) {
  const checked = form.querySelector('input[type=radio][name="' + cssEscape(name) + '"]:checked');
  return checked ? checked.value : null;
}

function rawValue(form, field) {
  const control = named(form, 'select', field.path) || named(form, TYPED_INPUT, field.path);
  return control ? control.value : checkedValue(form, field.path);
}

function typed(field, raw) {
  if (raw === null || raw === undefined || String(raw).trim() === '') {
    return undefined;
  }
  switch (field.kind) {
    case 'TEXT': return String(raw).trim();
    case 'SCALE':
    case 'WHOLE_NUMBER':
    case 'PERCENT': return Number(raw);
    case 'YES_NO': return raw === 'true';
    default: return raw;
  }
}

function customerValueUnknown(form) {
  const unknown = form.querySelector('#' + controlId(CV, 'unknown'));
  return !unknown || unknown.checked;
}

/** The profile as the API takes it. */
export function collect(form, schema) {
  const profile = {};
  schema.fields.filter((f) => !isCustomerValuePart(f.path)).forEach((field) => {
    const value = typed(field, rawValue(form, field));
    if (value !== undefined) {
      profile[field.path] = value;
    }
  });
  if (!customerValueUnknown(form)) {
    const cv = {};
    CV_PARTS.forEach((part) => {
      const field = schema.byPath.get(CV + '.' + part);
      const value = field ? typed(field, rawValue(form, field)) : undefined;
      if (value !== undefined) {
        cv[part] = value;
      }
    });
    if (Object.keys(cv).length) {
      profile[CV] = cv;
    }
  }
  return profile;
}

function setValue(form, field, value) {
  const text = value === undefined || value === null ? '' : String(value);
  const select = named(form, 'select', field.path);
  if (select) {
    select.value = Array.from(select.options).some((o) => o.value === text) ? text : '';
    return;
  }
  const input = named(form, TYPED_INPUT, field.path);
  if (input) {
    input.value = text;
    return;
  }
  form.querySelectorAll('input[type=radio][name="' + cssEscape(field.path) + '"]').forEach((r) => { r.checked = r.value === text; });
}

/** Puts a profile (as the API takes it) into the form; returns the keys it did not recognise. */
export function restore(form, schema, profile) {
  const ignored = [];
  const data = profile && typeof profile === 'object' && !Array.isArray(profile) ? profile : {};
  Object.keys(data).filter((key) => key !== CV && !schema.byPath.has(key)).forEach((key) => ignored.push(key));
  schema.fields.filter((f) => !isCustomerValuePart(f.path)).forEach((field) => setValue(form, field, data[field.path]));
  const cv = data[CV];
  const hasCv = cv && typeof cv === 'object' && Object.keys(cv).length > 0;
  const unknown = form.querySelector('#' + controlId(CV, 'unknown'));
  if (unknown) {
    unknown.checked = !hasCv;
  }
  CV_PARTS.forEach((part) => {
    const field = schema.byPath.get(CV + '.' + part);
    if (field) {
      setValue(form, field, hasCv ? cv[part] : null);
    }
  });
  if (hasCv) {
    Object.keys(cv).filter((k) => !CV_PARTS.includes(k)).forEach((k) => ignored.push(CV + '.' + k));
  }
  return ignored;
}

/**
 * Everything on the form as it is, also what is not valid yet (typed text, a half-answered customer value), so
 * that the form rebuilt in another language shows exactly the same: returns put(newForm, newSchema).
 */
export function snapshot(form, schema) {
  const answers = collect(form, schema);
  const partialCv = customerValueUnknown(form) ? null
    : Object.fromEntries(CV_PARTS.map((part) => [part, checkedValue(form, CV + '.' + part)]));
  const typedTexts = Array.from(form.querySelectorAll('input[type=text], input[type=number]')).map((i) => [i.name, i.value]);
  return (newForm, newSchema) => {
    restore(newForm, newSchema, answers);
    typedTexts.forEach(([name, value]) => {
      const input = named(newForm, 'input', name);
      if (input) {
        input.value = value;
      }
    });
    if (partialCv) {
      newForm.querySelector('#' + controlId(CV, 'unknown')).checked = false;
      CV_PARTS.forEach((part) => {
        const field = newSchema.byPath.get(CV + '.' + part);
        if (field && partialCv[part] !== null) {
          setValue(newForm, field, partialCv[part]);
        }
      });
    }
  };
}

function numberError(input) {
  if (input.validity && input.validity.badInput) {
    return t('intake.error.number');
  }
  if (input.value === '') {
    return input.required ? t('intake.error.required') : null;
  }
  const value = Number(input.value);
  const min = input.hasAttribute('min') ? Number(input.min) : -Infinity;
  const max = input.hasAttribute('max') ? Number(input.max) : Infinity;
  const whole = input.getAttribute('step') === '1';
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    return t(whole ? 'intake.error.whole' : 'intake.error.range', input.min, input.max);
  }
  return null;
}

function fieldError(form, field) {
  const input = named(form, TYPED_INPUT, field.path);
  const select = named(form, 'select', field.path);
  const radios = Array.from(form.querySelectorAll('input[type=radio][name="' + cssEscape(field.path) + '"]'));
  if (input && input.type === 'text') {
    const max = input.hasAttribute('maxlength') ? Number(input.getAttribute('maxlength')) : null;
    if (input.required && input.value.trim() === '') {
      return t('intake.error.required');
    }
    return max !== null && input.value.length > max ? t('intake.error.text', max) : null;
  }
  if (input && input.type === 'number') {
    return numberError(input);
  }
  if (select) {
    return select.required && select.value === '' ? t('intake.error.required') : null;
  }
  const required = radios.some((r) => r.required);
  return required && !radios.some((r) => r.checked) ? t('intake.error.required') : null;
}

/** Obvious mistakes, read from the controls' own attributes (required, maxlength, min, max, step). */
export function validate(form, schema) {
  const errors = [];
  schema.fields.filter((f) => !isCustomerValuePart(f.path)).forEach((field) => {
    const message = fieldError(form, field);
    if (message) {
      errors.push({field: field.path, message});
    }
  });
  if (!customerValueUnknown(form)) {
    const missing = CV_PARTS.filter((part) => checkedValue(form, CV + '.' + part) === null);
    if (missing.length && missing.length < CV_PARTS.length) {
      missing.forEach((part) => errors.push({field: CV + '.' + part, message: t('intake.error.customerValuePartial')}));
    }
  }
  return errors;
}
