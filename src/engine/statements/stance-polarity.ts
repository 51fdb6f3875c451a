import { escapeRegExp } from '../text/regexp';
import { NEGATORS } from './lexicon';
import { deniedClaim, ownPush } from './stance-en';
import { doubtNegated } from './stance-en-implied';
import {
  CLAUSE_BREAK,
  clauseBefore,
  listNegated,
  modalNegated,
  REPORTED_CLAIM,
  thirdPersonCue,
} from './stance-rules';

/**
 * Counting a cue list's matches in a quote, each read with its negation and its subject: the
 * polarity half of stanceOf (stance.ts), kept apart so that the stance decision reads in one file.
 */

const NEGATOR_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NEGATORS.map(escapeRegExp).join('|')})(?![\\p{L}])|n't`,
  'u',
);

const ADVERBIALS =
  /(?<![\p{L}])(?:at any moment|at any time|at all|in any form|in any way|under any circumstances|ever|definitely|certainly|simply|really|even|ни в коем случае|ни при каких обстоятельствах|никогда|ніколи|жодним чином|ни в какой форме)(?![\p{L}])/gu;

/**
 * "what they would accept", "which points suit": an indirect question, no evaluation. A relative
 * "which is …" ("removed, which is a positive development") evaluates what came before: no question.
 */
const WH_QUESTION =
  /[^\p{L}](?:what|how much|how far|which(?!\s+(?:is|was|are|were|would be|will be|has been)(?![\p{L}])))\s(?:\p{L}+\s+){0,2}$/u;

const OPEN_QUESTION =
  /[^\p{L}](?:whether|ли|чи)[^\p{L}]|[^\p{L}](?:expects?|expected|wants?|wanted|pressure|pressed|pushing|pushed|asked|requires?|required|urged?|called on)\s+(?:\p{L}+\s+){0,3}to\s+(?:\p{L}+\s+)?$/u;

/**
 * Matches of `re` in `text`, plain or negated. `keepsPolarity` before a cue keeps it plain
 * ("cannot be a capitulation"); a cue in a clause whose subject is another party
 * (`otherSubject`), or another party's reported position, does not count.
 */
export function polarityCount(
  text: string,
  re: RegExp,
  keepsPolarity?: RegExp,
  otherSubject?: RegExp,
  party?: string | null,
): { plain: number; negated: number } {
  let plain = 0;
  let negated = 0;
  // exec on the shared pattern, not matchAll: matchAll clones it, and a clone of the idiom
  // alternation can lose its compiled code and pay the compile again.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // The three words before the cue (a clause break ends the look-back).
    const before = clauseBefore(text, m.index, 40, CLAUSE_BREAK);
    // Adverbials are transparent to negation: "will not at any moment subscribe to".
    const words = before.replace(ADVERBIALS, ' ').trim().split(/\s+/u).slice(-3).join(' ');
    // "whether Moscow will accept", "expects Russia to accept": someone else's open question
    // (but "we want Kyiv to accept" is the speaker's own push, and counts).
    const own = ownPush(before, party);
    if ((OPEN_QUESTION.test(` ${before}`) && !own) || WH_QUESTION.test(` ${words} `)) continue;
    // "the Russians have rejected …" in a Ukrainian's or an analyst's mouth: a report of another
    // party's position, not the speaker's.
    const clause = clauseBefore(text, m.index, 140, CLAUSE_BREAK);
    if (
      (otherSubject?.test(` ${clause}`) ||
        (party !== undefined && thirdPersonCue(text, clause, m.index))) &&
      !own
    ) {
      continue;
    }
    if (REPORTED_CLAIM.test(clause) || deniedClaim(clause)) continue;
    if (keepsPolarity?.test(` ${words}`)) plain++;
    else if (
      NEGATOR_RE.test(` ${words}`) ||
      listNegated(text, m.index) ||
      modalNegated(before) ||
      doubtNegated(text, m.index)
    ) {
      negated++;
    } else plain++;
  }
  return { plain, negated };
}
