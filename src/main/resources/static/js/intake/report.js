/*
 * The advice report under the intake form: summary, conclusions, matrix, customer values, the roadmap of advice cards
 * (roadmap.js), strengths, open questions and the answers in short. Everything it says comes from the
 * report the server gave; rendering only.
 */
import {el} from '../lib/dom.js';
import {lang, t, tOr} from '../lib/i18n.js';
import {CUSTOMER_VALUE as CV, choiceLabel, isCustomerValuePart, valueWords} from '../lib/schema.js';
import {matrixSvg, valueChartSvg} from './charts.js';
import {controlId} from './form.js';
import {handOver} from '../lib/handover.js';
import {adviceSection, section, strengthsSection, summarySection} from './roadmap.js';

function conclusionOf(report, type) {
  const found = (report.conclusions || []).find((c) => c.type === type);
  return found ? found.value : null;
}

function conclusionText(type, value) {
  return tOr('conclusion.' + type + '.' + value, String(value));
}

function conclusionsSection({report}) {
  const dl = el('dl', {class: 'conclusions'});
  (report.conclusions || []).forEach((c) => {
    const value = c.type === 'RELATIONSHIP_GAP' && typeof c.value === 'number' && c.value > 0 ? '+' + c.value
      : conclusionText(c.type, c.value);
    dl.append(el('dt', {}, tOr('conclusion.' + c.type, c.type)),
      el('dd', {'data-conclusion': c.type, 'data-value': String(c.value)}, value,
        c.ruleText ? el('span', {class: 'conclusions__rule'}, c.ruleText) : null));
  });
  return section('report-conclusions', 'report.conclusions', '', dl);
}

function matrixSection({report, profile, schema}) {
  const quadrant = conclusionOf(report, 'EXPERIENCE_QUADRANT');
  const {svg, desc} = matrixSvg({name: profile.name, process: profile.processValue, entertainment: profile.entertainmentValue,
    quadrant, processScale: schema.byPath.get('processValue'), entertainmentScale: schema.byPath.get('entertainmentValue')});
  const explanations = el('ul', {class: 'quadrant-list'}, ['UTILITY', 'PROCESS_DRIVEN', 'ENTERTAINMENT_DRIVEN',
    'EXPERIENCE_LEADER'].map((q) => el('li', {class: 'quadrant-list__item' + (q === quadrant ? ' is-current' : ''),
    'aria-current': q === quadrant ? 'true' : null, 'data-quadrant': q},
  el('strong', {}, t('intake.quadrant.' + q)), ' — ', t('intake.quadrant.' + q + '.explain'))));
  return section('report-matrix', 'intake.matrix.title', 'report__matrix',
    el('div', {class: 'chart-row'},
      el('figure', {class: 'chart-figure'}, svg, el('figcaption', {}, desc)),
      el('div', {class: 'chart-side'}, explanations, el('p', {class: 'note'}, t('intake.matrix.note')))));
}

function valuesSection({report, profile}, actions) {
  const cv = profile[CV];
  if (!cv) {
    const go = el('button', {type: 'button', class: 'button button--link no-print'}, t('intake.values.answer'));
    go.addEventListener('click', () => actions.goToField(CV));
    return section('report-values', 'intake.values.title', 'report__values',
      el('p', {class: 'note'}, t('intake.values.unknown'), ' ', go));
  }
  const {svg, desc} = valueChartSvg(cv);
  const legend = el('ul', {class: 'legend'},
    el('li', {}, el('span', {class: 'legend__swatch bar--practical', 'aria-hidden': 'true'}), t('intake.values.practical')),
    el('li', {}, el('span', {class: 'legend__swatch bar--emotional', 'aria-hidden': 'true'}), t('intake.values.emotionalSide')));
  const dl = el('dl', {class: 'conclusions'});
  ['VALUE_FOCUS', 'STRATEGY_TRACK'].forEach((type) => {
    const value = conclusionOf(report, type);
    if (value !== null) {
      dl.append(el('dt', {}, t('conclusion.' + type)),
        el('dd', {'data-conclusion': type, 'data-value': value}, conclusionText(type, value)));
    }
  });
  return section('report-values', 'intake.values.title', 'report__values',
    el('div', {class: 'chart-row'},
      el('figure', {class: 'chart-figure'}, svg, el('figcaption', {}, desc), legend),
      el('div', {class: 'chart-side'}, dl.children.length ? dl : el('p', {class: 'note'}, t('intake.values.noConclusion')))));
}

