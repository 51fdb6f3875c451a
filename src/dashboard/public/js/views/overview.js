import { api, exportUrls } from '../api.js';
import { h, mount, plural, svg } from '../dom.js';
import { basisBadge, exportLink, gradeBadge, kindChip, planLink, versionName } from '../ui.js';

const KINDS = ['reworded', 'renumbered', 'moved', 'split', 'merged', 'added', 'removed'];

/** "reworded 16 · removed 23" from a comparison summary; unchanged clauses are not news. */
function describeSummary(summary) {
  const kinds = KINDS.filter((k) => summary[k] > 0);
  if (kinds.length === 0) return 'no changes';
  return kinds.map((k, i) => [i > 0 ? ' ' : '', kindChip(k), `\u00a0${summary[k]}`]);
}

const DAY = 86_400_000;
const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * The versions as a DAG on a real time axis: x is the date (so a gap of weeks looks like one),
 * nodes that would overlap take the next free row, edges run from parents.
 */
function dagSvg(plan, versions) {
  const dates = [...new Set(versions.map((v) => v.date))].sort();
  const first = dates[0];
  const span = Math.max(1, days(first, dates[dates.length - 1]));
  const perDay = Math.max(12, Math.min(40, 1100 / span));
  const xOf = (date) => 60 + days(first, date) * perDay;
  const pos = new Map();
  const rowEnds = [];
  for (const v of [...versions].sort((a, b) => a.date.localeCompare(b.date))) {
    const x = xOf(v.date);
    let row = rowEnds.findIndex((end) => end < x - 46);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = x + 46;
    pos.set(v.slug, { x, y: 40 + row * 62 });
  }
  const height = 40 + rowEnds.length * 62;
  const width = 120 + span * perDay;
  const edges = versions.flatMap((v) =>
    v.parents
      .filter((p) => pos.has(p))
      .map((p) => {
        const a = pos.get(p);
        const b = pos.get(v.slug);
        // Parents dated the same day share a column: link them top to bottom instead.
        if (a.x === b.x) {
          const [y1, y2] = a.y < b.y ? [a.y + 18, b.y - 20] : [a.y - 18, b.y + 20];
          return svg('line', {
            x1: a.x,
            y1,
            x2: b.x,
            y2,
            class: 'edge',
            'marker-end': 'url(#arrow)',
          });
        }
        // Versions days apart sit close on the time axis: link them top to bottom when the
        // boxes would overlap horizontally, else side to side with a gentle curve.
        if (b.x - a.x < 92) {
          const [y1, y2] = a.y < b.y ? [a.y + 18, b.y - 20] : [a.y - 18, b.y + 20];
          return svg('path', {
            d: `M${a.x},${y1} L${b.x},${y2}`,
            class: 'edge',
            'marker-end': 'url(#arrow)',
          });
        }
        const [x1, y1, x2, y2] = [a.x + 44, a.y, b.x - 46, b.y];
        const d = `M${x1},${y1} C${x1 + 40},${y1} ${x2 - 40},${y2} ${x2},${y2}`;
        return svg('path', { d, class: 'edge', 'marker-end': 'url(#arrow)' });
      }),
  );
  const nodes = versions.map((v) => {
    const { x, y } = pos.get(v.slug);
    const a = svg(
      'a',
      {
        href: `#version-${v.slug}`,
        class: `node basis-${v.basis}`,
        'data-version': v.slug,
        'data-x': x,
      },
      svg('title', {}, `${versionName(v)}: ${v.date}, ${v.basis}, grade ${v.grade ?? '–'}`),
      svg('rect', { x: x - 44, y: y - 18, width: 88, height: 36, rx: 6 }),
      svg('text', { x, y: y + 5, 'text-anchor': 'middle' }, versionName(v)),
    );
    return a;
  });
  // Ticks on the 1st and 15th of each month, real dates; each version's own date in its title.
  const ticks = [];
  for (let t = Date.parse(first); t <= Date.parse(dates[dates.length - 1]) + DAY; t += DAY) {
    const d = new Date(t);
    if (d.getUTCDate() !== 1 && d.getUTCDate() !== 15) continue;
    const iso = d.toISOString().slice(0, 10);
    const label = d.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    ticks.push([xOf(iso), label, iso]);
  }
  const axis = [
    svg('line', { x1: 10, x2: width - 10, y1: height - 18, y2: height - 18, class: 'axis-line' }),
    ticks.map(([x, label, iso]) => [
      svg('line', { x1: x, x2: x, y1: 14, y2: height - 14, class: 'grid', 'data-date': iso }),
      svg('text', { x, y: height - 2, 'text-anchor': 'middle', class: 'axis' }, label),
    ]),
  ];
  return svg(
    'svg',
    {
      class: 'dag',
      viewBox: `0 0 ${width} ${height + 10}`,
      'data-per-day': perDay,
      role: 'img',
      'aria-label': `Version graph of ${plan}: ${versions.length} versions by date`,
    },
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 6,
          markerHeight: 6,
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
    axis,
    edges,
    nodes,
  );
}

