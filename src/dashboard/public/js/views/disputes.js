import { api } from '../api.js';
import { h, mount, plural, select } from '../dom.js';
import { navigate } from '../router.js';
import {
  basisBadge,
  gradeBadge,
  gradeText,
  historyHref,
  planLink,
  reportedBadge,
  versionName,
} from '../ui.js';
import { positionItem } from './positions.js';

// The heat map follows docs/disputes.md: cells hold clause-specific stances only; stances on the
// whole version sit in their own band; an empty cell says "no position on record", never "agreed".
const STANCES = ['supports', 'conditional', 'unclear', 'opposes'];
const FILTERS = ['party', 'from', 'to', 'grade', 'scope', 'offset'];
const PAGE = 50;

/** The positions behind one stance, in a modal dialog (Esc closes it, focus returns). */
function openStance(title, stance, positions, extra) {
  const chosen = stance.positions.map((id) => positions.get(id)).filter(Boolean);
  const close = h(
    'button',
    { type: 'button', class: 'close', onclick: () => dialog.close() },
    'Close',
  );
  const dialog = h(
    'dialog',
    { class: 'quotes', 'aria-labelledby': 'quotes-title' },
    h('h2', { id: 'quotes-title' }, title),
    h(
      'p',
      { class: 'muted' },
      stance.via === 'version'
        ? 'A stance on the whole version: it counts for no single clause.'
        : `Reached the clause via: ${stance.via}`,
      stance.statedAbout ? ` (stated about ${stance.statedAbout.join(', ')})` : '',
    ),
    stance.conflicting
      ? h('p', { class: 'error' }, 'Conflicting reports: all are listed, none was picked.')
      : null,
    extra,
    h('ul', { class: 'positions' }, chosen.map(positionItem)),
    close,
  );
  const opener = document.activeElement;
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

/** "B" or "B/C" for the grades behind a stance; "ungraded" when none has one. */
function grades(stance, positions) {
  const gs = [...new Set(stance.positions.map((id) => positions.get(id)?.grade).filter(Boolean))];
  return gs.length ? `grade ${gs.sort().join('/')}` : gradeText(null);
}

function stanceButton(label, stance, positions, open) {
  return h(
    'button',
    {
      type: 'button',
      class: `heat stance-${stance.stance}${stance.conflicting ? ' conflicting' : ''}`,
      'aria-label': `${label} (via ${stance.via}${stance.conflicting ? ', conflicting reports' : ''}): show quotes`,
      onclick: open,
    },
    stance.stance,
    stance.conflicting ? h('span', { class: 'mini-badge', title: 'conflicting reports' }, '≠') : '',
    h(
      'span',
      { class: 'via' },
      stance.via === 'lineage' ? `via ${stance.statedAbout.join(', ')}` : stance.via,
      ' · ',
      grades(stance, positions),
    ),
  );
}

function versionBand(data, version, positions) {
  if (data.filters.scope === 'clause-specific') return null;
  const cells = data.versionWide.map((s) =>
    h(
      'li',
      {},
      h('strong', {}, s.party),
      stanceButton(
        `${s.party} ${s.stance} on the whole of ${versionName(version)}`,
        s,
        positions,
        () =>
          openStance(`${s.party} on ${versionName(version)} as a whole: ${s.stance}`, s, positions),
      ),
    ),
  );
  return h(
    'section',
    { class: 'version-band', 'aria-labelledby': 'band-title' },
    h('h2', { id: 'band-title' }, 'The version as a whole'),
    h(
      'p',
      { class: 'muted' },
      'Stances on the whole version or plan. They make no clause disputed or agreed.',
    ),
    cells.length ? h('ul', { class: 'band' }, cells) : h('p', {}, 'No position on record.'),
  );
}

function heatTable(plan, slug, data, version, positions) {
  const parties = [
    ...new Set([...data.clauses.flatMap((c) => c.parties.map((p) => p.party)), ...data.authors]),
  ]
    .filter((p) => !data.filters.party || p === data.filters.party)
    .sort();
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Clause'),
    h('th', { scope: 'col' }, 'Status'),
    parties.map((p) => h('th', { scope: 'col' }, p, data.authors.includes(p) ? ' (author)' : '')),
  );
  const rows = data.clauses.map((c) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row', class: 'clause-cell' },
        h('a', { href: historyHref(plan, slug, c.label) }, `§${c.label}`),
        c.basis === 'reported' ? [' ', reportedBadge()] : null,
        ' ',
        h('span', { class: 'muted small' }, gradeText(c.grade)),
        h('span', { class: 'clause-text' }, c.text),
      ),
      h(
        'td',
        {},
        h('span', { class: `chip dispute-${c.status}` }, c.status),
        c.conflicting.length
          ? h('span', { class: 'muted small block' }, `conflicting: ${c.conflicting.join(', ')}`)
          : null,
      ),
      parties.map((name) => {
        const stance = c.parties.find((p) => p.party === name);
        if (!stance) {
          const presumed = c.presumedSupport.includes(name);
          return h(
            'td',
            { class: 'stance none' },
            h('span', { class: 'empty' }, 'no position on record'),
            presumed
              ? h('span', { class: 'muted small block' }, 'author: support presumed, not counted')
              : null,
          );
        }
        return h(
          'td',
          { class: `stance stance-${stance.stance}` },
          stanceButton(`${name} ${stance.stance} on §${c.label}`, stance, positions, () =>
            openStance(
              `${name} on ${versionName(version)} §${c.label}: ${stance.stance}`,
              stance,
              positions,
              h('p', {}, c.text),
            ),
          ),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Stance heat map' },
    h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, rows)),
  );
}

