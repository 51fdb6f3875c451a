// DOM building without innerHTML: every string from the API lands in a text node, so a hostile
// clause text or quote can never become markup.

/**
 * h('a', { href, class: 'x', onclick }, 'text', child) → element. Attributes starting with "on"
 * become listeners; `false`/null/undefined attributes and children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the main area's content and moves focus there, as a page load would. */
export function mount(title, ...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  document.title = title ? `${title} · plandiff` : 'plandiff';
  return main;
}

export const pct = (x) => `${Math.round(x * 100)}%`;

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A labelled <select>; `onchange` gets the new value. */
export function select(id, label, options, value, onchange) {
  const sel = h(
    'select',
    { id, name: id, onchange: (e) => onchange(e.target.value) },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}
