/*
 * The intake form at /: builds the questionnaire from GET /api/profile/schema, catches obvious mistakes in the
 * browser, posts the profile to POST /api/advice and shows the report; Back returns to the answers. A draft of the
 * answers survives a reload (sessionStorage); answers can be saved to and loaded from a JSON file.
 */
import {$, downloadJson, slug} from '../lib/dom.js';
import {has, lang, t} from '../lib/i18n.js';
import {postJson, withLang} from '../lib/api.js';
import {startPage} from '../lib/layout.js';
import {clearProblems, fieldContainer, showProblems} from '../lib/problems.js';
import {loadSchema} from '../lib/schema.js';
import {collect, restore, snapshot, validate} from './answers.js';
import {buildForm} from './form.js';
import {renderReport} from './report.js';

const DRAFT_KEY = 'cxadvisor.intake.draft';

const state = {schema: null, profile: null, report: null, errorsShown: false};
const form = () => $('intake-form');

function setStatus(message, kind) {
  const status = $('status');
  status.textContent = message || '';
  status.hidden = !message;
  status.className = 'notice' + (kind ? ' notice--' + kind : '');
}

function saveDraft() {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(collect(form(), state.schema)));
  } catch (e) {
    /* storage full or disabled: the form still works */
  }
}

// ---------------------------------------------------------------- errors

function labelOf(path) {
  const field = state.schema.byPath.get(path);
  return field ? field.label : has('field.' + path) ? t('field.' + path) : path;
}

function showErrors(errors, intro) {
  state.errorsShown = true;
  showProblems(form(), $('error-summary'), errors, {title: t('intake.errors.title'), intro, labelOf});
}

function clearErrors() {
  state.errorsShown = false;
  clearProblems(form(), $('error-summary'));
}

// ---------------------------------------------------------------- views

function reportShown() {
  return !$('report-view').hidden;
}

function pageTitle() {
  // the report's title, so that "Save as PDF" suggests a sensible file name
  return reportShown() && state.profile ? t('report.title', state.profile.name) : t('intake.pageTitle');
}

function showView(which) {
  $('form-view').hidden = which !== 'form';
  $('report-view').hidden = which !== 'report';
  document.body.dataset.view = which;
  document.title = pageTitle();
}

function showForm() {
  if (reportShown()) {
    window.history.pushState({view: 'form'}, '');
  }
  showView('form');
}

/** Shows the form with the question of a field in focus (open questions, the value chart). */
function goToField(path) {
  showForm();
  const container = fieldContainer(form(), path);
  if (!container) {
    return;
  }
  const all = Array.from(container.querySelectorAll('input, select, textarea')).filter((c) => !c.disabled);
  const controls = all.filter((c) => c.name).length ? all.filter((c) => c.name) : all;
  const target = controls.find((c) => c.type === 'radio' && c.checked) || controls[0] || container;
  container.classList.add('is-highlighted');
  setTimeout(() => container.classList.remove('is-highlighted'), 2500);
  container.scrollIntoView({block: 'center'});
  target.focus({preventScroll: true});
}

function downloadAnswers() {
  const profile = !reportShown() || !state.profile ? collect(form(), state.schema) : state.profile;
  downloadJson('cx-profile-' + slug(profile.name, 'company') + '.json', profile);
}

function showReport() {
  renderReport($('report-view'), state, {goToField, download: downloadAnswers, edit: () => {
    showForm();
    const first = form().querySelector('input, select');
    if (first) {
      first.focus();
    }
  }});
}

// ---------------------------------------------------------------- asking for advice

/** -> {report} or {errors, intro}: the server's field errors, or one message when it could not answer. */
async function requestAdvice(profile) {
  let result;
  try {
    result = await postJson(withLang('/api/advice', lang()), profile);
  } catch (e) {
    return {errors: [{field: '', message: t('intake.error.network')}]};
  }
  if (result.ok) {
    return {report: result.data};
  }
  if (result.data && Array.isArray(result.data.errors) && result.data.errors.length) {
    return {errors: result.data.errors, intro: t('intake.errors.server')};
  }
  const detail = result.data && result.data.detail ? result.data.detail : String(result.status);
  return {errors: [{field: '', message: t('intake.error.server', detail)}]};
}

