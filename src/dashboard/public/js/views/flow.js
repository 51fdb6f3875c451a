import { api } from '../api.js';
import { h, mount, select, svg } from '../dom.js';
import { gist } from '../gist.js';
import { navigate } from '../router.js';
import { historyHref, planLink, versionName } from '../ui.js';
import { loadSankey } from '../vendor.js';
import { flowGraph, flowTopics } from './flow-graph.js';

const KINDS = [
  'unchanged',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'added',
  'deferred',
  'reported',
  'removed',
];
// Only a stance that someone contests is marked; "no position on record" carries no mark.
const MARKED = { disputed: '!', opposed: '−', conditional: '±' };

function describe(n, byslug, gists) {
  const c = n.cell;
  const v = byslug.get(n.version ?? c.version);
  const where = v ? versionName(v) : c.version;
  if (n.kind !== 'clause') {
    const what = {
      absent: 'not in this version’s text',
      unknown: 'not reported: the press report says nothing about it',
      removed: 'removed here',
    }[n.kind];
    return [h('strong', {}, `${where}: `), what];
  }
  return [
    h('strong', {}, `${where} §${n.label}`),
    ` · ${c.change}`,
    c.dispute && c.dispute !== 'no-position' ? ` · ${c.dispute}` : '',
    c.status === 'reported' ? ' · reported' : '',
    h('br'),
    h('span', { class: 'muted small' }, n.families.map((f) => gists.get(f)).join(' / ')),
    c.texts.map((t) => h('p', { class: 'flow-text' }, t)),
  ];
}

