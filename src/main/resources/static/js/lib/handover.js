/*
 * The profile one page hands to the next in the same tab (the intake form's "What-if analysis" link to the
 * scenarios page), through sessionStorage: it stays on this computer and goes when the tab is closed.
 */

const PROFILE_KEY = 'cxadvisor.profile';

export function handOver(profile) {
  try {
    sessionStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch (e) {
    /* storage blocked or full: the next page starts from an example */
  }
}

/** The profile handed over, or null when there is none (or it is not JSON). */
export function takeOver() {
  try {
    const stored = sessionStorage.getItem(PROFILE_KEY);
    return stored ? JSON.parse(stored) : null;
  } catch (e) {
    return null;
  }
}
