import type { Change, Clause } from '../types';
import { parseBrackets } from './parse';
import {
  BRACKET_FATES,
  type Bracket,
  type BracketComparison,
  type BracketFate,
  type BracketResolution,
  type NewBracket,
  type ParsedText,
} from './types';

export {
  BRACKET_FATES,
  type BracketComparison,
  type BracketFate,
  type BracketResolution,
  type NewBracket,
} from './types';

/**
 * Fate of each bracketed decision of an older draft in a newer one, over the clause links the
 * aligner made (compareVersions on the clean texts). A decision is a lone bracket or a run of
 * `][` alternatives. Wordings are looked for in the newer text outside its brackets, anchored on
 * the words around the old bracket so that a short word ("or", "net") is not found by chance.
 */

interface Decision {
  readonly label: string;
  readonly members: readonly Bracket[];
  readonly wordings: readonly string[];
  /** Per wording, the forms to look for: as written, and without its own nested brackets. */
  readonly forms: readonly (readonly string[])[];
  readonly parentGroup?: number;
}

const norm = (s: string): string =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const words = (s: string): string[] =>
  norm(s)
    .trim()
    .split(' ')
    .filter((w) => w !== '');

/** A lone wording with nested brackets may survive without them: `[and[/or] a paper]` → "and a paper". */
function bareForm(text: string, b: Bracket): string | undefined {
  if (b.alternatives.length !== 1 || b.alternatives[0]!.attributions.length > 0) return undefined;
  let inner = text.slice(b.start + 1, b.end - 1);
  if (!inner.includes('[')) return undefined;
  for (let i = 0; i < 8 && /\[[^[\]]*\]/u.test(inner); i++) {
    inner = inner.replace(/\[[^[\]]*\]/gu, ' ');
  }
  return inner.replace(/[[\]]/gu, ' ');
}

function decisionsOf(label: string, text: string, parsed: ParsedText): Decision[] {
  const byGroup = new Map<number, Bracket[]>();
  for (const b of parsed.brackets) byGroup.set(b.group, [...(byGroup.get(b.group) ?? []), b]);
  return [...byGroup.values()].map((members) => {
    const parent = members[0]!.parent;
    return {
      label,
      members,
      wordings: members.flatMap((b) => b.alternatives.map((a) => a.text)),
      forms: members.flatMap((b) =>
        b.alternatives.map((a) => {
          const bare = bareForm(text, b);
          return bare === undefined ? [a.text] : [a.text, bare];
        }),
      ),
      ...(parent !== undefined ? { parentGroup: parsed.brackets[parent]!.group } : {}),
    };
  });
}

/** The newer text outside any bracket, normalised: only there is a wording settled. */
function settledText(text: string, parsed: ParsedText): string {
  let out = '';
  let at = 0;
  for (const b of parsed.brackets.filter((x) => x.depth === 1)) {
    out += `${text.slice(at, b.start)} | `;
    at = b.end;
  }
  return norm(out + text.slice(at));
}

/** Up to `k` words of plain text on either side of the decision in the older clause. */
function context(text: string, d: Decision, k: number): { left: string; right: string } {
  const first = d.members[0]!;
  const last = d.members.at(-1)!;
  const plain = (s: string): string[] =>
    words(s.replace(/\[[^\]]*\]/gu, ' ').replace(/[[\]{}]/gu, ' '));
  const left = plain(text.slice(Math.max(0, first.start - 200), first.start)).slice(-k);
  const right = plain(text.slice(last.end, last.end + 200)).slice(0, k);
  return { left: left.join(' '), right: right.join(' ') };
}

function found(hay: string, phrase: string): boolean {
  const p = phrase.trim();
  return p !== '' && hay.includes(` ${p} `);
}

function present(hay: string, text: string, d: Decision, wording: string): boolean {
  const w = words(wording).join(' ');
  if (w === '') return false;
  if (w.split(' ').length >= 2 && w.length >= 12 && found(hay, w)) return true;
  for (const k of [3, 2]) {
    const { left, right } = context(text, d, k);
    if (
      (left !== '' && found(hay, `${left} ${w}`)) ||
      (right !== '' && found(hay, `${w} ${right}`))
    ) {
      return true;
    }
  }
  return false;
}

function closedUp(hay: string, text: string, d: Decision): boolean {
  for (const k of [3, 2]) {
    const { left, right } = context(text, d, k);
    if (left !== '' && right !== '' && found(hay, `${left} ${right}`)) return true;
    // At the end of a clause there is nothing to close up on: the words before it must remain.
    if (right === '' && left.split(' ').length === k && found(hay, left)) return true;
  }
  return false;
}

const overlap = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(a.map((x) => norm(x)).filter((x) => x.trim() !== ''));
  return b.some((x) => set.has(norm(x)));
};

