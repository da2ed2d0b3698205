/*
 * The experiment plans of the report (issue 13), shown under the advice to run controlled experiments: per plan the
 * hypothesis, the groups, the numbers and how to run it. All words and numbers come from the server's plans.
 */
import {el} from '../lib/dom.js';
import {lang, t} from '../lib/i18n.js';

function number(value) {
  return Number(value).toLocaleString(lang() === 'nl' ? 'nl-NL' : 'en-GB', {maximumFractionDigits: 1});
}

function row(key, value) {
  return [el('dt', {}, t('report.experiment.' + key)), el('dd', {'data-experiment': key}, value)];
}

function duration(plan) {
  if (plan.weeks === undefined || plan.weeks === null) {
    return t('report.experiment.weeks.unknown');
  }
  if (plan.feasible === false) {
    return t('report.experiment.weeks.tooSmall');
  }
  return t('intake.experiment.weeks', number(plan.weeks), number(plan.followUpWeeks));
}

function alternative(plan) {
  if (!plan.alternative) {
    return null;
  }
  return el('div', {class: 'experiment__too-small', role: 'note'},
    el('p', {}, el('strong', {}, plan.alternative.reason)),
    el('ul', {}, plan.alternative.options.map((o) => el('li', {}, o))));
}

function planCard(plan, index) {
  const titleId = 'experiment-title-' + index;
  const effect = t('report.experiment.effect.value', number(plan.baselinePercent),
    number(plan.baselinePercent + plan.minimumEffectPoints), number(plan.minimumEffectPoints));
  const details = el('dl', {class: 'experiment__numbers'},
    ...row('change', plan.change),
    ...row('control', plan.note ? plan.control + ' ' + plan.note : plan.control),
    ...row('groups', plan.groups),
    ...row('metric', plan.metric),
    ...row('segment', plan.segment),
    ...row('baseline', plan.baseline),
    ...row('effect', effect),
    ...row('size', t('report.experiment.size.value', number(plan.sampleSizePerGroup))),
    ...row('weeks', duration(plan)));
  return el('section', {class: 'experiment', 'data-experiment-for': plan.adviceId,
    'data-feasible': plan.feasible === undefined ? 'unknown' : String(plan.feasible), 'aria-labelledby': titleId},
  el('h5', {class: 'experiment__title', id: titleId}, t('intake.experiment.title')),
  el('p', {class: 'experiment__hypothesis'}, el('strong', {}, t('report.experiment.hypothesis')), ' ', plan.hypothesis),
  details,
  alternative(plan),
  el('h6', {}, t('report.experiment.howToRun')),
  el('ol', {class: 'experiment__steps'}, plan.howToRun.map((step) => el('li', {}, step))),
  el('p', {class: 'experiment__basis note'}, plan.basis));
}

/** The plans as cards, or nothing when the report has none. */
export function experimentCards(plans) {
  if (!plans || !plans.length) {
    return null;
  }
  return el('div', {class: 'experiments', 'data-experiments': String(plans.length)}, plans.map(planCard));
}
