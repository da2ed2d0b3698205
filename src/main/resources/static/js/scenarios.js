/*
 * CX Advisor – what-if page (/scenarios). Plain JavaScript, no build step.
 * Reads the profile the intake form left in sessionStorage ("cxadvisor.profile"), or a pasted/loaded one, or the
 * built-in example; compares an editable scenario with it (POST /api/scenarios), shows counterfactuals under each
 * advice (POST /api/scenarios/counterfactuals), sweeps one field (POST /api/scenarios/sweep) as an SVG grid, and
 * downloads the comparison (POST /api/scenarios/export). Texts come from GET /api/scenarios/texts, field labels and
 * choices from GET /api/profile/schema. Works with or without the shared /js/common.js.
 */
(function () {
  'use strict';

  var PROFILE_KEY = 'cxadvisor.profile';
  var LANG_KEY = 'cxadvisor.lang';
  var EXAMPLE = {
    name: 'Budget Bikes', sector: 'RETAIL', market: 'B2C', offering: 'PRODUCT', pricePositioning: 'LOWEST_PRICE',
    processValue: 3, entertainmentValue: 2, relationshipWarmth: 2, targetRelationshipWarmth: 4,
    customerValue: {functional: 4, economic: 5, emotional: 2, symbolic: 1},
    employeeEngagement: 2, hiringForServiceAttitude: false, complaintRatePercent: 6, serviceRecovery: 'REACTIVE',
    personalGestures: false, experimentation: 'NONE'
  };

  var state = {
    lang: 'en', texts: {}, fields: [], byPath: {}, baseline: null, source: 'example',
    variants: [], current: 0, baselineReport: null, counterfactuals: [], seq: 0, sweepField: 'processValue'
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; }
      else if (k === 'className') { node.className = attrs[k]; }
      else if (attrs[k] !== null && attrs[k] !== undefined) { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  /* ---------- texts ---------- */

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pattern = state.texts[key];
    if (pattern === undefined) { return key; }
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return args[i] !== undefined ? String(args[i]) : m; })
      .replace(/''/g, "'");
  }

  function humanize(path) {
    return path.replace(/\./g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  /** The field's short noun label ("employee engagement"), not the intake form's question. */
  function label(path) {
    var f = state.byPath[path];
    if (f && f.shortLabel && f.shortLabel.indexOf('field.') !== 0) { return f.shortLabel; }
    return humanize(path);
  }

  function valueWords(path, value) {
    if (value === null || value === undefined || value === '') { return t('scenarios.page.unknown'); }
    if (typeof value === 'boolean') { return t(value ? 'value.yes' : 'value.no'); }
    if (typeof value === 'object') {
      return Object.keys(value).map(function (k) { return label(path + '.' + k) + ' ' + value[k]; }).join(', ');
    }
    var f = state.byPath[path];
    if (f && f.choices && f.choices.length) {
      for (var i = 0; i < f.choices.length; i++) {
        if (f.choices[i].value === value) { return f.choices[i].label; }
      }
    }
    return String(value);
  }

  function conclusionType(type) {
    var k = 'conclusion.' + type;
    return state.texts[k] !== undefined ? t(k) : type;
  }

  function conclusionWords(type, value, short) {
    if (value === null || value === undefined) { return t('scenarios.none'); }
    var k = 'conclusion.' + type + '.' + value;
    var words = state.texts[k] !== undefined ? t(k) : String(value);
    return short ? words.replace(/\s*\(.*\)\s*$/, '') : words;
  }

  function priorityWords(p) { return t('priority.' + p); }

  function applyTexts() {
    document.documentElement.lang = state.lang;
    document.title = 'CX Advisor – ' + t('scenarios.page.title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (node) {
      var key = node.getAttribute('data-t');
      if (state.texts[key] !== undefined) { node.textContent = t(key); }
    });
    $('sc-lang').value = state.lang;
    $('sc-back').setAttribute('href', '/?lang=' + state.lang);
  }

  /* ---------- server ---------- */

  function api(path, body) {
    var url = path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + state.lang;
    return fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : {'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        return (type.indexOf('json') >= 0 ? response.json() : Promise.resolve({title: response.statusText}))
          .then(function (problem) { var e = new Error(problem.title || 'HTTP ' + response.status); e.problem = problem; throw e; });
      }
      return type.indexOf('json') >= 0 ? response.json() : response;
    });
  }

  function showProblems(error) {
    var box = $('sc-problems');
    box.textContent = '';
    if (!error) { box.hidden = true; return; }
    var problem = error.problem;
    box.appendChild(el('p', {text: problem ? (problem.title || t('scenarios.page.problems')) : t('scenarios.page.failed', error.message)}));
    if (problem && problem.errors && problem.errors.length) {
      var list = el('ul');
      problem.errors.forEach(function (e) {
        list.appendChild(el('li', {}, [el('code', {text: e.field || '–'}), ' ' + e.message]));
      });
      box.appendChild(list);
    } else if (problem && problem.detail) {
      box.appendChild(el('p', {text: problem.detail}));
    }
    box.hidden = false;
  }

  /* ---------- profile source ---------- */

  function loadBaseline() {
    var stored = null;
    try { stored = window.sessionStorage.getItem(PROFILE_KEY); } catch (e) { stored = null; }
    if (stored) {
      try { state.baseline = JSON.parse(stored); state.source = 'intake'; return; } catch (e) { /* fall through */ }
    }
    state.baseline = JSON.parse(JSON.stringify(EXAMPLE));
    state.source = 'example';
  }

  function renderSource() {
    var name = state.baseline && state.baseline.name ? state.baseline.name : '?';
    $('sc-source-note').textContent = t('scenarios.page.source.' + state.source, name);
    $('sc-profile-json').value = JSON.stringify(state.baseline, null, 2);
  }

  function useProfile(profile, source) {
    state.baseline = profile;
    state.source = source;
    state.variants = [newVariant(1)];
    state.current = 0;
    renderSource();
    renderVariantEditor();
    refreshAll();
  }

  /* ---------- variants ---------- */

  function newVariant(n) { return {name: t('scenarios.page.defaultName', n), changes: {}}; }

  function variant() { return state.variants[state.current]; }

  function currentValue(path) {
    if (!state.baseline) { return null; }
    if (path.indexOf('customerValue.') === 0) {
      var cv = state.baseline.customerValue;
      return cv ? cv[path.substring('customerValue.'.length)] : null;
    }
    var v = state.baseline[path];
    return v === undefined ? null : v;
  }

  function editableFields() {
    return state.fields.filter(function (f) { return f.kind !== 'TEXT'; });
  }

  function renderVariantPicker() {
    var pick = $('sc-variant-pick');
    pick.textContent = '';
    state.variants.forEach(function (v, i) {
      pick.appendChild(el('option', {value: String(i), text: v.name}));
    });
    pick.value = String(state.current);
    $('sc-delete-variant').disabled = state.variants.length < 2;
  }

  function renderVariantEditor() {
    renderVariantPicker();
    var v = variant();
    $('sc-variant-name').value = v.name;
    var list = $('sc-change-list');
    list.textContent = '';
    var paths = Object.keys(v.changes);
    $('sc-no-changes').hidden = paths.length > 0;
    paths.forEach(function (path) { list.appendChild(changeRow(path, v.changes[path])); });
    var add = $('sc-add-field');
    add.textContent = '';
    add.appendChild(el('option', {value: '', text: t('scenarios.page.chooseField')}));
    editableFields().forEach(function (f) {
      if (!(f.path in v.changes)) { add.appendChild(el('option', {value: f.path, text: label(f.path)})); }
    });
  }

  function controlId(path) { return 'sc-change-' + path.replace(/\./g, '-'); }

  function changeRow(path, value) {
    var f = state.byPath[path] || {kind: 'TEXT', required: false, choices: []};
    var id = controlId(path);
    var control;
    var optional = !f.required && path.indexOf('customerValue.') !== 0;
    if (f.kind === 'SCALE' || f.kind === 'YES_NO' || f.kind === 'CHOICE') {
      control = el('select', {id: id});
      var options = [];
      if (f.kind === 'SCALE') {
        for (var i = f.min; i <= f.max; i++) {
          var words = String(i);
          if (i === f.min && f.lowLabel && f.lowLabel.indexOf('field.') !== 0) { words += ' – ' + f.lowLabel; }
          if (i === f.max && f.highLabel && f.highLabel.indexOf('field.') !== 0) { words += ' – ' + f.highLabel; }
          options.push([String(i), words]);
        }
      } else if (f.kind === 'YES_NO') {
        options.push(['true', t('value.yes')], ['false', t('value.no')]);
      } else {
        f.choices.forEach(function (c) { options.push([c.value, c.label]); });
      }
      if (optional) { options.push(['', t('scenarios.page.unknown')]); }
      options.forEach(function (o) { control.appendChild(el('option', {value: o[0], text: o[1]})); });
      control.value = value === null || value === undefined ? '' : String(value);
    } else {
      control = el('input', {id: id, type: 'number', min: String(f.min), max: String(f.max),
        step: f.kind === 'PERCENT' ? 'any' : '1', inputmode: 'decimal'});
      control.value = value === null || value === undefined ? '' : String(value);
    }
    control.setAttribute('data-path', path);
    control.addEventListener('change', function () {
      variant().changes[path] = parseValue(f, control.value);
      scheduleCompare();
    });
    var remove = el('button', {type: 'button', className: 'sc-remove', 'aria-label': t('scenarios.page.removeChange', label(path)),
      text: t('scenarios.page.remove')});
    remove.addEventListener('click', function () {
      delete variant().changes[path];
      renderVariantEditor();
      scheduleCompare();
      $('sc-add-field').focus();
    });
    return el('li', {className: 'sc-change', 'data-path': path}, [
      el('label', {'for': id, text: label(path)}), control,
      el('span', {className: 'sc-was', text: t('scenarios.page.was', valueWords(path, currentValue(path)))}), remove]);
  }

  function parseValue(f, raw) {
    if (raw === '') { return null; }
    if (f.kind === 'YES_NO') { return raw === 'true'; }
    if (f.kind === 'SCALE' || f.kind === 'WHOLE_NUMBER' || f.kind === 'PERCENT') { return Number(raw); }
    return raw;
  }

  function defaultValue(f) {
    var now = currentValue(f.path);
    if (f.kind === 'SCALE') { return now === null ? Math.round((f.min + f.max) / 2) : (now < f.max ? now + 1 : now - 1); }
    if (f.kind === 'YES_NO') { return now === null ? true : !now; }
    if (f.kind === 'CHOICE') {
      var names = f.choices.map(function (c) { return c.value; });
      var at = names.indexOf(now);
      return at < 0 ? names[0] : names[(at + 1) % names.length];
    }
    return now === null ? f.min : now;
  }

  function addChange(path, value) {
    var v = variant();
    if (path.indexOf('customerValue.') === 0 && !state.baseline.customerValue) {
      ['functional', 'economic', 'emotional', 'symbolic'].forEach(function (part) {
        if (!(('customerValue.' + part) in v.changes)) { v.changes['customerValue.' + part] = 3; }
      });
    }
    v.changes[path] = value;
    renderVariantEditor();
    var control = $(controlId(path));
    if (control) { control.focus(); }
    scheduleCompare();
  }

  /* ---------- analysis ---------- */

  var compareTimer = null;

  function scheduleCompare() {
    window.clearTimeout(compareTimer);
    compareTimer = window.setTimeout(compareVariant, 200);
  }

  function refreshAll() {
    showProblems(null);
    $('sc-baseline').setAttribute('aria-busy', 'true');
    Promise.all([
      api('/api/scenarios', {baseline: state.baseline, variants: []}),
      api('/api/scenarios/counterfactuals', {profile: state.baseline})
    ]).then(function (answers) {
      state.baselineReport = answers[0].baseline;
      state.counterfactuals = answers[1].counterfactuals;
      renderBaseline();
      compareVariant();
      runSweep();
    }).catch(function (error) {
      state.baselineReport = null;
      $('sc-baseline-advice').textContent = '';
      $('sc-variant-advice').textContent = '';
      showProblems(error);
      $('sc-load').open = true;
    }).then(function () { $('sc-baseline').removeAttribute('aria-busy'); });
  }

  function compareVariant() {
    if (!state.baselineReport) { return; }
    var seq = ++state.seq;
    var v = variant();
    $('sc-variant').setAttribute('aria-busy', 'true');
    api('/api/scenarios', {baseline: state.baseline, variants: [{name: v.name || '?', changes: v.changes}]})
      .then(function (answer) {
        if (seq !== state.seq) { return; }
        showProblems(null);
        markInvalid(null);
        stale(false);
        renderVariant(answer.variants[0]);
      })
      .catch(function (error) {
        if (seq !== state.seq) { return; }
        showProblems(error);
        markInvalid(error);
        stale(true);
        $('sc-variant-summary').textContent = t('scenarios.page.invalid');
        $('sc-variant-summary').className = 'sc-summary sc-summary-invalid';
      })
      .then(function () { if (seq === state.seq) { $('sc-variant').removeAttribute('aria-busy'); } });
  }

  /** Marks the changes the server refused, next to their controls (the problem list at the top has them all). */
  function markInvalid(error) {
    Array.prototype.forEach.call(document.querySelectorAll('#sc-change-list .sc-error'), function (n) { n.remove(); });
    Array.prototype.forEach.call(document.querySelectorAll('#sc-change-list [aria-invalid]'), function (n) {
      n.removeAttribute('aria-invalid');
      n.removeAttribute('aria-describedby');
    });
    var errors = error && error.problem && error.problem.errors ? error.problem.errors : [];
    errors.forEach(function (e) {
      var m = /^variants\[0\]\.changes\.(.+)$/.exec(e.field || '');
      var control = m ? $(controlId(m[1])) : null;
      if (!control) { return; }
      var id = controlId(m[1]) + '-error';
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      control.parentNode.appendChild(el('span', {id: id, className: 'sc-error', text: e.message.replace(/^[^:]*: /, '')}));
    });
  }

  /** Greys out the scenario's results while a change is refused: they belong to the last valid scenario. */
  function stale(on) {
    ['sc-variant-conclusions', 'sc-variant-advice'].forEach(function (id) { $(id).classList.toggle('sc-stale', on); });
  }

  /* ---------- rendering ---------- */

  function renderConclusions(target, conclusions, changes) {
    target.textContent = '';
    var changed = {};
    (changes || []).forEach(function (c) { changed[c.type] = c; });
    var types = {};
    conclusions.forEach(function (c) { types[c.type] = c.value; });
    Object.keys(changed).forEach(function (type) { if (!(type in types)) { types[type] = null; } });
    Object.keys(types).forEach(function (type) {
      var c = changed[type];
      var dd = el('dd', {}, [conclusionWords(type, types[type])]);
      var dt = el('dt', {text: conclusionType(type)});
      if (c) {
        dd.className = 'sc-changed';
        dd.appendChild(el('span', {className: 'sc-badge sc-badge-changed', text: t('scenarios.page.badge.changed')}));
        dd.appendChild(el('del', {className: 'sc-was-value', text: conclusionWords(type, c.from)}));
      }
      target.appendChild(el('div', {className: 'sc-conclusion' + (c ? ' sc-changed' : ''), 'data-type': type}, [dt, dd]));
    });
  }

  function counterfactualList(adviceId, effect) {
    var items = state.counterfactuals.filter(function (cf) { return cf.adviceId === adviceId && cf.effect === effect; });
    if (!items.length) {
      return effect === 'REMOVES' ? el('p', {className: 'sc-cf-none', text: t('scenarios.page.noCounterfactual')}) : null;
    }
    var list = el('ul', {className: 'sc-cf'});
    items.forEach(function (cf) {
      var tryIt = el('button', {type: 'button', className: 'sc-try', text: t('scenarios.page.tryIt'),
        'aria-label': t('scenarios.page.tryItLabel', cf.text)});
      tryIt.addEventListener('click', function () {
        var path = cf.field;
        var value = cf.changes[path];
        if (path === 'customerValue') {
          ['functional', 'economic', 'emotional', 'symbolic'].forEach(function (p) { variant().changes['customerValue.' + p] = value[p]; });
          renderVariantEditor();
          scheduleCompare();
        } else {
          addChange(path, value);
        }
      });
      list.appendChild(el('li', {'data-field': cf.field, 'data-effect': cf.effect}, [el('span', {text: cf.text}), ' ', tryIt]));
    });
    return list;
  }

  function adviceCard(item, status, extra) {
    var head = el('div', {className: 'sc-card-head'}, [
      el(status === 'removed' ? 'del' : 'span', {className: 'sc-title', text: item.title || item.id}),
      status === 'moved' ? null
        : el('span', {className: 'sc-badge sc-prio sc-prio-' + item.priority, text: priorityWords(item.priority)})
    ]);
    if (status === 'added') { head.appendChild(el('span', {className: 'sc-badge sc-badge-added', text: t('scenarios.page.badge.added')})); }
    if (status === 'removed') { head.appendChild(el('span', {className: 'sc-badge sc-badge-removed', text: t('scenarios.page.badge.removed')})); }
    if (status === 'moved') {
      head.appendChild(el('span', {className: 'sc-badge sc-badge-moved', text: t('scenarios.page.badge.priority', priorityWords(extra.from), priorityWords(extra.to))}));
    }
    var card = el('li', {className: 'sc-card sc-' + status, 'data-advice-id': item.id, 'data-category': item.category,
      'data-status': status}, [head]);
    if (item.summary && status !== 'removed') { card.appendChild(el('p', {className: 'sc-card-summary', text: item.summary})); }
    return card;
  }

  function renderBaseline() {
    var report = state.baselineReport;
    renderConclusions($('sc-baseline-conclusions'), report.conclusions, []);
    var list = $('sc-baseline-advice');
    list.textContent = '';
    if (!report.advice.length) { list.appendChild(el('li', {className: 'sc-empty', text: t('scenarios.page.noAdvice')})); }
    report.advice.forEach(function (item) {
      var card = adviceCard(item, 'same');
      var cfs = counterfactualList(item.id, 'REMOVES');
      if (cfs) { card.appendChild(cfs); }
      list.appendChild(card);
    });
    var absent = $('sc-absent-advice');
    absent.textContent = '';
    var seen = {};
    state.counterfactuals.filter(function (cf) { return cf.effect === 'ADDS'; }).forEach(function (cf) {
      if (seen[cf.adviceId]) { return; }
      seen[cf.adviceId] = true;
      var card = el('li', {className: 'sc-card sc-absent-card', 'data-advice-id': cf.adviceId, 'data-category': cf.category},
        [el('div', {className: 'sc-card-head'}, [el('span', {className: 'sc-title', text: cf.title})])]);
      card.appendChild(counterfactualList(cf.adviceId, 'ADDS'));
      absent.appendChild(card);
    });
    $('sc-absent').hidden = Object.keys(seen).length === 0;
  }

  function renderVariant(result) {
    var diff = result.diff;
    renderConclusions($('sc-variant-conclusions'), result.report.conclusions, diff.changedConclusions);
    var list = $('sc-variant-advice');
    list.textContent = '';
    var moved = {};
    diff.changedPriority.forEach(function (p) { moved[p.id] = p; });
    // What changed comes first (new, other priority, no longer needed), so that the difference stays visible when
    // the knowledge base gives many advice; the unchanged advice follows under its own heading, without summaries.
    var same = [];
    result.report.advice.forEach(function (item) {
      var status = diff.added.indexOf(item.id) >= 0 ? 'added' : moved[item.id] ? 'moved' : 'same';
      if (status === 'same') { same.push(item); } else { list.appendChild(adviceCard(item, status, moved[item.id])); }
    });
    state.baselineReport.advice.forEach(function (item) {
      if (diff.removed.indexOf(item.id) >= 0) { list.appendChild(adviceCard(item, 'removed')); }
    });
    if (same.length && list.children.length) {
      list.appendChild(el('li', {className: 'sc-unchanged-heading',
        text: t('scenarios.page.unchanged', same.length)}));
    }
    same.forEach(function (item) { list.appendChild(adviceCard(item, 'same')); });
    if (!list.children.length) { list.appendChild(el('li', {className: 'sc-empty', text: t('scenarios.page.noAdvice')})); }
    var none = !diff.added.length && !diff.removed.length && !diff.changedPriority.length;
    var parts = [];
    if (diff.removed.length) { parts.push(t('scenarios.page.summary.removed', diff.removed.length)); }
    if (diff.added.length) { parts.push(t('scenarios.page.summary.added', diff.added.length)); }
    if (diff.changedPriority.length) { parts.push(t('scenarios.page.summary.moved', diff.changedPriority.length)); }
    $('sc-variant-summary').textContent = none ? t('scenarios.page.summary.none')
      : t('scenarios.page.summary', parts.join(', '));
    $('sc-variant-summary').className = 'sc-summary' + (none ? '' : ' sc-summary-changed');
  }

  /* ---------- sweep ---------- */

  function renderSweepFields() {
    var select = $('sc-sweep-field');
    select.textContent = '';
    state.fields.filter(function (f) { return f.kind === 'SCALE' || f.kind === 'YES_NO' || f.kind === 'CHOICE'; })
      .forEach(function (f) { select.appendChild(el('option', {value: f.path, text: label(f.path)})); });
    select.value = state.sweepField;
  }

  function runSweep() {
    if (!state.baseline) { return; }
    state.sweepField = $('sc-sweep-field').value || state.sweepField;
    var chart = $('sc-sweep-chart');
    chart.setAttribute('aria-busy', 'true');
    api('/api/scenarios/sweep', {baseline: state.baseline, field: state.sweepField})
      .then(function (sweep) { renderSweep(sweep); })
      .catch(function (error) { chart.textContent = ''; showProblems(error); })
      .then(function () { chart.removeAttribute('aria-busy'); });
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** A row label of at most two lines of about 44 characters, the full text as its tooltip. */
  function wrappedLabel(text, y, rowH, extraClass) {
    var words = text.split(/\s+/);
    var lines = [''];
    words.forEach(function (w) {
      var line = lines[lines.length - 1];
      if (line && (line + ' ' + w).length > 50) { lines.push(w); } else { lines[lines.length - 1] = line ? line + ' ' + w : w; }
    });
    if (lines.length > 2) { lines = [lines[0], clip(lines.slice(1).join(' '), 50)]; }
    var node = svg('text', {x: 8, y: y + rowH / 2 + (lines.length > 1 ? -2 : 5), 'class': 'sc-sw-label' + (extraClass ? ' ' + extraClass : '')});
    lines.forEach(function (line, i) {
      node.appendChild(svg('tspan', {x: 8, dy: i === 0 ? '0' : '14'}, clip(line, 52)));
    });
    node.appendChild(svg('title', {}, text));
    return node;
  }

  function clip(text, n) { return text.length > n ? text.substring(0, n - 1) + '…' : text; }

  function renderSweep(sweep) {
    var chart = $('sc-sweep-chart');
    chart.textContent = '';
    var field = sweep.field;
    var rows = sweep.rows;
    var types = [];
    var ids = [];
    rows.forEach(function (r) {
      r.conclusions.forEach(function (c) { if (types.indexOf(c.type) < 0) { types.push(c.type); } });
      r.advice.forEach(function (id) { if (ids.indexOf(id) < 0) { ids.push(id); } });
    });
    function conclusionAt(r, type) {
      for (var i = 0; i < r.conclusions.length; i++) { if (r.conclusions[i].type === type) { return r.conclusions[i].value; } }
      return null;
    }
    var labelW = 330, colW = Math.max(96, Math.min(150, Math.floor(760 / Math.max(1, rows.length)))), rowH = 38, headH = 58;
    var width = labelW + colW * rows.length + 10;
    var lines = types.length + ids.length + (ids.length ? 1 : 0);
    var height = headH + rowH * lines + 10;
    var caption = t('scenarios.page.sweepChart', label(field));
    var root = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width: String(width), height: String(height),
      role: 'img', 'aria-labelledby': 'sc-sweep-title', 'class': 'sc-sweep-svg'});
    root.appendChild(svg('title', {id: 'sc-sweep-title'}, caption));
    rows.forEach(function (r, i) {
      var x = labelW + i * colW;
      var today = sweep.baselineValue !== null && String(r.value) === String(sweep.baselineValue);
      if (today) {
        root.appendChild(svg('rect', {x: x + 2, y: 4, width: colW - 4, height: height - 8, rx: 6, 'class': 'sc-sw-today'}));
        root.appendChild(svg('text', {x: x + colW / 2, y: 18, 'text-anchor': 'middle', 'class': 'sc-sw-today-label'}, t('scenarios.page.sweepToday')));
      }
      var head = svg('text', {x: x + colW / 2, y: 40, 'text-anchor': 'middle', 'class': 'sc-sw-head'}, clip(valueWords(field, r.value), 18));
      head.appendChild(svg('title', {}, valueWords(field, r.value)));
      root.appendChild(head);
    });
    var y = headH;
    types.forEach(function (type) {
      root.appendChild(wrappedLabel(conclusionType(type), y, rowH, 'sc-sw-conclusion'));
      rows.forEach(function (r, i) {
        var value = conclusionAt(r, type);
        var previous = i > 0 ? conclusionAt(rows[i - 1], type) : value;
        var x = labelW + i * colW;
        var g = svg('g', {'class': 'sc-sw-cell' + (i > 0 && String(value) !== String(previous) ? ' sc-sw-shift' : ''),
          'data-type': type, 'data-value': String(r.value)});
        g.appendChild(svg('title', {}, label(field) + ' ' + valueWords(field, r.value) + ': ' + conclusionWords(type, value)));
        g.appendChild(svg('rect', {x: x + 5, y: y + 4, width: colW - 10, height: rowH - 8, rx: 4, 'class': 'sc-sw-conclusion-box'}));
        g.appendChild(svg('text', {x: x + colW / 2, y: y + rowH / 2 + 4, 'text-anchor': 'middle', 'class': 'sc-sw-value'},
          clip(conclusionWords(type, value, true), 16)));
        root.appendChild(g);
      });
      y += rowH;
    });
    if (ids.length) {
      root.appendChild(svg('line', {x1: 8, x2: width - 8, y1: y + rowH / 2, y2: y + rowH / 2, 'class': 'sc-sw-rule'}));
      y += rowH;
    }
    ids.forEach(function (id) {
      var title = sweep.titles[id] || id;
      root.appendChild(wrappedLabel(title, y, rowH));
      rows.forEach(function (r, i) {
        var active = r.advice.indexOf(id) >= 0;
        var priority = active ? r.priorities[id] : null;
        var x = labelW + i * colW;
        var g = svg('g', {'class': 'sc-sw-cell', 'data-advice-id': id, 'data-value': String(r.value), 'data-active': String(active)});
        g.appendChild(svg('title', {}, title + ' — ' + label(field) + ' ' + valueWords(field, r.value) + ': '
          + (active ? t('scenarios.page.sweepActive', priorityWords(priority)) : t('scenarios.page.sweepInactive'))));
        g.appendChild(svg('rect', {x: x + 5, y: y + 4, width: colW - 10, height: rowH - 8, rx: 4,
          'class': active ? 'sc-sw-on sc-prio-' + priority : 'sc-sw-off'}));
        if (active) {
          g.appendChild(svg('text', {x: x + colW / 2, y: y + rowH / 2 + 4, 'text-anchor': 'middle', 'class': 'sc-sw-on-text'},
            clip(priorityWords(priority), 16)));
        }
        root.appendChild(g);
      });
      y += rowH;
    });
    chart.appendChild(root);
    chart.appendChild(el('div', {className: 'sc-visually-hidden'}, [sweepTable(sweep, types, ids, conclusionAt, caption)]));
  }

  /** The same grid as a table for screen readers. */
  function sweepTable(sweep, types, ids, conclusionAt, caption) {
    var table = el('table');
    table.appendChild(el('caption', {text: caption}));
    var head = el('tr', {}, [el('th', {scope: 'col', text: label(sweep.field)})]);
    sweep.rows.forEach(function (r) { head.appendChild(el('th', {scope: 'col', text: valueWords(sweep.field, r.value)})); });
    table.appendChild(el('thead', {}, [head]));
    var body = el('tbody');
    types.forEach(function (type) {
      var tr = el('tr', {}, [el('th', {scope: 'row', text: conclusionType(type)})]);
      sweep.rows.forEach(function (r) { tr.appendChild(el('td', {text: conclusionWords(type, conclusionAt(r, type))})); });
      body.appendChild(tr);
    });
    ids.forEach(function (id) {
      var tr = el('tr', {}, [el('th', {scope: 'row', text: sweep.titles[id] || id})]);
      sweep.rows.forEach(function (r) {
        tr.appendChild(el('td', {text: r.advice.indexOf(id) >= 0 ? priorityWords(r.priorities[id]) : t('scenarios.page.sweepInactive')}));
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  /* ---------- downloads ---------- */

  function download(format) {
    // scenarios without changes add nothing to a client report; when none has changes, the report shows today only
    var variants = state.variants.filter(function (v) { return Object.keys(v.changes).length > 0; });
    var body = {baseline: state.baseline, variants: variants.map(function (v) { return {name: v.name, changes: v.changes}; })};
    api('/api/scenarios/export?format=' + format, body).then(function (response) {
      var disposition = response.headers.get('Content-Disposition') || '';
      var match = /filename="?([^";]+)"?/.exec(disposition);
      var name = match ? match[1] : 'scenarios.' + format;
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = el('a', {href: url, download: name});
        document.body.appendChild(a);
        a.click();
        a.remove();
        window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      });
    }).catch(showProblems);
  }

  /* ---------- language ---------- */

  function initialLanguage() {
    var param = new URLSearchParams(window.location.search).get('lang');
    if (param === 'en' || param === 'nl') { return param; }
    try {
      var stored = window.localStorage.getItem(LANG_KEY);
      if (stored === 'en' || stored === 'nl') { return stored; }
    } catch (e) { /* storage blocked */ }
    return (navigator.language || 'en').toLowerCase().indexOf('nl') === 0 ? 'nl' : 'en';
  }

  function loadLanguage(lang) {
    state.lang = lang;
    try { window.localStorage.setItem(LANG_KEY, lang); } catch (e) { /* storage blocked */ }
    return Promise.all([api('/api/scenarios/texts'), api('/api/profile/schema')]).then(function (answers) {
      state.texts = answers[0];
      state.fields = answers[1].fields;
      state.byPath = {};
      state.fields.forEach(function (f) { state.byPath[f.path] = f; });
      applyTexts();
    });
  }

  function switchLanguage(lang) {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url.toString());
    loadLanguage(lang).then(function () {
      renderSource();
      renderVariantEditor();
      renderSweepFields();
      refreshAll();
    });
  }

  /* ---------- wiring ---------- */

  function wire() {
    $('sc-lang').addEventListener('change', function () { switchLanguage($('sc-lang').value); });
    document.addEventListener('cxadvisor:languagechange', function (e) {   // the shared language switch, when present
      if (e.detail && (e.detail === 'en' || e.detail === 'nl') && e.detail !== state.lang) { switchLanguage(e.detail); }
    });
    $('sc-use-json').addEventListener('click', function () {
      try {
        useProfile(JSON.parse($('sc-profile-json').value), 'pasted');
      } catch (e) {
        showProblems(new Error(t('scenarios.page.badJson', e.message)));
      }
    });
    $('sc-use-example').addEventListener('click', function () { useProfile(JSON.parse(JSON.stringify(EXAMPLE)), 'example'); });
    $('sc-file').addEventListener('change', function () {
      var file = $('sc-file').files[0];
      if (!file) { return; }
      file.text().then(function (text) {
        $('sc-profile-json').value = text;
        try { useProfile(JSON.parse(text), 'pasted'); } catch (e) { showProblems(new Error(t('scenarios.page.badJson', e.message))); }
      });
    });
    $('sc-variant-name').addEventListener('input', function () {
      variant().name = $('sc-variant-name').value;
      renderVariantPicker();
      scheduleCompare();
    });
    $('sc-variant-pick').addEventListener('change', function () {
      state.current = Number($('sc-variant-pick').value);
      renderVariantEditor();
      compareVariant();
    });
    $('sc-new-variant').addEventListener('click', function () {
      state.variants.push(newVariant(state.variants.length + 1));
      state.current = state.variants.length - 1;
      renderVariantEditor();
      compareVariant();
      $('sc-variant-name').focus();
    });
    $('sc-delete-variant').addEventListener('click', function () {
      if (state.variants.length < 2) { return; }
      state.variants.splice(state.current, 1);
      state.current = Math.max(0, state.current - 1);
      renderVariantEditor();
      compareVariant();
    });
    $('sc-add-change').addEventListener('click', function () {
      var path = $('sc-add-field').value;
      if (!path) { $('sc-add-field').focus(); return; }
      addChange(path, defaultValue(state.byPath[path]));
    });
    $('sc-run-sweep').addEventListener('click', runSweep);
    $('sc-sweep-field').addEventListener('change', runSweep);
    $('sc-download-md').addEventListener('click', function () { download('md'); });
    $('sc-download-csv').addEventListener('click', function () { download('csv'); });
  }

  function start() {
    wire();
    loadLanguage(initialLanguage()).then(function () {
      loadBaseline();
      state.variants = [newVariant(1)];
      renderSource();
      renderVariantEditor();
      renderSweepFields();
      refreshAll();
    }).catch(function (error) { showProblems(error); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
