import { api, auth, exportUrls } from '../api.js';
import { h, mount, pct, select } from '../dom.js';
import { navigate } from '../router.js';
import {
  basisBadge,
  exportLink,
  gradeBadge,
  historyHref,
  kindChip,
  planLink,
  reportedBadge,
  versionName,
} from '../ui.js';
import { inlineRedline, sideBySide } from './redline.js';
import { linkActions } from './compare-links.js';
import { curationPanel } from './compare-curation.js';

// The outcome of the last pin/forbid, shown once after the comparison is recomputed.
let notice = null;

const FORMATS = [
  ['md', 'Markdown'],
  ['html', 'HTML'],
  ['csv', 'CSV'],
  ['docx', 'Word (DOCX)'],
  ['pdf', 'PDF'],
];

const uniq = (xs) => [...new Set(xs)].sort();

function clauseLinks(plan, version, labels, statuses) {
  if (labels.length === 0) return h('span', { class: 'muted' }, '—');
  return labels.map((l, i) => [
    i > 0 ? ', ' : null,
    h(
      'a',
      {
        href: historyHref(plan, version.slug, l),
        title: `History of ${versionName(version)} §${l}`,
      },
      `${versionName(version)} §${l}`,
    ),
    statuses.get(l) === 'reported' ? [' ', reportedBadge()] : null,
  ]);
}

function changeItem(plan, change, from, to, statuses, mode, done) {
  const meta = h(
    'div',
    { class: 'change-meta' },
    kindChip(change.kind),
    h('span', { class: 'refs' }, clauseLinks(plan, from, change.from, statuses.from)),
    h('span', { 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'refs' }, clauseLinks(plan, to, change.to, statuses.to)),
    h(
      'span',
      { class: 'confidence', title: 'Alignment confidence' },
      `confidence ${pct(change.confidence)}`,
    ),
    change.pinned
      ? h('span', { class: 'chip pinned', title: 'Pinned by a curated link' }, 'curated')
      : null,
  );
  const tags = h(
    'div',
    { class: 'tags' },
    change.flags.map((f) => h('span', { class: 'chip flag' }, f)),
    change.topics.map((t) => h('span', { class: 'chip topic' }, `#${t}`)),
  );
  const body =
    mode === 'side'
      ? sideBySide(change.diff, versionName(from), versionName(to))
      : inlineRedline(change.diff);
  return h(
    'li',
    {
      class: `change kind-${change.kind}`,
      dataset: { kind: change.kind, from: change.from.join('+'), to: change.to.join('+') },
    },
    meta,
    tags,
    body,
    linkActions(plan, change, from.slug, to.slug, done),
  );
}

function statusMap(version) {
  return new Map(version.clauses.map((c) => [c.label, c.status]));
}

