/*
 * The knowledge-base page (/knowledge-base, read-only): the last reload with its errors at file:line
 * (GET /api/knowledge-base), what each reload changed for the example profiles, the rule tests' last result and the
 * K-point coverage (GET /api/knowledge-base/review), the saved-assessment impact with its progress
 * (GET /api/knowledge-base/impact, consultants), and every topic's rules with their metadata (GET /api/rules).
 * Nothing here writes: rules are edited in the rules folder. The page refreshes itself while the service reloads.
 */
import {$} from '../lib/dom.js';
import {getJson, withLang} from '../lib/api.js';
import {lang} from '../lib/i18n.js';
import {startPage} from '../lib/layout.js';
import {renderCoverage, renderTests, renderTopics} from './rules.js';
import {renderExamples, renderImpact, renderReload} from './changes.js';

/** How often the page asks whether the knowledge base, the tests or the impact moved on. */
const REFRESH_MS = 2000;
let data = {kb: null, review: null, rules: [], impact: null};

function status(text, kind) {
  const box = $('kb-status');
  box.className = 'notice' + (kind ? ' notice--' + kind : '');
  box.textContent = text || '';
}

async function json(url) {
  const result = await getJson(withLang(url, lang()));
  if (!result.ok) {
    throw new Error(url + ': HTTP ' + result.status);
  }
  return result.data;
}

/** The impact answer as it is: 401/403 (not a consultant) and 404 (nothing measured yet) are shown, not thrown. */
async function impact() {
  const result = await getJson(withLang('/api/knowledge-base/impact', lang()));
  return {status: result.status, data: result.ok ? result.data : null};
}

async function load() {
  const [kb, review, rules, measured] = await Promise.all([json('/api/knowledge-base'),
    json('/api/knowledge-base/review'), json('/api/rules'), impact()]);
  data = {kb, review, rules, impact: measured};
}

function render() {
  renderReload($('kb-reload-body'), data.kb);
  renderExamples($('kb-examples-body'), data.review);
  renderImpact($('kb-impact-body'), data.impact);
  renderTests($('kb-tests-body'), data.review);
  renderCoverage($('kb-coverage-body'), data.review);
  renderTopics($('kb-topics-body'), data.rules);
}

/** What the page shows, as one string: a refresh that changes nothing leaves the page (and its scroll) alone. */
function fingerprint() {
  return JSON.stringify(data);
}

async function refresh() {
  const before = fingerprint();
  try {
    await load();
    status('');
  } catch (error) {
    status(error.message, 'error');
  }
  if (fingerprint() !== before) {
    render();
  }
}

startPage({page: 'knowledge-base', load: () => load(), onSwitch: async () => render()}).then(() => {
  render();
  document.body.dataset.ready = 'true';
  window.setInterval(refresh, REFRESH_MS);
}).catch((error) => status(error.message, 'error'));
