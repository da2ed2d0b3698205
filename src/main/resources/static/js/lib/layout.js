/*
 * One header bar, navigation and language switch for every page.
 *
 * A page's HTML has a skip link first, then an empty <header id="site-header" class="site-header"></header>, then
 * <main id="main" class="wrap">, and loads one module of its own with <script type="module">. That module calls
 *
 *   const lang = await startPage({page: 'scenarios', load: (lang) => ..., onSwitch: async (lang) => ...});
 *
 * startPage picks the language (see i18n.js), loads the texts (and, in parallel, whatever `load` fetches per
 * language), draws the header, fills every data-text element and resolves to the language; a click on the language
 * switch repeats all of that and then awaits onSwitch(lang), in which the page re-renders what it built itself.
 * A new page adds itself to PAGES (a label `page.nav.<id>` in messages*.properties); `page` marks it as current.
 */
import {el} from './dom.js';
import {LANGUAGES, applyTexts, initialLang, lang, loadTexts, setLang, t} from './i18n.js';
import {accountArea, hasRole, loadAccount} from './account.js';

/** The pages in the navigation, in order; id = the page argument of startPage; role: shown only to users with it. */
export const PAGES = [
  {id: 'intake', href: '/'},
  {id: 'scenarios', href: '/scenarios'},
  {id: 'knowledge-base', href: '/knowledge-base'},
  {id: 'users', href: '/users', role: 'ADMIN'},
];

function navigation(page) {
  return el('nav', {class: 'site-nav no-print', 'aria-label': t('page.nav.label')},
    el('ul', {class: 'site-nav__list'}, PAGES.filter((p) => !p.role || hasRole(p.role)).map((p) => el('li', {},
      el('a', {href: p.href + '?lang=' + lang(), class: 'site-nav__link', 'aria-current': p.id === page ? 'page' : null},
        t('page.nav.' + p.id))))));
}

/** Two toggle buttons (aria-pressed); keyboard: Tab to them, Enter or Space to switch. */
function languageSwitch(onChoose) {
  const group = el('div', {role: 'group', 'aria-label': t('page.language'), class: 'lang-switch__group'});
  LANGUAGES.forEach(({code, name}) => {
    const button = el('button', {type: 'button', class: 'lang-switch__button', lang: code, 'data-lang': code,
      'aria-pressed': String(code === lang())}, name);
    button.addEventListener('click', () => {
      if (code !== lang()) {
        onChoose(code);
      }
    });
    group.appendChild(button);
  });
  return el('div', {class: 'lang-switch no-print', id: 'lang-switch'}, group);
}

function renderHeader(page, onChoose) {
  const header = document.getElementById('site-header');
  header.replaceChildren(el('div', {class: 'wrap site-header__inner'},
    el('p', {class: 'site-title'}, el('a', {href: '/?lang=' + lang()}, t('page.brand'))),
    navigation(page),
    accountArea(),
    languageSwitch(onChoose)));
}

/** Starts a page (see the comment at the top); rejects when the texts cannot be loaded. */
export async function startPage({page, load, onSwitch}) {
  let busy = false;
  const show = async (language) => {
    await Promise.all([loadTexts(language), load ? load(language) : null, loadAccount()]);
    renderHeader(page, choose);
    applyTexts(document);
  };
  async function choose(language) {
    if (busy) {
      return;
    }
    busy = true;
    try {
      setLang(language);
      await show(language);
      if (onSwitch) {
        await onSwitch(language);
      }
    } finally {
      busy = false;
    }
  }
  const language = setLang(initialLang());
  await show(language);
  return language;
}
