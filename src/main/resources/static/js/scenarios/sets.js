/*
 * Saved scenario sets on the what-if page, for consultants: Save keeps the baseline and the scenarios under a name
 * (POST /api/scenario-sets; PUT when a saved set is open, whose address is /scenarios?set={id}), Open lists the saved
 * sets (GET /api/scenario-sets). Visitors see why they cannot, and where to sign in. The server checks every set
 * exactly as it checks a comparison; its problems are shown next to the name or in the set's problem box.
 */
import {$, el} from '../lib/dom.js';
import {dateWords, lang, t} from '../lib/i18n.js';
import {ApiError, call, deleteJson, postJson, putJson, withLang} from '../lib/api.js';
import {hasRole, signInHref} from '../lib/account.js';
import {clearProblems, showProblemBox, showProblems} from '../lib/problems.js';
import {state} from './state.js';

const SETS = '/api/scenario-sets';

/** The id in ?set=, or null. */
export function setInAddress() {
  return new URLSearchParams(window.location.search).get('set');
}

/** Opens the set of ?set= for a consultant (true); one that cannot be opened (deleted: 404) is shown why (false). */
export async function openSetInAddress() {
  const id = setInAddress();
  if (!id || !hasRole('CONSULTANT')) {
    return false;
  }
  try {
    const set = await call(withLang(SETS + '/' + encodeURIComponent(id), lang()));
    state.baseline = set.baseline;
    state.source = 'set';
    state.set = {id: set.id, name: set.name};
    state.variants = set.variants.length ? set.variants.map((v) => ({name: v.name, changes: Object.assign({}, v.changes)}))
      : state.variants;
    state.current = 0;
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

function showError(error) {
  const box = $('sc-set-problems');
  const errors = error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  if (errors.length) {
    showProblems($('sc-set-form'), box, errors, {title: error.problem.title || t('scenarios.page.problems'),
      labelOf: (field) => (field === 'name' ? t('scenarios.sets.name') : field)});
  } else {
    showProblemBox(box, error, {title: t('scenarios.page.problems'), failed: (m) => t('scenarios.page.failed', m)});
  }
}

function remember(saved) {
  state.set = {id: saved.id, name: saved.name};
  const url = new URL(window.location.href);
  url.searchParams.set('set', saved.id);
  window.history.replaceState(window.history.state, '', url);
}

async function save(asNew) {
  clearProblems($('sc-set-form'), $('sc-set-problems'));
  const body = {name: $('sc-set-name').value, baseline: state.baseline,
    variants: state.variants.map((v) => ({name: v.name, changes: v.changes}))};
  const replacing = state.set && !asNew;
  try {
    const result = replacing ? await putJson(withLang(SETS + '/' + encodeURIComponent(state.set.id), lang()), body)
      : await postJson(withLang(SETS, lang()), body);
    if (!result.ok) {
      throw new ApiError(result.status, result.data);
    }
    remember(result.data);
    $('sc-set-note').textContent = t('scenarios.sets.saved', result.data.name, new Date(result.data.updatedAt).toLocaleTimeString(lang()));
    renderSets();
  } catch (error) {
    showError(error);
  }
}

async function remove(set) {
  if (!window.confirm(t('scenarios.sets.deleteConfirm', set.name))) {
    return;
  }
  const result = await deleteJson(withLang(SETS + '/' + encodeURIComponent(set.id), lang()));
  if (!result.ok && result.status !== 404) {
    showError(new ApiError(result.status, result.data));
    return;
  }
  if (state.set && state.set.id === set.id) {
    state.set = null;
  }
  renderSets();
}

function setItem(set) {
  const open = el('a', {href: '/scenarios?set=' + encodeURIComponent(set.id) + '&lang=' + lang(), 'data-set': set.id}, set.name);
  const removal = el('button', {type: 'button', class: 'sc-secondary', 'data-remove-set': set.id}, t('scenarios.sets.delete'));
  removal.addEventListener('click', () => remove(set));
  return el('li', {}, open, el('span', {class: 'sc-hint'}, t('scenarios.sets.item', set.company || '?', dateWords(set.updatedAt))),
    state.set && state.set.id === set.id ? el('span', {class: 'sc-hint'}, t('scenarios.sets.current')) : null, removal);
}

async function renderList() {
  try {
    const page = await call(withLang(SETS + '?size=100', lang()));
    $('sc-set-list').replaceChildren(...page.items.map(setItem));
    $('sc-set-empty').hidden = page.items.length > 0;
  } catch (error) {
    showError(error);
  }
}

/** Shows the part for who is signed in; a consultant's list of sets is fetched again. */
export function renderSets() {
  const consultant = hasRole('CONSULTANT');
  $('sc-sets-visitor').hidden = consultant;
  $('sc-sets-consultant').hidden = !consultant;
  $('sc-sets-why').textContent = t(setInAddress() && !state.set ? 'scenarios.sets.whyOpen' : 'scenarios.sets.why');
  $('sc-sets-sign-in').href = signInHref();
  if (!consultant) {
    return null;
  }
  if (!$('sc-set-name').value) {
    $('sc-set-name').value = state.set ? state.set.name
      : t('scenarios.sets.defaultName', state.baseline && state.baseline.name ? state.baseline.name : '?');
  }
  $('sc-set-save').textContent = t(state.set ? 'scenarios.sets.saveChanges' : 'scenarios.sets.save');
  $('sc-set-save-new').hidden = !state.set;
  return renderList();
}

export function wireSets() {
  $('sc-set-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save(false);
  });
  $('sc-set-save-new').addEventListener('click', () => save(true));
}
