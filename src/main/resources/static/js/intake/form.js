/*
 * The intake questionnaire, built from the profile schema: questions grouped the way a manager thinks about the
 * company, a 1..5 scale as radios with the meaning of 1 and 5 in words, "don't know" for optional questions.
 */
import {el} from '../lib/dom.js';
import {has, t} from '../lib/i18n.js';
import {CUSTOMER_VALUE as CV, isCustomerValuePart} from '../lib/schema.js';

/** Questions grouped the way a manager thinks about the company; fields not listed land in "other". */
const GROUPS = [
  ['business', ['name', 'sector', 'market', 'offering', 'pricePositioning', 'customersPerMonth']],
  ['customers', ['processValue', 'entertainmentValue', 'customerValue']],
  ['relationship', ['relationshipWarmth', 'targetRelationshipWarmth', 'journeyScope', 'npsScore',
    'retentionRatePercent', 'complaintRatePercent']],
  ['people', ['employeeEngagement', 'hiringForServiceAttitude', 'standardization']],
  ['practices', ['personalization', 'serviceRecovery', 'personalGestures', 'csrCommitment', 'socialMediaPresence',
    'opinionLeaderProgram', 'sensoryDesign', 'plannedSurprises', 'brandStorytelling', 'experimentation']],
];
/** A choice with more options than this is a select; fewer are radios. */
const SELECT_ABOVE = 5;

export function controlId(path, suffix) {
  return 'f-' + path.replace(/\./g, '-') + (suffix === undefined ? '' : '-' + suffix);
}

function badge(required) {
  return el('span', {class: 'badge ' + (required ? 'badge--required' : 'badge--optional')},
    t(required ? 'intake.required' : 'intake.optional'));
}

function helpText(field, id) {
  return field.help ? el('p', {class: 'help', id}, field.help) : null;
}

function radio(name, value, id, labelChildren, opts) {
  const o = opts || {};
  return el('label', {class: 'option' + (o.extraClass ? ' ' + o.extraClass : ''), for: id},
    el('input', {type: 'radio', name, value, id, required: o.required || null, checked: o.checked || null}),
    el('span', {class: 'option__text'}, labelChildren));
}

function unknownRadio(field, extraClass) {
  return radio(field.path, '', controlId(field.path, 'unknown'), t('intake.dontKnow'),
    {checked: true, extraClass: [extraClass, 'option--unknown'].filter(Boolean).join(' ')});
}

/** A 1..5 scale as a radio group with the meaning of 1 and 5 in words; optional scales add "don't know". */
function scaleOptions(field, withUnknown) {
  const options = [];
  for (let v = field.min; v <= field.max; v++) {
    const anchor = v === field.min ? field.lowLabel : v === field.max ? field.highLabel : null;
    options.push(radio(field.path, String(v), controlId(field.path, v), [
      el('span', {class: 'scale__number'}, String(v)),
      anchor ? el('span', {class: 'scale__anchor'}, anchor) : null,
    ], {required: field.required, extraClass: 'scale__option'}));
  }
  if (withUnknown) {
    options.push(unknownRadio(field, 'scale__option'));
  }
  return el('div', {class: 'scale'}, options);
}

function radioQuestion(field, options) {
  const helpId = controlId(field.path, 'help');
  return el('fieldset', {class: 'question question--radios', 'data-field': field.path, 'data-kind': field.kind,
    'aria-describedby': field.help ? helpId : null},
  el('legend', {class: 'question__label'}, field.label, ' ', badge(field.required)),
  helpText(field, helpId),
  options,
  el('div', {class: 'field-error-slot'}));
}

function labelledQuestion(field, id, helpId, ...controls) {
  return el('div', {class: 'question', 'data-field': field.path, 'data-kind': field.kind},
    el('label', {class: 'question__label', for: id}, field.label, ' ', badge(field.required)),
    helpText(field, helpId), ...controls, el('div', {class: 'field-error-slot'}));
}

function choiceQuestion(field) {
  if (field.choices.length > SELECT_ABOVE) {
    const id = controlId(field.path);
    const helpId = controlId(field.path, 'help');
    const select = el('select', {id, name: field.path, required: field.required || null,
      'aria-describedby': field.help ? helpId : null},
    el('option', {value: ''}, t(field.required ? 'intake.choose' : 'intake.dontKnow')),
    field.choices.map((c) => el('option', {value: c.value}, c.label)));
    return labelledQuestion(field, id, helpId, select);
  }
  const options = field.choices.map((c) => radio(field.path, c.value, controlId(field.path, c.value), c.label,
    {required: field.required}));
  if (!field.required) {
    options.push(unknownRadio(field, ''));
  }
  return radioQuestion(field, el('div', {class: 'choices'}, options));
}

