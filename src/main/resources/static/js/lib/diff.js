/*
 * A comparison of two reports in words ({added, removed, changedPriority, changedConclusions}, as the server's
 * ScenarioDiff gives it): list items for each kind of change. The server compares; pages only show it.
 */
import {el} from './dom.js';
import {t, tOr} from './i18n.js';

export function conclusionWords(type, value) {
  return value === null || value === undefined ? t('value.unknown') : tOr('conclusion.' + type + '.' + value, String(value));
}

export function diffIsEmpty(diff) {
  return !diff.added.length && !diff.removed.length && !diff.changedPriority.length && !diff.changedConclusions.length;
}

/**
 * -> {added, removed, changedPriority, changedConclusions}: arrays of <li>. titleBefore(id) and titleAfter(id) name an
 * advice as the earlier and the later report do (removed advice is only in the earlier one).
 */
export function diffItems(diff, titleBefore, titleAfter) {
  return {
    added: diff.added.map((a) => el('li', {'data-advice': a}, titleAfter(a))),
    removed: diff.removed.map((a) => el('li', {'data-advice': a}, titleBefore(a))),
    changedPriority: diff.changedPriority.map((c) => el('li', {'data-advice': c.id}, t('diff.priorityChange',
      titleAfter(c.id), tOr('priority.' + c.from, c.from), tOr('priority.' + c.to, c.to)))),
    changedConclusions: diff.changedConclusions.map((c) => el('li', {'data-conclusion': c.type},
      tOr('conclusion.' + c.type, c.type) + ': ' + conclusionWords(c.type, c.from) + ' → ' + conclusionWords(c.type, c.to))),
  };
}
