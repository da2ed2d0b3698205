/*
 * The login page (/login). The form posts to Spring Security's /login with the CSRF token copied from the XSRF-TOKEN
 * cookie; the server sends the browser back here with ?error, ?logout, ?denied (signed in, but without the role a
 * page needs) or ?expired (the form's token was no longer valid), and this page says which in the chosen language.
 */
import {$} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {startPage} from '../lib/layout.js';
import {csrfToken} from '../lib/csrf.js';

const MESSAGES = {
  error: ['login.error', 'notice--error'],
  expired: ['login.expired', 'notice--warning'],
  denied: ['login.denied', 'notice--warning'],
  logout: ['login.loggedOut', 'notice--success'],
};

function showMessage() {
  const params = new URLSearchParams(window.location.search);
  const reason = Object.keys(MESSAGES).find((key) => params.has(key));
  const box = $('login-message');
  box.className = 'notice' + (reason ? ' ' + MESSAGES[reason][1] : '');
  box.textContent = reason ? t(MESSAGES[reason][0]) : '';
}

$('login-form').addEventListener('submit', () => {
  $('login-csrf').value = csrfToken();
});

startPage({page: 'login', onSwitch: async () => showMessage()}).then(() => {
  showMessage();
  document.body.dataset.ready = 'true';
});
