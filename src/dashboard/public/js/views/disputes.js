import { api } from '../api.js';
import { h, mount, select } from '../dom.js';
import { navigate } from '../main.js';
import {
  basisBadge,
  gradeBadge,
  historyHref,
  planLink,
  reportedBadge,
  versionName,
} from '../ui.js';
import { positionItem } from './positions.js';

const STANCES = ['supports', 'conditional', 'unclear', 'opposes'];

/** The positions behind one cell, in a modal dialog (Esc closes it, focus returns to the cell). */
function openCell(clause, party, version) {
  const chosen = clause.positions.filter((p) => party.positions.includes(p.id));
  const close = h(
    'button',
    { type: 'button', class: 'close', onclick: () => dialog.close() },
    'Close',
  );
  const dialog = h(
    'dialog',
    { class: 'quotes', 'aria-labelledby': 'quotes-title' },
    h(
      'h2',
      { id: 'quotes-title' },
      `${party.party} on ${versionName(version)} §${clause.label}: ${party.stance}`,
    ),
    h('p', { class: 'muted' }, `Reached the clause via: ${party.via}`),
    h('p', {}, clause.text),
    chosen.length
      ? h('ul', { class: 'positions' }, chosen.map(positionItem))
      : h('p', {}, 'No recorded position.'),
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

export async function renderDisputes(plan, query) {
  const versions = await api.versions(plan);
  const slugs = versions.map((v) => v.slug);
  const slug = slugs.includes(query.get('version')) ? query.get('version') : slugs[0];
  const [data, version] = await Promise.all([api.disputes(plan, slug), api.version(plan, slug)]);
  const status = new Map(version.clauses.map((c) => [c.label, c.status]));
  const parties = [...new Set(data.clauses.flatMap((c) => c.parties.map((p) => p.party)))].sort();
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Clause'),
    h('th', { scope: 'col' }, 'Status'),
    parties.map((p) => h('th', { scope: 'col' }, p)),
  );
  const rows = data.clauses.map((c) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row', class: 'clause-cell' },
        h('a', { href: historyHref(plan, slug, c.label) }, `§${c.label}`),
        status.get(c.label) === 'reported' ? [' ', reportedBadge()] : null,
        h('span', { class: 'clause-text' }, c.text),
      ),
      h(
        'td',
        {},
        h('span', { class: `chip dispute-${c.status}` }, c.status),
        h('br'),
        h('span', { class: 'muted small' }, c.scope),
      ),
      parties.map((name) => {
        const party = c.parties.find((p) => p.party === name);
        if (!party) {
          return h(
            'td',
            { class: 'stance none' },
            h('span', { class: 'visually-hidden' }, 'no stance'),
          );
        }
        return h(
          'td',
          { class: `stance stance-${party.stance}` },
          h(
            'button',
            {
              type: 'button',
              class: `heat stance-${party.stance}`,
              'aria-label': `${name} ${party.stance} on §${c.label} (via ${party.via}): show quotes`,
              onclick: () => openCell(c, party, version),
            },
            party.stance,
            h('span', { class: 'via' }, party.via),
          ),
        );
      }),
    ),
  );
  mount(
    `Disputes ${versionName(version)}`,
    h('h1', {}, `Disputes: ${versionName(version)}`),
    h(
      'form',
      { class: 'controls', onsubmit: (e) => e.preventDefault(), 'aria-label': 'Choose a version' },
      select(
        'version',
        'Version',
        versions.map((v) => [v.slug, `${versionName(v)} (${v.date})`]),
        slug,
        (v) =>
          navigate(planLink(plan, `/disputes?version=${encodeURIComponent(v)}`), {
            replace: true,
            focus: false,
          }),
      ),
    ),
    h(
      'p',
      {},
      version.title,
      ' ',
      basisBadge(version.basis),
      ' ',
      gradeBadge(version.grade, version.gradeNote),
    ),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Stances' },
      STANCES.map((s) => h('li', {}, h('span', { class: `chip stance-${s}` }, s))),
    ),
    h(
      'p',
      { class: 'muted' },
      'Each cell is a party’s stance on the clause; select it for the quotes, dates and sources.',
    ),
    h(
      'div',
      { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Stance heat map' },
      h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, rows)),
    ),
  );
}
