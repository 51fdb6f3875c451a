import type { Sentence } from './layout';
import type { Mention } from './mention-types';
import type { Salience, Speaker } from './salience';

/**
 * The mention a narrative sentence is about, whose speaker a following verb-less quote carries
 * ("Rubio would not commit. “We just need more time.”"). A name, an unnamed speaker or an office
 * anywhere in the sentence counts, as before; a pronoun counts only when it opens the sentence
 * ("She then tied the strike to the talks. “That is why …”"), where it is the subject and not an
 * object ("… told him"). Press-briefing and wire copy introduce a speaker once and then refer by
 * pronoun, so without this every such quote went unattributed.
 */
export function sentenceSubject(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
): Mention | undefined {
  const first = mentions[0];
  if (first?.kind === 'pronoun' && !first.institution && opensSentence(text, sentence, first)) {
    return first;
  }
  const main = mainClause(text, sentence.start, mentions);
  return main.find(
    (m) =>
      (m.kind === 'actor' || m.kind === 'unknown' || m.role !== undefined) &&
      !oblique(text, sentence.start, m),
  );
}

/** Whether a mention follows a Russian or Ukrainian preposition that makes it an object. */
export function oblique(text: string, from: number, m: { readonly start: number }): boolean {
  return OBLIQUE_RE.test(text.slice(Math.max(from, m.start - 12), m.start));
}

/**
 * "Після зустрічі з Трампом тон став обережнішим. «…», – сказав глава держави": a Russian or
 * Ukrainian name right after a preposition (with, to, from, about, after, against …) is an
 * object, not the subject the passage moves on to; "the head of state" still means the president
 * quoted before. Place prepositions (в, у, на) stay out: "У Кремлі відповіли" names the speaker.
 */
const OBLIQUE_RE =
  /(?<![\p{L}])(?:з|із|зі|с|со|до|к|ко|від|от|для|про|о|об|після|после|перед|між|между|без|через|проти|против|при|разом|вместе)\s+$/iu;

/**
 * "After receiving Zelensky at Castel Gandolfo, Leo went further", "Speaking to Trump, Orban
 * said …": a name inside an English introductory phrase (a preposition, a subordinator or a
 * participle, up to its comma) is an object, not the subject; the mentions of the main clause
 * after that comma, when it has any.
 */
const INTRO_RE =
  /^\s*(?:after|before|following|during|while|when|once|since|despite|unlike|like|upon|on|in|at|with|without|asked|speaking|talking|having|meeting|writing|responding|replying|addressing)\s[^,;:.!?“”"«»]{1,120},\s/iu;

const TIME_RE =
  /^\s*(?:(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Aa] few|[Ss]everal|[Ss]ome)\s+(?:days?|weeks?|months?|hours?)\s+later|[Ll]ater|[Tt]hen|[Ee]arlier|[Mm]eanwhile|[Ss]eparately|[Oo]n\s+\p{Lu}\p{L}+(?:\s+\d{1,2})?|[Bb]y\s+\p{Lu}\p{L}+\s+\p{L}+),\s/u;

export function mainClause<T extends { readonly start: number }>(
  text: string,
  from: number,
  mentions: readonly T[],
): readonly T[] {
  // Time adverbials may come first: "A week later, after receiving Zelensky …, Leo …".
  let at = from;
  let intro = false;
  for (let k = 0; k < 3; k++) {
    const head = text.slice(at, at + 160);
    const m = INTRO_RE.exec(head) ?? TIME_RE.exec(head);
    if (m === null) break;
    intro ||= INTRO_RE.test(head);
    at += m[0].length;
  }
  if (!intro) return mentions;
  const after = mentions.filter((m) => m.start >= at);
  return after.length > 0 ? after : mentions;
}

/** Nothing but blanks before the mention: an opening word ("Asked, she …") may make it an object. */
function opensSentence(text: string, sentence: Sentence, m: Mention): boolean {
  return m.start >= sentence.start && text.slice(sentence.start, m.start).trim() === '';
}

/**
 * Whether a quote opens its sentence, as the second half of an interrupted quote does ("“…,” he
 * said. “…”"). A sentence with words of its own before the quote ("As for the new draft: “…”",
 * "Her bottom line: “…”") starts a new statement even when the quote before ended in a comma.
 */
export function opensWithQuote(
  text: string,
  sentence: Sentence,
  quote: { readonly open: number },
): boolean {
  return text.slice(sentence.start, quote.open).trim() === '';
}

/**
 * "The former Dutch prime minister did not pretend it was simple. “…”", "Nor is the lawmaker
 * troubled by the row. “…”": a definite description opening a narrative sentence refers back
 * to the person the passage is about, whose title it paraphrases. When no one seen so far holds
 * that title, the most salient person is meant, not a new unnamed speaker.
 */
export function definiteBackReference(
  text: string,
  sentence: Sentence,
  subject: Mention,
  resolved: Speaker | null,
  salience: Salience,
): Speaker | null {
  // Resolved to someone already named: kept. Made from the phrase itself (an unnamed speaker,
  // or an office's own words as its name): the passage's person may be meant instead.
  const phrase = text.slice(subject.start, subject.end);
  const made =
    resolved === null ||
    resolved.unnamed === true ||
    resolved.name === subject.role?.text ||
    resolved.name === subject.descriptive?.text;
  if (!made) return resolved;
  // "the EU's top diplomat" names a current office of a party, which its holder may fill as an
  // unnamed speaker; a party-less description ("the lawmaker") or a past office ("the former
  // Dutch prime minister") only paraphrases someone already in the passage.
  if (resolved !== null && resolved.party !== null && !/(?<![\p{L}])former\s/iu.test(phrase)) {
    return resolved;
  }
  if (subject.kind !== 'nominal' && subject.kind !== 'descriptive') return resolved;
  const lead = text.slice(sentence.start, subject.start);
  const definite = /^the\s/iu.test(phrase) || /(?<![\p{L}])the\s+$/iu.test(lead);
  // At most three words before the phrase ("Nor is the lawmaker …"): still the subject.
  if (!definite || lead.trim().split(/\s+/u).filter(Boolean).length > 3) return resolved;
  return salience.pronoun(undefined) ?? resolved;
}

/**
 * A paragraph that continues the last speaker opens with the quote, or, in briefing write-ups,
 * with a topic label and a colon ("On the energy truce: “…”"), the question paraphrased.
 */
export function opensWithQuoteOrTopic(paragraph: string): boolean {
  return (
    /^\s*(?:on\s[^:“”"«»\n]{1,80}:\s*)?[“"«„‘]/iu.test(paragraph) || ENGLISH_LEAD.test(paragraph)
  );
}

/**
 * "Then the argument that made headlines in Riga: “…”", "16:05 — Then the threat: “…”": a short
 * English lead-in naming the speaker’s words (argument, threat, verdict …) and no one else (a
 * name would be the colon's speaker) still continues the last speaker.
 */
const ENGLISH_LEAD =
  /^\s*(?:\d{1,2}:\d{2}\s*[—–-]\s*)?(?:then\s+|and\s+)?(?:the|his|her|a)\s+(?:[a-z-]+\s+)?(?:argument|threat|message|answer|verdict|conclusion|line|point|punchline|retort|demand|appeal|plea|post|tweet|statement|readout|letter)(?![a-z])[a-z ,'’-]{0,100}:\s*[“"]/iu;
