import type { Attribution, AttributionVerb } from './types';

/**
 * Reads an attribution tail such as `- US; G77 delete`, `-G77; US, Canada, Japan, EU delete.` or
 * `proposed by US, supported by EU and Japan`. It is accepted only when the whole tail parses, so
 * ordinary prose that happens to contain a dash stays text.
 */

const MAX_PARTIES = 30;
const MAX_TAIL = 300;

const VERBS: Readonly<Record<string, AttributionVerb>> = {
  retain: 'retains',
  retains: 'retains',
  delete: 'deletes',
  deletes: 'deletes',
  support: 'supports',
  supports: 'supports',
  oppose: 'opposes',
  opposes: 'opposes',
  object: 'opposes',
  objects: 'opposes',
  reserve: 'reserves',
  reserves: 'reserves',
  propose: 'proposes',
  proposes: 'proposes',
};

const BY_VERBS: Readonly<Record<string, AttributionVerb>> = {
  proposed: 'proposes',
  supported: 'supports',
  opposed: 'opposes',
  deleted: 'deletes',
  retained: 'retains',
  reserved: 'reserves',
};

// Words that open a sentence or name a document part, never a delegation.
const NOT_PARTIES = new Set([
  'Parties',
  'Party',
  'Article',
  'Articles',
  'Convention',
  'Agreement',
  'Option',
  'Decision',
  'Annex',
  'The',
  'This',
  'These',
  'It',
  'In',
  'Paragraph',
]);

const WORD = String.raw`[A-Z][\p{L}\d+.'’&/-]*`;
const PARTY = new RegExp(String.raw`^${WORD}(?:\s+(?:${WORD}|of|the)){0,4}$`, 'u');
// "G77 and China" is one group; without this the list splitter would make it two parties.
const G77 = /\bG-?77\s*(?:and|&|\/|\+)\s*China\b/gu;

function partiesOf(list: string): string[] | undefined {
  const names = list
    .replace(G77, 'G77+China')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (names.length === 0) return undefined;
  for (const n of names) {
    if (n.length > 40 || !PARTY.test(n) || NOT_PARTIES.has(n.split(/\s/u)[0]!)) return undefined;
  }
  return names;
}

/** `US`, `EU, G77 retain`, `proposed by US`, `US, supported by EU` → attributions, or undefined. */
function clauseOf(clause: string, first: boolean): Attribution[] | undefined {
  const parts = clause.split(
    /,\s*(?=(?:proposed|supported|opposed|deleted|retained|reserved)\s+by\b)/iu,
  );
  const out: Attribution[] = [];
  for (const [i, part] of parts.entries()) {
    const by = /^(proposed|supported|opposed|deleted|retained|reserved)\s+by\s+(.+)$/iu.exec(part);
    if (by !== null) {
      const parties = partiesOf(by[2]!);
      if (parties === undefined) return undefined;
      out.push({ parties, verb: BY_VERBS[by[1]!.toLowerCase()]! });
      continue;
    }
    const m = /^(.+?)(?:\s+([a-z]+))?$/u.exec(part);
    if (m === null) return undefined;
    const verb = m[2] === undefined ? undefined : VERBS[m[2]];
    if (m[2] !== undefined && verb === undefined) return undefined;
    // A bare party list names the proposer, and only as the first thing said.
    if (verb === undefined && !(first && i === 0)) return undefined;
    const parties = partiesOf(m[1]!);
    if (parties === undefined) return undefined;
    out.push({ parties, verb: verb ?? 'proposes' });
  }
  return out;
}

export function parseTail(tail: string): Attribution[] | undefined {
  const body = tail
    .trim()
    .replace(/[.;,]+$/u, '')
    .trim();
  if (body === '' || body.length > MAX_TAIL) return undefined;
  const out: Attribution[] = [];
  for (const [i, clause] of body.split(/\s*;\s*/u).entries()) {
    const got = clauseOf(clause.trim(), i === 0);
    if (got === undefined) return undefined;
    out.push(...got);
  }
  const count = out.reduce((n, a) => n + a.parties.length, 0);
  return count > 0 && count <= MAX_PARTIES ? out : undefined;
}

/**
 * Where an alternative's attribution tail starts (offset into `s`), and what it says. Tries the
 * last few dashes preceded by a space, then a "proposed by" phrase.
 */
export function splitAttribution(
  s: string,
): { readonly at: number; readonly attributions: Attribution[] } | undefined {
  const dashes: number[] = [];
  for (const m of s.matchAll(/\s[-–—]\s?(?=[A-Z])/gu)) dashes.push(m.index);
  for (const at of dashes.reverse().slice(0, 3)) {
    const dash = /[-–—]/u.exec(s.slice(at))!;
    const attributions = parseTail(s.slice(at + dash.index + 1));
    if (attributions !== undefined) return { at, attributions };
  }
  // An alternative that is nothing but "-G77" (the text was the bracket before it) starts with it.
  const lead = /^[-–—]\s?(?=[A-Z])/u.exec(s);
  if (lead !== null) {
    const attributions = parseTail(s.slice(lead[0].length));
    if (attributions !== undefined) return { at: 0, attributions };
  }
  const by = /(?:^|[\s,(])((?:proposed|supported|opposed|deleted|retained|reserved)\s+by\s)/iu.exec(
    s,
  );
  if (by !== null) {
    const at = by.index + by[0].length - by[1]!.length;
    const attributions = parseTail(s.slice(at).replace(/\)\s*$/u, ''));
    if (attributions !== undefined) {
      return { at: at > 0 && s[at - 1] === '(' ? at - 1 : at, attributions };
    }
  }
  return undefined;
}
