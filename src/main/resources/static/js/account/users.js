/*
 * The user page (/users, role ADMIN): who has an account (GET /api/users), add one (POST /api/users; a refusal's
 * errors appear next to the fields they name) and remove one (DELETE /api/users/{name}; nobody removes themselves).
 */
import {$, el} from '../lib/dom.js';
import {lang, t} from '../lib/i18n.js';
import {deleteJson, postJson, request, withLang} from '../lib/api.js';
import {startPage} from '../lib/layout.js';
import {clearProblems, showProblems} from '../lib/problems.js';
import {account} from '../lib/account.js';

let users = [];

function status(text, kind) {
  const box = $('users-status');
  box.className = 'notice' + (kind ? ' notice--' + kind : '');
  box.textContent = text || '';
}

function renderUsers() {
  $('users-rows').replaceChildren(...users.map((user) => {
    const self = user.username === account().username;
    const remove = self ? el('span', {class: 'note'}, t('users.page.you'))
      : el('button', {type: 'button', class: 'button button--secondary', 'data-remove': user.username},
        t('users.page.remove', user.username));
    if (!self) {
      remove.addEventListener('click', () => removeUser(user.username));
    }
    return el('tr', {'data-username': user.username},
      el('td', {}, user.username),
      el('td', {}, user.roles.map((role) => t('users.role.' + role)).join(', ')),
      el('td', {}, remove));
  }));
}

async function loadUsers() {
  const result = await request(withLang('/api/users', lang()), {method: 'GET'});
  if (!result.ok) {
    throw new Error(result.data && result.data.detail ? result.data.detail : 'HTTP ' + result.status);
  }
  users = result.data.items;
}

async function removeUser(username) {
  if (!window.confirm(t('users.page.confirmRemove', username))) {
    return;
  }
  const result = await deleteJson(withLang('/api/users/' + encodeURIComponent(username), lang()));
  if (result.ok) {
    status(t('users.page.removed', username), 'success');
  } else {
    status(result.data && result.data.detail ? result.data.detail : t('users.page.failed', result.status), 'error');
  }
  await loadUsers();
  renderUsers();
}

async function addUser(event) {
  event.preventDefault();
  const form = $('user-form');
  const body = {
    username: form.elements.username.value.trim(),
    password: form.elements.password.value,
    roles: Array.from(form.querySelectorAll('input[name="roles"]:checked')).map((box) => box.value),
  };
  const result = await postJson(withLang('/api/users', lang()), body);
  if (!result.ok) {
    const errors = result.data && result.data.errors ? result.data.errors : [{field: '', message: 'HTTP ' + result.status}];
    showProblems(form, $('user-errors'), errors, {title: result.data ? result.data.title : t('users.page.failed', result.status),
      labelOf: (field) => t('users.page.' + field)});
    return;
  }
  clearProblems(form, $('user-errors'));
  form.reset();
  status(t('users.page.added', result.data.username), 'success');
  await loadUsers();
  renderUsers();
}

$('user-form').addEventListener('submit', addUser);

startPage({page: 'users', load: () => loadUsers(), onSwitch: async () => renderUsers()}).then(() => {
  renderUsers();
  document.body.dataset.ready = 'true';
}).catch((error) => status(error.message, 'error'));
