/*
 * DOM helpers shared by every page: a small element builder (HTML and SVG), lookup by id, downloads.
 * Attributes are set with setAttribute, never `style=`: the pages run under a strict Content-Security-Policy.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'g', 'rect', 'line', 'text', 'circle', 'title', 'desc', 'path', 'tspan']);

export const $ = (id) => document.getElementById(id);

/**
 * el(tag, attrs, ...children): attrs `text` sets textContent, `dataset` an object of data-*; a non-string value
 * whose name is a DOM property (checked, required, disabled...) is set as the property; null/undefined/false skip.
 */
export function el(tag, attrs, ...children) {
  const isSvg = SVG_TAGS.has(tag);
  const node = isSvg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) {
      return;
    }
    if (k === 'text') {
      node.textContent = v;
    } else if (k === 'dataset') {
      Object.assign(node.dataset, v);
    } else if (k === 'style') {
      throw new Error('no style attributes under the Content-Security-Policy; use a class');
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

/** A value quoted for an attribute selector. */
export function cssEscape(value) {
  return CSS.escape(String(value));
}

export function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', {href: url, download: filename, hidden: true});
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadJson(filename, data) {
  downloadBlob(filename, new Blob([JSON.stringify(data, null, 2) + '\n'], {type: 'application/json'}));
}

/** A file name part from a company name: "Fietsenmaker Van Dam" -> "fietsenmaker-van-dam". */
export function slug(text, fallback) {
  return String(text || '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, 40) || fallback;
}
