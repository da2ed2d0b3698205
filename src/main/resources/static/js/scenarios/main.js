/*
 * The what-if page (/scenarios). The baseline is the profile the intake form handed over, or a pasted or loaded
 * one, or one of the shipped examples (GET /api/examples). An editable scenario is compared with it
 * (POST /api/scenarios), each advice shows its counterfactuals (POST /api/scenarios/counterfactuals), one field can
 * be swept (POST /api/scenarios/sweep), and the comparison downloads as Markdown or CSV (POST /api/scenarios/export).
 */
import {$, downloadBlob, el} from '../lib/dom.js';
import {lang, t} from '../lib/i18n.js';
import {call, postForFile, withLang} from '../lib/api.js';
import {takeOver} from '../lib/handover.js';
import {startPage} from '../lib/layout.js';
import {showProblemBox} from '../lib/problems.js';
import {loadSchema} from '../lib/schema.js';
import {markInvalid, renderBaseline, renderVariant, stale} from './compare.js';
import {addChange, defaultValue, renderEditor, renderPicker, whenChanged} from './editor.js';
import {newVariant, state, variant} from './state.js';
import {renderSweep, renderSweepFields} from './sweep.js';

const api = (path, body) => call(withLang(path, lang()), body);
let examples = [];
let comparison = 0;
let compareTimer = null;

function showProblems(error) {
  showProblemBox($('sc-problems'), error, {title: t('scenarios.page.problems'), failed: (m) => t('scenarios.page.failed', m)});
}

function renderSource() {
  if (!state.baseline) {
    $('sc-source-note').textContent = t('scenarios.page.source.none');
    return;
  }
  $('sc-source-note').textContent = t('scenarios.page.source.' + state.source, state.baseline.name || '?');
  $('sc-profile-json').value = JSON.stringify(state.baseline, null, 2);
}

function renderExamples() {
  const select = $('sc-example');
  const chosen = select.value;
  select.replaceChildren(...examples.map((e) => el('option', {value: e.name}, e.company)));
  if (chosen) {
    select.value = chosen;
  }
  $('sc-examples').hidden = examples.length === 0;
}

function compareVariant() {
  if (!state.baselineReport) {
    return;
  }
  const seq = ++comparison;
  const v = variant();
  $('sc-variant').setAttribute('aria-busy', 'true');
  api('/api/scenarios', {baseline: state.baseline, variants: [{name: v.name || '?', changes: v.changes}]})
    .then((answer) => {
      if (seq === comparison) {
        showProblems(null);
        markInvalid(null);
        stale(false);
        renderVariant(answer.variants[0]);
      }
    }, (error) => {
      if (seq === comparison) {
        showProblems(error);
        markInvalid(error);
        stale(true);
      }
    })
    .finally(() => {
      if (seq === comparison) {
        $('sc-variant').removeAttribute('aria-busy');
      }
    });
}

function scheduleCompare() {
  window.clearTimeout(compareTimer);
  compareTimer = window.setTimeout(compareVariant, 200);
}

function runSweep() {
  if (!state.baseline) {
    return;
  }
  state.sweepField = $('sc-sweep-field').value || state.sweepField;
  const chart = $('sc-sweep-chart');
  chart.setAttribute('aria-busy', 'true');
  api('/api/scenarios/sweep', {baseline: state.baseline, field: state.sweepField})
    .then(renderSweep, (error) => {
      chart.replaceChildren();
      showProblems(error);
    })
    .finally(() => chart.removeAttribute('aria-busy'));
}

async function refreshAll() {
  showProblems(null);
  $('sc-baseline').setAttribute('aria-busy', 'true');
  try {
    const [comparisonAnswer, counterfactuals] = await Promise.all([
      api('/api/scenarios', {baseline: state.baseline, variants: []}),
      api('/api/scenarios/counterfactuals', {profile: state.baseline})]);
    state.baselineReport = comparisonAnswer.baseline;
    state.counterfactuals = counterfactuals.counterfactuals;
    renderBaseline();
    compareVariant();
    runSweep();
  } catch (error) {
    state.baselineReport = null;
    $('sc-baseline-advice').replaceChildren();
    $('sc-variant-advice').replaceChildren();
    showProblems(error);
    $('sc-load').open = true;
  } finally {
    $('sc-baseline').removeAttribute('aria-busy');
  }
}

