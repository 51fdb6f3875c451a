import { api } from '../api.js';
import { h, mount, plural } from '../dom.js';
import { gradeBadge, historyHref, planLink, statusBadge } from '../ui.js';

/**
 * Wraps the words the API located ([start, end) offsets, whole words in any inflection) in
 * <mark>, as text nodes only.
 */
function highlight(text, matches) {
  const out = [];
  let i = 0;
  for (const [start, end] of matches) {
    if (start < i) continue;
    out.push(text.slice(i, start), h('mark', {}, text.slice(start, end)));
    i = end;
  }
  out.push(text.slice(i));
  return out;
}

/** The clause's topics, the ones the query named marked. */
function topicList(topics, named) {
  return topics.flatMap((t, i) => [i > 0 ? ', ' : '', named.includes(t) ? h('mark', {}, t) : t]);
}

async function planResults(plan, q) {
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
        h('p', {}, highlight(r.text, r.matches)),
        r.topics.length
          ? h('p', { class: 'muted small' }, 'Topics: ', topicList(r.topics, r.matchedTopics))
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
  const plans = plan ? [plan] : (await api.plans()).map((p) => p.slug);
  const all = await Promise.all(plans.map((p) => planResults(p, q)));
  const total = all.reduce((n, r) => n + r.found.total, 0);
  const ignored = all[0] ? all[0].found.terms.ignored : [];
  mount(
    `Search: ${q}`,
    h('h1', {}, `Search: “${q}”`),
    h(
      'p',
      { role: 'status' },
      total === 0
        ? `No matches: no clause contains all of “${q}” (whole words, in any inflection).`
        : `${plural(total, 'clause')} found, best first`,
    ),
    ignored.length
      ? h('p', { class: 'muted small' }, `Not searched for (too common): ${ignored.join(', ')}`)
      : null,
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
