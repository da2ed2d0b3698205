/*
 * A company's history (/assessments/{id}/history): every assessment of the company over time, oldest first, with its
 * path over the process × entertainment matrix, its advice per horizon, and step by step what changed
 * (GET /api/assessments/{id}/history; advice titles as each report was saved, GET /api/assessments/{id}).
 */
import {$, el} from '../lib/dom.js';
import {dateWords, t} from '../lib/i18n.js';
import {call, withLang} from '../lib/api.js';
import {assessmentHref, reassessHref} from '../intake/saving.js';
import {horizonCount, horizonsSvg, pathSvg} from './charts.js';
import {renderTimeline} from './timeline.js';
import {assessmentId, startAssessmentPage} from '../assessment/page.js';

const id = assessmentId;
const state = {schema: null, history: null, titles: new Map()};

/** Each assessment's advice titles as its report was saved (a deleted one's are simply missing). */
async function loadTitles(points) {
  const reports = await Promise.all(points.map((p) => call('/api/assessments/' + encodeURIComponent(p.id))
    .then((a) => a.report, () => null)));
  return new Map(points.map((p, i) => [p.id, new Map(((reports[i] || {}).advice || []).map((a) => [a.id, a.title]))]));
}

function summary(points) {
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return t('history.summary.one', dateWords(first.createdAt), first.adviceCount, horizonCount(first, 'NOW'));
  }
  return t('history.summary', points.length, dateWords(first.createdAt), dateWords(last.createdAt), first.adviceCount,
    last.adviceCount, horizonCount(first, 'NOW'), horizonCount(last, 'NOW'));
}

function render() {
  const points = state.history.assessments;
  const latest = points[points.length - 1];
  const title = t('history.title', latest.name);
  document.title = 'CX Advisor – ' + title;
  $('history-title').textContent = title;
  $('history-summary').textContent = summary(points);
  // a re-assessment continues from the latest step, whichever assessment's link opened the history
  $('history-reassess').href = reassessHref(latest.id);
  $('history-back').href = assessmentHref(id);
  const path = pathSvg(points, state.schema);
  $('history-path').replaceChildren(path.svg, el('figcaption', {}, path.desc));
  const horizons = horizonsSvg(points);
  $('history-horizons').replaceChildren(horizons.svg, horizons.legend, el('figcaption', {class: 'visually-hidden'}, horizons.desc));
  renderTimeline($('timeline'), state.history, id, state.schema, state.titles);
  $('history-view').hidden = false;
}

$('history-print').addEventListener('click', () => window.print());
startAssessmentPage({
  page: 'history',
  problems: 'history-problems',
  fetch: async (language) => {
    const history = await call(withLang('/api/assessments/' + encodeURIComponent(id) + '/history', language));
    return {history, titles: await loadTitles(history.assessments)};
  },
  render: (data, schema) => {
    Object.assign(state, data, {schema});
    render();
  },
});
