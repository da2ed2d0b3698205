/*
 * Problem display for every page: the errors of an RFC 9457 problem ([{field, message}]) next to the form fields they
 * name (with an error summary of links), or in a box of their own.
 */
import {el, cssEscape} from './dom.js';

/** The container of a field (element with data-field="path"); falls back to the group of a nested path. */
export function fieldContainer(form, field) {
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

export function clearProblems(form, summary) {
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

/** Puts one error message into a field's container and points its controls at it; returns the control to focus. */
function markField(container, error, index) {
  const id = 'error-' + (container.dataset.field || 'form').replace(/[^A-Za-z0-9_-]/g, '-') + '-' + index;
  const anchor = container.querySelector('.field-error-slot') || container;
  anchor.appendChild(el('p', {class: 'field-error', id}, error.message));
  container.classList.add('has-error');
  const controls = container.querySelectorAll('input, select, textarea');
  (controls.length ? controls : [container]).forEach((control) => {
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
  return Array.from(controls).find((c) => !c.disabled) || container;
}

/**
 * Shows problem-details errors next to their fields: the field's container gets a message, its controls
 * aria-invalid="true" and aria-describedby the message. Values are never touched. Errors whose field is not on the
 * form are listed in the summary only. Returns the first invalid control.
 * opts: {title, intro, labelOf(field) -> text, focus: true}
 */
export function showProblems(form, summary, errors, opts) {
  const options = opts || {};
  clearProblems(form, summary);
  const list = el('ul', {class: 'error-summary__list'});
  let first = null;
  (errors || []).forEach((error, index) => {
    const field = error.field || '';
    const container = field ? fieldContainer(form, field) : null;
    if (!container) {
      list.appendChild(el('li', {}, field ? field + ' — ' : '', error.message));
      return;
    }
    const target = markField(container, error, index);
    first = first || target;
    const label = options.labelOf ? options.labelOf(field) : field;
    const link = el('a', {href: '#' + (target.id || '')}, label ? label + ' — ' : '', error.message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({block: 'center'});
    });
    list.appendChild(el('li', {}, link));
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

/**
 * Shows an error in a box of its own: an ApiError's problem (title, then its errors as "field message", or its
 * detail), or any other error as texts.failed(message). Null hides the box.
 * texts: {title: heading when the problem has none, failed(message) -> text}
 */
export function showProblemBox(box, error, texts) {
  box.replaceChildren();
  if (!error) {
    box.hidden = true;
    return;
  }
  const problem = error.problem;
  box.appendChild(el('p', {class: 'problem-box__title'}, problem ? problem.title || texts.title : texts.failed(error.message)));
  if (problem && Array.isArray(problem.errors) && problem.errors.length) {
    box.appendChild(el('ul', {}, problem.errors.map((e) => el('li', {}, el('code', {}, e.field || '–'), ' ' + e.message))));
  } else if (problem && problem.detail) {
    box.appendChild(el('p', {}, problem.detail));
  }
  box.hidden = false;
}