export async function renderFlow(plan, query) {
  const [versions, { lineage }, d3] = await Promise.all([
    api.versions(plan),
    api.lineage(plan),
    loadSankey(),
  ]);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const topics = flowTopics(lineage);
  const topic = topics.includes(query.get('topic')) ? query.get('topic') : '';
  const graph = flowGraph(lineage, { topic });
  const gists = new Map(lineage.families.map((f) => [f.id, gist(f)]));
  const cols = lineage.versions.length;
  const perCol = Math.max(
    ...lineage.versions.map((_, i) => graph.nodes.filter((n) => n.column === i).length),
  );
  const width = Math.max(960, cols * 106);
  const height = Math.max(320, graph.families.length * 10 + perCol * 4 + 70);
  const layout = d3
    .sankey()
    .nodeAlign((n) => n.column)
    .nodeWidth(12)
    .nodePadding(4)
    .extent([
      [4, 56],
      [width - 60, height - 6],
    ]);
  const { nodes, links } = layout({
    nodes: graph.nodes.map((n) => ({ ...n })),
    links: graph.links.map((l) => ({ ...l })),
  });
  const detail = h(
    'div',
    { class: 'flow-detail', id: 'flow-detail', 'aria-live': 'polite' },
    h(
      'p',
      { class: 'muted' },
      'Point at a clause or a band to read it; select a clause for its history.',
    ),
  );
  const show = (n) => detail.replaceChildren(h('p', {}, describe(n, byslug, gists)));
  const path = d3.sankeyLinkHorizontal();
  const colX = new Map(nodes.filter((n) => n.kind === 'spine').map((n) => [n.column, n.x0]));
  const headers = lineage.versions.map((slug, i) => {
    const v = byslug.get(slug);
    const x = (colX.get(i) ?? 0) + 6;
    return svg(
      'g',
      { class: 'flow-head' },
      svg(
        'text',
        { x, y: 18, 'text-anchor': i === cols - 1 ? 'end' : i === 0 ? 'start' : 'middle' },
        v ? versionName(v) : slug,
      ),
      svg(
        'text',
        {
          x,
          y: 34,
          class: 'flow-date',
          'text-anchor': i === cols - 1 ? 'end' : i === 0 ? 'start' : 'middle',
        },
        v ? v.date : '',
      ),
    );
  });
  const bands = links
    .filter((l) => l.kind !== 'spine')
    .map((l) => {
      const target = l.target;
      const title = `${gists.get(l.family)} → ${target.version ? `${target.version} §${target.label}` : target.kind}: ${l.kind}`;
      const el = svg(
        'path',
        {
          d: path(l),
          class: `band band-${l.kind}`,
          'stroke-width': Math.max(1, l.width),
          'data-family': l.family,
          'data-target': target.id,
        },
        svg('title', {}, title),
      );
      el.addEventListener('mouseenter', () => show(target));
      return el;
    });
  const marks = nodes
    .filter((n) => n.kind !== 'spine')
    .map((n) => {
      const hgt = Math.max(1, n.y1 - n.y0);
      if (n.kind !== 'clause') {
        return svg(
          'rect',
          { x: n.x0 + 3, y: n.y0, width: 6, height: hgt, class: `gap gap-${n.kind}` },
          svg('title', {}, n.kind === 'unknown' ? 'not reported' : n.kind),
        );
      }
      const c = n.cell;
      const mark = MARKED[c.dispute];
      const a = svg(
        'a',
        {
          href: historyHref(plan, n.version, n.label),
          class: `node${mark ? ` node-${c.dispute}` : ''}${c.status === 'reported' ? ' node-reported' : ''}`,
          'data-node': n.id,
          'aria-label': `${versionName(byslug.get(n.version) ?? { slug: n.version })} §${n.label}: ${c.change}${mark ? `, ${c.dispute}` : ''}`,
        },
        svg('title', {}, c.texts.join(' / ')),
        svg('rect', {
          x: n.x0,
          y: n.y0,
          width: n.x1 - n.x0,
          height: hgt,
          class: `kind-fill-${c.change}`,
        }),
        hgt >= 9
          ? svg(
              'text',
              { x: n.x1 + 2, y: (n.y0 + n.y1) / 2, dy: '0.35em', class: 'node-label' },
              `${n.label}${mark ? ` ${mark}` : ''}`,
            )
          : null,
      );
      a.addEventListener('mouseenter', () => show(n));
      a.addEventListener('focus', () => show(n));
      return a;
    });
  const chart = svg(
    'svg',
    {
      class: 'flow-chart',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': 'Clause flow: one band per clause family from version to version',
    },
    headers,
    svg('g', { class: 'bands' }, bands),
    svg('g', { class: 'nodes' }, marks),
  );
  mount(
    'Clause flow',
    h('h1', {}, 'Clause flow across versions'),
    h(
      'form',
      { class: 'controls', onsubmit: (e) => e.preventDefault(), 'aria-label': 'Filter the flow' },
      select('topic', 'Topic', [['', 'All topics'], ...topics.map((t) => [t, t])], topic, (t) =>
        navigate(planLink(plan, t ? `/flow?topic=${encodeURIComponent(t)}` : '/flow'), {
          focus: false,
        }),
      ),
      h('a', { href: planLink(plan, '/lineage') }, 'The same data as a table'),
    ),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Band colours' },
      KINDS.map((k) => h('li', {}, h('span', { class: `swatch kind-fill-${k}` }), k)),
      h('li', {}, h('span', { class: 'swatch gap-unknown' }), 'not reported (press report silent)'),
      h('li', {}, h('span', { class: 'swatch gap-absent' }), 'absent from the text'),
      Object.entries(MARKED).map(([d, m]) => h('li', {}, h('strong', {}, m), ` ${d}`)),
    ),
    h(
      'p',
      { class: 'muted small', id: 'flow-count' },
      `${graph.families.length} clause families across ${cols} versions, by date. A band splits where a clause was split and joins where clauses were merged.`,
    ),
    h(
      'div',
      {
        class: 'scroll-x flow-wrap',
        tabindex: '0',
        role: 'region',
        'aria-label': 'Clause flow chart',
      },
      chart,
    ),
    detail,
  );
}
