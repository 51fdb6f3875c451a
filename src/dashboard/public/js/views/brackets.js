import { get } from '../api.js';
import { h, mount, plural, select, svg } from '../dom.js';
import { navigate } from '../router.js';
import { planLink } from '../ui.js';
import { loadSankey } from '../vendor.js';

// Negotiating drafts (docs/brackets.md): how many brackets, options and agreed clauses each
// version has, and for a chosen pair what became of every bracket of the older one.
const enc = encodeURIComponent;
const SERIES = [
  ['brackets', 'Brackets', '#b3261e', ''],
  ['options', 'Options', '#1f5fa8', '6 3'],
  ['agreedClauses', 'Agreed clauses', '#2e7d32', '2 3'],
];
// Settled brackets first: which wording survived is what a negotiator reads first.
const ORDER = [
  'resolved',
  'merged',
  'kept',
  'deleted',
  'rewritten',
  'clause-removed',
  'open',
  'added',
];

/** Counts per version as lines (d3-shape's line, already served for the flow view). */
function trajectoryChart(d3, points) {
  const width = Math.max(560, points.length * 120);
  const height = 260;
  const [left, right, top, bottom] = [48, 24, 20, 56];
  const max = Math.max(1, ...points.flatMap((p) => SERIES.map(([k]) => p[k])));
  const x = (i) =>
    points.length === 1 ? left : left + (i / (points.length - 1)) * (width - left - right);
  const y = (n) => top + (1 - n / max) * (height - top - bottom);
  const ticks = [0, Math.round(max / 2), max].filter((t, i, all) => all.indexOf(t) === i);
  return svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': 'trajectory-title',
      class: 'brackets-chart',
    },
    svg('title', { id: 'trajectory-title' }, 'Brackets, options and agreed clauses per version'),
    ticks.map((t) => [
      svg('line', { x1: left, x2: width - right, y1: y(t), y2: y(t), stroke: '#ddd' }),
      svg('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11 }, t),
    ]),
    points.map((p, i) =>
      svg(
        'text',
        { x: x(i), y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': 11 },
        p.version,
      ),
    ),
    SERIES.map(([key, name, colour, dash]) =>
      svg(
        'g',
        { class: 'series', 'data-series': key },
        svg('path', {
          d: d3.line()(points.map((p, i) => [x(i), y(p[key])])),
          fill: 'none',
          stroke: colour,
          'stroke-width': 2,
          'stroke-dasharray': dash || null,
        }),
        points.map((p, i) =>
          svg(
            'circle',
            { cx: x(i), cy: y(p[key]), r: 4, fill: colour, 'data-version': p.version },
            svg('title', {}, `${p.version}: ${p[key]} ${name.toLowerCase()}`),
          ),
        ),
      ),
    ),
    SERIES.map(([, name, colour, dash], i) =>
      svg(
        'g',
        { class: 'legend' },
        svg('line', {
          x1: left + i * 150,
          x2: left + i * 150 + 24,
          y1: height - 14,
          y2: height - 14,
          stroke: colour,
          'stroke-width': 2,
          'stroke-dasharray': dash || null,
        }),
        svg('text', { x: left + i * 150 + 30, y: height - 10, 'font-size': 12 }, name),
      ),
    ),
  );
}

function countsTable(points) {
  return h(
    'table',
    { class: 'matrix', id: 'trajectory-table' },
    h('caption', {}, 'Counts per version, oldest first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [
          'Version',
          'Date',
          'Brackets',
          'Decisions',
          'Options',
          'Agreed clauses',
          'Open clauses',
        ].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      points.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.version),
          [p.date, p.brackets, p.groups, p.options, p.agreedClauses, p.openClauses].map((v) =>
            h('td', {}, v),
          ),
        ),
      ),
    ),
  );
}

const quote = (w) => `“${w}”`;

/** ": 1 resolved, 2 open" over the fates that occur (new brackets are counted apart). */
const fates = (summary) => {
  const parts = ORDER.filter((k) => k !== 'added' && summary[k] > 0).map(
    (k) => `${summary[k]} ${k}`,
  );
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
};

