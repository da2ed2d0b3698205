/*
 * The knowledge-base page's view of change: the last reload (OK, or FAILED with its errors at file:line), what each
 * reload changed for the example profiles, and what the last one changed for the saved assessments, with its
 * progress while it is measured.
 */
import {el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

export function renderReload(box, kb) {
  const reload = kb.lastReload;
  const failed = reload.status === 'FAILED';
  box.replaceChildren(
    el('p', {id: 'kb-version'}, t('kb.reload.version', kb.version, when(kb.loadedAt), kb.files.length)),
    el('p', {id: 'kb-reload-status', 'data-status': reload.status, class: failed ? 'notice notice--error' : 'notice notice--success'},
      failed ? t('kb.reload.failed', when(reload.at), reload.errors.length) : t('kb.reload.ok', when(reload.at))),
    failed ? el('ul', {class: 'kb-failures', id: 'kb-reload-errors'}, reload.errors.map((e) => el('li', {},
      el('code', {}, e.file + ':' + e.line), ' ', e.message))) : null);
}

/** One company's change in words: advice added, removed, or given another priority. */
function diffWords(diff) {
  return [].concat(
    diff.added.map((id) => t('kb.diff.added', id)),
    diff.removed.map((id) => t('kb.diff.removed', id)),
    diff.changedPriority.map((c) => t('kb.diff.priority', c.id, t('priority.' + c.from), t('priority.' + c.to))),
    diff.changedConclusions.map((c) => t('kb.diff.conclusion', c.type, String(c.from), String(c.to)))).join('; ');
}

export function renderExamples(box, review) {
  if (!review.reloads.length) {
    box.replaceChildren(el('p', {class: 'note', id: 'kb-examples-none'}, t('kb.examples.none')));
    return;
  }
  box.replaceChildren(...review.reloads.map((reload) => el('div', {class: 'kb-reload', 'data-from': reload.from, 'data-to': reload.to},
    el('h3', {}, t('kb.examples.reload', reload.from, reload.to, when(reload.at))),
    reload.changes.length
      ? el('ul', {}, reload.changes.map((c) => el('li', {'data-example': c.id}, el('strong', {}, c.name), ': ', diffWords(c.diff))))
      : el('p', {class: 'note'}, t('kb.examples.unchanged', reload.examples)))));
}

function impactCounts(run) {
  return el('table', {class: 'kb-table'},
    el('thead', {}, el('tr', {}, [t('kb.impact.advice'), t('kb.impact.added'), t('kb.impact.removed'), t('kb.impact.priority')]
      .map((h) => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, run.byAdvice.map((a) => el('tr', {'data-advice': a.id}, el('td', {}, a.id),
      el('td', {}, String(a.added)), el('td', {}, String(a.removed)), el('td', {}, String(a.changedPriority))))));
}

export function renderImpact(box, impact) {
  if (impact.status === 401 || impact.status === 403) {
    box.replaceChildren(el('p', {class: 'note', id: 'kb-impact-signin'}, t('kb.impact.signIn')));
    return;
  }
  if (!impact.data) {
    box.replaceChildren(el('p', {class: 'note', id: 'kb-impact-none'}, t('kb.impact.none')));
    return;
  }
  const run = impact.data;
  const running = run.status === 'RUNNING';
  box.replaceChildren(
    el('p', {id: 'kb-impact-summary', 'data-status': run.status}, running
      ? t('kb.impact.running', run.from, run.to, run.done, run.assessments)
      : t('kb.impact.done', run.from, run.to, run.changed, run.assessments)),
    running ? el('progress', {id: 'kb-impact-progress', max: String(Math.max(run.assessments, 1)), value: String(run.done)}) : null,
    run.byAdvice.length ? impactCounts(run) : null);
}
