/* global Node */
/**
 * Tiny DOM helpers. Every piece of data from the API (article text, names, URLs) is untrusted:
 * it only ever reaches the page as text nodes (textContent) or as checked attribute values —
 * never as markup.
 */

/**
 * Creates an element. `attrs`: `class`, `on<event>` (a function), other attributes as strings
 * (booleans: present when true). Children: nodes, strings (as text), arrays, or null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'href') {
      const safe = safeUrl(v);
      if (safe) el.setAttribute('href', safe);
    } else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Removes every child of `el`. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** The URL if it is http(s) or a same-origin path, else null (no javascript:, data:, …). */
export function safeUrl(u) {
  if (typeof u !== 'string' || u.length === 0) return null;
  if (u.startsWith('/') && !u.startsWith('//')) return u;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Text with highlighted spans: `spans` are `{ start, end, cls, tag? }` relative to `text`;
 * overlapping or out-of-range spans are dropped (first wins). Returns a DocumentFragment.
 */
export function highlighted(text, spans) {
  const frag = document.createDocumentFragment();
  const ok = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const s of ok) {
    if (s.start < at) continue;
    if (s.start > at) frag.append(document.createTextNode(text.slice(at, s.start)));
    const el = document.createElement(s.tag ?? 'mark');
    el.className = s.cls;
    if (s.title) el.title = s.title;
    el.textContent = text.slice(s.start, s.end);
    frag.append(el);
    at = s.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}
