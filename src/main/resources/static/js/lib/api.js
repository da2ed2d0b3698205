/*
 * The API client of every page: JSON in, JSON or problem+json (RFC 9457) out, the page's language as ?lang=.
 */

import {csrfToken} from './csrf.js';

const ACCEPT = 'application/json, application/problem+json';

/**
 * Headers of every request: X-Requested-With tells the server that a page's script asks, so that a 401 does not pop
 * up the browser's password dialog. A request that changes something also proves that it comes from this page, not
 * a forged one, by echoing the XSRF-TOKEN cookie as X-XSRF-TOKEN (needed once signed in; harmless before).
 */
function headers(accept, sending) {
  const all = {Accept: accept, 'X-Requested-With': 'XMLHttpRequest'};
  if (sending) {
    all['Content-Type'] = 'application/json';
    const token = csrfToken();
    if (token) {
      all['X-XSRF-TOKEN'] = token;
    }
  }
  return all;
}

/** A refusal or failure of the server, with its problem details (title, detail, errors: [{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.title ? problem.title : 'HTTP ' + status);
    this.status = status;
    this.problem = problem && typeof problem === 'object' ? problem : null;
  }
}

/** -> {ok, status, data, response}; a JSON or problem+json body comes back parsed as data. */
export async function request(url, options) {
  const response = await fetch(url, Object.assign({headers: headers(ACCEPT, false)}, options));
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
  }
  return {ok: response.ok, status: response.status, data, response};
}

export function getJson(url) {
  return request(url, {method: 'GET'});
}

export function postJson(url, body) {
  return request(url, {method: 'POST', headers: headers(ACCEPT, true), body: JSON.stringify(body)});
}

export function deleteJson(url) {
  return request(url, {method: 'DELETE', headers: headers(ACCEPT, true)});
}

/** The url with ?lang= (or &lang=) of the given language. */
export function withLang(url, language) {
  return url + (url.includes('?') ? '&' : '?') + 'lang=' + encodeURIComponent(language);
}

/** GET (no body) or POST (body) that resolves to the answer's JSON, or rejects with an ApiError. */
export async function call(url, body) {
  const result = body === undefined ? await getJson(url) : await postJson(url, body);
  if (!result.ok) {
    throw new ApiError(result.status, result.data);
  }
  return result.data;
}

/** POSTs a body and resolves to {blob, filename} from Content-Disposition; rejects with an ApiError. */
export async function postForFile(url, body, fallbackName) {
  const response = await fetch(url, {method: 'POST', headers: headers('*/*', true), body: JSON.stringify(body)});
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    throw new ApiError(response.status, type.includes('json') ? await response.json() : null);
  }
  const match = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '');
  return {blob: await response.blob(), filename: match ? match[1] : fallbackName};
}
