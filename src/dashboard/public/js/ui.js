import { h } from './dom.js';

/** Reported facts must never pass for published text: every one carries this badge. */
export function basisBadge(basis) {
  const text = { text: 'published text', reported: 'reported', mixed: 'text + reported' }[basis];
  return h('span', { class: `badge basis-${basis}` }, text || basis);
}

export function reportedBadge() {
  return h(
    'span',
    { class: 'badge reported', title: 'Reported by the press, not a published text' },
    'reported',
  );
}

export function gradeBadge(grade, note) {
  if (!grade) return null;
  return h(
    'span',
    { class: 'badge grade', title: note || `Evidence grade ${grade}` },
    `grade ${grade}`,
  );
}

export function statusBadge(status) {
  if (status === 'reported') return reportedBadge();
  if (status === 'placeholder') return h('span', { class: 'badge placeholder' }, 'placeholder');
  return null;
}

export function kindChip(kind) {
  return h('span', { class: `chip kind-${kind}` }, kind);
}

export const versionName = (v) => v.label || v.slug;

export function planLink(plan, rest = '') {
  return `/plans/${encodeURIComponent(plan)}${rest}`;
}

export function historyHref(plan, version, label) {
  return planLink(plan, `/history/${encodeURIComponent(version)}/${encodeURIComponent(label)}`);
}

export function errorBox(err) {
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', {}, err.status ? `Error ${err.status}: ` : 'Error: '),
    err.message || String(err),
  );
}

/** A download link to an API export; the browser saves it (no script involved). */
export function exportLink(href, text, filename) {
  return h('a', { class: 'button', href, download: filename || true }, text);
}

export function kindLegend(kinds) {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Colour legend' },
    kinds.map((k) => h('li', {}, kindChip(k))),
  );
}
