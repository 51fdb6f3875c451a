import { api, auth, writes } from '../api.js';
import { h } from '../dom.js';

// Curated links from the compare view. A pin confirms the engine's match (or a removal or an
// addition) as a curated link, which the engine then keeps; "not the same clause" records a
// `forbid` link, so the engine never links the two again; "unpin" deletes the curated links
// behind a pinned change (an editor may delete the links their own token made, an admin any;
// otherwise the API's message is shown). Pairs the engine did not match are linked with the
// form in compare-curation.js.

// The engine's kind for a 1:1 match is the kind recorded: renumbered and moved pin like same.
const PIN_KIND = {
  unchanged: 'same',
  renumbered: 'renumbered',
  moved: 'moved',
  reworded: 'reworded',
  split: 'split',
  merged: 'merged',
};
export const EVIDENCE = 'Curated in the dashboard compare view.';

/** The link bodies that pin `change` as it stands. */
function pinBodies(change, from, to) {
  if (!change.to.length) {
    return change.from.map((label) => ({
      from: { version: from, label },
      to: { version: to },
      kind: 'removed',
    }));
  }
  if (!change.from.length) {
    return change.to.map((label) => ({
      from: { version: from },
      to: { version: to, label },
      kind: 'added',
    }));
  }
  const kind = PIN_KIND[change.kind];
  if (!kind) return [];
  return change.from.flatMap((a) =>
    change.to.map((b) => ({
      from: { version: from, label: a },
      to: { version: to, label: b },
      kind,
    })),
  );
}

/** One forbid per pair of the change: none of its clauses may be linked to the other side's. */
function forbidBodies(change, from, to) {
  return change.from.flatMap((a) =>
    change.to.map((b) => ({
      from: { version: from, label: a },
      to: { version: to, label: b },
      kind: 'forbid',
    })),
  );
}

// The kinds that pin (docs/api.md, Comparing); relations and forbids are not behind a pin.
const PINNING = new Set([
  'same',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'removed',
  'added',
]);

async function linksBehind(plan, change, from, to) {
  const links = await api.links(plan);
  return links.filter(
    (l) =>
      PINNING.has(l.kind) &&
      l.from?.version === from &&
      l.to?.version === to &&
      ((l.from.label && change.from.includes(l.from.label)) ||
        (l.to.label && change.to.includes(l.to.label))),
  );
}

/**
 * Buttons for one change; `done(message)` re-renders the comparison with the message announced.
 * Not signed in, nothing is offered (the view says how to sign in once, above the list).
 */
export function linkActions(plan, change, from, to, done) {
  if (!auth.token()) return null;
  const run = (what, bodies) => async (e) => {
    e.target.disabled = true;
    try {
      for (const body of bodies) {
        await writes.addLink(plan, { ...body, evidence: EVIDENCE, confidence: 'high' });
      }
      await done(what);
    } catch (err) {
      await done(`Not saved: ${err.message || err}`, true);
    }
  };
  const refs = `${change.from.join('+') || '∅'} → ${change.to.join('+') || '∅'}`;
  const buttons = [];
  if (change.pinned) {
    buttons.push(
      h(
        'button',
        {
          type: 'button',
          class: 'small-button',
          'aria-label': `Unpin ${refs}`,
          onclick: async (e) => {
            e.target.disabled = true;
            try {
              const behind = await linksBehind(plan, change, from, to);
              if (!behind.length) {
                // Pinned through links into or out of another version (a chain): not here.
                await done(
                  `${refs} is pinned through links with another version; unpin it there.`,
                  true,
                );
                return;
              }
              for (const l of behind) await writes.deleteLink(plan, l.id);
              await done(`Unpinned ${refs}; the comparison was recomputed.`);
            } catch (err) {
              await done(`Not saved: ${err.message || err}`, true);
            }
          },
        },
        'Unpin',
      ),
    );
  } else {
    const pins = pinBodies(change, from, to);
    if (pins.length) {
      buttons.push(
        h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            'aria-label': `Pin ${refs}`,
            onclick: run(`Pinned ${refs} as ${pins[0].kind}; the comparison was recomputed.`, pins),
          },
          'Pin',
        ),
      );
    }
    if (change.from.length && change.to.length) {
      buttons.push(
        h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            'aria-label': `Not the same clause: ${refs}`,
            onclick: run(
              `Recorded ${refs} as not the same clause; the comparison was recomputed.`,
              forbidBodies(change, from, to),
            ),
          },
          'Not the same clause',
        ),
      );
    }
  }
  return buttons.length
    ? h('div', { class: 'link-actions', role: 'group', 'aria-label': 'Curate this match' }, buttons)
    : null;
}
