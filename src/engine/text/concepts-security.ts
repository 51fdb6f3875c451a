/**
 * Concept vocabulary of arms-control and normalisation texts between states in English, Russian
 * and Ukrainian, merged into the lexicon of text/concepts.ts: denuclearisation and
 * non-proliferation, the goals and phases of a process, relations between states and the
 * regions and peninsulas they sit in. Same conventions: word starts on folded lower-case
 * tokens, the longest listed prefix wins, `=word` is a whole token.
 *
 * Kept apart because successive statements of one process name their commitments in these
 * words ("verifiable denuclearization of the Korean Peninsula" / "денуклеаризация Корейского
 * полуострова"; "normalize relations" / "нормализации отношений"), where the earlier lexicons
 * had none and name skeletons miss the adjective forms (Korean / Корейского).
 */
export const SECURITY_LEXICON: Record<string, string> = {
  reactor: 'reactor реактор',
  program: 'program программ програм',
  relation: 'relation отношен відносин',
};
