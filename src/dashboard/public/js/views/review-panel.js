import { h, pct } from '../dom.js';
import {
  partyChip,
  partyName,
  positionTarget,
  stanceMark,
  STANCE_MARKS,
  targetText,
} from '../review-ui.js';
import { errorBox, gradeText, historyHref, planLink } from '../ui.js';

const ROLES = ['official', 'institution', 'commentator'];
const GRADES = ['A', 'B', 'C', 'D'];

const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];

/** What the extractor read, or what review made of it. */
function facts(s) {
  return h(
    'dl',
    { class: 'facts' },
    row('Speaker', s.speaker || 'unnamed', s.role !== 'unknown' ? ` (${s.role})` : ''),
    row('Party', partyChip(s.party, partyName(s))),
    row('Stance', h('span', { class: 'chip' }, stanceMark(s.stance), ' ', s.stance)),
    row('About', targetText(s.target, s.topics)),
    row(
      'Said',
      s.mode === 'direct' ? 'quoted directly' : 'reported speech',
      s.reportedBy ? `, relayed by ${s.reportedBy}` : '',
      s.date ? [' on ', h('time', { datetime: s.date }, s.date)] : '',
    ),
    row('Confidence', pct(s.confidence)),
  );
}

/** The position an accepted statement became, with a way to see it counted. */
function outcome(plan, s, position) {
  if (s.status === 'rejected') {
    return h('p', { class: 'outcome rejected' }, h('strong', {}, 'Rejected: '), s.reason || '');
  }
  if (s.status !== 'accepted') return null;
  if (!position) {
    return h('p', { class: 'outcome accepted' }, `Accepted as position ${s.position}.`);
  }
  const where =
    position.version && position.clause
      ? h('a', { href: historyHref(plan, position.version, position.clause) }, 'clause history')
      : h(
          'a',
          {
            href: planLink(plan, `/disputes?version=${encodeURIComponent(position.version || '')}`),
          },
          'disputes',
        );
  return h(
    'div',
    { class: 'outcome accepted' },
    h('p', {}, h('strong', {}, `Accepted as position ${position.id}: `)),
    h(
      'p',
      { class: 'position-summary' },
      partyChip(position.party, position.party || 'commentator'),
      ' ',
      position.actor ? `${position.actor.name} ` : '',
      h('span', { class: 'chip' }, stanceMark(position.stance), ' ', position.stance),
      ` on ${positionTarget(position)} · `,
      h('span', { class: 'badge grade' }, gradeText(position.grade)),
    ),
    h('p', { class: 'small' }, 'See it in the ', where, '.'),
  );
}

function field(id, label, control, help) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    help ? h('span', { class: 'muted small block' }, help) : null,
  );
}

function choice(id, options, value) {
  return h(
    'select',
    { id, name: id },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
}

/**
 * The correction form: every field starts at what the extractor read; on submit only the
 * corrections that differ are sent, the rest comes from the statement itself.
 */
function editForm(s, ctx) {
  const t = s.target;
  const clause = t.kind === 'clause' ? t.labels?.[0]?.label || '' : '';
  const input = (id, value, attrs = {}) => h('input', { id, name: id, value, ...attrs });
  const form = h(
    'form',
    {
      class: 'review-form',
      'aria-label': 'Correct and accept',
      onsubmit: (e) => {
        e.preventDefault();
        const v = (id) => form.elements.namedItem(id).value.trim();
        const body = {};
        if (v('rv-speaker') && v('rv-speaker') !== (s.speaker || '')) {
          body.speaker = v('rv-speaker');
        }
        if (v('rv-party') !== (s.party || '')) body.party = v('rv-party') || null;
        if (v('rv-role') && v('rv-role') !== s.role) body.role = v('rv-role');
        if (v('rv-stance') !== s.stance) body.stance = v('rv-stance');
        const target = {
          version: v('rv-version') || null,
          clause: v('rv-clause') || null,
          topic: v('rv-topic') || null,
        };
        const before = {
          version: t.version || null,
          clause: clause || null,
          topic: t.topic || s.topics[0] || null,
        };
        if (JSON.stringify(target) !== JSON.stringify(before)) body.target = target;
        if (v('rv-grade')) body.grade = v('rv-grade');
        if (v('rv-note')) body.note = v('rv-note');
        void ctx.accept(body);
      },
    },
    h(
      'datalist',
      { id: 'rv-parties' },
      ctx.parties.map((p) => h('option', { value: p })),
    ),
    field('rv-speaker', 'Speaker', input('rv-speaker', s.speaker || '', { maxlength: 200 })),
    field(
      'rv-party',
      'Party',
      input('rv-party', s.party || '', { list: 'rv-parties', maxlength: 200 }),
      'Empty: no party (a commentator).',
    ),
    field(
      'rv-role',
      'Role',
      choice(
        'rv-role',
        [['', `as read (${s.role})`], ...ROLES.map((r) => [r, r])],
        ROLES.includes(s.role) ? s.role : '',
      ),
    ),
    field(
      'rv-stance',
      'Stance',
      choice(
        'rv-stance',
        Object.keys(STANCE_MARKS).map((x) => [x, `${STANCE_MARKS[x]} ${x}`]),
        s.stance,
      ),
    ),
    field(
      'rv-version',
      'About version',
      choice(
        'rv-version',
        [
          ['', 'none: the plan as a whole'],
          ...ctx.versions.map((x) => [x.slug, x.label || x.slug]),
        ],
        t.version || '',
      ),
    ),
    field(
      'rv-clause',
      'Clause',
      input('rv-clause', clause, { maxlength: 64 }),
      'Empty: the whole version.',
    ),
    field('rv-topic', 'Topic', input('rv-topic', t.topic || s.topics[0] || '', { maxlength: 100 })),
    field(
      'rv-grade',
      'Evidence grade',
      choice(
        'rv-grade',
        [['', 'default (A direct, B reported, C unnamed)'], ...GRADES.map((g) => [g, g])],
        '',
      ),
    ),
    field(
      'rv-note',
      'Note',
      h('textarea', { id: 'rv-note', name: 'rv-note', rows: 2, maxlength: 2000 }),
    ),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit' }, 'Accept with corrections'),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => ctx.cancel() }, 'Cancel'),
    ),
  );
  return form;
}

