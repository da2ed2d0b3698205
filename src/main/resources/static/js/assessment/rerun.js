/*
 * Below a saved report: what today's rules say of the same answers (GET /api/assessments/{id}/rerun), so that a
 * company reading an old report knows whether the advice still stands. The server compares; this only shows it.
 */
import {el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {diffItems} from '../lib/diff.js';

function titles(report) {
  return new Map((report.advice || []).map((a) => [a.id, a.title]));
}

/** Each change with its kind in front ("New:", "No longer:"). */
function labelled(key, items) {
  return items.map((li) => {
    li.prepend(el('strong', {}, t(key)), ' ');
    return li;
  });
}

/** Fills the section; saved: the assessment, rerun: {stored, current, diff}. */
export function renderRerun(section, saved, rerun) {
  const {current, diff} = rerun;
  const before = titles(rerun.stored);
  const now = titles(current);
  const then = saved.knowledgeBase.version;
  const today = current.knowledgeBase ? current.knowledgeBase.version : '';
  const items = diffItems(diff, (a) => before.get(a) || a, (a) => now.get(a) || before.get(a) || a);
  const changes = [...labelled('assessment.rerun.added', items.added), ...labelled('assessment.rerun.removed', items.removed),
    ...labelled('assessment.rerun.priority', items.changedPriority),
    ...labelled('assessment.rerun.conclusion', items.changedConclusions)];
  section.replaceChildren(
    el('h2', {id: 'rerun-title'}, t('assessment.rerun.title')),
    el('p', {id: 'rerun-summary', 'data-changes': String(changes.length)}, changes.length
      ? t('assessment.rerun.changed', then, today) : t(then === today ? 'assessment.rerun.same' : 'assessment.rerun.sameAdvice', then, today)),
    changes.length ? el('ul', {class: 'rerun__changes'}, changes) : null,
    changes.length ? el('p', {class: 'note'}, t('assessment.rerun.hint')) : null);
  section.hidden = false;
}
