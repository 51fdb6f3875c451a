import { auth, writes } from '../api.js';
import { h, select } from '../dom.js';
import { versionName } from '../ui.js';
import { EVIDENCE } from './compare-links.js';

// The analyst's own reading of the pair, under the change list: the pairs kept apart (forbid
// links, which the comparison JSON does not carry), and a form to link any two clauses, for
// the matches the engine did not make itself.

const RELATIONS = [
  ['same', 'is the same clause'],
  ['reworded', 'is the same clause, reworded'],
  ['renumbered', 'is the same clause, renumbered'],
  ['moved', 'is the same clause, moved'],
  ['forbid', 'is NOT the same clause'],
];

const ref = (version, label) => `${versionName(version)} §${label}`;

function forbidList(plan, forbids, fromV, toV, done) {
  if (!forbids.length) return h('p', { class: 'muted' }, 'No pair is kept apart.');
  return h(
    'ul',
    { class: 'forbids', 'aria-label': 'Pairs kept apart' },
    forbids.map((l) => {
      const text = `${ref(fromV, l.from.label)} ↛ ${ref(toV, l.to.label)}`;
      return h(
        'li',
        { dataset: { from: l.from.label, to: l.to.label } },
        h('span', { class: 'chip kind-forbid' }, 'not the same'),
        ` ${text}`,
        auth.token()
          ? [
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'small-button',
                  'aria-label': `Remove: ${text}`,
                  onclick: async (e) => {
                    e.target.disabled = true;
                    try {
                      await writes.deleteLink(plan, l.id);
                      await done(`Removed ${text}; the comparison was recomputed.`);
                    } catch (err) {
                      await done(`Not saved: ${err.message || err}`, true);
                    }
                  },
                },
                'Remove',
              ),
            ]
          : null,
      );
    }),
  );
}

function pairForm(plan, fromV, toV, done) {
  // Placeholders (announced, not retrieved) are never compared: nothing to link.
  const labels = (v) =>
    v.clauses.filter((c) => c.status !== 'placeholder').map((c) => [c.label, `§${c.label}`]);
  const submit = async (e) => {
    e.preventDefault();
    const form = e.target;
    const [a, b, kind] = ['cur-from', 'cur-to', 'cur-kind'].map((n) => form.elements[n].value);
    const text = `${ref(fromV, a)} ${kind === 'forbid' ? '↛' : '→'} ${ref(toV, b)}`;
    form.querySelector('button[type=submit]').disabled = true;
    try {
      await writes.addLink(plan, {
        from: { version: fromV.slug, label: a },
        to: { version: toV.slug, label: b },
        kind,
        evidence: EVIDENCE,
        confidence: 'high',
      });
      await done(
        kind === 'forbid'
          ? `Recorded ${text} as not the same clause; the comparison was recomputed.`
          : `Pinned ${text} as ${kind}; the comparison was recomputed.`,
      );
    } catch (err) {
      await done(`Not saved: ${err.message || err}`, true);
    }
  };
  return h(
    'form',
    { class: 'controls curation-form', 'aria-label': 'Link two clauses', onsubmit: submit },
    select('cur-from', `Clause of ${versionName(fromV)}`, labels(fromV), '', () => undefined),
    select('cur-kind', 'Relation', RELATIONS, 'same', () => undefined),
    select('cur-to', `Clause of ${versionName(toV)}`, labels(toV), '', () => undefined),
    h('button', { type: 'submit' }, 'Record link'),
  );
}

/** The pair's forbids (for everyone) and, signed in, the form to link any two clauses. */
export function curationPanel(plan, links, fromV, toV, done) {
  const forbids = links.filter(
    (l) => l.kind === 'forbid' && l.from.version === fromV.slug && l.to.version === toV.slug,
  );
  // A reader who cannot curate needs no section saying that nothing was curated.
  if (!forbids.length && !auth.token()) return null;
  return h(
    'section',
    { class: 'curation', id: 'curation', 'aria-labelledby': 'curation-title' },
    h('h2', { id: 'curation-title' }, 'Kept apart by an analyst'),
    forbidList(plan, forbids, fromV, toV, done),
    auth.token()
      ? [
          h('h2', {}, 'Link two clauses'),
          h(
            'p',
            { class: 'muted small' },
            'For a match the engine did not make, or two clauses it must never match.',
          ),
          pairForm(plan, fromV, toV, done),
        ]
      : null,
  );
}
