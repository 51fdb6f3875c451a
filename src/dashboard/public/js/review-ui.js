import { h } from './dom.js';

// Colour tells parties apart at a glance; a printed mark tells stances apart, so no reading
// depends on colour alone (colour-blind readers, greyscale prints). The palette is Okabe and
// Ito's, chosen to stay distinct under the common colour-vision deficiencies.
const KNOWN_PARTIES = ['Russia', 'Ukraine', 'US', 'Europe/EU'];
const PALETTE_SIZE = 7;

/** The CSS class carrying a party's colour: fixed for the corpus parties, hashed for others. */
export function partyClass(party) {
  if (!party) return 'party-none';
  const known = KNOWN_PARTIES.indexOf(party);
  if (known >= 0) return `party-${known}`;
  let hash = 0;
  for (const ch of party) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `party-${KNOWN_PARTIES.length + (hash % (PALETTE_SIZE - KNOWN_PARTIES.length))}`;
}

export const STANCE_MARKS = {
  supports: '+',
  conditional: '±',
  opposes: '−',
  unclear: '?',
};

export function stanceMark(stance) {
  return h(
    'span',
    { class: `stance-mark mark-${stance}`, 'aria-hidden': 'true' },
    STANCE_MARKS[stance] ?? '?',
  );
}

/** "Russia" or "no party"; the speaker's role when it is not an official one. */
export function partyName(s) {
  return s.party || (s.role === 'commentator' ? 'commentator (no party)' : 'no party');
}

/** A party chip in the party's colour, with its name in text. */
export function partyChip(party, text = party || 'no party') {
  return h('span', { class: `party-chip ${partyClass(party)}` }, text);
}

/** The legend: each party's colour by name, each stance's mark by name. */
export function reviewLegend(parties) {
  return h(
    'div',
    { class: 'review-legend' },
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Party colours' },
      h('li', { class: 'muted small', 'aria-hidden': 'true' }, 'Party colours:'),
      [...parties, null].map((p) => h('li', {}, partyChip(p))),
    ),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Stance marks' },
      h('li', { class: 'muted small', 'aria-hidden': 'true' }, 'Stance marks:'),
      Object.keys(STANCE_MARKS).map((s) =>
        h('li', {}, h('span', { class: 'chip' }, stanceMark(s), ' ', s)),
      ),
    ),
  );
}

/** What a statement's target reads as: "V28 §6", "V28 as a whole", "topic: territory", "the plan". */
export function targetText(t, topics = []) {
  const labels = (t.labels || []).map((l) => `§${l.label}`);
  if (t.kind === 'clause' && t.version) return `${t.version} ${labels.join(', ')}`.trim();
  if (t.kind === 'clause') return labels.join(', ') || 'a clause';
  if (t.kind === 'version') return `${t.version || 'a version'} as a whole`;
  if (t.kind === 'topic') return `topic: ${t.topic || topics[0] || 'unknown'}`;
  return 'the plan as a whole';
}

/** Where a stored position points: "v28 §6", "v28 as a whole", "topic: x", "the plan". */
export function positionTarget(p) {
  if (p.version && p.clause) return `${p.version} §${p.clause}`;
  if (p.version) return `${p.version} as a whole${p.topic ? ` (topic: ${p.topic})` : ''}`;
  if (p.topic) return `topic: ${p.topic}`;
  return 'the plan as a whole';
}
