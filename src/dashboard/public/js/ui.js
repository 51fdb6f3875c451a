import { auth, headers } from './api.js';
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

/**
 * A download link to an API export; the browser saves it. Signed in, the link cannot carry the
 * token, so the file is fetched with it and handed over as a blob instead.
 */
export function exportLink(href, text, filename) {
  const onclick = async (e) => {
    if (!auth.token()) return;
    e.preventDefault();
    const res = await fetch(href, { headers: headers('*/*') });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: filename || href.split('/').pop().split('?')[0] });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return h('a', { class: 'button', href, download: filename || true, onclick }, text);
}

/** "grade B", or "ungraded" while a position or clause has none. */
export function gradeText(grade) {
  return grade ? `grade ${grade}` : 'ungraded';
}

export function kindLegend(kinds) {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Colour legend' },
    kinds.map((k) => h('li', {}, kindChip(k))),
  );
}