export async function renderCompare(plan, query) {
  const versions = await api.versions(plan);
  const slugs = versions.map((v) => v.slug);
  const fromSlug = slugs.includes(query.get('from')) ? query.get('from') : slugs[0];
  const toSlug = slugs.includes(query.get('to')) ? query.get('to') : slugs[slugs.length - 1];
  const [cmp, fromV, toV, links] = await Promise.all([
    api.compare(plan, fromSlug, toSlug),
    api.version(plan, fromSlug),
    api.version(plan, toSlug),
    api.links(plan),
  ]);
  const statuses = { from: statusMap(fromV), to: statusMap(toV) };
  const state = {
    kind: query.get('kind') || '',
    topic: query.get('topic') || '',
    flag: query.get('flag') || '',
    view: query.get('view') === 'side' ? 'side' : 'inline',
  };
  // A new pair is a new page (Back returns to the previous one) and keeps the filters.
  const go = (next) => {
    const q = new URLSearchParams({ from: next.from ?? fromSlug, to: next.to ?? toSlug });
    for (const k of ['kind', 'topic', 'flag']) if (state[k]) q.set(k, state[k]);
    if (state.view === 'side') q.set('view', 'side');
    void navigate(planLink(plan, `/compare?${q}`), { focus: false });
  };
  // After a write the comparison is fetched again and rebuilt; the keyboard lands on the notice
  // that says what happened (the button that was pressed is gone).
  const done = async (message, failed = false) => {
    notice = { message, failed };
    await navigate(location.pathname + location.search, { replace: true, focus: false });
    document.getElementById('link-notice')?.focus();
  };
  const options = versions.map((v) => [v.slug, `${versionName(v)} (${v.date})`]);

  const list = h('ol', { class: 'changes', 'aria-label': 'Changes' });
  const status = h('p', { class: 'status', role: 'status' });
  const redraw = () => {
    const shown = cmp.changes.filter(
      (c) =>
        (!state.kind || c.kind === state.kind) &&
        (!state.topic || c.topics.includes(state.topic)) &&
        (!state.flag || c.flags.includes(state.flag)),
    );
    list.replaceChildren(
      ...shown.map((c) => changeItem(plan, c, fromV, toV, statuses, state.view, done)),
    );
    status.textContent = `Showing ${shown.length} of ${cmp.changes.length} changes`;
    // Filters live in the URL so a filtered view can be shared, without a history entry each.
    const q = new URLSearchParams({ from: fromSlug, to: toSlug });
    for (const k of ['kind', 'topic', 'flag']) if (state[k]) q.set(k, state[k]);
    if (state.view === 'side') q.set('view', 'side');
    history.replaceState(null, '', planLink(plan, `/compare?${q}`));
  };
  const filter = (key) => (value) => {
    state[key] = value;
    redraw();
  };
  // A filter kept from another pair stays selectable even where it now matches nothing.
  const all = (label, values, current) => [
    ['', label],
    ...uniq([...values, ...(current ? [current] : [])]).map((v) => [v, v]),
  ];
  const viewToggle = h(
    'fieldset',
    { class: 'toggle' },
    h('legend', {}, 'Redline'),
    [
      ['inline', 'Inline'],
      ['side', 'Side by side'],
    ].map(([value, text]) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: 'view',
          value,
          checked: state.view === value,
          onchange: () => filter('view')(value),
        }),
        ` ${text}`,
      ),
    ),
  );
  const summary = Object.entries(cmp.summary)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => h('li', {}, kindChip(k), ` ${n}`));

  mount(
    `Compare ${versionName(fromV)} → ${versionName(toV)}`,
    h('h1', {}, `Compare ${versionName(fromV)} → ${versionName(toV)}`),
    h(
      'form',
      {
        class: 'controls',
        onsubmit: (e) => e.preventDefault(),
        'aria-label': 'Choose two versions',
      },
      select('from', 'From version', options, fromSlug, (v) => go({ from: v })),
      select('to', 'To version', options, toSlug, (v) => go({ to: v })),
    ),
    h(
      'div',
      { class: 'pair' },
      [fromV, toV].map((v) =>
        h(
          'p',
          {},
          h('strong', {}, versionName(v)),
          ` ${v.date} `,
          basisBadge(v.basis),
          ' ',
          gradeBadge(v.grade, v.gradeNote),
          h('br'),
          h('span', { class: 'muted' }, v.title),
        ),
      ),
    ),
    h('ul', { class: 'legend summary', 'aria-label': 'Summary' }, summary),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': 'Export' },
      FORMATS.map(([f, text]) =>
        exportLink(
          exportUrls.compare(plan, fromSlug, toSlug, f),
          text,
          `${plan}-${fromSlug}-${toSlug}.${f}`,
        ),
      ),
      exportLink(exportUrls.briefing(plan), 'Briefing (JSON)', `${plan}-briefing.json`),
    ),
    h(
      'form',
      { class: 'controls filters', onsubmit: (e) => e.preventDefault(), 'aria-label': 'Filters' },
      select(
        'kind',
        'Kind',
        all('All kinds', uniq(cmp.changes.map((c) => c.kind)), state.kind),
        state.kind,
        filter('kind'),
      ),
      select(
        'topic',
        'Topic',
        all('All topics', uniq(cmp.changes.flatMap((c) => c.topics)), state.topic),
        state.topic,
        filter('topic'),
      ),
      select(
        'flag',
        'Flag',
        all('All flags', uniq(cmp.changes.flatMap((c) => c.flags)), state.flag),
        state.flag,
        filter('flag'),
      ),
      viewToggle,
    ),
    notice
      ? h(
          'p',
          {
            id: 'link-notice',
            class: notice.failed ? 'error' : 'notice',
            role: notice.failed ? 'alert' : 'status',
            tabindex: '-1',
          },
          notice.message,
        )
      : auth.token()
        ? null
        : h(
            'p',
            { class: 'muted small' },
            'Sign in with an editor token to pin or forbid matches.',
          ),
    status,
    list,
    curationPanel(plan, links, fromV, toV, done),
  );
  notice = null;
  redraw();
}
