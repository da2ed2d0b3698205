/*
 * Saving a report as an assessment (POST /api/assessments) and re-assessing a saved one: /?reassess={id} fills the
 * form with the answers saved then, and the next save names that assessment as `previous`, which makes it the next
 * step in the company's history. The server evaluates and stores; the page only sends the answers.
 */
import {el} from '../lib/dom.js';
import {dateWords, lang, t} from '../lib/i18n.js';
import {ApiError, call, postJson, withLang} from '../lib/api.js';
import {showProblemBox} from '../lib/problems.js';
import {reportButton} from './report.js';

/** The page of a saved assessment, in the page's language; `suffix` is '' or '/history'. */
export function assessmentHref(id, suffix) {
  return '/assessments/' + encodeURIComponent(id) + (suffix || '') + '?lang=' + lang();
}

/** The intake form filled in with a saved assessment's answers, for the next step; `focus`: a question to open at. */
export function reassessHref(id, focus) {
  return '/?lang=' + lang() + '&reassess=' + encodeURIComponent(id) + (focus ? '&focus=' + encodeURIComponent(focus) : '');
}

/** The id in ?reassess=, or null. */
export function reassessId() {
  return new URLSearchParams(window.location.search).get('reassess');
}

/** The saved assessment to re-assess: {id, createdAt, profile, ...}; rejects with an ApiError (404 once deleted). */
export function loadAssessment(id) {
  return call('/api/assessments/' + encodeURIComponent(id));
}

/** The notice above a re-assessment's form: whose answers these are and what saving will do. */
export function reassessNotice(saved) {
  return el('div', {class: 'notice reassess-notice', id: 'reassess-notice'},
    el('p', {}, t('assessment.reassess.notice', saved.profile.name, dateWords(saved.createdAt))),
    el('p', {}, el('a', {href: assessmentHref(saved.id)}, t('assessment.reassess.back'))));
}

/** The error box beside the Save button. */
export function saveProblemsBox() {
  return el('div', {class: 'problem-box no-print', id: 'save-problems', role: 'alert', hidden: true});
}

/**
 * The report's Save button: stores the answers (with `previous` on a re-assessment) and opens the saved
 * assessment's own page, whose address is the link to keep and share. A refusal shows in #save-problems.
 */
export function saveButton(profile, previous) {
  const button = reportButton('save-assessment', true, previous ? 'assessment.save.next' : 'assessment.save', async () => {
    const box = document.getElementById('save-problems');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const result = await postJson(withLang('/api/assessments', lang()), previous ? {profile, previous} : {profile});
      if (!result.ok) {
        throw new ApiError(result.status, result.data);
      }
      window.location.assign(assessmentHref(result.data.id));
    } catch (error) {
      showProblemBox(box, error, {title: t('assessment.save.failed'), failed: (m) => t('scenarios.page.failed', m)});
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  return button;
}
