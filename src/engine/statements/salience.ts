import type { SpeakerRole } from './types';
import type { RolePhrase } from './roles';

/**
 * Who was named or quoted recently, for back-references: he/she, "it", "the aide", "the deputy
 * foreign minister". Kept apart from attribution so each file stays one idea.
 */

/** A resolved speaker: a registry actor, a name it lacks, or an unnamed description. */
export interface Speaker {
  readonly name: string;
  readonly party: string | null;
  readonly role: SpeakerRole;
  readonly person: boolean;
  readonly gender?: 'male' | 'female';
  readonly title?: string;
  /** Pronoun and nominal references are less sure than names. */
  readonly indirect: boolean;
  /** "a senior official": no he/she refers back to it ("the official" does). */
  readonly unnamed?: boolean;
}

/** People recently named or quoted, most recent first, for he/she/"the aide". */
export class Salience {
  private readonly recent: Speaker[] = [];

  public push(speaker: Speaker): void {
    const at = this.recent.findIndex((s) => s.name === speaker.name);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift({ ...speaker, indirect: false });
    if (this.recent.length > 20) this.recent.pop();
  }

  /** he/she: the latest person of that gender; they: the latest speaker of any kind. */
  public pronoun(gender: 'male' | 'female' | undefined): Speaker | null {
    const hit = this.recent.find(
      (s) =>
        gender === undefined ||
        (s.person && !s.unnamed && (s.gender === undefined || s.gender === gender)),
    );
    return hit ? { ...hit, indirect: true } : null;
  }

  /** "it said": the latest institution. */
  public institution(): Speaker | null {
    const hit = this.recent.find((s) => !s.person);
    return hit ? { ...hit, indirect: true } : null;
  }

  /**
   * "the aide": the latest person whose title holds one of the keys, of the party the phrase
   * names if it names one; among them, one whose title also holds a hint ("Commission").
   */
  public nominal(
    keys: string | readonly string[],
    party: string | null = null,
    hints: readonly string[] = [],
  ): Speaker | null {
    const all = typeof keys === 'string' ? [keys] : keys;
    const fits = this.recent.filter((s) => {
      const title = (s.title ?? '').toLowerCase();
      // "the think tank", "по мнению эксперта": any commentator, institutions included.
      const fit = (k: string): boolean =>
        k === '@commentator' ? s.role === 'commentator' : s.person && title.includes(k);
      return all.some(fit) && (party === null || s.party === party);
    });
    const hinted = fits.find((s) => hints.some((h) => (s.title ?? '').toLowerCase().includes(h)));
    // '@latest': no one salient holds the title, so the latest named person is meant.
    const latest = all.includes('@latest')
      ? this.recent.find((s) => s.person && !s.unnamed && (party === null || s.party === party))
      : undefined;
    const hit = hinted ?? fits[0] ?? latest;
    return hit ? { ...hit, indirect: true } : null;
  }
}

/**
 * "the deputy foreign minister", "his deputy": whoever last spoke in that office (of the party
 * the phrase names); else, when the phrase or its possessor gives a party, an unnamed speaker of
 * that party; else nobody, as an unresolvable "the aide" is.
 */
export function office(r: RolePhrase, salience: Salience): Speaker | null {
  const owner = r.possessive ? salience.pronoun(r.possessive) : null;
  const party = r.party ?? owner?.party ?? null;
  // "his deputy" is someone other than "him": never the possessor himself.
  const back = salience.nominal(r.keys, party, r.hints);
  if (back && back.name !== owner?.name) return back;
  if (party === null) return null;
  return {
    name: r.text,
    party,
    role: 'official',
    person: true,
    title: r.keys[0]!,
    indirect: false,
    // "the EU's top diplomat …, she told reporters": one definite person, so he/she may refer to it.
  };
}
