/**
 * Concept vocabulary of arms-control and normalisation texts between states in English, Russian
 * and Ukrainian, merged into the lexicon of text/concepts.ts: nuclear programs and reactors,
 * relations between states and their friendship. Same conventions: word starts on folded
 * lower-case tokens, the longest listed prefix wins, `=word` is a whole token.
 *
 * Kept apart because successive statements of one process name their commitments in these
 * words ("all existing nuclear programs" / "существующих ядерных программ"; "normalize
 * relations" / "нормализации отношений"; "friendship between the peoples" / "friendly
 * relations"), where the earlier lexicons had none. Each class is here because leaving it out
 * cost development decisions (docs/engine.md §6, thirteenth session); classes that moved
 * nothing or cost decisions (Korea, Japan, Asia, denuclearisation, peninsula …) were left out.
 */
export const SECURITY_LEXICON: Record<string, string> = {
  reactor: 'reactor реактор',
  program: 'program программ програм',
  // Russian plural forms only: the singular "в отношении", "по отношению к", "отношение к" mean
  // "regarding" or "attitude", not relations between states.
  relation: 'relation =отношения =отношений =отношениям =отношениями =отношениях відносин',
  // Ukrainian "дружні" by whole forms: the bare start also takes "дружно" ("together").
  friendly:
    'friend дружб дружел дружеств =дружні =дружніх =дружнім =дружніми =дружній =дружня =дружнє =дружньої =дружнього =дружньому',
};