function setBusy(busy) {
  const button = $('submit-button');
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.textContent = t(busy ? 'intake.submitting' : 'intake.submit');
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const errors = validate(form(), state.schema);
  if (errors.length) {
    showErrors(errors);
    return;
  }
  const profile = collect(form(), state.schema);
  setBusy(true);
  try {
    const answer = await requestAdvice(profile);
    if (answer.errors) {
      showErrors(answer.errors, answer.intro);
      return;
    }
    state.profile = profile;
    state.report = answer.report;
    setStatus('');
    showReport();
    showView('report');
    window.history.pushState({view: 'report'}, '');
    window.scrollTo(0, 0);
    $('report-title').focus();
  } finally {
    setBusy(false);
  }
}

// ---------------------------------------------------------------- loading saved answers

function loadFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    let data;
    try {
      data = JSON.parse(String(reader.result));
    } catch (e) {
      setStatus(t('intake.loadError', e.message), 'error');
      return;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      setStatus(t('intake.loadError', file.name), 'error');
      return;
    }
    clearErrors();
    const ignored = restore(form(), state.schema, data);
    saveDraft();
    showView('form');
    setStatus(t('intake.loaded', file.name) + (ignored.length ? ' ' + t('intake.loadIgnored', ignored.join(', ')) : ''),
      ignored.length ? 'warning' : 'success');
  };
  reader.onerror = () => setStatus(t('intake.loadError', file.name), 'error');
  reader.readAsText(file);
}

// ---------------------------------------------------------------- language

let previousSchema = null;

async function afterLanguageSwitch() {
  const put = snapshot(form(), previousSchema);
  buildForm($('form-groups'), state.schema);
  put(form(), state.schema);
  document.title = pageTitle();
  setBusy(false);
  setStatus('');
  if (state.errorsShown) {
    const errors = validate(form(), state.schema);
    const answer = errors.length ? {errors} : await requestAdvice(collect(form(), state.schema));
    if (answer.errors) {
      showErrors(answer.errors, answer.intro);
    } else {
      clearErrors();
    }
  }
  if (reportShown() && state.profile) {
    const answer = await requestAdvice(state.profile);
    if (answer.report) {
      state.report = answer.report;
      showReport();
    }
  }
}

// ---------------------------------------------------------------- start

async function start() {
  try {
    await startPage({
      page: 'intake',
      load: async (language) => {
        previousSchema = state.schema;
        state.schema = await loadSchema(language);
      },
      onSwitch: afterLanguageSwitch,
    });
  } catch (e) {
    setStatus('The questionnaire could not be loaded (' + e.message + '). Reload the page to try again.', 'error');
    return;
  }
  buildForm($('form-groups'), state.schema);
  try {
    const draft = sessionStorage.getItem(DRAFT_KEY);
    if (draft) {
      restore(form(), state.schema, JSON.parse(draft));
    }
  } catch (e) {
    /* no draft */
  }
  setStatus('');
  showView('form');
  form().addEventListener('submit', submit);
  form().addEventListener('change', saveDraft);
  form().addEventListener('input', saveDraft);
  $('save-button').addEventListener('click', downloadAnswers);
  $('load-file').addEventListener('change', (event) => {
    const file = event.target.files && event.target.files[0];
    if (file) {
      loadFile(file);
    }
    event.target.value = '';
  });
  // Back from the report returns to the answers; Forward shows the report again.
  window.addEventListener('popstate', (event) => {
    showView(event.state && event.state.view === 'report' && state.report ? 'report' : 'form');
  });
  document.body.dataset.ready = 'true';
}

start();
