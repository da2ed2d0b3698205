/*
 * The history step by step: each assessment (when, where the company stood, how much advice per horizon), and
 * between two of them the answers that changed and the advice that was resolved, is new or moved to another priority.
 * The server compares (GET /api/assessments/{id}/history); this only puts it into words.
 */
import {el} from '../lib/dom.js';
import {dateWords, t} from '../lib/i18n.js';
import {diffIsEmpty, diffItems} from '../lib/diff.js';
import {valueWords} from '../lib/schema.js';
import {assessmentHref} from '../intake/saving.js';
import {horizonCount} from './charts.js';

function fieldLabel(schema, path) {
  const field = schema.byPath.get(path);
  return field ? field.shortLabel || field.label : path;
}

/** One group of changes ("Resolved", "New", ...) as a labelled list; nothing when there are none. */
function group(kind, items) {
  return items.length ? el('div', {class: 'step__group step__group--' + kind, 'data-group': kind},
    el('h4', {}, t('history.step.' + kind)), el('ul', {}, items)) : null;
}

function stepDetails(step, schema, titles) {
  const before = titles.get(step.from) || new Map();
  const after = titles.get(step.to) || new Map();
  const answers = step.changedFields.map((c) => {
    const field = schema.byPath.get(c.field);
    return el('li', {'data-field': c.field}, el('strong', {}, fieldLabel(schema, c.field)), ': ',
      valueWords(field, c.from, 'value.unknown'), ' → ', valueWords(field, c.to, 'value.unknown'));
  });
  const items = diffItems(step.diff, (a) => before.get(a) || a, (a) => after.get(a) || a);
  return el('div', {class: 'step', 'data-from': step.from, 'data-to': step.to},
    el('p', {class: 'step__intro'}, t('history.step.since')),
    group('answers', answers) || el('p', {class: 'note'}, t('history.step.noAnswers')),
    group('resolved', items.removed),
    group('new', items.added),
    group('priority', items.changedPriority),
    group('conclusions', items.changedConclusions),
    diffIsEmpty(step.diff) ? el('p', {class: 'note'}, t('history.step.sameAdvice')) : null);
}

/**
 * Fills the timeline. history: {assessments, steps}; current: the id the page was opened with; titles: Map(assessment
 * id -> Map(advice id -> title as saved)).
 */
export function renderTimeline(list, history, current, schema, titles) {
  list.replaceChildren(...history.assessments.map((p, i) => {
    const step = i > 0 ? history.steps[i - 1] : null;
    const standing = p.quadrant ? t('intake.quadrant.' + p.quadrant) : t('intake.matrix.none');
    return el('li', {class: 'timeline__entry' + (p.id === current ? ' is-current' : ''), 'data-assessment': p.id, 'data-step': i + 1},
      el('h3', {class: 'timeline__title'}, el('span', {class: 'timeline__number', 'aria-hidden': 'true'}, String(i + 1)), ' ',
        el('a', {href: assessmentHref(p.id)}, t('history.entry', i + 1, dateWords(p.createdAt))),
        p.id === current ? el('span', {class: 'timeline__current'}, ' ', t('history.current')) : null),
      el('p', {class: 'timeline__facts'}, standing, ' · ', t('history.advice', p.adviceCount,
        horizonCount(p, 'NOW'), horizonCount(p, 'NEXT'), horizonCount(p, 'LATER'))),
      step ? stepDetails(step, schema, titles) : null);
  }));
}