function filterForm(plan, versions, slug, query, partiesKnown) {
  const go = (key, value) => {
    const next = new URLSearchParams(query);
    next.set('version', slug);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'offset') next.delete('offset');
    if (key === 'version') for (const k of FILTERS) next.delete(k);
    return navigate(planLink(plan, `/disputes?${next}`), { replace: true, focus: false });
  };
  const date = (id, label) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', {
        id,
        type: 'date',
        value: query.get(id) || '',
        onchange: (e) => go(id, e.target.value),
      }),
    );
  return h(
    'form',
    { class: 'controls', onsubmit: (e) => e.preventDefault(), 'aria-label': 'Filters' },
    select(
      'version',
      'Version',
      versions.map((v) => [v.slug, `${versionName(v)} (${v.date})`]),
      slug,
      (v) => go('version', v),
    ),
    select(
      'party',
      'Party',
      [['', 'All parties'], ...partiesKnown.map((p) => [p, p])],
      query.get('party') || '',
      (v) => go('party', v),
    ),
    date('from', 'Stated from'),
    date('to', 'Stated until'),
    select(
      'grade',
      'Evidence',
      [['', 'Any grade'], ...['A', 'B', 'C', 'D'].map((g) => [g, `${g} or better`])],
      query.get('grade') || '',
      (v) => go('grade', v),
    ),
    select(
      'scope',
      'Scope',
      [
        ['', 'Clauses and whole version'],
        ['clause-specific', 'Clause-specific only'],
        ['version-wide', 'Whole version only'],
      ],
      query.get('scope') || '',
      (v) => go('scope', v),
    ),
  );
}

export async function renderDisputes(plan, query) {
  const versions = await api.versions(plan);
  const slugs = versions.map((v) => v.slug);
  const slug = slugs.includes(query.get('version')) ? query.get('version') : slugs[0];
  const params = { version: slug, limit: PAGE };
  for (const k of FILTERS) if (query.get(k)) params[k] = query.get(k);
  const [data, version, everyone] = await Promise.all([
    api.disputes(plan, params),
    api.version(plan, slug),
    api.disputes(plan, { version: slug, limit: 200 }),
  ]);
  const positions = new Map(data.positions.map((p) => [p.id, p]));
  const partiesKnown = [
    ...new Set([
      ...everyone.clauses.flatMap((c) => c.parties.map((p) => p.party)),
      ...everyone.versionWide.map((p) => p.party),
      ...everyone.authors,
    ]),
  ].sort();
  const { offset, limit, total } = data.page;
  const pageLink = (to, text) => {
    const next = new URLSearchParams(query);
    next.set('version', slug);
    next.set('offset', String(to));
    return h('a', { href: planLink(plan, `/disputes?${next}`), class: 'button' }, text);
  };
  const counts = Object.entries(data.counts)
    .sort()
    .map(([s, n]) => h('li', {}, h('span', { class: `chip dispute-${s}` }, s), ` ${n}`));
  mount(
    `Disputes ${versionName(version)}`,
    h('h1', {}, `Disputes: ${versionName(version)}`),
    filterForm(plan, versions, slug, query, partiesKnown),
    h(
      'p',
      {},
      version.title,
      ' ',
      basisBadge(version.basis),
      ' ',
      gradeBadge(version.grade, version.gradeNote),
    ),
    h('ul', { class: 'legend', 'aria-label': 'Clause statuses' }, counts),
    versionBand(data, version, positions),
    data.filters.scope === 'version-wide'
      ? null
      : [
          h('h2', {}, 'Clause by clause'),
          h(
            'ul',
            { class: 'legend', 'aria-label': 'Stances' },
            STANCES.map((s) => h('li', {}, h('span', { class: `chip stance-${s}` }, s))),
          ),
          h(
            'p',
            { class: 'muted' },
            'Each cell is a party’s stance on that clause (or on the same clause in another version), with its evidence grade; select it for the quotes, dates and sources. Authors’ support is presumed, never counted (rules: docs/disputes.md).',
          ),
          heatTable(plan, slug, data, version, positions),
          total > limit
            ? h(
                'nav',
                { class: 'pager', 'aria-label': 'Clause pages' },
                offset > 0 ? pageLink(Math.max(0, offset - limit), 'Previous') : null,
                h(
                  'span',
                  {},
                  ` ${plural(total, 'clause')}, ${offset + 1}–${Math.min(total, offset + limit)} `,
                ),
                offset + limit < total ? pageLink(offset + limit, 'Next') : null,
              )
            : null,
        ],
    data.excluded.length
      ? h(
          'details',
          {},
          h('summary', {}, `${plural(data.excluded.length, 'position')} not counted here`),
          h(
            'ul',
            {},
            data.excluded.map((e) => {
              const p = positions.get(e.position);
              const who = p ? [p.party || 'commentator', p.actor, p.date].filter(Boolean) : [];
              return h(
                'li',
                {},
                `${e.position} (${who.join(', ')}): `,
                e.reason.replace(/-/g, ' '),
              );
            }),
          ),
        )
      : null,
  );
}