function versionCard(plan, v, byslug, steps) {
  return h(
    'li',
    { class: 'card version', id: `version-${v.slug}` },
    h(
      'h2',
      {},
      h('span', { class: 'vlabel' }, versionName(v)),
      ' ',
      h('time', { datetime: v.date }, v.date),
    ),
    h('p', { class: 'badges' }, basisBadge(v.basis), ' ', gradeBadge(v.grade, v.gradeNote)),
    h('p', {}, v.title),
    v.channel ? h('p', { class: 'muted' }, h('strong', {}, 'Channel: '), v.channel) : null,
    v.gradeNote ? h('p', { class: 'muted' }, h('strong', {}, 'Evidence: '), v.gradeNote) : null,
    h('p', { class: 'muted' }, plural(v.clauseCount, 'clause')),
    v.parents.length
      ? h(
          'ul',
          { class: 'steps', 'aria-label': `Changes into ${versionName(v)}` },
          v.parents.map((p) => {
            const step = steps.get(`${p}>${v.slug}`);
            const from = byslug.get(p);
            return h(
              'li',
              {},
              h(
                'a',
                { href: planLink(plan, `/compare?from=${p}&to=${v.slug}`) },
                `${from ? versionName(from) : p} → ${versionName(v)}`,
              ),
              ': ',
              step ? describeSummary(step.summary) : 'not compared',
            );
          }),
        )
      : h('p', { class: 'muted' }, 'No parent: a starting draft.'),
    h(
      'p',
      { class: 'links' },
      h('a', { href: planLink(plan, `/disputes?version=${v.slug}`) }, 'Disputes'),
      ' · ',
      h('a', { href: planLink(plan, `/lineage?baseline=${v.slug}`) }, 'Lineage from here'),
    ),
  );
}

export async function renderOverview(plan) {
  const [info, versions] = await Promise.all([api.plan(plan), api.versions(plan)]);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const pairs = versions.flatMap((v) => v.parents.map((p) => [p, v.slug]));
  // One comparison per DAG edge gives the "what changed at each step" counts; they are cached
  // server-side, so this is cheap after the first visit.
  const results = await Promise.all(
    pairs.map(([a, b]) => api.compare(plan, a, b).catch(() => null)),
  );
  const steps = new Map(pairs.map(([a, b], i) => [`${a}>${b}`, results[i]]));
  mount(
    info.title,
    h('h1', {}, info.title),
    info.description ? h('p', {}, info.description) : null,
    h(
      'p',
      { class: 'actions' },
      exportLink(exportUrls.briefing(plan), 'Download briefing (JSON)', `${plan}-briefing.json`),
      exportLink(exportUrls.lineageCsv(plan), 'Lineage CSV', `${plan}-lineage.csv`),
    ),
    h('h2', {}, 'Versions'),
    h(
      'p',
      { class: 'legend' },
      basisBadge('text'),
      ' solid box · ',
      basisBadge('reported'),
      ' dashed box · ',
      basisBadge('mixed'),
      ' dotted box. Arrows run from a draft to the versions built on it; select a version for its details.',
    ),
    h(
      'div',
      { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Version graph' },
      dagSvg(plan, versions),
    ),
    h(
      'ol',
      { class: 'cards timeline' },
      versions.map((v) => versionCard(plan, v, byslug, steps)),
    ),
  );
}
