/*
 * CX Advisor: helpers shared by the browser pages (intake form at /, what-if page at /scenarios).
 * Plain modern JavaScript, no build step. Everything hangs off window.CX.
 *
 *   CX.lang()                      current language: ?lang=, else localStorage "cxadvisor.lang", else browser, else "en"
 *   CX.setLang(lang)               remember the language (localStorage + ?lang= in the address bar)
 *   CX.loadTexts(lang)             fetch every label of messages*.properties (GET /api/texts?lang=) into CX.t
 *   CX.t(key, ...args)             a label with {0}, {1} filled in; the key itself when missing
 *   CX.applyTexts(root)            fill every element with data-text="key" (and data-text-aria-label etc.)
 *   CX.langSwitch(container, cb)   render the EN / NL switch; cb(lang) after the texts of the new language are loaded
 *   CX.getJson(url), CX.postJson(url, body)  -> {ok, status, data}; problem+json bodies come back as data
 *   CX.el(tag, attrs, ...children) small DOM builder
 *   CX.showProblems(form, summary, errors, opts)  mark fields named by problem-details errors [{field, message}]
 *   CX.clearProblems(form, summary)
 *   CX.downloadJson(filename, data)
 */
(function () {
  'use strict';

  const LANG_KEY = 'cxadvisor.lang';
  const SUPPORTED = ['en', 'nl'];
  let texts = {};

  function supported(lang) {
    return SUPPORTED.includes(lang) ? lang : null;
  }

  function lang() {
    const fromUrl = supported(new URLSearchParams(window.location.search).get('lang'));
    if (fromUrl) {
      return fromUrl;
    }
    let stored = null;
    try {
      stored = supported(window.localStorage.getItem(LANG_KEY));
    } catch (e) {
      stored = null;
    }
    if (stored) {
      return stored;
    }
    const browser = (navigator.language || 'en').slice(0, 2).toLowerCase();
    return supported(browser) || 'en';
  }

  function setLang(value) {
    const l = supported(value) || 'en';
    try {
      window.localStorage.setItem(LANG_KEY, l);
    } catch (e) {
      /* private mode: the ?lang= parameter still carries the choice */
    }
    const url = new URL(window.location.href);
    url.searchParams.set('lang', l);
    window.history.replaceState(window.history.state, '', url);
    document.documentElement.lang = l;
    return l;
  }

  function format(pattern, args) {
    return String(pattern).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  function t(key, ...args) {
    const pattern = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return format(pattern, args);
  }

  function has(key) {
    return Object.prototype.hasOwnProperty.call(texts, key);
  }

  async function loadTexts(l) {
    const result = await getJson('/api/texts?lang=' + encodeURIComponent(l));
    if (!result.ok) {
      throw new Error('texts ' + result.status);
    }
    texts = result.data;
    document.documentElement.lang = l;
    return texts;
  }

  /** Fills data-text (textContent), data-text-placeholder, data-text-aria-label and data-text-title. */
  function applyTexts(root) {
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

  /** A group of two toggle buttons (aria-pressed); keyboard: Tab to it, Enter or Space to switch. */
  function langSwitch(container, onChange) {
    container.replaceChildren();
    const group = el('div', {role: 'group', 'aria-label': t('intake.language'), class: 'lang-switch__group'});
    const current = lang();
    SUPPORTED.forEach((l) => {
      const button = el('button', {
        type: 'button', class: 'lang-switch__button', lang: l, 'data-lang': l,
        'aria-pressed': String(l === current),
      }, l === 'en' ? 'English' : 'Nederlands');
      button.addEventListener('click', async () => {
        if (button.getAttribute('aria-pressed') === 'true') {
          return;
        }
        setLang(l);
        container.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === l)));
        await loadTexts(l);
        group.setAttribute('aria-label', t('intake.language'));
        if (onChange) {
          await onChange(l);
        }
      });
      group.appendChild(button);
    });
    container.appendChild(group);
  }

  async function request(url, options) {
    const response = await fetch(url, Object.assign({headers: {Accept: 'application/json, application/problem+json'}}, options));
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
      try {
        data = await response.json();
      } catch (e) {
        data = null;
      }
    } else {
      data = await response.text();
    }
    return {ok: response.ok, status: response.status, data};
  }

  function getJson(url) {
    return request(url, {method: 'GET'});
  }

  function postJson(url, body) {
    return request(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json, application/problem+json'},
      body: JSON.stringify(body),
    });
  }

  function el(tag, attrs, ...children) {
    const isSvg = ['svg', 'g', 'rect', 'line', 'text', 'circle', 'title', 'desc', 'path', 'tspan'].includes(tag);
    const node = isSvg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) {
        return;
      }
      if (k === 'text') {
        node.textContent = v;
      } else if (k === 'dataset') {
        Object.assign(node.dataset, v);
      } else if (!isSvg && k in node && typeof v !== 'string' && k !== 'class') {
        node[k] = v;
      } else {
        node.setAttribute(k, v === true ? '' : String(v));
      }
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) {
        return;
      }
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
  }

  /** The container of a field (element with data-field="path"); falls back to the group of a nested path. */
  function fieldContainer(form, field) {
    let path = field;
    while (path) {
      const node = form.querySelector('[data-field="' + cssEscape(path) + '"]');
      if (node) {
        return node;
      }
      path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    }
    return null;
  }

  function clearProblems(form, summary) {
    form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute('aria-invalid'));
    form.querySelectorAll('.field-error').forEach((node) => {
      const owner = node.closest('[data-field]');
      node.remove();
      if (owner) {
        owner.classList.remove('has-error');
      }
    });
    form.querySelectorAll('[data-described-error]').forEach((node) => {
      const ids = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id && id !== node.dataset.describedError);
      if (ids.length) {
        node.setAttribute('aria-describedby', ids.join(' '));
      } else {
        node.removeAttribute('aria-describedby');
      }
      delete node.dataset.describedError;
    });
    if (summary) {
      summary.hidden = true;
      summary.replaceChildren();
    }
  }

  /**
   * Shows problem-details errors ([{field, message}]) next to their fields: the field's container gets a message,
   * its controls aria-invalid="true" and aria-describedby the message. Values are never touched.
   * Errors whose field is not on the form are listed in the summary only. Returns the first invalid control.
   * opts: {title, intro, labelOf(field) -> text, focus: true}
   */
  function showProblems(form, summary, errors, opts) {
    const options = opts || {};
    clearProblems(form, summary);
    const list = el('ul', {class: 'error-summary__list'});
    let first = null;
    (errors || []).forEach((error, index) => {
      const field = error.field || '';
      const container = field ? fieldContainer(form, field) : null;
      const label = options.labelOf ? options.labelOf(field) : field;
      if (container) {
        const id = 'error-' + (container.dataset.field || 'form').replace(/[^A-Za-z0-9_-]/g, '-') + '-' + index;
        const message = el('p', {class: 'field-error', id}, error.message);
        const anchor = container.querySelector('.field-error-slot') || container;
        anchor.appendChild(message);
        container.classList.add('has-error');
        const controls = container.querySelectorAll('input, select, textarea');
        const targets = controls.length ? controls : [container];
        targets.forEach((control) => {
          control.setAttribute('aria-invalid', 'true');
          if (!control.dataset.describedError) {
            const ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
            ids.push(id);
            control.setAttribute('aria-describedby', ids.join(' '));
            control.dataset.describedError = id;
          }
        });
        if (container.matches('fieldset')) {
          container.setAttribute('aria-invalid', 'true');
        }
        const focusTarget = Array.from(controls).find((c) => !c.disabled) || container;
        if (!first) {
          first = focusTarget;
        }
        const link = el('a', {href: '#' + (focusTarget.id || '')}, label ? label + ' — ' : '', error.message);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          focusTarget.focus();
          focusTarget.scrollIntoView({block: 'center'});
        });
        list.appendChild(el('li', {}, link));
      } else {
        list.appendChild(el('li', {}, field ? field + ' — ' : '', error.message));
      }
    });
    if (summary) {
      summary.replaceChildren(...[
        el('h2', {class: 'error-summary__title'}, options.title || 'Errors'),
        options.intro ? el('p', {}, options.intro) : null,
        list].filter(Boolean));
      summary.hidden = false;
      if (options.focus !== false) {
        summary.focus();
      }
    } else if (first && options.focus !== false) {
      first.focus();
    }
    return first;
  }

  function downloadJson(filename, data) {
    const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = el('a', {href: url, download: filename, hidden: true});
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  window.CX = {
    lang, setLang, loadTexts, t, has, format, applyTexts, langSwitch, getJson, postJson, el,
    showProblems, clearProblems, downloadJson, fieldContainer,
  };
}());
