import { api } from '../api.js';
import { h, mount, plural } from '../dom.js';
import { gradeBadge, historyHref, planLink, statusBadge } from '../ui.js';

/** Wraps each occurrence of the query's terms in <mark>, as text nodes only. */
function highlight(text, terms) {
  const lower = text.toLowerCase();
  const out = [];
  let i = 0;
  while (i < text.length) {
    let best = null;
    for (const t of terms) {
      const at = lower.indexOf(t, i);
      if (at >= 0 && (best === null || at < best.at)) best = { at, len: t.length };
    }
    if (!best) break;
    out.push(text.slice(i, best.at), h('mark', {}, text.slice(best.at, best.at + best.len)));
    i = best.at + best.len;
  }
  out.push(text.slice(i));
  return out;
}

async function planResults(plan, q, terms) {
  const [versions, found] = await Promise.all([api.versions(plan), api.search(plan, q)]);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  return {
    plan,
    found,
    items: found.results.map((r) => {
      const v = byslug.get(r.version);
      return h(
        'li',
        { class: 'hit' },
        h(
          'p',
          {},
          h(
            'a',
            { href: historyHref(plan, r.version, r.label) },
            `${v ? v.label || v.slug : r.version} §${r.label}`,
          ),
          v ? h('span', { class: 'muted small' }, ` ${v.date}`) : null,
          ' ',
          statusBadge(r.status),
          v ? [' ', gradeBadge(v.grade, v.gradeNote)] : null,
        ),
        h('p', {}, highlight(r.text, terms)),
        r.topics.length
          ? h('p', { class: 'muted small' }, 'Topics: ', highlight(r.topics.join(', '), terms))
          : null,
      );
    }),
  };
}

export async function renderSearch(plan, query) {
  const q = (query.get('q') || '').trim();
  if (!q) {
    mount(
      'Search',
      h('h1', {}, 'Search'),
      h('p', {}, 'Type words from a clause in the search box above.'),
    );
    return;
  }
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const plans = plan ? [plan] : (await api.plans()).map((p) => p.slug);
  const all = await Promise.all(plans.map((p) => planResults(p, q, terms)));
  const total = all.reduce((n, r) => n + r.found.total, 0);
  mount(
    `Search: ${q}`,
    h('h1', {}, `Search: “${q}”`),
    h('p', { role: 'status' }, `${plural(total, 'clause')} found`),
    all.map((r) =>
      h(
        'section',
        {},
        plans.length > 1 ? h('h2', {}, h('a', { href: planLink(r.plan) }, r.plan)) : null,
        r.found.total > r.items.length
          ? h('p', { class: 'muted' }, `First ${r.items.length} shown.`)
          : null,
        h('ol', { class: 'hits' }, r.items),
      ),
    ),
  );
}
