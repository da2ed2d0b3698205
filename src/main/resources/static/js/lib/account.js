/*
 * Who is signed in (GET /api/account: {username, roles}; username null for a visitor), and the header's part for
 * it: "Sign in", or the name and "Sign out".
 */
import {el} from './dom.js';
import {lang, t} from './i18n.js';
import {csrfToken} from './csrf.js';

const NOBODY = {username: null, roles: []};
let current = NOBODY;

export async function loadAccount() {
  try {
    const response = await fetch('/api/account', {headers: {Accept: 'application/json'}});
    current = response.ok ? await response.json() : NOBODY;
  } catch (e) {
    current = NOBODY;
  }
  return current;
}

export function account() {
  return current;
}

export function hasRole(role) {
  return (current.roles || []).includes(role);
}

/** "Sign in" for a visitor; for a signed-in user the name and "Sign out", a POST to /logout with the CSRF token. */
export function accountArea() {
  if (!current.username) {
    return el('div', {class: 'site-account no-print'},
      el('a', {class: 'site-nav__link', id: 'sign-in', href: '/login?lang=' + lang()}, t('account.signIn')));
  }
  const token = el('input', {type: 'hidden', name: '_csrf'});
  const form = el('form', {method: 'post', action: '/logout', class: 'site-account no-print'},
    el('span', {class: 'site-account__name', id: 'signed-in-as'}, t('account.signedInAs', current.username)),
    token,
    el('button', {type: 'submit', class: 'site-account__out', id: 'sign-out'}, t('account.signOut')));
  form.addEventListener('submit', () => {
    token.value = csrfToken();
  });
  return form;
}
