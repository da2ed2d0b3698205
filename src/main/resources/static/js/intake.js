/*
 * CX Advisor intake form (served at /): builds the questionnaire from GET /api/profile/schema, validates what it can
 * in the browser, posts the profile to POST /api/advice and renders the advice report (matrix, value chart, cards,
 * open questions). Labels come from messages*.properties via the schema and GET /api/texts (see common.js).
 */
(function () {
  'use strict';

  const {el, t} = window.CX;

  /** Questions grouped the way a manager thinks about the company; fields not listed land in "other". */
  const GROUPS = [
    ['business', ['name', 'sector', 'market', 'offering', 'pricePositioning']],
    ['customers', ['processValue', 'entertainmentValue', 'customerValue']],
    ['relationship', ['relationshipWarmth', 'targetRelationshipWarmth', 'journeyScope', 'npsScore',
      'retentionRatePercent', 'complaintRatePercent']],
    ['people', ['employeeEngagement', 'hiringForServiceAttitude', 'standardization']],
    ['practices', ['personalization', 'serviceRecovery', 'personalGestures', 'csrCommitment', 'socialMediaPresence',
      'opinionLeaderProgram', 'sensoryDesign', 'plannedSurprises', 'brandStorytelling', 'experimentation']],
  ];
  const CV = 'customerValue';
  const CV_PARTS = ['functional', 'economic', 'emotional', 'symbolic'];
  const QUADRANTS = ['ENTERTAINMENT_DRIVEN', 'EXPERIENCE_LEADER', 'UTILITY', 'PROCESS_DRIVEN'];
  const DRAFT_KEY = 'cxadvisor.intake.draft';
  const PROFILE_KEY = 'cxadvisor.profile';
  const SELECT_ABOVE = 5;

  const state = {
    lang: 'en',
    schema: null,
    fields: new Map(),
    profile: null,
    report: null,
    errorsShown: false,
  };

  const $ = (id) => document.getElementById(id);

  function controlId(path, suffix) {
    return 'f-' + path.replace(/\./g, '-') + (suffix === undefined ? '' : '-' + suffix);
  }

  // ---------------------------------------------------------------- building the form

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
      options.push(radio(field.path, '', controlId(field.path, 'unknown'), t('intake.dontKnow'),
        {checked: true, extraClass: 'scale__option option--unknown'}));
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

  function choiceQuestion(field) {
    if (field.choices.length > SELECT_ABOVE) {
      const id = controlId(field.path);
      const helpId = controlId(field.path, 'help');
      const select = el('select', {id, name: field.path, required: field.required || null,
        'aria-describedby': field.help ? helpId : null},
      el('option', {value: ''}, t(field.required ? 'intake.choose' : 'intake.dontKnow')),
      field.choices.map((c) => el('option', {value: c.value}, c.label)));
      return el('div', {class: 'question', 'data-field': field.path, 'data-kind': field.kind},
        el('label', {class: 'question__label', for: id}, field.label, ' ', badge(field.required)),
        helpText(field, helpId), select, el('div', {class: 'field-error-slot'}));
    }
    const options = field.choices.map((c) => radio(field.path, c.value, controlId(field.path, c.value), c.label,
      {required: field.required}));
    if (!field.required) {
      options.push(radio(field.path, '', controlId(field.path, 'unknown'), t('intake.dontKnow'),
        {checked: true, extraClass: 'option--unknown'}));
    }
    return radioQuestion(field, el('div', {class: 'choices'}, options));
  }

  function yesNoQuestion(field) {
    const options = [
      radio(field.path, 'true', controlId(field.path, 'yes'), t('intake.yes'), {required: field.required}),
      radio(field.path, 'false', controlId(field.path, 'no'), t('intake.no'), {required: field.required}),
    ];
    if (!field.required) {
      options.push(radio(field.path, '', controlId(field.path, 'unknown'), t('intake.dontKnow'),
        {checked: true, extraClass: 'option--unknown'}));
    }
    return radioQuestion(field, el('div', {class: 'choices choices--inline'}, options));
  }

  function inputQuestion(field) {
    const id = controlId(field.path);
    const helpId = controlId(field.path, 'help');
    const describedBy = [field.help ? helpId : null, field.required ? null : controlId(field.path, 'hint')]
      .filter(Boolean).join(' ') || null;
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
    return el('div', {class: 'question', 'data-field': field.path, 'data-kind': field.kind},
      el('label', {class: 'question__label', for: id}, field.label, ' ', badge(field.required)),
      helpText(field, helpId),
      el('div', {class: 'input-row'}, control, unit),
      field.required ? null : el('p', {class: 'hint', id: controlId(field.path, 'hint')}, t('intake.emptyIsUnknown')),
      el('div', {class: 'field-error-slot'}));
  }

  function customerValueQuestion(parts) {
    const group = state.fields.get(CV) || {path: CV, label: t('field.customerValue'), help: t('field.customerValue.help')};
    const helpId = controlId(CV, 'help');
    const unknownId = controlId(CV, 'unknown');
    // no name attribute: every named control of the form is a profile field
    const unknown = el('input', {type: 'checkbox', id: unknownId, checked: true});
    const partSets = parts.map((part) => el('fieldset', {class: 'question question--nested', 'data-field': part.path,
      'data-kind': part.kind},
    el('legend', {class: 'question__label question__label--nested'}, part.label),
    part.help ? helpText(part, controlId(part.path, 'help')) : null,
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

  function buildForm() {
    const container = $('form-groups');
    container.replaceChildren();
    const placed = new Set();
    const cvParts = state.schema.fields.filter((f) => f.path.startsWith(CV + '.'));
    const groups = GROUPS.map(([key, paths]) => [key, paths]);
    const leftovers = state.schema.fields.filter((f) => !f.path.startsWith(CV + '.')
      && !GROUPS.some(([, paths]) => paths.includes(f.path)));
    if (leftovers.length) {
      groups.push(['other', leftovers.map((f) => f.path)]);
    }
    groups.forEach(([key, paths]) => {
      const questions = [];
      paths.forEach((path) => {
        if (path === CV) {
          if (cvParts.length) {
            questions.push(customerValueQuestion(cvParts));
            cvParts.forEach((p) => placed.add(p.path));
          }
          return;
        }
        const field = state.fields.get(path);
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
        CX.has(helpKey) && t(helpKey) ? el('p', {class: 'group__help'}, t(helpKey)) : null,
        questions));
    });
  }

  // ---------------------------------------------------------------- reading and writing answers

  function form() {
    return $('intake-form');
  }

  function checkedValue(name) {
    const checked = form().querySelector('input[type=radio][name="' + CSS.escape(name) + '"]:checked');
    return checked ? checked.value : null;
  }

  function rawValue(field) {
    const f = form();
    const select = f.querySelector('select[name="' + CSS.escape(field.path) + '"]');
    if (select) {
      return select.value;
    }
    const input = f.querySelector('input:not([type=radio]):not([type=checkbox])[name="' + CSS.escape(field.path) + '"]');
    if (input) {
      return input.value;
    }
    return checkedValue(field.path);
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

  /** The profile as the API takes it: unknown optional answers left out, customerValue only when answered. */
  function collect() {
    const profile = {};
    state.schema.fields.forEach((field) => {
      if (field.path.startsWith(CV + '.')) {
        return;
      }
      const value = typed(field, rawValue(field));
      if (value !== undefined) {
        profile[field.path] = value;
      }
    });
    const unknown = $(controlId(CV, 'unknown'));
    if (unknown && !unknown.checked) {
      const cv = {};
      CV_PARTS.forEach((part) => {
        const field = state.fields.get(CV + '.' + part);
        const value = field ? typed(field, rawValue(field)) : undefined;
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

  function setValue(field, value) {
    const f = form();
    const name = CSS.escape(field.path);
    const text = value === undefined || value === null ? '' : String(value);
    const select = f.querySelector('select[name="' + name + '"]');
    if (select) {
      select.value = Array.from(select.options).some((o) => o.value === text) ? text : '';
      return;
    }
    const input = f.querySelector('input:not([type=radio]):not([type=checkbox])[name="' + name + '"]');
    if (input) {
      input.value = text;
      return;
    }
    f.querySelectorAll('input[type=radio][name="' + name + '"]').forEach((r) => { r.checked = r.value === text; });
  }

  /** Puts a profile (as the API takes it) into the form; returns the keys it did not recognise. */
  function restore(profile) {
    const ignored = [];
    const data = profile && typeof profile === 'object' && !Array.isArray(profile) ? profile : {};
    Object.keys(data).forEach((key) => {
      if (key !== CV && !state.fields.has(key)) {
        ignored.push(key);
      }
    });
    state.schema.fields.forEach((field) => {
      if (!field.path.startsWith(CV + '.')) {
        setValue(field, data[field.path]);
      }
    });
    const cv = data[CV];
    const unknown = $(controlId(CV, 'unknown'));
    const hasCv = cv && typeof cv === 'object' && Object.keys(cv).length > 0;
    if (unknown) {
      unknown.checked = !hasCv;
    }
    CV_PARTS.forEach((part) => {
      const field = state.fields.get(CV + '.' + part);
      if (field) {
        setValue(field, hasCv ? cv[part] : null);
      }
    });
    if (hasCv) {
      Object.keys(cv).filter((k) => !CV_PARTS.includes(k)).forEach((k) => ignored.push(CV + '.' + k));
    }
    return ignored;
  }

  function saveDraft() {
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(collect()));
    } catch (e) {
      /* storage full or disabled: the form still works */
    }
  }

  // ---------------------------------------------------------------- validation in the browser

  /** Obvious mistakes, read from the controls' own attributes (required, maxlength, min, max, step). */
  function validate() {
    const errors = [];
    const f = form();
    state.schema.fields.forEach((field) => {
      if (field.path.startsWith(CV + '.')) {
        return;
      }
      const name = CSS.escape(field.path);
      const input = f.querySelector('input:not([type=radio]):not([type=checkbox])[name="' + name + '"]');
      const select = f.querySelector('select[name="' + name + '"]');
      const radios = f.querySelectorAll('input[type=radio][name="' + name + '"]');
      if (input && input.type === 'text') {
        const value = input.value;
        const max = input.hasAttribute('maxlength') ? Number(input.getAttribute('maxlength')) : null;
        if (input.required && value.trim() === '') {
          errors.push({field: field.path, message: t('intake.error.required')});
        } else if (max !== null && value.length > max) {
          errors.push({field: field.path, message: t('intake.error.text', max)});
        }
      } else if (input && input.type === 'number') {
        if (input.validity && input.validity.badInput) {
          errors.push({field: field.path, message: t('intake.error.number')});
          return;
        }
        if (input.value === '') {
          if (input.required) {
            errors.push({field: field.path, message: t('intake.error.required')});
          }
          return;
        }
        const value = Number(input.value);
        const min = input.hasAttribute('min') ? Number(input.min) : -Infinity;
        const max = input.hasAttribute('max') ? Number(input.max) : Infinity;
        const whole = input.getAttribute('step') === '1';
        if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
          errors.push({field: field.path, message: t(whole ? 'intake.error.whole' : 'intake.error.range', input.min, input.max)});
        }
      } else if (select) {
        if (select.required && select.value === '') {
          errors.push({field: field.path, message: t('intake.error.required')});
        }
      } else if (radios.length) {
        const required = Array.from(radios).some((r) => r.required);
        if (required && !Array.from(radios).some((r) => r.checked)) {
          errors.push({field: field.path, message: t('intake.error.required')});
        }
      }
    });
    const unknown = $(controlId(CV, 'unknown'));
    if (unknown && !unknown.checked) {
      const missing = CV_PARTS.filter((part) => checkedValue(CV + '.' + part) === null);
      if (missing.length && missing.length < CV_PARTS.length) {
        missing.forEach((part) => errors.push({field: CV + '.' + part, message: t('intake.error.customerValuePartial')}));
      }
    }
    return errors;
  }

  function labelOf(path) {
    const field = state.fields.get(path);
    if (field) {
      return field.label;
    }
    return CX.has('field.' + path) ? t('field.' + path) : path;
  }

  function showErrors(errors, intro) {
    state.errorsShown = true;
    CX.showProblems(form(), $('error-summary'), errors, {title: t('intake.errors.title'), intro, labelOf});
  }

  function clearErrors() {
    state.errorsShown = false;
    CX.clearProblems(form(), $('error-summary'));
  }

  // ---------------------------------------------------------------- asking for advice

  async function requestAdvice(profile) {
    let result;
    try {
      result = await CX.postJson('/api/advice?lang=' + state.lang, profile);
    } catch (e) {
      return {errors: [{field: '', message: t('intake.error.network')}]};
    }
    if (result.ok) {
      return {report: result.data};
    }
    if (result.data && Array.isArray(result.data.errors) && result.data.errors.length) {
      return {errors: result.data.errors, intro: t('intake.errors.server')};
    }
    const detail = result.data && result.data.detail ? result.data.detail : String(result.status);
    return {errors: [{field: '', message: t('intake.error.server', detail)}]};
  }

  function setBusy(busy) {
    const button = $('submit-button');
    button.disabled = busy;
    button.setAttribute('aria-busy', String(busy));
    button.textContent = t(busy ? 'intake.submitting' : 'intake.submit');
  }

  async function submit(event) {
    if (event) {
      event.preventDefault();
    }
    clearErrors();
    const errors = validate();
    if (errors.length) {
      showErrors(errors);
      return;
    }
    const profile = collect();
    setBusy(true);
    try {
      const answer = await requestAdvice(profile);
      if (answer.errors) {
        showErrors(answer.errors, answer.intro);
        return;
      }
      state.profile = profile;
      state.report = answer.report;
      setStatus('');
      renderReport();
      showView('report');
      window.history.pushState({view: 'report'}, '');
      window.scrollTo(0, 0);
      $('report-title').focus();
    } finally {
      setBusy(false);
    }
  }

  // ---------------------------------------------------------------- views

  function showView(which) {
    $('form-view').hidden = which !== 'form';
    $('report-view').hidden = which !== 'report';
    document.body.dataset.view = which;
    // the page title becomes the report's title, so that "Save as PDF" suggests a sensible file name
    document.title = which === 'report' && state.profile ? t('report.title', state.profile.name) : t('intake.pageTitle');
  }

  /** Shows the form with the question of a field in focus (used by open questions and the value chart). */
  function showForm() {
    if (!$('report-view').hidden) {
      window.history.pushState({view: 'form'}, '');
    }
    showView('form');
  }

  function goToField(path) {
    showForm();
    const container = CX.fieldContainer(form(), path);
    if (!container) {
      return;
    }
    const all = Array.from(container.querySelectorAll('input, select, textarea')).filter((c) => !c.disabled);
    const controls = all.filter((c) => c.name).length ? all.filter((c) => c.name) : all;
    const target = controls.find((c) => c.type === 'radio' && c.checked) || controls[0] || container;
    container.classList.add('is-highlighted');
    setTimeout(() => container.classList.remove('is-highlighted'), 2500);
    container.scrollIntoView({block: 'center'});
    target.focus({preventScroll: true});
  }

  // ---------------------------------------------------------------- the report

  function conclusion(type) {
    const found = (state.report.conclusions || []).find((c) => c.type === type);
    return found ? found.value : null;
  }

  function conclusionText(type, value) {
    const key = 'conclusion.' + type + '.' + value;
    return CX.has(key) ? t(key) : String(value);
  }

  function quadrantOf(process, entertainment) {
    const p = process >= 4;
    const e = entertainment >= 4;
    return p ? (e ? 'EXPERIENCE_LEADER' : 'PROCESS_DRIVEN') : (e ? 'ENTERTAINMENT_DRIVEN' : 'UTILITY');
  }

  function choiceLabel(path, value) {
    const field = state.fields.get(path);
    const choice = field && field.choices ? field.choices.find((c) => c.value === value) : null;
    return choice ? choice.label : String(value);
  }

  function answerText(field, value) {
    if (value === undefined || value === null) {
      return t('value.unknown');
    }
    switch (field.kind) {
      case 'CHOICE': return choiceLabel(field.path, value);
      case 'YES_NO': return t(value ? 'value.yes' : 'value.no');
      case 'SCALE': return value + ' / ' + field.max;
      case 'PERCENT': return value + ' %';
      default: return String(value);
    }
  }

  function matrixSvg(process, entertainment, quadrant) {
    const x0 = 86;
    const y0 = 14;
    const w = 400;
    const h = 300;
    const xOf = (v) => x0 + ((v - 0.5) / 5) * w;
    const yOf = (v) => y0 + h - ((v - 0.5) / 5) * h;
    const splitX = x0 + (3 / 5) * w;
    const splitY = y0 + h - (3 / 5) * h;
    const regions = {
      UTILITY: [x0, splitY, splitX - x0, y0 + h - splitY],
      PROCESS_DRIVEN: [splitX, splitY, x0 + w - splitX, y0 + h - splitY],
      ENTERTAINMENT_DRIVEN: [x0, y0, splitX - x0, splitY - y0],
      EXPERIENCE_LEADER: [splitX, y0, x0 + w - splitX, splitY - y0],
    };
    const quadrantName = t('intake.quadrant.' + quadrant);
    const desc = t('intake.matrix.desc', process, entertainment, quadrantName);
    const svg = el('svg', {class: 'chart chart--matrix', viewBox: '0 0 500 386', role: 'img',
      'aria-labelledby': 'matrix-svg-title matrix-svg-desc', 'data-quadrant': quadrant},
    el('title', {id: 'matrix-svg-title'}, t('intake.matrix.title')),
    el('desc', {id: 'matrix-svg-desc'}, desc));
    Object.entries(regions).forEach(([name, [x, y, rw, rh]]) => {
      const current = name === quadrant;
      svg.appendChild(el('rect', {x, y, width: rw, height: rh,
        class: 'matrix__quadrant matrix__quadrant--' + name.toLowerCase() + (current ? ' is-current' : ''),
        'data-quadrant': name}));
      svg.appendChild(el('text', {x: x + rw / 2, y: y + (name === 'UTILITY' || name === 'PROCESS_DRIVEN' ? rh - 6 : 16),
        'text-anchor': 'middle', class: 'matrix__label' + (current ? ' is-current' : '')}, t('intake.quadrant.' + name)));
    });
    svg.appendChild(el('rect', {x: x0, y: y0, width: w, height: h, class: 'matrix__frame'}));
    for (let v = 1; v <= 5; v++) {
      svg.appendChild(el('text', {x: xOf(v), y: y0 + h + 18, 'text-anchor': 'middle', class: 'chart__tick'}, String(v)));
      svg.appendChild(el('text', {x: x0 - 10, y: yOf(v) + 4, 'text-anchor': 'end', class: 'chart__tick'}, String(v)));
    }
    svg.appendChild(el('line', {x1: splitX, y1: y0, x2: splitX, y2: y0 + h, class: 'matrix__split'}));
    svg.appendChild(el('line', {x1: x0, y1: splitY, x2: x0 + w, y2: splitY, class: 'matrix__split'}));
    // where "low" and "high" lie on each axis
    svg.appendChild(el('text', {x: (x0 + splitX) / 2, y: y0 + h + 36, 'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.low')));
    svg.appendChild(el('text', {x: (splitX + x0 + w) / 2, y: y0 + h + 36, 'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.high')));
    svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(52 ' + ((splitY + y0 + h) / 2) + ') rotate(-90)',
      'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.low')));
    svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(52 ' + ((y0 + splitY) / 2) + ') rotate(-90)',
      'text-anchor': 'middle', class: 'chart__range'}, t('intake.matrix.high')));
    svg.appendChild(el('text', {x: x0 + w / 2, y: y0 + h + 60, 'text-anchor': 'middle', class: 'chart__axis'}, t('intake.matrix.x')));
    svg.appendChild(el('text', {x: 0, y: 0, transform: 'translate(22 ' + (y0 + h / 2) + ') rotate(-90)', 'text-anchor': 'middle',
      class: 'chart__axis'}, t('intake.matrix.y')));
    const px = xOf(process);
    const py = yOf(entertainment);
    const name = state.profile.name.length > 26 ? state.profile.name.slice(0, 25) + '…' : state.profile.name;
    const right = px < x0 + w - 150;
    svg.appendChild(el('circle', {cx: px, cy: py, r: 9, class: 'matrix__point', 'data-process': process,
      'data-entertainment': entertainment}));
    svg.appendChild(el('text', {x: right ? px + 14 : px - 14, y: py + 5, 'text-anchor': right ? 'start' : 'end',
      class: 'matrix__point-label'}, name));
    return {svg, desc};
  }

  function matrixSection() {
    const process = state.profile.processValue;
    const entertainment = state.profile.entertainmentValue;
    const concluded = conclusion('EXPERIENCE_QUADRANT');
    const quadrant = QUADRANTS.includes(concluded) ? concluded : quadrantOf(process, entertainment);
    const {svg, desc} = matrixSvg(process, entertainment, quadrant);
    const explanations = el('ul', {class: 'quadrant-list'}, ['UTILITY', 'PROCESS_DRIVEN', 'ENTERTAINMENT_DRIVEN',
      'EXPERIENCE_LEADER'].map((q) => el('li', {class: 'quadrant-list__item' + (q === quadrant ? ' is-current' : ''),
      'aria-current': q === quadrant ? 'true' : null, 'data-quadrant': q},
    el('strong', {}, t('intake.quadrant.' + q)), ' — ', t('intake.quadrant.' + q + '.explain'))));
    return el('section', {class: 'report__section report__matrix', id: 'report-matrix', 'aria-labelledby': 'matrix-title'},
      el('h3', {id: 'matrix-title'}, t('intake.matrix.title')),
      el('div', {class: 'chart-row'},
        el('figure', {class: 'chart-figure'}, svg, el('figcaption', {}, desc)),
        el('div', {class: 'chart-side'}, explanations, el('p', {class: 'note'}, t('intake.matrix.note')))));
  }

  function valueChartSvg(cv) {
    const labelW = 120;
    const barMax = 330;
    const rowH = 42;
    const top = 10;
    const height = top + CV_PARTS.length * rowH + 34;
    const desc = t('intake.values.desc', cv.functional, cv.economic, cv.emotional, cv.symbolic);
    const svg = el('svg', {class: 'chart chart--values', viewBox: '0 0 500 ' + height, role: 'img',
      'aria-labelledby': 'values-svg-title values-svg-desc'},
    el('title', {id: 'values-svg-title'}, t('intake.values.title')),
    el('desc', {id: 'values-svg-desc'}, desc));
    for (let v = 0; v <= 5; v++) {
      const x = labelW + (v / 5) * barMax;
      svg.appendChild(el('line', {x1: x, y1: top - 4, x2: x, y2: top + CV_PARTS.length * rowH, class: 'chart__grid'}));
      svg.appendChild(el('text', {x, y: top + CV_PARTS.length * rowH + 18, 'text-anchor': 'middle', class: 'chart__tick'}, String(v)));
    }
    CV_PARTS.forEach((part, i) => {
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

  function valuesSection() {
    const cv = state.profile.customerValue;
    const section = el('section', {class: 'report__section report__values', id: 'report-values', 'aria-labelledby': 'values-title'},
      el('h3', {id: 'values-title'}, t('intake.values.title')));
    if (!cv) {
      const go = el('button', {type: 'button', class: 'button button--link no-print'}, t('intake.values.answer'));
      go.addEventListener('click', () => goToField(CV));
      section.appendChild(el('p', {class: 'note'}, t('intake.values.unknown'), ' ', go));
      return section;
    }
    const {svg, desc} = valueChartSvg(cv);
    const focus = conclusion('VALUE_FOCUS');
    const track = conclusion('STRATEGY_TRACK');
    const legend = el('ul', {class: 'legend'},
      el('li', {}, el('span', {class: 'legend__swatch bar--practical', 'aria-hidden': 'true'}), t('intake.values.practical')),
      el('li', {}, el('span', {class: 'legend__swatch bar--emotional', 'aria-hidden': 'true'}), t('intake.values.emotionalSide')));
    const dl = el('dl', {class: 'conclusions'});
    if (focus) {
      dl.append(el('dt', {}, t('conclusion.VALUE_FOCUS')), el('dd', {'data-conclusion': 'VALUE_FOCUS', 'data-value': focus},
        conclusionText('VALUE_FOCUS', focus)));
    }
    if (track) {
      dl.append(el('dt', {}, t('conclusion.STRATEGY_TRACK')), el('dd', {'data-conclusion': 'STRATEGY_TRACK', 'data-value': track},
        conclusionText('STRATEGY_TRACK', track)));
    }
    section.appendChild(el('div', {class: 'chart-row'},
      el('figure', {class: 'chart-figure'}, svg, el('figcaption', {}, desc), legend),
      el('div', {class: 'chart-side'}, focus || track ? dl : el('p', {class: 'note'}, t('intake.values.noConclusion')))));
    return section;
  }

  function conclusionsSection() {
    const dl = el('dl', {class: 'conclusions'});
    (state.report.conclusions || []).forEach((c) => {
      const label = CX.has('conclusion.' + c.type) ? t('conclusion.' + c.type) : c.type;
      let value = conclusionText(c.type, c.value);
      if (c.type === 'RELATIONSHIP_GAP' && typeof c.value === 'number' && c.value > 0) {
        value = '+' + c.value;
      }
      dl.append(el('dt', {}, label), el('dd', {'data-conclusion': c.type, 'data-value': String(c.value)}, value,
        c.ruleText ? el('span', {class: 'conclusions__rule'}, c.ruleText) : null));
    });
    return el('section', {class: 'report__section', id: 'report-conclusions', 'aria-labelledby': 'conclusions-title'},
      el('h3', {id: 'conclusions-title'}, t('report.conclusions')), dl);
  }

  function sourceText(source) {
    const key = 'intake.source.' + source.document;
    const title = CX.has(key) ? t(key) : source.document;
    const points = (source.kpoints || []).join(', ');
    return title + (points ? ' (' + points + ')' : '');
  }

  function adviceCard(item, index) {
    const priority = String(item.priority || '').toUpperCase();
    const titleId = 'advice-title-' + index;
    return el('article', {class: 'card advice-card advice-card--' + priority.toLowerCase(), 'data-advice-id': item.id,
      'data-category': item.category, 'data-priority': priority, 'data-horizon': item.horizon || '',
      'aria-labelledby': titleId},
    el('header', {class: 'advice-card__header'},
      el('span', {class: 'priority priority--' + priority.toLowerCase()},
        CX.has('priority.' + priority) ? t('priority.' + priority) : priority),
      el('h5', {class: 'advice-card__title', id: titleId}, item.title)),
    el('p', {class: 'advice-card__summary'}, item.summary),
    item.actions && item.actions.length ? el('div', {class: 'advice-card__actions'},
      el('h6', {}, t('intake.advice.actions')), el('ol', {}, item.actions.map((a) => el('li', {}, a)))) : null,
    item.measure ? el('p', {class: 'advice-card__measure'}, el('strong', {}, t('report.measure')), ' ', item.measure) : null,
    item.rationale ? el('p', {class: 'advice-card__why'}, el('strong', {}, t('report.why')), ' ', item.rationale) : null,
    item.sources && item.sources.length ? el('p', {class: 'advice-card__sources'}, el('strong', {}, t('report.sources')), ' ',
      item.sources.map(sourceText).join('; ')) : null,
    item.rule ? el('p', {class: 'advice-card__rule'}, t('intake.advice.rule', item.ruleText || item.rule)) : null);
  }

  /** The roadmap: NOW (the foundations to act on first), NEXT, LATER, in the order the report gives. */
  function adviceSection() {
    const advice = state.report.advice || [];
    const groups = ['NOW', 'NEXT', 'LATER'].map((horizon) => {
      const items = advice.filter((item) => (item.horizon || 'NEXT') === horizon);
      const headingId = 'advice-' + horizon.toLowerCase() + '-title';
      return items.length ? el('section', {class: 'advice-group', 'data-horizon': horizon, 'aria-labelledby': headingId},
        el('h4', {class: 'advice-group__title', id: headingId}, t('report.advice.' + horizon)),
        el('div', {class: 'advice-list'}, items.map((item) => adviceCard(item, advice.indexOf(item))))) : null;
    });
    return el('section', {class: 'report__section', id: 'report-advice', 'aria-labelledby': 'advice-title'},
      el('h3', {id: 'advice-title'}, t('report.advice')),
      advice.length ? el('p', {class: 'note'}, t('report.actionsNote')) : null,
      ...(advice.length ? groups : [el('p', {class: 'note'}, t('intake.advice.none'))]));
  }

  function summarySection() {
    return el('section', {class: 'report__section', id: 'report-summary', 'aria-labelledby': 'summary-title'},
      el('h3', {id: 'summary-title'}, t('report.summaryHeading')),
      el('p', {class: 'report__summary'}, state.report.summary || ''));
  }

  function strengthsSection() {
    const strengths = state.report.strengths || [];
    return el('section', {class: 'report__section', id: 'report-strengths', 'aria-labelledby': 'strengths-title'},
      el('h3', {id: 'strengths-title'}, t('report.strengths')),
      strengths.length ? el('ul', {class: 'strengths'}, strengths.map((s) => el('li', {class: 'strength', 'data-strength-id': s.id},
        el('strong', {class: 'strength__title'}, s.title), ' ', s.summary,
        s.ruleText ? el('span', {class: 'strength__rule'}, t('intake.advice.rule', s.ruleText)) : null)))
        : el('p', {class: 'note'}, t('report.noStrengths')));
  }

  function questionsSection() {
    const questions = state.report.openQuestions || [];
    const list = el('ul', {class: 'open-questions'}, questions.map((q) => {
      const link = el('a', {href: '#' + controlId(q.field), class: 'open-questions__link', 'data-field': q.field}, q.question);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        goToField(q.field);
      });
      return el('li', {}, link);
    }));
    return el('section', {class: 'report__section', id: 'report-questions', 'aria-labelledby': 'questions-title'},
      el('h3', {id: 'questions-title'}, t('report.openQuestions')),
      questions.length ? list : el('p', {class: 'note'}, t('intake.questions.none')));
  }

  function answersSection() {
    const rows = [];
    state.schema.fields.forEach((field) => {
      const value = field.path.startsWith(CV + '.')
        ? (state.profile[CV] ? state.profile[CV][field.path.slice(CV.length + 1)] : undefined)
        : state.profile[field.path];
      rows.push(el('tr', {}, el('th', {scope: 'row'}, field.label), el('td', {}, answerText(field, value))));
    });
    return el('section', {class: 'report__section report__answers', id: 'report-answers', 'aria-labelledby': 'answers-title'},
      el('h3', {id: 'answers-title'}, t('intake.report.profile')),
      el('table', {class: 'answers-table'}, el('tbody', {}, rows)));
  }

  function toolbar() {
    const print = el('button', {type: 'button', class: 'button button--primary', id: 'print-button'}, t('intake.report.print'));
    print.addEventListener('click', () => window.print());
    const download = el('button', {type: 'button', class: 'button button--secondary', id: 'download-button'},
      t('intake.report.download'));
    download.addEventListener('click', downloadAnswers);
    const whatIf = el('a', {href: '/scenarios?lang=' + state.lang, class: 'button button--secondary', id: 'what-if-link'},
      t('intake.report.whatIf'));
    whatIf.addEventListener('click', () => {
      try {
        sessionStorage.setItem(PROFILE_KEY, JSON.stringify(state.profile));
      } catch (e) {
        /* the scenarios page then starts empty */
      }
    });
    const edit = el('button', {type: 'button', class: 'button button--secondary', id: 'edit-button'}, t('intake.report.edit'));
    edit.addEventListener('click', () => {
      showForm();
      const first = form().querySelector('input, select');
      if (first) {
        first.focus();
      }
    });
    return el('div', {class: 'toolbar no-print', role: 'group'}, print, download, whatIf, edit);
  }

  function renderReport() {
    const view = $('report-view');
    const p = state.profile;
    const date = new Date().toLocaleDateString(state.lang === 'nl' ? 'nl-NL' : 'en-GB',
      {year: 'numeric', month: 'long', day: 'numeric'});
    const facts = ['sector', 'market', 'offering', 'pricePositioning'].filter((k) => p[k] !== undefined)
      .map((k) => choiceLabel(k, p[k])).join(' · ');
    const version = state.report.knowledgeBase ? state.report.knowledgeBase.version : '';
    view.replaceChildren(
      el('header', {class: 'report__header'},
        el('p', {class: 'report__kicker'}, t('intake.report.heading')),
        el('h2', {id: 'report-title', tabindex: '-1'}, t('report.title', p.name)),
        el('p', {class: 'report__facts'}, facts),
        toolbar()),
      summarySection(),
      conclusionsSection(),
      matrixSection(),
      valuesSection(),
      adviceSection(),
      strengthsSection(),
      questionsSection(),
      answersSection(),
      el('footer', {class: 'report__footer'},
        el('p', {}, t('intake.report.madeOn', date), ' ', t('report.footer', version))));
  }

  function downloadAnswers() {
    const profile = $('report-view').hidden || !state.profile ? collect() : state.profile;
    const slug = String(profile.name || 'company').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '').slice(0, 40) || 'company';
    CX.downloadJson('cx-profile-' + slug + '.json', profile);
  }

  // ---------------------------------------------------------------- loading saved answers

  function setStatus(message, kind) {
    const status = $('status');
    status.textContent = message || '';
    status.hidden = !message;
    status.className = 'notice' + (kind ? ' notice--' + kind : '');
  }

  function loadFile(file) {
    const reader = new FileReader();
    reader.onload = () => {
      let data;
      try {
        data = JSON.parse(String(reader.result));
      } catch (e) {
        setStatus(t('intake.loadError', e.message), 'error');
        return;
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        setStatus(t('intake.loadError', file.name), 'error');
        return;
      }
      clearErrors();
      const ignored = restore(data);
      saveDraft();
      showView('form');
      setStatus(t('intake.loaded', file.name) + (ignored.length ? ' ' + t('intake.loadIgnored', ignored.join(', ')) : ''),
        ignored.length ? 'warning' : 'success');
    };
    reader.onerror = () => setStatus(t('intake.loadError', file.name), 'error');
    reader.readAsText(file);
  }

  // ---------------------------------------------------------------- language

  async function loadSchema(lang) {
    const result = await CX.getJson('/api/profile/schema?lang=' + lang);
    if (!result.ok) {
      throw new Error('schema ' + result.status);
    }
    state.schema = result.data;
    state.fields = new Map(state.schema.fields.map((f) => [f.path, f]));
  }

  function applyPageTexts() {
    CX.applyTexts(document);
    document.title = !$('report-view').hidden && state.profile ? t('report.title', state.profile.name) : t('intake.pageTitle');
  }

  async function switchLanguage(lang) {
    const answers = collect();
    const cvUnknown = $(controlId(CV, 'unknown'));
    const partialCv = cvUnknown && !cvUnknown.checked ? CV_PARTS.reduce((acc, part) => {
      acc[part] = checkedValue(CV + '.' + part);
      return acc;
    }, {}) : null;
    const rawTexts = {};
    form().querySelectorAll('input[type=text], input[type=number]').forEach((input) => { rawTexts[input.name] = input.value; });
    state.lang = lang;
    await loadSchema(lang);
    applyPageTexts();
    buildForm();
    restore(answers);
    // keep exactly what was typed, even when it is not valid yet
    Object.entries(rawTexts).forEach(([name, value]) => {
      const input = form().querySelector('input[name="' + CSS.escape(name) + '"]');
      if (input) {
        input.value = value;
      }
    });
    if (partialCv) {
      $(controlId(CV, 'unknown')).checked = false;
      CV_PARTS.forEach((part) => {
        const field = state.fields.get(CV + '.' + part);
        if (field && partialCv[part] !== null) {
          setValue(field, partialCv[part]);
        }
      });
    }
    setBusy(false);
    setStatus('');
    if (state.errorsShown) {
      const errors = validate();
      if (errors.length) {
        showErrors(errors);
      } else {
        const answer = await requestAdvice(collect());
        if (answer.errors) {
          showErrors(answer.errors, answer.intro);
        } else {
          clearErrors();
        }
      }
    }
    if (!$('report-view').hidden && state.profile) {
      const answer = await requestAdvice(state.profile);
      if (answer.report) {
        state.report = answer.report;
        renderReport();
      }
    }
  }

  // ---------------------------------------------------------------- start

  async function start() {
    state.lang = CX.setLang(CX.lang());
    try {
      await Promise.all([CX.loadTexts(state.lang), loadSchema(state.lang)]);
    } catch (e) {
      setStatus('The questionnaire could not be loaded (' + e.message + '). Reload the page to try again.', 'error');
      return;
    }
    applyPageTexts();
    CX.langSwitch($('lang-switch'), (lang) => switchLanguage(lang));
    buildForm();
    try {
      const draft = sessionStorage.getItem(DRAFT_KEY);
      if (draft) {
        restore(JSON.parse(draft));
      }
    } catch (e) {
      /* no draft */
    }
    setStatus('');
    showView('form');
    form().addEventListener('submit', submit);
    form().addEventListener('change', saveDraft);
    form().addEventListener('input', saveDraft);
    $('save-button').addEventListener('click', downloadAnswers);
    $('load-file').addEventListener('change', (event) => {
      const file = event.target.files && event.target.files[0];
      if (file) {
        loadFile(file);
      }
      event.target.value = '';
    });
    // Back from the report returns to the answers; Forward shows the report again.
    window.addEventListener('popstate', (event) => {
      showView(event.state && event.state.view === 'report' && state.report ? 'report' : 'form');
    });
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', start);
}());
