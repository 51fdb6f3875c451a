import type { Statement } from './types';

/**
 * A reporter's lead-in and the quote it introduces are one statement (annotation policy: one
 * entry per contiguous attributed span): "Ushakov added that the list had to be checked against
 * the earlier versions:" + a paragraph opening with «…». Inside one sentence makeDraft already
 * keeps the quote alone; across a paragraph break the lead-in came out as a reported statement
 * of its own, which the gold never lists (dev 004, 053). The quote stays the statement, as the
 * gold gives it, and the lead-in only lends it its date.
 */

/**
 * "adding", "noting", "добавив", "зазначивши": a participle that hands the sentence over to the
 * quote. Nothing else may stand between the lead-in and the quote mark: another verb, clause or
 * speaker there ("but cautioned:", "Her bottom line:") makes two statements.
 */
const PARTICIPLE =
  'adding|saying|noting|stressing|insisting|warning|explaining|добавив|отметив|подчеркнув|заявив|пояснив|уточнив|додавши|зазначивши|наголосивши|підкресливши|заявивши|пояснивши|уточнивши';

/**
 * From the end of the reported span to the quote's first character: a colon (a paragraph may end
 * on it, the quote opening the next one), or a participle then a colon, a comma or nothing. A
 * full stop ends the lead-in: a sentence before a quote is its own statement as often as not on
 * dev, so it is left alone.
 */
const SPACE = '[^\\S\\n]*';
/** A colon, where a paragraph may end: one line break, or one blank line, and no more. */
const COLON = `:(?:${SPACE}\\n){0,2}`;
const LINK = new RegExp(
  `${SPACE}(?:,${SPACE}(?:${PARTICIPLE})${SPACE}(?:${COLON}|,)?|${COLON})${SPACE}[“"«„]`,
  'uy',
);

/** Joins each reported lead-in into the direct quote right after it, when both agree. */
export function joinLeadIns(text: string, statements: readonly Statement[]): Statement[] {
  const directAt = new Map<number, Statement>();
  for (const s of statements) if (s.mode === 'direct') directAt.set(s.span[0], s);
  const joined = new Map<Statement, Statement>();
  const dropped = new Set<Statement>();
  for (const lead of statements) {
    if (lead.mode !== 'reported' || lead.speaker === null) continue;
    LINK.lastIndex = lead.span[1];
    const link = LINK.exec(text);
    const quote = link ? directAt.get(lead.span[1] + link[0].length) : undefined;
    if (quote === undefined || quote.speaker !== lead.speaker || joined.has(quote)) continue;
    // A lead-in with a verdict of its own that the quote does not share ("rejected the points
    // on territory: «…»" over a quote read as unclear) is a statement apart; on dev every lead-in
    // joined reads `unclear`, the quote carrying the verdict.
    if (lead.stance !== 'unclear' && lead.stance !== quote.stance) continue;
    dropped.add(lead);
    joined.set(quote, { ...quote, date: lead.date ?? quote.date });
  }
  return statements.filter((s) => !dropped.has(s)).map((s) => joined.get(s) ?? s);
}
