import { auth, writes } from '../api.js';
import { h } from '../dom.js';

const PARTIES = ['Russia', 'Ukraine', 'US', 'Europe/EU'];
const STANCES = ['supports', 'conditional', 'opposes', 'unclear'];

const field = (id, label, control, hint) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'muted small', id: `${id}-hint` }, hint) : null,
  );

const options = (values, blank) => [
  blank ? h('option', { value: '' }, blank) : null,
  ...values.map((v) => h('option', { value: v }, v)),
];

/**
 * Records a party's or actor's position on this clause, with its source and evidence grade
 * (POST /positions). `done(id)` re-renders the history, which then lists it.
 */
export function positionForm(plan, version, label, done) {
  if (!auth.token()) {
    return h(
      'p',
      { class: 'muted' },
      'Sign in with an editor token to record a position on this clause.',
    );
  }
  const message = h('p', { id: 'position-message', role: 'alert', class: 'error', hidden: true });
  const val = (form, name) => form.elements[name].value.trim();
  return h(
    'form',
    {
      class: 'position-form card',
      'aria-label': 'Record a position on this clause',
      onsubmit: async (e) => {
        e.preventDefault();
        const form = e.target;
        const url = val(form, 'pos-url');
        const body = {
          party: val(form, 'pos-party') || undefined,
          actor: val(form, 'pos-actor') || undefined,
          version,
          clause: label,
          stance: val(form, 'pos-stance'),
          grade: val(form, 'pos-grade') || undefined,
          quote: val(form, 'pos-quote') || undefined,
          date: val(form, 'pos-date') || undefined,
          sources: url ? [{ url, outlet: val(form, 'pos-outlet') || undefined }] : undefined,
        };
        form.querySelector('button[type=submit]').disabled = true;
        try {
          const created = await writes.addPosition(plan, body);
          await done(created.id ?? created.key);
        } catch (err) {
          message.textContent = err.message || String(err);
          message.hidden = false;
          form.querySelector('button[type=submit]').disabled = false;
        }
      },
    },
    h('h3', {}, 'Record a position'),
    h(
      'div',
      { class: 'form-grid' },
      field(
        'pos-party',
        'Party',
        h('select', { id: 'pos-party', name: 'pos-party' }, options(PARTIES, '— none —')),
      ),
      field(
        'pos-actor',
        'Actor',
        h('input', { id: 'pos-actor', name: 'pos-actor', type: 'text', maxlength: 200 }),
      ),
      field(
        'pos-stance',
        'Stance',
        h('select', { id: 'pos-stance', name: 'pos-stance', required: true }, options(STANCES)),
      ),
      field(
        'pos-grade',
        'Evidence grade',
        h(
          'select',
          { id: 'pos-grade', name: 'pos-grade' },
          options(['A', 'B', 'C', 'D'], 'ungraded'),
        ),
      ),
      field('pos-date', 'Date', h('input', { id: 'pos-date', name: 'pos-date', type: 'date' })),
      field(
        'pos-outlet',
        'Outlet',
        h('input', { id: 'pos-outlet', name: 'pos-outlet', type: 'text', maxlength: 200 }),
      ),
      field(
        'pos-url',
        'Source URL',
        h('input', {
          id: 'pos-url',
          name: 'pos-url',
          type: 'url',
          required: true,
          placeholder: 'https://…',
        }),
      ),
    ),
    field(
      'pos-quote',
      'Quote',
      h('textarea', {
        id: 'pos-quote',
        name: 'pos-quote',
        rows: 2,
        'aria-describedby': 'pos-quote-hint',
      }),
      'At most 25 words, exactly as said; a party or an actor is required.',
    ),
    h('button', { type: 'submit' }, 'Record position'),
    message,
  );
}
