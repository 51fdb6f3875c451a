import { list } from './lexicon/list';

/**
 * Verdict families (issue #15, session 12): wordings of a clear verdict that new writers use and
 * the cue lists lacked, grouped by what they do to the plan, not by article. Unseen rounds read
 * most clear verdicts as `unclear` (blind-7: 33 of 57). Cue entries are read like the lexicon's
 * (a word start, any ending; a negator up to three words before flips them).
 */

/**
 * The text or its broker attacked as partial or as a scheme: "the mediator is biased", "it plays
 * into Putin's hands", "выглядит подозрительно", "политическая афера", "упереджений". Negated
 * ("not biased") they count the other way, like any cue.
 */
export const FAMILY_NEGATIVE: readonly string[] = list(
  'biased|plays into the hands|play into the hands|playing into the hands|plays into putin',
  "play into putin|into the kremlin's hands|into moscow's hands|suspicious",
  'not an honest broker|dishonest broker|pro-russian plan|pro-kremlin|keep the war going',
  'keeps the war going|keep this war going|encourage putin|encourages putin|encouraged putin',
  'подозрительн|підозріл|афер|реваншизм|реваншист|пророссийск|проросійськ|прокремлевск',
  'прокремлівськ|играет на руку|играют на руку|грає на руку|грають на руку|на руку кремл',
  'на руку москв|на руку росси|на руку путин|на руку росії|подыгрыва|підігрує|підігрують',
  'невозможен|интервенци|інтервенці|схемой продолжения|схема продолжения',
  'продолжения военных действий|продовження бойових дій',
);
