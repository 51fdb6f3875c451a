/**
 * Verdict families, third round (issue #15): favourable verdicts that carry no cue word and were
 * read `unclear`, the largest stance error on every new blind round. Each family is a wording
 * of the annotation policy's `supports` (praising a point, confidence in the deal or its broker,
 * defending the plan against its critics) found in dev gold read `supports`, and checked for the
 * same wording in dev gold read `unclear` (the counts are in each comment: gold supports found /
 * gold unclear hit, over all dev rounds and the seeds). Input is the lower-cased statement.
 *
 * Tried and not kept as families, because dev gold reads them `unclear` far more often than
 * `supports` (the policy's border: progress, tone): thanks to the mediator (1 / 4), "productive",
 * "constructive", "useful" talks (0 / 31), "closer to a deal than ever", "almost there" (1 / 17).
 */

/**
 * The plan's critics as its wreckers: "bureaucrats in Brussels were trying to wreck President
 * Trump's peace plan", "if Brussels weren't standing in the way, there would have been peace"
 * (2 / 0). The English side of the Cyrillic SABOTAGED_BY_OTHERS. Only the plan, a deal or peace
 * as the object: obstructing "efforts" or "contacts" is a complaint about process (gold unclear).
 */
const OBSTRUCTED =
  /(?<![\p{L}])(?:try|tries|trying|tried|seek|seeks|seeking|attempt\p{L}*|do(?:ing|es)? everything|do(?:ing|es)? all they can)\s+(?:[\p{L}'-]+\s+){0,3}?to\s+(?:wreck|derail|sabotage|torpedo|undermine|obstruct|block|kill|scuttle|scupper|thwart)\s+(?:(?:the|this|that|a|our|his|president|trump's|u\.s\.|us|american|america's|peace)\s+){0,4}(?:plan|deal|agreement|settlement|initiative|peace|it)(?![\p{L}])|(?<![\p{L}])(?:standing|stand|stands|stood)\s+in\s+the\s+way\s+(?:of\s+(?:the\s+|a\s+)?(?:peace|deal|plan|agreement|settlement)|,\s+there\s+would)/u;

/**
 * Confidence that the deal will be made, or pressure to make it: "now they both want to make a
 * deal", "he expected Zelensky to get a deal done", "обе стороны хотят сделки" (2 / 0). Not a
 * hope about the talks ("we hope for progress") nor a single side's wish for peace ("the
 * Ukrainians want peace", gold unclear).
 */
const DEAL_WANTED =
  /(?<![\p{L}])(?:they|both sides|the two sides|both)\s+(?:both\s+|now\s+|really\s+)*(?:want|are ready|are willing)\s+to\s+(?:make|do|reach|sign|get)\s+(?:a|the)\s+deal(?![\p{L}])|(?<![\p{L}])(?:expect\p{L}*|want\p{L}*|urg\p{L}*|need\p{L}*)\s+(?:[\p{L}'-]+\s+){0,2}?["“”«]?to\s+get\s+(?:a|the|this)\s+deal\s+done|(?<![\p{L}])(?:обе стороны|обидві сторони|обидва)\s+(?:\p{L}+\s+)?(?:хотят|хочуть|готовы|готові)\s+(?:заключить\s+|укласти\s+|підписати\s+|подписать\s+)?(?:сделк|соглашени|угод)/u;

/**
 * The broker credited as the one who can bring peace: "the only person in the world who is
 * ready to force the Russian Federation to make peace is … Trump", "единственный, кто может
 * остановить войну" (1 / 0). "Without Trump it is impossible to end the war" is left out: dev
 * gold reads it with the thanks around it, `unclear`.
 */
const ONLY_BROKER =
  /(?<![\p{L}])the only (?:person|one|leader|man|president)\s+(?:[\p{L}'-]+\s+){0,4}?(?:who|that)\s+(?:can|could|is able|is ready|will)\s[^.;!?]{0,60}?(?:peace|end (?:the|this) war|stop (?:the|this) war)|(?<![\p{L}])(?:единственн\p{L}*|єдин\p{L}*)(?:\s+\p{L}+)?,?\s+(?:кто|хто)\s+(?:может|здатен|здатний|може|способен)\s[^.;!?]{0,60}?(?:мир|войн|війн)/u;

/**
 * A point or the text praised in words no cue list holds: "this could radically change the
 * situation", "a game changer", "that's a big step", "in pretty good shape" (2 / 0). Not "a
 * significant step: we expect a POW exchange" (gold unclear), and not "we need to change the
 * game" (a threat, no modal of possibility). Tried: "a very good work product" (dev/312), read
 * `conditional` with it, since "some of those items" in the same quote is a hedge.
 */
const POINT_PRAISED =
  /(?<![\p{L}])game.?changer|(?<![\p{L}])(?:could|can|would|will|might|могло б|могло би|могло бы|може|может|могли б|могли бы)\s+(?:\p{L}+\s+)?(?:radically|dramatically|fundamentally|кардинально|радикально|докорінно|коренным образом)\s+(?:change|змінити|изменить)|(?<![\p{L}])(?:that's|that is|this is|it's|it is|это|це)\s+(?:a\s+)?(?:big|huge|giant|major|великий|большой|огромный|величезний)\s+(?:step|шаг|крок)(?![\p{L}])|(?<![\p{L}])in\s+(?:pretty|very|really)\s+good\s+shape(?![\p{L}])/u;

/**
 * The text as a first in history: "a security framework is beginning to take shape … for the
 * first time in a long time", "готовий проєкт … гарантій – уперше в нашій історії" (2 / 0). Not a
 * bare "for the first time" or "впервые" (the first direct talks, the first exchange: a fact of
 * process, gold unclear).
 */
const FIRST_IN_HISTORY =
  /(?<![\p{L}])(?:for the first time in (?:our |a long |the country's |ukraine's )?(?:history|time)|(?:уперше|вперше) в (?:нашій |своїй )?історії|впервые (?:в|за) (?:нашей |своей )?(?:истории|долгое время))(?![\p{L}])/u;

const FAMILIES: readonly RegExp[] = [
  OBSTRUCTED,
  DEAL_WANTED,
  ONLY_BROKER,
  POINT_PRAISED,
  FIRST_IN_HISTORY,
];

/**
 * How many of the third-round favourable families the statement meets. A commentator's (party
 * null) description of who obstructs or what a text could change is analysis, not a party's
 * verdict: none counts for them.
 */
export function thirdFamilies(text: string, party?: string | null): number {
  if (party === null) return 0;
  return FAMILIES.reduce((n, re) => n + (re.test(text) ? 1 : 0), 0);
}
