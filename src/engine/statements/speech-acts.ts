import type { Draft } from './drafts';

/**
 * Reported clauses that carry an act rather than a view. An English appeal, warning, promise or
 * accusation with its object ("urged readers not to treat …", "warned Finns to lower their
 * expectations", "accused Moscow of talking peace") and a promise in any language ("пообещал
 * провести скоро") say what the speaker asked, promised or charged, not what they think of the
 * plan: such a clause stays a statement only when its own words name the plan ("urged allies to
 * back the peace plan"). After "that" / "что" / "що" or a colon the verb introduces a claim
 * ("warned that giving up territory would not bring peace"), so the rule does not apply. A
 * speech verb under a refusal ("refused to name", "отказался даже называть") reports no words.
 * Russian and Ukrainian appeals and accusations (призвал, закликав, обвинил, застеріг) were
 * tried too and cost a statement on two blind rounds: there they usually carry a position.
 */

const ACT_VERB =
  /^(?:urg(?:ed|es|ing)|warn(?:ed|s|ing)|accus(?:ed|es|ing)|promis(?:ed|es|ing)|pledg(?:ed|es|ing)|vow(?:ed|s|ing)|пообещал\p{L}*|обеща\p{L}*|пообіця\p{L}*|обіця\p{L}*)$/u;

/** The words between the verb and the span open a clause: a complementizer or a colon. */
const CLAUSE_OPENER = /(?:\bthat|(?<![\p{L}])(?:что|чтобы|що|щоб)|:)\s*$/u;

const REFUSED =
  /(?:\b(?:refused|declined|refuses|declines)\s+to|\bwould\s+not|(?<![\p{L}])(?:отказал\p{L}*|відмовив\p{L}*|відмовил\p{L}*)(?:\s+(?:даже|навіть))?)\s+$/u;

export type Act = 'none' | 'act' | 'refusal';

export function speechAct(text: string, d: Draft): Act {
  if (d.mode !== 'reported' || d.verb === null) return 'none';
  const verb = d.verb.toLowerCase();
  const before = text.slice(Math.max(0, d.start - 240), d.start).toLowerCase();
  const at = before.lastIndexOf(verb);
  if (at < 0) return 'none';
  if (REFUSED.test(before.slice(Math.max(0, at - 40), at))) return 'refusal';
  if (!ACT_VERB.test(verb) || CLAUSE_OPENER.test(before.slice(at))) return 'none';
  return 'act';
}
