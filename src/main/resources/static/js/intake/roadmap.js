/*
 * The report's roadmap: the executive summary, the advice cards grouped NOW (the foundations to act on first), NEXT
 * and LATER in the order the server ranked them (data-advice-id and data-category are the contract's hooks), and the
 * strengths to keep. Every card and strength shows its rule in the report's language. Rendering only.
 */
import {el} from '../lib/dom.js';
import {t, tOr} from '../lib/i18n.js';
import {experimentCards} from './experiments.js';

const HORIZONS = ['NOW', 'NEXT', 'LATER'];

/** A report section with its heading; shared with report.js. */
export function section(id, titleKey, extraClass, ...content) {
  return el('section', {class: 'report__section' + (extraClass ? ' ' + extraClass : ''), id, 'aria-labelledby': id + '-title'},
    el('h3', {id: id + '-title'}, t(titleKey)), ...content);
}

function sourceText(source) {
  const points = (source.kpoints || []).join(', ');
  return tOr('intake.source.' + source.document, source.document) + (points ? ' (' + points + ')' : '');
}

function labelled(className, key, text) {
  return text ? el('p', {class: className}, el('strong', {}, t(key)), ' ', text) : null;
}

function adviceCard(item, index, plans) {
  const priority = String(item.priority || '').toUpperCase();
  const titleId = 'advice-title-' + index;
  return el('article', {class: 'card advice-card advice-card--' + priority.toLowerCase(), 'data-advice-id': item.id,
    'data-category': item.category, 'data-priority': priority, 'data-horizon': item.horizon || '', 'aria-labelledby': titleId},
  el('header', {class: 'advice-card__header'},
    el('span', {class: 'priority priority--' + priority.toLowerCase()}, tOr('priority.' + priority, priority)),
    el('h5', {class: 'advice-card__title', id: titleId}, item.title)),
  el('p', {class: 'advice-card__summary'}, item.summary),
  item.actions && item.actions.length ? el('div', {class: 'advice-card__actions'},
    el('h6', {}, t('intake.advice.actions')), el('ol', {}, item.actions.map((a) => el('li', {}, a)))) : null,
  labelled('advice-card__measure', 'report.measure', item.measure),
  labelled('advice-card__why', 'report.why', item.rationale),
  item.sources && item.sources.length ? labelled('advice-card__sources', 'report.sources', item.sources.map(sourceText).join('; ')) : null,
  item.rule ? el('p', {class: 'advice-card__rule'}, t('intake.advice.rule', item.ruleText || item.rule)) : null,
  item.category === 'CONTROLLED_EXPERIMENTS' ? experimentCards(plans) : null);
}

/** An item without a horizon (a report from before the roadmap) counts as NEXT. */
export function adviceSection({report}) {
  const advice = report.advice || [];
  if (!advice.length) {
    return section('report-advice', 'report.advice', '', el('p', {class: 'note'}, t('intake.advice.none')));
  }
  const groups = HORIZONS.map((horizon) => {
    const items = advice.filter((item) => (item.horizon || 'NEXT') === horizon);
    const headingId = 'advice-' + horizon.toLowerCase() + '-title';
    return items.length ? el('section', {class: 'advice-group', 'data-horizon': horizon, 'aria-labelledby': headingId},
      el('h4', {class: 'advice-group__title', id: headingId}, t('report.advice.' + horizon)),
      el('div', {class: 'advice-list'}, items.map((item) => adviceCard(item, advice.indexOf(item), report.experiments)))) : null;
  });
  return section('report-advice', 'report.advice', '', el('p', {class: 'note'}, t('report.actionsNote')), ...groups);
}

export function summarySection({report}) {
  return report.summary ? section('report-summary', 'report.summaryHeading', '',
    el('p', {class: 'report__summary'}, report.summary)) : null;
}

export function strengthsSection({report}) {
  const strengths = report.strengths || [];
  return section('report-strengths', 'report.strengths', '',
    strengths.length ? el('ul', {class: 'strengths'}, strengths.map((s) => el('li', {class: 'strength', 'data-strength-id': s.id},
      el('strong', {class: 'strength__title'}, s.title), ' ', s.summary,
      s.ruleText ? el('span', {class: 'strength__rule'}, t('intake.advice.rule', s.ruleText)) : null)))
      : el('p', {class: 'note'}, t('report.noStrengths')));
}