function useProfile(profile, source) {
  state.baseline = profile;
  state.source = source;
  state.variants = [newVariant(1)];
  state.current = 0;
  renderSource();
  renderEditor();
  return refreshAll();
}

function useJson(text) {
  try {
    useProfile(JSON.parse(text), 'pasted');
  } catch (e) {
    showProblems(new Error(t('scenarios.page.badJson', e.message)));
  }
}

async function useExample(name) {
  try {
    await useProfile(await call('/api/examples/' + encodeURIComponent(name)), 'example');
  } catch (error) {
    showProblems(error);
  }
}

async function download(format) {
  // scenarios without changes add nothing to a client report; when none has changes, the report shows today only
  const variants = state.variants.filter((v) => Object.keys(v.changes).length > 0).map((v) => ({name: v.name, changes: v.changes}));
  try {
    const file = await postForFile(withLang('/api/scenarios/export?format=' + format, lang()),
      {baseline: state.baseline, variants}, 'scenarios.' + format);
    downloadBlob(file.filename, file.blob);
  } catch (error) {
    showProblems(error);
  }
}

function wire() {
  $('sc-use-json').addEventListener('click', () => useJson($('sc-profile-json').value));
  $('sc-use-example').addEventListener('click', () => useExample($('sc-example').value));
  $('sc-file').addEventListener('change', async () => {
    const file = $('sc-file').files[0];
    if (file) {
      const text = await file.text();
      $('sc-profile-json').value = text;
      useJson(text);
    }
  });
  $('sc-variant-name').addEventListener('input', () => {
    variant().name = $('sc-variant-name').value;
    renderPicker();
    scheduleCompare();
  });
  $('sc-variant-pick').addEventListener('change', () => {
    state.current = Number($('sc-variant-pick').value);
    renderEditor();
    compareVariant();
  });
  $('sc-new-variant').addEventListener('click', () => {
    state.variants.push(newVariant(state.variants.length + 1));
    state.current = state.variants.length - 1;
    renderEditor();
    compareVariant();
    $('sc-variant-name').focus();
  });
  $('sc-delete-variant').addEventListener('click', () => {
    if (state.variants.length > 1) {
      state.variants.splice(state.current, 1);
      state.current = Math.max(0, state.current - 1);
      renderEditor();
      compareVariant();
    }
  });
  $('sc-add-change').addEventListener('click', () => {
    const path = $('sc-add-field').value;
    if (path) {
      addChange(path, defaultValue(state.schema.byPath.get(path)));
    } else {
      $('sc-add-field').focus();
    }
  });
  $('sc-run-sweep').addEventListener('click', runSweep);
  $('sc-sweep-field').addEventListener('change', runSweep);
  $('sc-download-md').addEventListener('click', () => download('md'));
  $('sc-download-csv').addEventListener('click', () => download('csv'));
  whenChanged(scheduleCompare);
}

function renderAll() {
  document.title = 'CX Advisor – ' + t('scenarios.page.title');
  renderSource();
  renderEditor();
  renderSweepFields();
  renderExamples();
}

async function start() {
  wire();
  try {
    await startPage({
      page: 'scenarios',
      load: async (language) => {
        state.schema = await loadSchema(language);
      },
      onSwitch: () => {
        renderAll();
        return refreshAll();
      },
    });
    examples = (await call('/api/examples')).examples;
    const handed = takeOver();
    state.variants = [newVariant(1)];
    if (handed) {
      state.baseline = handed;
      state.source = 'intake';
    } else if (examples.length) {
      state.baseline = await call('/api/examples/' + encodeURIComponent(examples[0].name));
      state.source = 'example';
    }
  } catch (error) {
    showProblems(error);
    return;
  }
  renderAll();
  if (state.baseline) {
    await refreshAll();
  } else {
    $('sc-load').open = true;
  }
  document.body.dataset.ready = 'true';
}

start();