function rejectForm(ctx) {
  const reason = h('input', {
    id: 'rv-reason',
    name: 'rv-reason',
    required: true,
    maxlength: 2000,
    autocomplete: 'off',
  });
  return h(
    'form',
    {
      class: 'review-form',
      'aria-label': 'Reject',
      onsubmit: (e) => {
        e.preventDefault();
        if (!reason.value.trim()) return reason.focus();
        void ctx.reject(reason.value.trim());
      },
    },
    field('rv-reason', 'Why reject it?', reason, 'Required; kept with the statement and audited.'),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'danger' }, 'Reject'),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => ctx.cancel() }, 'Cancel'),
    ),
  );
}

function signInPrompt(ctx, refused) {
  return h(
    'div',
    { class: 'notice', role: 'alert' },
    h(
      'p',
      {},
      refused === 403
        ? 'This token may read but not review: reviewing needs an editor token.'
        : 'Reviewing changes the record, so it needs an editor token.',
    ),
    h('button', { type: 'button', onclick: () => ctx.signIn() }, 'Sign in'),
  );
}

/** The side panel for the statement at ctx.index, in ctx.mode (view, edit, reject, sign-in). */
export function reviewPanel(plan, ctx) {
  const s = ctx.statements[ctx.index];
  if (!s) return [h('h2', {}, 'Nothing to review'), h('p', {}, 'This article has no statements.')];
  const position = s.position ? ctx.positions.get(s.position) : null;
  const keys = h(
    'p',
    { class: 'muted small keys' },
    'Keys: ',
    ...[['j', 'k'], ['a'], ['e'], ['r'], ['Esc']].flatMap((ks, i) => [
      ...ks.map((k) => h('kbd', {}, k)),
      ` ${['next/previous', 'accept', 'correct', 'reject', 'cancel'][i]}${i < 4 ? ', ' : ''}`,
    ]),
  );
  const actions =
    s.status === 'proposed' && ctx.mode === 'view'
      ? h(
          'p',
          { class: 'actions' },
          h('button', { type: 'button', onclick: () => ctx.accept({}) }, 'Accept (a)'),
          ' ',
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => ctx.edit() },
            'Correct (e)',
          ),
          ' ',
          h(
            'button',
            { type: 'button', class: 'danger', onclick: () => ctx.startReject() },
            'Reject (r)',
          ),
        )
      : null;
  return [
    h(
      'h2',
      { id: 'panel-title', tabindex: '-1' },
      `Statement ${ctx.index + 1} of ${ctx.statements.length}`,
      ' ',
      h('span', { class: `chip status-${s.status}` }, s.status),
    ),
    h('blockquote', { class: 'panel-quote' }, `“${s.quote}”`),
    facts(s),
    outcome(plan, s, position),
    ctx.error ? errorBox(ctx.error) : null,
    ctx.mode === 'signin' ? signInPrompt(ctx, ctx.refused) : null,
    ctx.mode === 'edit' ? editForm(s, ctx) : null,
    ctx.mode === 'reject' ? rejectForm(ctx) : null,
    actions,
    keys,
  ];
}
