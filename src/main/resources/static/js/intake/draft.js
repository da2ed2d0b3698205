/*
 * The draft of the answers in this tab (sessionStorage): it survives a reload and goes when the tab is closed. A
 * draft remembers which saved assessment it re-assesses, so that one assessment's answers never fill in another's.
 */

const DRAFT_KEY = 'cxadvisor.intake.draft';
const DRAFT_OF_KEY = 'cxadvisor.intake.draftOf';

/** Keeps the answers; `reassessing` is the id of the assessment they re-assess, or null. */
export function keepDraft(answers, reassessing) {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(answers));
    sessionStorage.setItem(DRAFT_OF_KEY, reassessing || '');
  } catch (e) {
    /* storage full or disabled: the form still works */
  }
}

/** The draft of the same re-assessment (or of a new assessment for null), or null. */
export function draftFor(reassessing) {
  try {
    if ((sessionStorage.getItem(DRAFT_OF_KEY) || '') !== (reassessing || '')) {
      return null;
    }
    return JSON.parse(sessionStorage.getItem(DRAFT_KEY));
  } catch (e) {
    return null;
  }
}
