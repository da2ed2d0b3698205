/*
 * Today next to the scenario: conclusions and advice of both, what changed highlighted, and under each advice of
 * today the single changes that would remove it (or, for advice not given, add it) — a "Try this" for the
 * company's levers (kind LEVER), an explanation for what the company is (kind CONTEXT).
 */
import {$, el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {CUSTOMER_VALUE} from '../lib/schema.js';
import {addChange, controlId, setCustomerValue} from './editor.js';
import {conclusionType, conclusionWords, priorityWords, state} from './state.js';

function conclusionList(target, conclusions, changes) {
  const changed = new Map((changes || []).map((c) => [c.type, c]));
  const types = new Map(conclusions.map((c) => [c.type, c.value]));
  changed.forEach((c, type) => {
    if (!types.has(type)) {
      types.set(type, null);
    }
  });
  target.replaceChildren(...Array.from(types, ([type, value]) => {
    const c = changed.get(type);
    const dd = el('dd', {class: c ? 'sc-changed' : null}, conclusionWords(type, value),
      c ? el('span', {class: 'sc-badge sc-badge-changed'}, t('scenarios.page.badge.changed')) : null,
      c ? el('del', {class: 'sc-was-value'}, conclusionWords(type, c.from)) : null);
    return el('div', {class: 'sc-conclusion' + (c ? ' sc-changed' : ''), 'data-type': type},
      el('dt', {}, conclusionType(type)), dd);
  }));
}

function tryIt(cf) {
  const button = el('button', {type: 'button', class: 'sc-try', 'aria-label': t('scenarios.page.tryItLabel', cf.text)},
    t('scenarios.page.tryIt'));
  button.addEventListener('click', () => {
    const value = cf.changes[cf.field];
    if (cf.field === CUSTOMER_VALUE) {
      setCustomerValue(value);
    } else {
      addChange(cf.field, value);
    }
  });
  return button;
}

/** A counterfactual without `kind` (an older server) counts as a lever, as before kinds existed. */
function counterfactualItem(cf) {
  const context = cf.kind === 'CONTEXT';
  return el('li', {'data-field': cf.field, 'data-effect': cf.effect, 'data-kind': cf.kind || 'LEVER',
    class: context ? 'sc-cf-context' : null},
  context ? el('span', {class: 'sc-badge sc-badge-context', title: t('scenarios.page.contextHint')}, t('scenarios.page.context')) : null,
  context ? ' ' : null,
  el('span', {}, cf.text), ' ', context ? null : tryIt(cf));
}

function counterfactualList(adviceId, effect) {
  const items = state.counterfactuals.filter((cf) => cf.adviceId === adviceId && cf.effect === effect);
  if (!items.length) {
    return effect === 'REMOVES' ? el('p', {class: 'sc-cf-none'}, t('scenarios.page.noCounterfactual')) : null;
  }
  return el('ul', {class: 'sc-cf'}, items.map(counterfactualItem));
}

/** status: same, added, removed, moved (extra: {from, to}). */
function adviceCard(item, status, extra) {
  const head = el('div', {class: 'sc-card-head'},
    el(status === 'removed' ? 'del' : 'span', {class: 'sc-title'}, item.title || item.id),
    status === 'moved' ? null : el('span', {class: 'sc-badge sc-prio sc-prio-' + item.priority}, priorityWords(item.priority)),
    status === 'added' ? el('span', {class: 'sc-badge sc-badge-added'}, t('scenarios.page.badge.added')) : null,
    status === 'removed' ? el('span', {class: 'sc-badge sc-badge-removed'}, t('scenarios.page.badge.removed')) : null,
    status === 'moved' ? el('span', {class: 'sc-badge sc-badge-moved'},
      t('scenarios.page.badge.priority', priorityWords(extra.from), priorityWords(extra.to))) : null);
  return el('li', {class: 'sc-card sc-' + status, 'data-advice-id': item.id, 'data-category': item.category,
    'data-status': status}, head,
  item.summary && status !== 'removed' ? el('p', {class: 'sc-card-summary'}, item.summary) : null);
}

function emptyItem() {
  return el('li', {class: 'sc-empty'}, t('scenarios.page.noAdvice'));
}

export function renderBaseline() {
  const report = state.baselineReport;
  conclusionList($('sc-baseline-conclusions'), report.conclusions, []);
  const cards = report.advice.map((item) => {
    const card = adviceCard(item, 'same');
    card.append(counterfactualList(item.id, 'REMOVES'));
    return card;
  });
  $('sc-baseline-advice').replaceChildren(...(cards.length ? cards : [emptyItem()]));
  const absent = new Map();
  state.counterfactuals.filter((cf) => cf.effect === 'ADDS' && !absent.has(cf.adviceId)).forEach((cf) => absent.set(cf.adviceId, cf));
  $('sc-absent-advice').replaceChildren(...Array.from(absent.values(), (cf) => el('li',
    {class: 'sc-card sc-absent-card', 'data-advice-id': cf.adviceId, 'data-category': cf.category},
    el('div', {class: 'sc-card-head'}, el('span', {class: 'sc-title'}, cf.title)),
    counterfactualList(cf.adviceId, 'ADDS'))));
  $('sc-absent').hidden = absent.size === 0;
}

function summary(diff) {
  const parts = [];
  if (diff.removed.length) {
    parts.push(t('scenarios.page.summary.removed', diff.removed.length));
  }
  if (diff.added.length) {
    parts.push(t('scenarios.page.summary.added', diff.added.length));
  }
  if (diff.changedPriority.length) {
    parts.push(t('scenarios.page.summary.moved', diff.changedPriority.length));
  }
  const node = $('sc-variant-summary');
  node.textContent = parts.length ? t('scenarios.page.summary', parts.join(', ')) : t('scenarios.page.summary.none');
  node.className = 'sc-summary' + (parts.length ? ' sc-summary-changed' : '');
}

export function renderVariant(result) {
  const diff = result.diff;
  conclusionList($('sc-variant-conclusions'), result.report.conclusions, diff.changedConclusions);
  const moved = new Map(diff.changedPriority.map((p) => [p.id, p]));
  // What changed comes first (new, other priority, no longer needed), so that the difference stays visible when
  // the knowledge base gives many advice; the unchanged advice follows under its own heading, without summaries.
  const changed = [];
  const same = [];
  result.report.advice.forEach((item) => {
    const status = diff.added.includes(item.id) ? 'added' : moved.has(item.id) ? 'moved' : 'same';
    if (status === 'same') {
      same.push(adviceCard(item, 'same'));
    } else {
      changed.push(adviceCard(item, status, moved.get(item.id)));
    }
  });
  state.baselineReport.advice.filter((item) => diff.removed.includes(item.id))
    .forEach((item) => changed.push(adviceCard(item, 'removed')));
  const heading = same.length && changed.length
    ? el('li', {class: 'sc-unchanged-heading'}, t('scenarios.page.unchanged', same.length)) : null;
  const items = [...changed, heading, ...same].filter(Boolean);
  $('sc-variant-advice').replaceChildren(...(items.length ? items : [emptyItem()]));
  summary(diff);
}

/** Marks the changes the server refused, next to their controls (the problem box at the top has them all). */
export function markInvalid(error) {
  document.querySelectorAll('#sc-change-list .sc-error').forEach((n) => n.remove());
  document.querySelectorAll('#sc-change-list [aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
  });
  const errors = error && error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  errors.forEach((e) => {
    const m = /^variants\[0\]\.changes\.(.+)$/.exec(e.field || '');
    const control = m ? $(controlId(m[1])) : null;
    if (control) {
      const id = controlId(m[1]) + '-error';
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      control.parentNode.appendChild(el('span', {id, class: 'sc-error'}, e.message.replace(/^[^:]*: /, '')));
    }
  });
}

/** Greys out the scenario's results while a change is refused: they belong to the last valid scenario. */
export function stale(on) {
  ['sc-variant-conclusions', 'sc-variant-advice'].forEach((id) => $(id).classList.toggle('sc-stale', on));
  if (on) {
    $('sc-variant-summary').textContent = t('scenarios.page.invalid');
    $('sc-variant-summary').className = 'sc-summary sc-summary-invalid';
  }
}
