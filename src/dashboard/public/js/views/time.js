import { api } from '../api.js';
import { h, mount, svg } from '../dom.js';
import { historyHref, planLink, versionName } from '../ui.js';

const DAY = 86_400_000;
const STANCE_MARK = { supports: '+', conditional: '±', opposes: '−', unclear: '?' };
// Not news in a per-topic count: the clause stayed, or a press report is silent.
const QUIET = new Set(['unchanged', 'unknown', 'absent']);

/** A time scale over [first, last] dates onto [x0, x1] pixels. */
function timeScale(dates, x0, x1) {
  const t0 = Date.parse(dates[0]);
  const span = Math.max(DAY, Date.parse(dates[dates.length - 1]) - t0);
  return (date) => x0 + ((Date.parse(date) - t0) / span) * (x1 - x0);
}

/** Per topic, one row: bars for the changes reaching each version, a band for intensity. */
function topicChart(plan, topics, versions) {
  const cols = versions.map((v) => v.slug);
  const cw = 46;
  const left = 170;
  const rh = 30;
  const width = left + cols.length * cw + 10;
  const height = 44 + topics.length * rh;
  const max = Math.max(1, ...topics.flatMap((t) => cols.map((c) => changesInto(t, c))));
  const rows = topics.map((t, i) => {
    const y = 44 + i * rh;
    return svg(
      'g',
      { class: 'topic-row', 'data-topic': t.topic },
      svg(
        'text',
        { x: left - 8, y: y + rh / 2 + 4, 'text-anchor': 'end', class: 'topic-name' },
        t.topic,
      ),
      cols.map((c, j) => {
        const n = changesInto(t, c);
        const heat = t.intensity?.[c] ?? 0;
        const x = left + j * cw;
        const bh = Math.round((n / max) * (rh - 8));
        return svg(
          'g',
          { 'data-version': c, 'data-changes': n, 'data-intensity': heat },
          svg('rect', {
            x,
            y: y + 1,
            width: cw - 2,
            height: rh - 2,
            class: 'tc-heat',
            'fill-opacity': (0.08 + 0.8 * heat).toFixed(2),
          }),
          n
            ? svg('rect', {
                x: x + cw / 2 - 7,
                y: y + rh - 3 - bh,
                width: 12,
                height: bh,
                class: 'bar',
              })
            : null,
          svg(
            'title',
            {},
            `${t.topic} in ${c}: ${n} change${n === 1 ? '' : 's'}, ${Math.round(heat * 100)}% contested`,
          ),
        );
      }),
    );
  });
  const heads = versions.map((v, j) =>
    svg(
      'text',
      { x: left + j * cw + cw / 2, y: 30, 'text-anchor': 'middle', class: 'col-head' },
      versionName(v),
    ),
  );
  return h(
    'div',
    {
      class: 'scroll-x',
      tabindex: '0',
      role: 'region',
      'aria-label': 'Changes and dispute intensity by topic',
    },
    svg(
      'svg',
      {
        class: 'topic-chart',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label':
          'Per topic: bars count the changes reaching each version; the red shade is the share contested',
      },
      heads,
      rows,
    ),
  );
}

function changesInto(topic, slug) {
  return topic.steps
    .filter((s) => s.to === slug)
    .reduce(
      (n, s) => n + Object.entries(s.changes).reduce((m, [k, v]) => m + (QUIET.has(k) ? 0 : v), 0),
      0,
    );
}

/** Positions as dots on a date axis, one lane per party; undated ones are listed apart. */
function positionTimeline(plan, positions, versions) {
  const dated = positions.filter((p) => p.date);
  const parties = [...new Set(positions.map((p) => p.party || 'no party'))].sort();
  const dates = [...dated.map((p) => p.date), ...versions.map((v) => v.date)].sort();
  if (!dates.length) return h('p', {}, 'No dated positions.');
  const left = 110;
  const width = 1100;
  const lane = 34;
  const x = timeScale(dates, left, width - 16);
  const height = 44 + parties.length * lane;
  const lanes = parties.map((party, i) => {
    const y = 36 + i * lane + lane / 2;
    const mine = dated.filter((p) => (p.party || 'no party') === party);
    return svg(
      'g',
      { class: 'lane', 'data-party': party },
      svg('line', { x1: left, x2: width - 10, y1: y, y2: y, class: 'lane-line' }),
      svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'topic-name' }, party),
      mine.map((p) => {
        const clause = p.clause ?? p.labels?.[0];
        const href = clause
          ? historyHref(plan, p.version, clause)
          : planLink(plan, `/disputes?version=${encodeURIComponent(p.version)}`);
        const actor = p.actor && typeof p.actor === 'object' ? p.actor.name : p.actor || '';
        return svg(
          'a',
          {
            href,
            class: `dot stance-dot-${p.stance}`,
            'data-position': p.id,
            'aria-label': `${party}, ${actor}, ${p.stance}, ${p.date}`,
          },
          svg(
            'title',
            {},
            `${p.date} · ${actor} · ${p.stance}${p.grade ? ` · grade ${p.grade}` : ''}${p.quote ? ` · “${p.quote}”` : ''}`,
          ),
          svg('circle', { cx: x(p.date), cy: y, r: 7 }),
          svg(
            'text',
            { x: x(p.date), y: y + 4, 'text-anchor': 'middle', class: 'dot-mark' },
            STANCE_MARK[p.stance] ?? '',
          ),
        );
      }),
    );
  });
  // Versions of the same day share one mark; near days alternate label rows so names stay legible.
  const byDate = new Map();
  for (const v of versions) byDate.set(v.date, [...(byDate.get(v.date) ?? []), versionName(v)]);
  const marks = [...byDate].map(([date, names], i) =>
    svg(
      'g',
      { class: 'version-mark' },
      svg('line', { x1: x(date), x2: x(date), y1: 22, y2: height - 6, class: 'grid' }),
      svg(
        'text',
        { x: x(date), y: i % 2 ? 22 : 10, 'text-anchor': 'middle', class: 'col-head' },
        names.join('/'),
      ),
    ),
  );
  return h(
    'div',
    {
      class: 'scroll-x',
      tabindex: '0',
      role: 'region',
      'aria-label': 'Positions by party over time',
    },
    svg(
      'svg',
      { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}` },
      marks,
      lanes,
    ),
  );
}

export async function renderTime(plan) {
  const [versions, topics, positions] = await Promise.all([
    api.versions(plan),
    api.topics(plan),
    api.positions(plan),
  ]);
  const ordered = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  const undated = positions.filter((p) => !p.date).length;
  mount(
    'Over time',
    h('h1', {}, 'Over time'),
    h(
      'p',
      {},
      'The version graph on a real time axis is on the ',
      h('a', { href: planLink(plan) }, 'overview'),
      '.',
    ),
    h('h2', {}, 'Changes and dispute intensity by topic'),
    h(
      'p',
      { class: 'muted small' },
      'Bars: changes reaching each version (unchanged and not-reported left out). Shade: share of the topic’s clauses contested in that version.',
    ),
    topicChart(plan, topics, ordered),
    h('h2', {}, 'Positions by party'),
    h(
      'p',
      { class: 'muted small', id: 'timeline-note' },
      `${positions.length - undated} dated positions; `,
      Object.entries(STANCE_MARK).map(([s, m]) => `${m} ${s} `),
      undated ? `· ${undated} undated ones are not on the axis.` : '',
    ),
    positionTimeline(plan, positions, ordered),
  );
}
