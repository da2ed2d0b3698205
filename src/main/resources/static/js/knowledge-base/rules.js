/*
 * The knowledge-base page's view of the rules themselves: the topics (one per file name, e.g. the .drl, .dslr or
 * decision table of a topic) with each rule's metadata, the K-point coverage, and the rule tests' last result.
 */
import {el} from '../lib/dom.js';
import {t} from '../lib/i18n.js';

const TOPIC_SUFFIX = /(\.drl\.xlsx|\.drl\.csv|\.drl|\.dslr)$/;

function table(headers, rows, className) {
  return el('table', {class: 'kb-table ' + (className || '')},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, rows));
}

/** What a rule gives: an advice id, a conclusion type or a strength to keep. */
function gives(rule) {
  if (rule.advice) {
    return t('kb.topics.advice', rule.advice);
  }
  return rule.conclusion ? t('kb.topics.conclusion', rule.conclusion) : t('kb.topics.strength', rule.strength);
}

export function renderTopics(box, rules) {
  const topics = new Map();
  rules.forEach((rule) => {
    const topic = rule.file.replace(TOPIC_SUFFIX, '');
    topics.set(topic, (topics.get(topic) || []).concat([rule]));
  });
  box.replaceChildren(el('p', {class: 'note'}, t('kb.topics.count', rules.length, topics.size)),
    ...[...topics.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([topic, own]) =>
      el('details', {class: 'kb-topic', 'data-topic': topic},
        el('summary', {}, el('strong', {}, topic), ' ', el('span', {class: 'note'}, t('kb.topics.rules', own.length))),
        table([t('kb.topics.rule'), t('kb.topics.where'), t('kb.topics.category'), t('kb.topics.gives'),
          t('kb.topics.kpoints'), t('kb.topics.sources')], own.map((rule) => el('tr', {'data-rule': rule.name},
          el('td', {}, rule.name), el('td', {}, el('code', {}, rule.file + ':' + rule.line)),
          el('td', {}, rule.category || '–'), el('td', {}, gives(rule)),
          el('td', {}, rule.kpoints.join(', ')), el('td', {}, rule.sources.join(', '))))))));
}

export function renderCoverage(box, review) {
  box.replaceChildren(table([t('kb.coverage.kpoint'), t('kb.coverage.document'), t('kb.coverage.rules')],
    review.coverage.map((k) => el('tr', {'data-kpoint': k.kpoint, class: !k.background && !k.rules.length ? 'kb-row--missing' : null},
      el('th', {scope: 'row'}, k.kpoint), el('td', {}, k.document),
      el('td', {}, k.background ? t('kb.coverage.background')
        : k.rules.length ? t('kb.coverage.carried', k.rules.length, k.rules.join('; ')) : t('kb.coverage.none'))))));
}

function failures(test) {
  if (test.passed) {
    return t('kb.tests.passed');
  }
  return el('ul', {class: 'kb-failures'}, test.failures.map((f) => el('li', {},
    el('code', {}, test.file + ':' + f.line), ' ', f.message)));
}

/** Failing tests first and in sight; the passing ones folded away under their count. */
function testTable(tests) {
  return table([t('kb.tests.test'), t('kb.tests.where'), t('kb.tests.result')], tests.map((test) =>
    el('tr', {'data-test': test.name, 'data-passed': String(test.passed)},
      el('td', {}, test.name), el('td', {}, el('code', {}, test.file + ':' + test.line)), el('td', {}, failures(test)))));
}

export function renderTests(box, review) {
  const run = review.tests;
  if (!run) {
    box.replaceChildren(el('p', {class: 'note', id: 'kb-tests-running'}, t('kb.tests.running')));
    return;
  }
  const failed = run.cases.filter((test) => !test.passed);
  const passed = run.cases.filter((test) => test.passed);
  box.replaceChildren(
    el('p', {id: 'kb-tests-summary', class: run.failed ? 'notice notice--error' : 'notice notice--success'},
      t('kb.tests.summary', run.passed, run.failed, run.version, new Date(run.at).toLocaleString())),
    run.mistakes.length ? el('ul', {class: 'kb-failures', id: 'kb-tests-mistakes'}, run.mistakes.map((m) =>
      el('li', {}, el('code', {}, m.file + ':' + m.line), ' ', m.message))) : null,
    failed.length ? testTable(failed) : null,
    passed.length ? el('details', {class: 'kb-topic', id: 'kb-tests-passed'},
      el('summary', {}, t('kb.tests.passedList', passed.length)), testTable(passed)) : null);
}
