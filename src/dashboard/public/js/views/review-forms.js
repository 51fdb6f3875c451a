import { h } from '../dom.js';
import { STANCE_MARKS } from '../review-ui.js';

// The review panel's two forms: correct-and-accept and reject. Both submit through ctx.

const ROLES = ['official', 'institution', 'commentator'];
const GRADES = ['A', 'B', 'C', 'D'];

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
export function editForm(s, ctx) {
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

export function rejectForm(ctx) {
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