export function compareBrackets(
  from: { readonly slug: string; readonly clauses: readonly Clause[] },
  to: { readonly slug: string; readonly clauses: readonly Clause[] },
  /** The clause links: a Comparison's `changes`, or curated links of the same shape. */
  links: readonly Pick<Change, 'from' | 'to'>[],
): BracketComparison {
  const newer = new Map(
    to.clauses.map((c) => {
      const parsed = parseBrackets(c.text);
      return [c.label, { text: c.text, parsed, decisions: decisionsOf(c.label, c.text, parsed) }];
    }),
  );
  const linked = new Map<string, string[]>();
  for (const ch of links) for (const l of ch.from) linked.set(l, [...ch.to]);
  const carried = new Set<string>();
  const resolutions: BracketResolution[] = [];
  for (const clause of from.clauses) {
    const decisions = decisionsOf(clause.label, clause.text, parseBrackets(clause.text));
    const targets = linked.get(clause.label) ?? [];
    const fates = new Map<number, BracketFate>();
    const hay = targets
      .map((l) => settledText(newer.get(l)!.text, newer.get(l)!.parsed))
      .join(' | ');
    for (const d of decisions) {
      const group = d.members[0]!.group;
      const base = {
        label: clause.label,
        bracket: d.members[0]!.id,
        wordings: d.wordings,
        to: targets,
      };
      const parentFate = d.parentGroup === undefined ? undefined : fates.get(d.parentGroup);
      if (targets.length === 0 || parentFate === 'clause-removed') {
        fates.set(group, 'clause-removed');
        resolutions.push({ ...base, fate: 'clause-removed', survivors: [] });
        continue;
      }
      if (parentFate === 'deleted') {
        fates.set(group, 'deleted');
        resolutions.push({ ...base, fate: 'deleted', survivors: [] });
        continue;
      }
      const still = stillOpen(d, targets, newer, carried);
      if (still !== undefined) {
        fates.set(group, 'open');
        resolutions.push({ ...base, fate: 'open', survivors: [], still });
        continue;
      }
      const survivors = d.forms.flatMap((forms, i) =>
        forms.some((w) => present(hay, clause.text, d, w)) ? [i] : [],
      );
      const fate: BracketFate =
        survivors.length > 1
          ? 'merged'
          : survivors.length === 1
            ? d.wordings.length === 1
              ? 'kept'
              : 'resolved'
            : closedUp(hay, clause.text, d)
              ? 'deleted'
              : 'rewritten';
      fates.set(group, fate);
      resolutions.push({ ...base, fate, survivors });
    }
    settleRuns(clause.text, decisions, resolutions, fates);
  }
  const added: NewBracket[] = [];
  for (const c of to.clauses) {
    for (const d of newer.get(c.label)!.decisions) {
      if (!carried.has(`${c.label}#${d.members[0]!.group}`)) {
        added.push({ label: c.label, bracket: d.members[0]!.id, wordings: d.wordings });
      }
    }
  }
  const summary = Object.fromEntries([...BRACKET_FATES, 'added'].map((f) => [f, 0])) as Record<
    BracketFate | 'added',
    number
  >;
  for (const r of resolutions) summary[r.fate]++;
  summary.added = added.length;
  return { from: from.slug, to: to.slug, resolutions, added, summary };
}

/** A decision is still open when a bracket of a linked newer clause offers one of its wordings. */
function stillOpen(
  d: Decision,
  targets: readonly string[],
  newer: ReadonlyMap<string, { readonly decisions: readonly Decision[] }>,
  carried: Set<string>,
): { label: string; bracket: number } | undefined {
  for (const label of targets) {
    for (const nd of newer.get(label)!.decisions) {
      const key = `${label}#${nd.members[0]!.group}`;
      if (!carried.has(key) && overlap(d.wordings, nd.wordings)) {
        carried.add(key);
        return { label, bracket: nd.members[0]!.id };
      }
    }
  }
  return undefined;
}

const SETTLED: ReadonlySet<BracketFate> = new Set(['kept', 'resolved', 'merged']);

/**
 * Brackets written one after another with only spaces between (`[below 1.5 °C] [or] [well below
 * 2 °C]`) are read as one passage: when one of them is kept, the others that are not found were
 * dropped, even though the words around each of them (its siblings) never close up.
 */
function settleRuns(
  text: string,
  decisions: readonly Decision[],
  resolutions: BracketResolution[],
  fates: Map<number, BracketFate>,
): void {
  const start = resolutions.length - decisions.length;
  let run: number[] = [];
  const flush = (): void => {
    const members = run.map((i) => resolutions[start + i]!);
    if (members.length > 1 && members.some((r) => SETTLED.has(r.fate))) {
      for (const i of run) {
        const r = resolutions[start + i]!;
        if (r.fate !== 'rewritten') continue;
        resolutions[start + i] = { ...r, fate: 'deleted' };
        fates.set(decisions[i]!.members[0]!.group, 'deleted');
      }
    }
    run = [];
  };
  for (const [i, d] of decisions.entries()) {
    const prev = i > 0 ? decisions[i - 1]! : undefined;
    const joined =
      prev !== undefined &&
      prev.members[0]!.parent === d.members[0]!.parent &&
      /^\s+$/u.test(text.slice(prev.members.at(-1)!.end, d.members[0]!.start));
    if (!joined) flush();
    run.push(i);
  }
  flush();
}
