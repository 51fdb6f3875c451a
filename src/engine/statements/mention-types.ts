import type { Descriptive } from './descriptive';
import type { RolePhrase } from './roles';
import type { TitleReading } from './titles';
import type { RegistryActor } from './types';

// The mention shape on its own, so that modules mentions.ts calls (surnames.ts) can name it
// without importing mentions.ts back.
export type MentionKind = 'actor' | 'pronoun' | 'nominal' | 'descriptive' | 'unknown';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly actor?: RegistryActor;
  /** The words as written (unknown names) or the nominal's title key ("aide"). */
  readonly text: string;
  readonly gender?: 'male' | 'female';
  /** "it": an institution, never a person. */
  readonly institution?: boolean;
  /** An unnamed or descriptive speaker ("a senior US official"). */
  readonly descriptive?: Descriptive;
  /** A name the registry lacks: the party or commentator role its title gives ("Dutch PM X"). */
  readonly title?: TitleReading;
  /** An office named without a name ("the deputy foreign minister", "his deputy"). */
  readonly role?: RolePhrase;
}
