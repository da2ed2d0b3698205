/*
 * Language and texts for every page. The language is ?lang=, else the remembered choice (localStorage
 * "cxadvisor.lang"), else the browser's, else English. Texts are the raw patterns of messages*.properties from the one
 * texts endpoint, GET /api/texts?lang=, so that pages, API and command line use the same words.
 */
import {getJson} from './api.js';

const LANG_KEY = 'cxadvisor.lang';
export const LANGUAGES = [{code: 'en', name: 'English'}, {code: 'nl', name: 'Nederlands'}];
let texts = {};
let current = 'en';

function supported(lang) {
  return LANGUAGES.some((l) => l.code === lang) ? lang : null;
}

/** The language the page starts in. */
export function initialLang() {
  const fromUrl = supported(new URLSearchParams(window.location.search).get('lang'));
  if (fromUrl) {
    return fromUrl;
  }
  try {
    const stored = supported(window.localStorage.getItem(LANG_KEY));
    if (stored) {
      return stored;
    }
  } catch (e) {
    /* storage blocked: fall back to the browser's language */
  }
  return supported((navigator.language || 'en').slice(0, 2).toLowerCase()) || 'en';
}

export function lang() {
  return current;
}

/** Remembers the language (localStorage and ?lang= in the address bar, so that a shared link keeps it). */
export function setLang(value) {
  current = supported(value) || 'en';
  try {
    window.localStorage.setItem(LANG_KEY, current);
  } catch (e) {
    /* private mode: the ?lang= parameter still carries the choice */
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', current);
  window.history.replaceState(window.history.state, '', url);
  document.documentElement.lang = current;
  return current;
}

export async function loadTexts(language) {
  const result = await getJson('/api/texts?lang=' + encodeURIComponent(language));
  if (!result.ok) {
    throw new Error('texts ' + result.status);
  }
  texts = result.data;
  return texts;
}

/** {0}, {1} filled in as java.text.MessageFormat does, '' read as one quote. */
export function format(pattern, args) {
  return String(pattern).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])))
    .replace(/''/g, '\'');
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(texts, key);
}

/** A text with its arguments; the key itself when the texts do not have it. */
export function t(key, ...args) {
  return format(has(key) ? texts[key] : key, args);
}

/** The text of a key if there is one, else the fallback (an unknown enum name, for example). */
export function tOr(key, fallback) {
  return has(key) ? t(key) : fallback;
}

/** Fills data-text (textContent), data-text-placeholder, data-text-aria-label and data-text-title. */
export function applyTexts(root) {
  const scope = root || document;
  scope.querySelectorAll('[data-text]').forEach((node) => {
    node.textContent = t(node.dataset.text);
  });
  [['textPlaceholder', 'placeholder'], ['textAriaLabel', 'aria-label'], ['textTitle', 'title']].forEach(([data, attr]) => {
    scope.querySelectorAll('[data-' + data.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) + ']').forEach((node) => {
      node.setAttribute(attr, t(node.dataset[data]));
    });
  });
}