/** Wide content scrolls inside its own keyboard-reachable region, never the page. */
const region = (label, child) =>
  h('div', { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': label }, child);

function what(r) {
  const kept = r.wordings.filter((_, i) => r.survivors?.includes(i));
  const dropped = r.wordings.filter((_, i) => !r.survivors?.includes(i));
  switch (r.fate) {
    case 'resolved':
    case 'merged':
      return [
        h('strong', {}, kept.map(quote).join(' / ')),
        dropped.length
          ? h('span', { class: 'muted' }, ` over ${dropped.map(quote).join(' / ')}`)
          : '',
      ];
    case 'open':
      return `${r.wordings.map(quote).join(' / ')}${r.still ? ` (now in ${r.still.label})` : ''}`;
    default:
      return r.wordings.map(quote).join(' / ');
  }
}

function resolutionTable(b) {
  const rows = [
    ...b.resolutions,
    ...b.added.map((a) => ({ ...a, fate: 'added', survivors: [] })),
  ].sort((x, y) => ORDER.indexOf(x.fate) - ORDER.indexOf(y.fate));
  if (rows.length === 0) return h('p', {}, 'Neither version has a bracket.');
  return h(
    'table',
    { class: 'matrix', id: 'resolution-table' },
    h('caption', {}, `Each bracket of ${b.from} in ${b.to}, settled ones first`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Clause', 'Fate', 'Wordings'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { 'data-fate': r.fate },
          h('th', { scope: 'row' }, r.label),
          h('td', {}, r.fate),
          h('td', {}, what(r)),
        ),
      ),
    ),
  );
}

const said = (atts) => atts.map((a) => `${a.parties.join(', ')} ${a.verb}`).join('; ') || '–';

/** The newer draft's open brackets: each wording with who proposed, kept or deleted it. */
function openTable(read) {
  const rows = read.clauses.flatMap((c) =>
    c.brackets.flatMap((b) =>
      b.alternatives.map((alt, i) =>
        h(
          'tr',
          { 'data-label': c.label },
          h('th', { scope: 'row' }, i === 0 ? c.label : ''),
          h('td', {}, quote(alt.text)),
          h('td', {}, said(alt.attributions)),
        ),
      ),
    ),
  );
  if (rows.length === 0) {
    return h('p', { id: 'open-none' }, `Nothing is bracketed in ${read.version}.`);
  }
  return h(
    'table',
    { class: 'matrix', id: 'open-table' },
    h('caption', {}, `Open brackets of ${read.version}, with who said what`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Clause', 'Wording', 'Attributed'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

export async function renderBrackets(plan, query) {
  const [trajectory, d3] = await Promise.all([
    get(`/plans/${enc(plan)}/brackets/trajectory`),
    loadSankey(),
  ]);
  const points = trajectory.versions;
  const slugs = points.map((p) => p.version);
  const from = slugs.includes(query.get('from')) ? query.get('from') : slugs.at(-2);
  const to = slugs.includes(query.get('to')) ? query.get('to') : slugs.at(-1);
  const go = (next) =>
    navigate(`${planLink(plan, '/brackets')}?${new URLSearchParams(next)}`, {
      replace: true,
      focus: false,
    });
  const options = points.map((p) => [p.version, `${p.version} (${p.date})`]);
  let pair = h('p', { class: 'muted' }, 'A comparison needs two versions.');
  const open = to
    ? [
        h('h2', {}, `Still bracketed in ${to}`),
        region(
          'Open brackets',
          openTable(await get(`/plans/${enc(plan)}/versions/${enc(to)}/brackets`)),
        ),
      ]
    : [];
  if (from && to) {
    const cmp = await get(`/plans/${enc(plan)}/compare`, { from, to });
    pair = cmp.brackets
      ? [
          h(
            'p',
            { id: 'resolution-summary' },
            `${plural(cmp.brackets.resolutions.length, 'bracketed decision')} in ${from}` +
              `${fates(cmp.brackets.summary)}; ${cmp.brackets.summary.added} new in ${to}.`,
          ),
          region('Fate of each bracket', resolutionTable(cmp.brackets)),
        ]
      : h('p', { id: 'resolution-summary' }, 'Neither version has brackets, options or marks.');
  }
  mount(
    'Brackets',
    h('h1', {}, 'Brackets over time'),
    h(
      'p',
      { class: 'muted' },
      'Square brackets, options and “agreed” marks read from each version’s own text.',
    ),
    points.length === 0
      ? h('p', {}, 'This plan has no version yet.')
      : [
          region('Trajectory chart', trajectoryChart(d3, points)),
          region('Counts per version', countsTable(points)),
        ],
    h('h2', {}, 'What became of each bracket'),
    h(
      'div',
      { class: 'controls' },
      select('brackets-from', 'Older', options, from, (v) => go({ from: v, to })),
      select('brackets-to', 'Newer', options, to, (v) => go({ from, to: v })),
    ),
    pair,
    open,
  );
}