function questionsSection({report}, actions) {
  const questions = report.openQuestions || [];
  const list = el('ul', {class: 'open-questions'}, questions.map((q) => {
    const link = el('a', {href: '#' + controlId(q.field), class: 'open-questions__link', 'data-field': q.field}, q.question);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      actions.goToField(q.field);
    });
    return el('li', {}, link);
  }));
  return section('report-questions', 'report.openQuestions', '',
    questions.length ? list : el('p', {class: 'note'}, t('intake.questions.none')));
}

function answerText(field, value) {
  if (value !== undefined && value !== null && field.kind === 'SCALE') {
    return value + ' / ' + field.max;
  }
  if (value !== undefined && value !== null && field.kind === 'PERCENT') {
    return value + ' %';
  }
  return valueWords(field, value, 'value.unknown');
}

function answersSection({profile, schema}) {
  const rows = schema.fields.map((field) => {
    const value = isCustomerValuePart(field.path)
      ? (profile[CV] ? profile[CV][field.path.slice(CV.length + 1)] : undefined)
      : profile[field.path];
    return el('tr', {}, el('th', {scope: 'row'}, field.label), el('td', {}, answerText(field, value)));
  });
  return section('report-answers', 'intake.report.profile', 'report__answers',
    el('table', {class: 'answers-table'}, el('tbody', {}, rows)));
}

function button(id, primary, key, onClick) {
  const node = el('button', {type: 'button', class: 'button ' + (primary ? 'button--primary' : 'button--secondary'), id}, t(key));
  node.addEventListener('click', onClick);
  return node;
}

function toolbar({profile}, actions) {
  const whatIf = el('a', {href: '/scenarios?lang=' + lang(), class: 'button button--secondary', id: 'what-if-link'},
    t('intake.report.whatIf'));
  whatIf.addEventListener('click', () => handOver(profile));
  return el('div', {class: 'toolbar no-print', role: 'group'},
    button('print-button', true, 'intake.report.print', () => window.print()),
    button('download-button', false, 'intake.report.download', actions.download),
    whatIf,
    button('edit-button', false, 'intake.report.edit', actions.edit));
}

/**
 * Renders the report into the view. data: {report, profile, schema}; actions: {goToField(path), download(), edit()}.
 */
export function renderReport(view, data, actions) {
  const {profile, schema, report} = data;
  const date = new Date().toLocaleDateString(lang() === 'nl' ? 'nl-NL' : 'en-GB', {year: 'numeric', month: 'long', day: 'numeric'});
  const facts = ['sector', 'market', 'offering', 'pricePositioning'].filter((k) => profile[k] !== undefined)
    .map((k) => choiceLabel(schema.byPath.get(k), profile[k])).join(' · ');
  const version = report.knowledgeBase ? report.knowledgeBase.version : '';
  view.replaceChildren(
    el('header', {class: 'report__header'},
      el('p', {class: 'report__kicker'}, t('intake.report.heading')),
      el('h2', {id: 'report-title', tabindex: '-1'}, t('report.title', profile.name)),
      el('p', {class: 'report__facts'}, facts),
      toolbar(data, actions)),
    summarySection(data),
    conclusionsSection(data),
    matrixSection(data),
    valuesSection(data, actions),
    adviceSection(data),
    strengthsSection(data),
    questionsSection(data, actions),
    answersSection(data),
    el('footer', {class: 'report__footer'},
      el('p', {}, t('intake.report.madeOn', date), ' ', t('report.footer', version))));
}
