import { api } from '../api.js';
import { h, mount, pct } from '../dom.js';
import { basisBadge, gradeBadge, kindChip, planLink, statusBadge, versionName } from '../ui.js';
import { positionItem } from './positions.js';

export async function renderHistory(plan, version, label) {
  const [versions, data] = await Promise.all([
    api.versions(plan),
    api.history(plan, version, label),
  ]);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const v = byslug.get(version);
  const title = `History of ${v ? versionName(v) : version} §${label}`;
  const steps = data.family.cells.map((c) => {
    const ver = byslug.get(c.version);
    const name = ver ? versionName(ver) : c.version;
    const present = c.status !== 'absent';
    return h(
      'li',
      { class: `card step${present ? '' : ' absent'}${c.version === version ? ' current' : ''}` },
      h(
        'h2',
        {},
        name,
        c.labels.length ? ` §${c.labels.join(', §')}` : '',
        ' ',
        ver ? h('time', { class: 'muted small', datetime: ver.date }, ver.date) : null,
      ),
      h(
        'p',
        { class: 'badges' },
        // A reported item's "change" is just "reported": the badge says it once.
        c.change === 'reported' ? null : [kindChip(c.change), ' '],
        present ? (statusBadge(c.status) ?? basisBadge('text')) : null,
        ver ? [' ', gradeBadge(ver.grade, ver.gradeNote)] : null,
        c.dispute ? [' ', h('span', { class: `chip dispute-${c.dispute}` }, c.dispute)] : null,
        present && c.basis === 'curated'
          ? [' ', h('span', { class: 'chip pinned' }, `curated ${pct(c.confidence)}`)]
          : null,
      ),
      present
        ? c.texts.map((t) => h('p', {}, t))
        : h('p', { class: 'muted' }, 'Not in this version.'),
    );
  });
  mount(
    title,
    h('h1', {}, title),
    h(
      'p',
      { class: 'muted' },
      `Family ${data.family.id}; topics: ${data.family.topics.join(', ') || '—'}`,
    ),
    h('p', {}, h('a', { href: planLink(plan, '/lineage') }, 'Back to the lineage matrix')),
    h('ol', { class: 'cards history' }, steps),
    h('h2', {}, 'Positions on this clause'),
    data.positions.length
      ? h('ul', { class: 'positions' }, data.positions.map(positionItem))
      : h('p', {}, 'None recorded.'),
  );
}
