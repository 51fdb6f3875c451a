import { h, select } from '../dom.js';
import { navigate } from '../router.js';
import { planLink, versionName } from '../ui.js';

/** Query parameters the disputes view passes on to the API (docs/disputes.md §6). */
export const FILTERS = ['party', 'from', 'to', 'grade', 'scope', 'offset'];

/**
 * The disputes filters, as in the API. A filter change replaces the URL (no history entry per
 * filter); another version is a new page (Back returns to the previous one) and keeps the
 * filters, as the compare view does when "To" changes. The keyboard stays on the control.
 */
export function filterForm(plan, versions, slug, query, partiesKnown) {
  const go = (key, value) => {
    // The address as it is now, not as it was when the form was drawn: two quick changes (a
    // party, then a version) must not let the second undo the first before the view redraws.
    const next = new URLSearchParams(location.search);
    next.set('version', slug);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'offset') next.delete('offset');
    return navigate(planLink(plan, `/disputes?${next}`), {
      replace: key !== 'version',
      focus: false,
    });
  };
  // A party kept from another version stays selectable even where nobody of it spoke.
  const party = query.get('party') || '';
  const parties = party && !partiesKnown.includes(party) ? [...partiesKnown, party] : partiesKnown;
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
    select('party', 'Party', [['', 'All parties'], ...parties.map((p) => [p, p])], party, (v) =>
      go('party', v),
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
