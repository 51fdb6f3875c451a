/**
 * Dispute status of each clause of a version, derived from the parties' positions. Positions in
 * the press rarely name a point: they target a point, a list of points, a topic, or the whole
 * version. Each is applied to the clauses it covers, and every derived stance says how it was
 * reached (`via`), so a reader can tell a quoted objection to point 21 from a general one.
 */

export const STANCES = ['supports', 'opposes', 'conditional', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

export const DISPUTE_STATUSES = ['agreed', 'disputed', 'rejected', 'deferred', 'unknown'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

/** How a position reached a clause, most specific first. */
export type Via = 'clause' | 'sub-point' | 'parent' | 'topic' | 'version' | 'author';

export interface PositionInput {
  readonly id: string;
  /** null for commentators, whose words never count as a party's stance. */
  readonly party: string | null;
  readonly actor?: string;
  readonly version: string;
  /** `label`/`labels` name clauses; `topic` alone names a topic; topic "general" means the whole version. */
  readonly target: {
    readonly label?: string;
    readonly labels?: readonly string[];
    readonly topic?: string;
  };
  readonly stance: Stance;
  readonly date?: string | null;
}

export interface DisputeClauseInput {
  readonly label: string;
  readonly parent?: string;
  readonly topics: readonly string[];
}

export interface DisputeInput {
  readonly version: string;
  readonly clauses: readonly DisputeClauseInput[];
  readonly positions: readonly PositionInput[];
  /** Parties that authored the version: they count as supporting it unless a position says otherwise. */
  readonly authors: readonly string[];
  /** Labels the version itself brackets for later (a `deferred` link points at them). */
  readonly deferred: ReadonlySet<string>;
}

export interface PartyStance {
  readonly party: string;
  readonly stance: Stance;
  readonly via: Via;
  /** Ids of the positions that decided this stance (empty for an author's presumed support). */
  readonly positions: readonly string[];
}

export interface ClauseDispute {
  readonly label: string;
  readonly status: DisputeStatus;
  /**
   * `specific` when some stance rests on a position about this clause, its point or its topic;
   * `plan-wide` when only positions on the whole version (or an author's presumed support) bear
   * on it. "Disputed, plan-wide" means a party rejected the plan, not this clause in particular.
   */
  readonly scope: 'specific' | 'plan-wide' | 'none';
  readonly parties: readonly PartyStance[];
}

const SPECIFICITY: readonly Via[] = ['clause', 'sub-point', 'parent', 'topic', 'version'];
// On the same level and date, the cautious reading wins: an objection is not outvoted by a
// same-day endorsement.
const CAUTION: Record<Stance, number> = { opposes: 3, conditional: 2, unclear: 1, supports: 0 };

function targets(position: PositionInput): string[] {
  return [
    ...(position.target.labels ?? []),
    ...(position.target.label !== undefined ? [position.target.label] : []),
  ];
}

/** How `position` reaches `clause`, or undefined when it does not. */
function reach(
  position: PositionInput,
  clause: DisputeClauseInput,
  children: ReadonlyMap<string, readonly string[]>,
): Via | undefined {
  const labels = targets(position);
  if (labels.length > 0) {
    if (labels.includes(clause.label)) return 'clause';
    if ((children.get(clause.label) ?? []).some((kid) => labels.includes(kid))) return 'sub-point';
    if (clause.parent !== undefined && labels.includes(clause.parent)) return 'parent';
    return undefined;
  }
  const topic = position.target.topic;
  if (topic === undefined || topic === 'general') return 'version';
  // Compound topics in the dossier are written "territory / nuclear-plant".
  const topics = topic.split('/').map((t) => t.trim());
  return topics.some((t) => clause.topics.includes(t)) ? 'topic' : undefined;
}

function partyStance(
  party: string,
  reached: readonly { position: PositionInput; via: Via }[],
): PartyStance {
  const level = SPECIFICITY.find((via) => reached.some((r) => r.via === via))!;
  const atLevel = reached.filter((r) => r.via === level).map((r) => r.position);
  const latest = atLevel.reduce((best, p) => ((p.date ?? '') > (best.date ?? '') ? p : best));
  const sameDay = atLevel.filter((p) => (p.date ?? '') === (latest.date ?? ''));
  const decisive = sameDay.reduce((best, p) =>
    CAUTION[p.stance] > CAUTION[best.stance] ? p : best,
  );
  return { party, stance: decisive.stance, via: level, positions: atLevel.map((p) => p.id).sort() };
}

function statusOf(stances: readonly PartyStance[], deferred: boolean): DisputeStatus {
  if (deferred) return 'deferred';
  const has = (s: Stance): boolean => stances.some((p) => p.stance === s);
  const support = has('supports') || has('conditional');
  if (has('opposes')) return support ? 'disputed' : 'rejected';
  if (stances.length > 0 && stances.every((p) => p.stance === 'supports')) return 'agreed';
  return 'unknown';
}

/**
 * For each clause: each party's stance (from its most specific position, the latest on that level)
 * and the clause's status: `deferred` when the version brackets it; `disputed` when some party
 * opposes and another supports (conditionally or not); `rejected` when opposition meets no
 * support; `agreed` when every party with a stance supports; otherwise `unknown`.
 */
export function disputesOf(input: DisputeInput): ClauseDispute[] {
  const positions = input.positions.filter(
    (p): p is PositionInput & { party: string } => p.version === input.version && p.party !== null,
  );
  const children = new Map<string, string[]>();
  for (const clause of input.clauses) {
    if (clause.parent !== undefined) {
      children.set(clause.parent, [...(children.get(clause.parent) ?? []), clause.label]);
    }
  }
  return input.clauses.map((clause) => {
    const byParty = new Map<string, { position: PositionInput; via: Via }[]>();
    for (const position of positions) {
      const via = reach(position, clause, children);
      if (via !== undefined) {
        byParty.set(position.party, [...(byParty.get(position.party) ?? []), { position, via }]);
      }
    }
    const parties = [...byParty].map(([party, reached]) => partyStance(party, reached));
    for (const author of input.authors) {
      if (!byParty.has(author)) {
        parties.push({ party: author, stance: 'supports', via: 'author', positions: [] });
      }
    }
    parties.sort((x, y) => x.party.localeCompare(y.party));
    const specific = parties.some((p) => p.via !== 'version' && p.via !== 'author');
    return {
      label: clause.label,
      status: statusOf(parties, input.deferred.has(clause.label)),
      scope: specific ? 'specific' : parties.length > 0 ? 'plan-wide' : 'none',
      parties,
    };
  });
}
