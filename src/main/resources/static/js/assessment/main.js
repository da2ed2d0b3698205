/*
 * A saved assessment's page (/assessments/{id}): the report exactly as it was made (GET /api/assessments/{id}),
 * also after a reload, with its link to copy and share; Re-assess (the form filled in with these answers, saved as the
 * next step), History, Print, and Delete: whoever holds the link may erase the assessment. What today's rules would
 * say of the same answers is shown below the report (rerun.js).
 */
import {$, downloadJson, el, slug} from '../lib/dom.js';
import {LANGUAGES, dateWords, lang, t} from '../lib/i18n.js';
import {ApiError, call, deleteJson, withLang} from '../lib/api.js';
import {printButton, renderReport, reportButton, whatIfLink} from '../intake/report.js';
import {assessmentHref, reassessHref} from '../intake/saving.js';
import {assessmentId, showProblem as showAssessmentProblem, startAssessmentPage} from './page.js';
import {renderRerun} from './rerun.js';

const id = assessmentId;
const state = {schema: null, saved: null};

function setStatus(content, kind) {
  const status = $('status');
  status.replaceChildren(...[].concat(content || []));
  status.hidden = !content;
  status.className = 'notice' + (kind ? ' notice--' + kind : '');
}

function showProblem(error) {
  showAssessmentProblem($('assessment-problems'), error);
}

function languageName(code) {
  const found = LANGUAGES.find((l) => l.code === code);
  return found ? found.name : code;
}

function renderLink(saved) {
  // the link opens the report in the language it was made in, whoever's browser opens it
  $('assessment-url').value = window.location.origin + '/assessments/' + encodeURIComponent(id) + '?lang=' + saved.language;
  $('assessment-saved').replaceChildren(t('assessment.link.saved', saved.profile.name, dateWords(saved.createdAt)),
    saved.previous ? el('span', {}, ' ', el('a', {href: assessmentHref(saved.previous), id: 'previous-link'},
      t('assessment.link.previous'))) : '',
    saved.language !== lang() ? el('span', {class: 'assessment-link__language'}, ' ',
      t('assessment.link.language', languageName(saved.language))) : '');
  $('assessment-link').hidden = false;
}

function render() {
  const saved = state.saved;
  const profile = saved.profile;
  document.title = t('report.title', profile.name);
  renderLink(saved);
  renderReport($('report-view'), {report: saved.report, profile, schema: state.schema}, {
    goToField: (path) => window.location.assign(reassessHref(id, path)),
    madeOn: new Date(saved.createdAt),
    toolbar: [
      reportButton('reassess-button', true, 'assessment.reassess', () => window.location.assign(reassessHref(id))),
      el('a', {href: assessmentHref(id, '/history'), class: 'button button--secondary', id: 'history-link'}, t('assessment.history')),
      printButton(),
      reportButton('download-button', false, 'intake.report.download',
        () => downloadJson('cx-profile-' + slug(profile.name, 'company') + '.json', profile)),
      whatIfLink(profile),
      reportButton('delete-button', false, 'assessment.delete', askDelete)]});
  $('report-view').hidden = false;
}

async function showRerun() {
  try {
    renderRerun($('rerun'), state.saved, await call(withLang('/api/assessments/' + encodeURIComponent(id) + '/rerun', lang())));
  } catch (error) {
    $('rerun').hidden = true;
  }
}

function askDelete() {
  const dialog = $('delete-dialog');
  $('delete-text').textContent = t('assessment.delete.text', state.saved.profile.name, dateWords(state.saved.createdAt));
  dialog.returnValue = '';
  dialog.showModal();
}

/** Erases the assessment on the server; what is left on the page says so and offers a fresh start. */
async function erase() {
  const result = await deleteJson(withLang('/api/assessments/' + encodeURIComponent(id), lang()));
  if (!result.ok && result.status !== 404) {
    showProblem(new ApiError(result.status, result.data));
    return;
  }
  state.saved = null;
  ['assessment-link', 'report-view', 'rerun'].forEach((part) => {
    $(part).hidden = true;
    $(part).replaceChildren();
  });
  document.title = t('assessment.deleted.title');
  setStatus([t('assessment.deleted'), ' ', el('a', {href: '/?lang=' + lang(), id: 'start-again'}, t('assessment.deleted.again'))],
    'success');
  $('status').focus();
}

function wire() {
  $('delete-dialog').addEventListener('close', () => {
    if ($('delete-dialog').returnValue === 'delete') {
      erase();
    }
  });
  $('copy-link').addEventListener('click', async () => {
    $('assessment-url').select();
    try {
      await navigator.clipboard.writeText($('assessment-url').value);
      $('assessment-copied').textContent = t('assessment.link.copied');
    } catch (e) {
      // no clipboard (an insecure origin, or refused): the link is selected for Ctrl+C
      $('assessment-copied').textContent = t('assessment.link.select');
    }
  });
}

wire();
startAssessmentPage({
  page: 'assessment',
  problems: 'assessment-problems',
  fetch: (language) => call(withLang('/api/assessments/' + encodeURIComponent(id), language)),
  render: (saved, schema) => {
    state.saved = saved;
    state.schema = schema;
    render();
    return showRerun();
  },
});
