/**
 * English framing verbs: the reporter's verdict on what a speaker did to the plan ("Rutte
 * welcomed the plan", "Zakharova dismissed the proposals"). Each pattern matches the verb as
 * written, with its inflections, and nothing of its object; the Cyrillic lists are in
 * stance-framing-cyrillic.ts.
 */

/** Endorsement: welcomed, praised, endorsed, backed, hailed, "threw his weight behind". */
export const EN_POSITIVE =
  /(?<![\p{L}-])(?:welcom(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|endors(?:e|ed|es|ing)|back(?:ed|s|ing)|hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|commend(?:ed|s|ing)?|laud(?:ed|s|ing)?|embrac(?:e|ed|es|ing)|champion(?:ed|s|ing)|defend(?:ed|s|ing)|support(?:ed|s|ing)|accept(?:ed|s|ing)?|approv(?:e|ed|es|ing)|signed off on|(?:threw|throw|throws|throwing) (?:his|her|its|their) (?:full )?weight behind)(?![\p{L}-])/giu;

/** Rejection: rejected, dismissed, slammed, criticised, denounced, attacked, "hit out at". */
export const EN_NEGATIVE =
  /(?<![\p{L}-])(?:reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|slam(?:med|s|ming)?|critici[sz](?:e|ed|es|ing)|denounc(?:e|ed|es|ing)|attack(?:ed|ing)|condemn(?:ed|s|ing)?|blast(?:ed|ing)|derid(?:e|ed|es|ing)|ridicul(?:ed|es|ing)|rebuff(?:ed|s|ing)?|spurn(?:ed|s|ing)?|oppos(?:e|ed|es|ing)|trash(?:ed|ing)|pann(?:ed|ing)|assail(?:ed|s|ing)?|refus(?:ed|es|ing) to (?:accept|endorse|back|support|sign)|(?:scoff|balk|baulk)(?:ed|s|ing)? at|(?:lash|lashed|lashes|lashing|hit|hits|hitting) out at|(?:took|takes|taking) aim at|(?:poured|pours|pouring) cold water on|(?:pushed|pushes|pushing) back (?:against|on))(?![\p{L}-])/giu;

/** "described the 28 points as a surrender document", "branded the draft as": a label follows. */
export const EN_LABEL =
  /(?<![\p{L}-])(?:describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|characteri[sz](?:ed|es|ing)|portray(?:ed|s|ing))(?![\p{L}-])/giu;

/**
 * A negator just before the verb: "did not reject", "has never endorsed", "won't accept" ("n't"
 * ends its word, so it takes no word boundary before it).
 */
export const EN_NEGATED =
  /(?:(?:^|[^\p{L}])(?:not|never|no longer|hardly)|n['’]t)\s+(?:(?:yet|explicitly|openly|fully|publicly|outright|formally|directly)\s+)?$/iu;

/** "… was welcomed by", "backed by pressure": a passive verb's subject is its object. */
export const EN_PASSIVE_AFTER = /^\s+by(?![\p{L}])/iu;

/** Acceptance with a condition: "would accept the plan only if", "on condition that". */
export const EN_CONDITION =
  /(?<![\p{L}])(?:only if|only when|on condition|provided that|as long as|so long as|subject to)(?![\p{L}])/iu;

/** Where the verb's object ends in English: a clause break or the speech verb of a quote. */
export const EN_OBJECT_END =
  /[.;:!?—–]|,\s*(?:\p{L}+ing|he|she|they|and|but|while|as|then)(?![\p{L}])/iu;

/**
 * What the verb must be done to: the plan, a version, a point or the mediation ("the 28 points",
 * "the Witkoff draft", "Trump's push for a settlement", "европейские поправки"). Narrower than
 * PLAN_CUES: welcoming "the talks" or "the meeting" is about the process, which gold reads as
 * unclear.
 */
export const PLAN_OBJECT =
  /(?<![\p{L}])(?:plans?|initiatives?|proposals?|counter-?proposals?|drafts?|framework|points?|push|efforts?|blueprint|roadmap|deal|agreement|settlement|document|text|terms|version|amendments?|план\p{L}*|инициатив\p{L}*|ініціатив\p{L}*|предложени\p{L}*|пропозиці\p{L}*|поправ\p{L}*|пункт\p{L}*|документ\p{L}*|проект\p{L}*|проєкт\p{L}*|рамков\p{L}*|вариант\p{L}*|варіант\p{L}*|текст\p{L}*|угод\p{L}*|соглашени\p{L}*|договор\p{L}*|урегулюванн\p{L}*|урегулировани\p{L}*|зусилл\p{L}*|усили\p{L}*)(?![\p{L}])/iu;

/**
 * "скептично оцінив можливість того, що …", "dismissed the chances of a deal": a verdict on the
 * prospects, not on the plan (the annotation reads forecasts as unclear).
 */
export const PROSPECTS =
  /(?<![\p{L}])(?:possibilit\p{L}*|chances?|prospects?|likelihood|odds|возможност\p{L}*|вероятност\p{L}*|шанс\p{L}*|перспектив\p{L}*|можливіст\p{L}*|ймовірніст\p{L}*|імовірніст\p{L}*)(?![\p{L}])/iu;
