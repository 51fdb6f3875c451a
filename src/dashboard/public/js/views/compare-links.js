import { api, auth, writes } from '../api.js';
import { h } from '../dom.js';

// Curated links from the compare view. A pin confirms the engine's match (or a removal or an
// addition) as a curated link, which the engine then keeps; "not the same clause" records the
// source as removed and the target as added, the nearest thing the links API can say to
// "never match these two"; "unpin" deletes the curated links behind a pinned change (the API
// lets only admin tokens delete links; an editor gets the API's message).

// The engine pins only same/reworded/split/merged links (src/engine/lineage/curated.ts JOINING):
// a renumbered or moved clause is pinned as the same clause, and keeps its kind in the result.
const PIN_KIND = {
  unchanged: 'same',
  renumbered: 'same',
  moved: 'same',
  reworded: 'reworded',
  split: 'split',
  merged: 'merged',
};
const EVIDENCE = 'Curated in the dashboard compare view.';

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

function forbidBodies(change, from, to) {
  return [
    ...change.from.map((label) => ({
      from: { version: from, label },
      to: { version: to },
      kind: 'removed',
    })),
    ...change.to.map((label) => ({
      from: { version: from },
      to: { version: to, label },
      kind: 'added',
    })),
  ];
}

async function linksBehind(plan, change, from, to) {
  const links = await api.links(plan);
  return links.filter(
    (l) =>
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
              for (const l of await linksBehind(plan, change, from, to)) {
                await writes.deleteLink(plan, l.id);
              }
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
