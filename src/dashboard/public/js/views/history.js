import { api } from '../api.js';
import { h, mount, pct } from '../dom.js';
import { basisBadge, gradeBadge, kindChip, planLink, statusBadge, versionName } from '../ui.js';
import { positionItem } from './positions.js';
import { inlineRedline } from './redline.js';
import { positionForm } from './position-form.js';
import { navigate } from '../router.js';

const shown = (c) => c.status !== 'absent' && c.status !== 'unknown';

/**
 * The engine's redline for each step: the comparison of the previous version carrying the clause
 * with this one, and its change linking the two labels. Comparisons are cached per URL.
 */
async function stepRedlines(plan, cells, byslug) {
  const out = new Map();
  const seen = [];
  const jobs = [];
  for (const c of cells) {
    if (!shown(c)) continue;
    // Drafts branch: compare with a parent version carrying the clause when there is one,
    // else with the nearest earlier version that carries it.
    const parents = byslug.get(c.version)?.parents ?? [];
    const from = seen.filter((p) => parents.includes(p.version)).pop() ?? seen[seen.length - 1];
    if (from && c.texts.length) {
      jobs.push(
        api
          .compare(plan, from.version, c.version)
          .then((cmp) => {
            const ch = cmp.changes.find(
              (x) =>
                x.from.some((l) => from.labels.includes(l)) &&
                x.to.some((l) => c.labels.includes(l)),
            );
            if (ch && ch.diff && ch.diff.length) out.set(c.version, { from, change: ch });
          })
          .catch(() => undefined),
      );
    }
    seen.push(c);
  }
  await Promise.all(jobs);
  return out;
}

export async function renderHistory(plan, version, label) {
  const [versions, data] = await Promise.all([
    api.versions(plan),
    api.history(plan, version, label),
  ]);
  const byslug = new Map(versions.map((v) => [v.slug, v]));
  const redlines = await stepRedlines(plan, data.family.cells, byslug);
  const v = byslug.get(version);
  const title = `History of ${v ? versionName(v) : version} §${label}`;
  const steps = data.family.cells.map((c) => {
    const ver = byslug.get(c.version);
    const name = ver ? versionName(ver) : c.version;
    const present = shown(c);
    const step = redlines.get(c.version);
    const fromVer = step ? byslug.get(step.from.version) : null;
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
        : h(
            'p',
            { class: 'muted' },
            c.status === 'unknown' ? 'Not reported.' : 'Not in this version.',
          ),
      step && step.change.diff.some((t) => t.op !== 'equal')
        ? h(
            'div',
            { class: 'step-redline' },
            h(
              'p',
              { class: 'muted small' },
              `Redline from ${fromVer ? versionName(fromVer) : step.from.version} §${step.from.labels.join(', §')} (${step.change.kind})`,
            ),
            inlineRedline(step.change.diff),
          )
        : null,
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
    positionForm(plan, version, label, async (id) => {
      await navigate(location.pathname, { replace: true, focus: false });
      document
        .getElementById('main')
        .prepend(
          h(
            'p',
            { class: 'notice', role: 'status', id: 'position-notice' },
            `Position ${id} recorded.`,
          ),
        );
    }),
  );
}
