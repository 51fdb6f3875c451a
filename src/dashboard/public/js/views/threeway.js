import { api } from '../api.js';
import { h, mount, select } from '../dom.js';
import { gist } from '../gist.js';
import { navigate } from '../router.js';
import { historyHref, planLink, reportedBadge, versionName } from '../ui.js';
import { inlineRedline } from './redline.js';

// Conflicts first: they are what a merge of the two descendants has to settle.
const OUTCOMES = [
  ['conflict', 'Conflicts: both changed it, differently'],
  ['a-only', 'Changed in A only'],
  ['b-only', 'Changed in B only'],
  ['both-same', 'Changed the same way in both'],
  ['unchanged', 'Unchanged in both'],
  ['unknown', 'Unknown: a press report does not say'],
  ['not-in-base', 'Not in the base'],
];

/** The engine's redline from the base clause to a descendant, when the comparison has one. */
function redlineFor(changes, baseLabels, cell) {
  if (!cell || !baseLabels.length) return null;
  const ch = changes.find(
    (c) => c.from.some((l) => baseLabels.includes(l)) && c.to.some((l) => cell.labels.includes(l)),
  );
  return ch && ch.diff && ch.kind !== 'unchanged' ? ch : null;
}

function side(plan, name, cell, relation, change) {
  const present = cell && cell.status !== 'absent' && cell.status !== 'unknown';
  return h(
    'div',
    { class: 'tw-side' },
    h(
      'h4',
      {},
      name,
      present && cell.labels.length
        ? [
            ' ',
            h(
              'a',
              { href: historyHref(plan, cell.version, cell.labels[0]) },
              `§${cell.labels.join(', §')}`,
            ),
          ]
        : null,
      relation ? h('span', { class: 'muted small' }, ` · ${relation}`) : null,
      present && cell.status === 'reported' ? [' ', reportedBadge()] : null,
    ),
    !present
      ? h(
          'p',
          { class: 'muted' },
          cell?.status === 'unknown' ? 'Not reported.' : 'Not in this version.',
        )
      : change
        ? inlineRedline(change.diff)
        : cell.texts.map((t) => h('p', {}, t)),
  );
}

export async function renderThreeWay(plan, query) {
  const versions = await api.versions(plan);
  const slugs = versions.map((v) => v.slug);
  const pick = (key, fallback) => (slugs.includes(query.get(key)) ? query.get(key) : fallback);
  const base = pick('base', slugs.includes('v28') ? 'v28' : slugs[0]);
  const a = pick('a', slugs.includes('veu') ? 'veu' : (slugs[1] ?? slugs[0]));
  const b = pick('b', slugs.includes('v20') ? 'v20' : (slugs[2] ?? slugs[0]));
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const [tw, { lineage }, ca, cb] = await Promise.all([
    api.threeWay(plan, base, a, b),
    api.lineage(plan),
    api.compare(plan, base, a),
    api.compare(plan, base, b),
  ]);
  const families = new Map(lineage.families.map((f) => [f.id, f]));
  const cellOf = (f, v) => f?.cells.find((c) => c.version === v);
  const href = (next) =>
    planLink(plan, `/three-way?${new URLSearchParams({ base, a, b, ...next })}`);
  const options = versions.map((v) => [v.slug, `${versionName(v)} (${v.date})`]);
  const nameOf = (s) => versionName(byslug.get(s));
  const sections = OUTCOMES.map(([outcome, title]) => {
    const rows = tw.families.filter((f) => f.outcome === outcome);
    if (!rows.length) return null;
    const cards = rows.map((row) => {
      const f = families.get(row.family);
      const bc = cellOf(f, base);
      const baseLabels = bc && bc.status !== 'absent' && bc.status !== 'unknown' ? bc.labels : [];
      const [ac, bcell] = [cellOf(f, a), cellOf(f, b)];
      return h(
        'li',
        { class: `card tw-row tw-${outcome}`, 'data-family': row.family },
        h(
          'h3',
          {},
          f ? gist(f, 80) : row.family,
          ' ',
          h('span', { class: 'muted small family' }, row.family),
        ),
        h(
          'div',
          { class: 'tw-grid' },
          side(plan, `Base ${nameOf(base)}`, bc, null, null),
          side(plan, `A ${nameOf(a)}`, ac, row.a, redlineFor(ca.changes, baseLabels, ac)),
          side(plan, `B ${nameOf(b)}`, bcell, row.b, redlineFor(cb.changes, baseLabels, bcell)),
        ),
      );
    });
    const open = outcome === 'conflict' || outcome === 'a-only' || outcome === 'b-only';
    return h(
      'details',
      { class: 'tw-section', id: `tw-${outcome}`, open },
      h('summary', {}, h('h2', {}, `${title} (${rows.length})`)),
      h('ol', { class: 'cards' }, cards),
    );
  });
  const counts = OUTCOMES.map(([o]) => [
    o,
    tw.families.filter((f) => f.outcome === o).length,
  ]).filter(([, n]) => n);
  mount(
    `Three-way ${nameOf(base)} → ${nameOf(a)} / ${nameOf(b)}`,
    h('h1', {}, `Three-way: ${nameOf(base)} → ${nameOf(a)} and ${nameOf(b)}`),
    h(
      'form',
      {
        class: 'controls',
        onsubmit: (e) => e.preventDefault(),
        'aria-label': 'Choose three versions',
      },
      select('tw-base', 'Base', options, base, (v) =>
        navigate(href({ base: v }), { focus: false }),
      ),
      select('tw-a', 'Descendant A', options, a, (v) => navigate(href({ a: v }), { focus: false })),
      select('tw-b', 'Descendant B', options, b, (v) => navigate(href({ b: v }), { focus: false })),
    ),
    h(
      'p',
      { id: 'tw-summary' },
      `${tw.families.length} clause ${tw.families.length === 1 ? 'family' : 'families'}: `,
      counts.map(([o, n], i) => [i ? ', ' : '', `${n} ${o}`]),
      '. Each descendant’s text is shown as a redline against the base.',
    ),
    sections,
  );
}
