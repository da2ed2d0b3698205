/*
 * What the pages of a saved assessment share (/assessments/{id} and its history): the id in the address, and the
 * start: texts and profile schema in the page's language, then what the page fetches; a refusal (404 once deleted)
 * is shown in the page's problem box, and the page renders again after a language switch.
 */
import {$} from '../lib/dom.js';
import {lang, t} from '../lib/i18n.js';
import {startPage} from '../lib/layout.js';
import {showProblemBox} from '../lib/problems.js';
import {loadSchema} from '../lib/schema.js';

/** The assessment id of /assessments/{id}[/history]. */
export const assessmentId = decodeURIComponent(window.location.pathname.split('/')[2] || '');

export function showProblem(box, error) {
  showProblemBox(box, error, {title: t('assessment.problem'), failed: (m) => t('scenarios.page.failed', m)});
}

/**
 * page: the startPage id; problems: the problem box's id; fetch(language) -> what to show; render(data, schema) draws
 * it (again after a language switch, for which fetch runs again too).
 */
export async function startAssessmentPage({page, problems, fetch, render}) {
  let schema = null;
  let data = null;
  try {
    await startPage({
      page,
      load: async (language) => {
        schema = await loadSchema(language);
      },
      onSwitch: async (language) => {
        if (data) {
          try {
            data = await fetch(language);
            await render(data, schema);
          } catch (error) {
            showProblem($(problems), error);
          }
        }
      },
    });
    data = await fetch(lang());
  } catch (error) {
    showProblem($(problems), error);
  }
  $('status').hidden = true;
  if (data) {
    await render(data, schema);
  }
  document.body.dataset.ready = 'true';
}
