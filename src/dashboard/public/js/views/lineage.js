import { api, exportUrls } from '../api.js';
import { h, mount, select } from '../dom.js';
import { gist } from '../gist.js';
import { navigate } from '../router.js';
import {
  basisBadge,
  exportLink,
  gradeBadge,
  historyHref,
  kindLegend,
  planLink,
  versionName,
} from '../ui.js';

const KINDS = [
  'unchanged',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'added',
  'removed',
  'deferred',
  'reported',
];

// With a baseline the engine states each cell's relation to it; colours then follow that.
const RELATIONS = ['same', 'changed', 'added', 'removed', 'reported'];

// Only a stance someone contests is marked: "no position on record" and support carry none.
export const DISPUTE_MARKS = { disputed: '!', opposed: '−', conditional: '±' };

/** The three ways a version can lack a clause, told apart in the cell and the legend. */
const MISSING = {
  absent: ['—', 'absent: not in this version’s text'],
  removed: ['✕', 'removed here'],
  unknown: ['?', 'unknown: the press report does not say'],
};

/** `rel` is the cell's relation to the chosen baseline, when there is one. */
function cell(plan, c, rel) {
  const colour = rel ? `rel-${rel}` : `kind-${c.change}`;
  if (c.status === 'absent' || c.status === 'unknown') {
    // "removed" against a baseline is news even though the version has no clause for it.
    const what =
      c.status === 'unknown'
        ? 'unknown'
        : rel === 'removed' || c.change === 'removed'
          ? 'removed'
          : 'absent';
    const [mark, words] = MISSING[what];
    return h(
      'td',
      { class: `missing ${what}`, title: words },
      h('span', { 'aria-hidden': 'true' }, mark),
      h('span', { class: 'visually-hidden' }, words),
    );
  }
  const label =
    c.status === 'placeholder' ? `${c.labels.join('+')} (placeholder)` : c.labels.join('+');
  const reported = c.status === 'reported' || c.item === 'report';
  const mark = DISPUTE_MARKS[c.dispute];
  const title = [
    rel ? `${rel} vs baseline` : `${c.change}`,
    mark ? c.dispute : null,
    reported ? 'reported' : null,
    c.texts.join(' / '),
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'td',
    {
      class: ['cell', colour, mark ? `cell-${c.dispute}` : '', reported ? 'is-reported' : '']
        .join(' ')
        .trim(),
    },
    h(
      'a',
      { href: historyHref(plan, c.version, c.labels[0]), title },
      label,
      reported ? h('span', { class: 'mini-badge', 'aria-label': 'reported' }, 'R') : null,
      mark
        ? h('span', { class: `mini-badge dispute-${c.dispute}`, 'aria-label': c.dispute }, mark)
        : null,
    ),
    h('span', { class: 'visually-hidden' }, ` ${rel ?? c.change}${mark ? `, ${c.dispute}` : ''}`),
  );
}

export async function renderLineage(plan, query) {
  const versions = await api.versions(plan);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const baseline = byslug.has(query.get('baseline')) ? query.get('baseline') : '';
  const { lineage, rows: baselineRows } = await api.lineage(plan, baseline || undefined);
  const relations = new Map(
    (baselineRows ?? []).map((r) => [
      r.family,
      new Map(r.cells.map((c) => [c.version, c.relation])),
    ]),
  );
  const options = [
    ['', 'Each family’s first version'],
    ...versions.map((v) => [v.slug, `${versionName(v)} (${v.date})`]),
  ];
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Family'),
    lineage.versions.map((slug) => {
      const v = byslug.get(slug);
      return h(
        'th',
        { scope: 'col' },
        h('a', { href: planLink(plan, `/disputes?version=${slug}`) }, v ? versionName(v) : slug),
        h('br'),
        v ? h('span', { class: 'muted small' }, v.date) : null,
        h('br'),
        v ? basisBadge(v.basis) : null,
        v && v.grade ? [h('br'), gradeBadge(v.grade, v.gradeNote)] : null,
      );
    }),
  );
  const rows = lineage.families.map((f) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h(
          'span',
          { class: 'gist', title: f.cells.find((c) => c.texts.length)?.texts[0] },
          gist(f, 48),
        ),
        h('br'),
        h('span', { class: 'family muted small' }, f.id),
        ' ',
        h('span', { class: 'muted small' }, f.topics.join(', ')),
      ),
      f.cells.map((c) => cell(plan, c, relations.get(f.id)?.get(c.version))),
    ),
  );
  // One wrapper so the whole view prints on landscape pages (workbench.css, @page wide).
  mount(
    'Lineage',
    h(
      'div',
      { class: 'print-wide' },
      h('h1', {}, 'Lineage: clause families × versions'),
      h(
        'form',
        {
          class: 'controls',
          onsubmit: (e) => e.preventDefault(),
          'aria-label': 'Choose a baseline',
        },
        select('baseline', 'Baseline', options, baseline, (v) =>
          // Another baseline is another view of the data: a history entry, so Back returns.
          navigate(planLink(plan, v ? `/lineage?baseline=${encodeURIComponent(v)}` : '/lineage'), {
            focus: false,
          }),
        ),
        exportLink(
          exportUrls.lineageCsv(plan, baseline || undefined),
          'Download CSV',
          `${plan}-lineage.csv`,
        ),
      ),
      baseline
        ? h(
            'ul',
            { class: 'legend', 'aria-label': 'Colour legend' },
            RELATIONS.map((r) => h('li', {}, h('span', { class: `chip rel-${r}` }, r))),
          )
        : kindLegend(KINDS),
      h(
        'ul',
        { class: 'legend', 'aria-label': 'Marks legend' },
        Object.values(MISSING).map(([m, words]) =>
          h('li', {}, h('span', { class: 'mark' }, m), ` ${words}`),
        ),
        h('li', {}, h('span', { class: 'mini-badge' }, 'R'), ' reported, not published text'),
        Object.entries(DISPUTE_MARKS).map(([d, m]) =>
          h('li', {}, h('span', { class: `mini-badge dispute-${d}` }, m), ` ${d}`),
        ),
        h('li', {}, 'no mark: no contested stance reported'),
      ),
      h(
        'p',
        { class: 'muted' },
        baseline
          ? `Cell colour: relation to ${versionName(byslug.get(baseline))}. `
          : 'Cell colour: change from the nearest earlier version with the clause. ',
        'Rows are named by the opening words of the clause’s first text. Select a cell for the clause’s history, or see the ',
        h('a', { href: planLink(plan, '/flow') }, 'same data as a flow'),
        '.',
      ),
      h(
        'div',
        { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Lineage matrix' },
        h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, rows)),
      ),
    ),
  );
}