function yesNoQuestion(field) {
  const options = [
    radio(field.path, 'true', controlId(field.path, 'yes'), t('intake.yes'), {required: field.required}),
    radio(field.path, 'false', controlId(field.path, 'no'), t('intake.no'), {required: field.required}),
  ];
  if (!field.required) {
    options.push(unknownRadio(field, ''));
  }
  return radioQuestion(field, el('div', {class: 'choices choices--inline'}, options));
}

function inputQuestion(field) {
  const id = controlId(field.path);
  const helpId = controlId(field.path, 'help');
  const hintId = controlId(field.path, 'hint');
  const describedBy = [field.help ? helpId : null, field.required ? null : hintId].filter(Boolean).join(' ') || null;
  let control;
  if (field.kind === 'TEXT') {
    control = el('input', {type: 'text', id, name: field.path, required: field.required || null,
      maxlength: String(field.max), autocomplete: field.path === 'name' ? 'organization' : 'off',
      'aria-describedby': describedBy, class: 'input input--wide'});
  } else {
    const whole = field.kind === 'WHOLE_NUMBER';
    control = el('input', {type: 'number', id, name: field.path, required: field.required || null,
      min: String(field.min), max: String(field.max), step: whole ? '1' : 'any',
      inputmode: whole ? 'numeric' : 'decimal', 'aria-describedby': describedBy, class: 'input input--number'});
  }
  const unit = field.kind === 'PERCENT' ? el('span', {class: 'input-unit', 'aria-hidden': 'true'}, t('intake.percentUnit')) : null;
  return labelledQuestion(field, id, helpId, el('div', {class: 'input-row'}, control, unit),
    field.required ? null : el('p', {class: 'hint', id: hintId}, t('intake.emptyIsUnknown')));
}

/** The four customer-value parts under one "don't know" checkbox: answered together or not at all. */
function customerValueQuestion(schema, parts) {
  const group = schema.byPath.get(CV) || {path: CV, label: t('field.customerValue'), help: t('field.customerValue.help')};
  const helpId = controlId(CV, 'help');
  const unknownId = controlId(CV, 'unknown');
  // no name attribute: every named control of the form is a profile field
  const unknown = el('input', {type: 'checkbox', id: unknownId, checked: true});
  const partSets = parts.map((part) => el('fieldset', {class: 'question question--nested', 'data-field': part.path,
    'data-kind': part.kind},
  el('legend', {class: 'question__label question__label--nested'}, part.label),
  helpText(part, controlId(part.path, 'help')),
  scaleOptions(part, false),
  el('div', {class: 'field-error-slot'})));
  const fieldset = el('fieldset', {class: 'question question--group', 'data-field': CV, 'data-kind': 'GROUP',
    'aria-describedby': helpId},
  el('legend', {class: 'question__label'}, group.label, ' ', badge(false)),
  el('p', {class: 'help', id: helpId}, group.help),
  el('label', {class: 'option option--unknown option--checkbox', for: unknownId}, unknown,
    el('span', {class: 'option__text'}, t('intake.customerValue.dontKnow'))),
  partSets,
  el('div', {class: 'field-error-slot'}));
  unknown.addEventListener('change', () => {
    if (unknown.checked) {
      fieldset.querySelectorAll('input[type=radio]').forEach((r) => { r.checked = false; });
    }
  });
  fieldset.addEventListener('change', (event) => {
    if (event.target.type === 'radio' && event.target.checked) {
      unknown.checked = false;
    }
  });
  return fieldset;
}

function question(field) {
  switch (field.kind) {
    case 'SCALE': return radioQuestion(field, scaleOptions(field, !field.required));
    case 'CHOICE': return choiceQuestion(field);
    case 'YES_NO': return yesNoQuestion(field);
    default: return inputQuestion(field);
  }
}

/** (Re)builds every question into the container, in groups. */
export function buildForm(container, schema) {
  container.replaceChildren();
  const placed = new Set();
  const cvParts = schema.fields.filter((f) => isCustomerValuePart(f.path));
  const groups = GROUPS.slice();
  const leftovers = schema.fields.filter((f) => !isCustomerValuePart(f.path)
    && !GROUPS.some(([, paths]) => paths.includes(f.path)));
  if (leftovers.length) {
    groups.push(['other', leftovers.map((f) => f.path)]);
  }
  groups.forEach(([key, paths]) => {
    const questions = [];
    paths.forEach((path) => {
      if (path === CV) {
        if (cvParts.length) {
          questions.push(customerValueQuestion(schema, cvParts));
          cvParts.forEach((p) => placed.add(p.path));
        }
        return;
      }
      const field = schema.byPath.get(path);
      if (field && !placed.has(path)) {
        questions.push(question(field));
        placed.add(path);
      }
    });
    if (!questions.length) {
      return;
    }
    const helpKey = 'intake.group.' + key + '.help';
    container.appendChild(el('fieldset', {class: 'group card', id: 'group-' + key},
      el('legend', {class: 'group__title'}, t('intake.group.' + key)),
      has(helpKey) && t(helpKey) ? el('p', {class: 'group__help'}, t(helpKey)) : null,
      questions));
  });
}
