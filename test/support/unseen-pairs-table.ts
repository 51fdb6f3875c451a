/**
 * The real pairs of fixtures/pairs/unseen that test/unseen-accuracy.spec.ts measures, with their
 * floors and held-out marks. Plain data, so scripts/unseen-dev.ts reads the same list instead of
 * a copy (it is compiled outside Jest).
 */
import { ELEVENTH_ROUND } from './unseen-pairs-eleventh';
import { HELD_OUT_ROUNDS } from './unseen-pairs-held-out';

export interface UnseenPair {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  /** Measured share of gold decisions right, minus a little. */
  readonly floor: number;
  /** Not run while the engine was being changed; measured once at the end. */
  readonly heldOut?: boolean;
}

export const UNSEEN_PAIRS: readonly UnseenPair[] = [
  { from: 'minsk1-en', to: 'minsk2-en', kind: 'successive agreements, English', floor: 0.9 },
  { from: 'minsk1-ru', to: 'minsk2-ru', kind: 'successive agreements, Russian', floor: 0.9 },
  {
    from: 'mmemo-en',
    to: 'minsk2-en',
    kind: 'successive agreements (Minsk Memorandum → Package of Measures), English',
    floor: 0.89,
  },
  {
    from: 'rdt-us-en',
    to: 'rdt-nato-en',
    kind: 'related drafts of one day (treaty with the US → agreement with NATO), English',
    floor: 0.84,
  },
  {
    from: 'rdt-us-ru',
    to: 'rdt-nato-en',
    kind: 'related drafts of one day, Russian → English',
    floor: 0.61,
  },
  { from: 'rdt-us-ru', to: 'rdt-us-en', kind: 'same draft treaty, Russian → English', floor: 0.98 },
  { from: 'minsk2-en', to: 'minsk2-enkp', kind: 'two English translations', floor: 0.98 },
  { from: 'minsk2-ru', to: 'minsk2-en', kind: 'same text, Russian → English', floor: 0.98 },
  { from: 'minsk2-uk', to: 'minsk2-ru', kind: 'same text, Ukrainian → Russian', floor: 0.98 },
  { from: 'v20', to: 'v20-uk', kind: 'same plan, English → Ukrainian', floor: 0.98 },
  { from: 'v20', to: 'v20-ru', kind: 'same plan, English → Russian', floor: 0.98 },
  {
    from: 'v20-ru',
    to: 'v20-uk',
    kind: 'same plan, independent Russian and Ukrainian renderings',
    floor: 0.98,
  },
  {
    from: 'nk20nov-ru',
    to: 'nk20nov-en',
    kind: 'Nagorno-Karabakh statement of 10 November 2020, Russian → English',
    floor: 0.98,
  },
  {
    from: 'nk20nov-uk',
    to: 'nk20nov-ru',
    kind: 'Nagorno-Karabakh statement, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  {
    from: 'nk20oct-en',
    to: 'nk20nov-en',
    kind: 'successive statements (Moscow, 10 October → trilateral, 10 November 2020), English',
    floor: 0.81,
  },
  {
    from: 'nk20oct-en',
    to: 'nk20nov-ru',
    kind: 'successive statements, English → Russian',
    floor: 0.98,
  },
  {
    from: 'nk20oct-uk',
    to: 'nk20oct-ru',
    kind: 'Moscow statement of 10 October 2020, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  {
    from: 'nk20oct-ru',
    to: 'nk20nov-uk',
    kind: 'successive statements, Russian → Ukrainian',
    floor: 0.98,
  },
  {
    from: 'nk20oct-ru',
    to: 'nk20nov-ru',
    kind: 'successive statements, Russian',
    floor: 0.98,
  },
  {
    from: 'bs25-usua-en',
    to: 'bs25-usru-en',
    kind: 'parallel statements of one day (Black Sea outcomes, US–Ukraine → US–Russia), English',
    floor: 0.98,
  },
  {
    from: 'bs25-usua-uk',
    to: 'bs25-usru-ru',
    kind: 'parallel statements, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  {
    from: 'bs25-usua-en',
    to: 'bs25-usru-ru',
    kind: 'parallel statements, English → Russian',
    floor: 0.98,
  },
  {
    from: 'bs25-usru-en',
    to: 'bs25-kremlin-en',
    kind: 'one meeting told by both sides (White House → Kremlin), English',
    floor: 0.98,
  },
  {
    from: 'bs25-usru-en',
    to: 'bs25-kremlin-ru',
    kind: 'one meeting told by both sides, English → Russian',
    floor: 0.98,
  },
  {
    from: 'drc-dop-en',
    to: 'drc-pa-en',
    kind: 'successive texts (DRC–Rwanda Declaration of Principles → Peace Agreement, 2025), English',
    floor: 0.8,
  },
  {
    from: 'rif-draft-en',
    to: 'rif-final-en',
    kind: 'successive drafts (US–Ukraine fund agreement, 21 → 25 February 2025), English',
    floor: 0.87,
  },
  {
    from: 'nk20nov-en',
    to: 'wd25-en',
    kind: 'successive texts (NK statement of November 2020 → Washington Joint Declaration, 2025), English',
    floor: 0.75,
  },
  // Sixth and seventh rounds (ninth session): gold committed before anything ran on the texts;
  // first run on engine 0.4.2 (main 3134b14), then on 0.5.0 unchanged on every pair (docs/engine.md
  // §6). Floors sit just under the first run.
  {
    from: 'gaza20-en',
    to: 'unsc2803-en',
    kind: 'successive texts (Gaza 20-point plan → UNSC resolution 2803), English',
    // 0.6.0: 0.885 -> 1.000 (free groups: plan 7 + 8 -> resolution 6).
    floor: 0.99,
  },
  {
    from: 'ist22-en',
    to: 'rmemo25-en',
    kind: "successive positions (Istanbul communiqué 2022 → Russia's 2025 memorandum), English",
    floor: 0.87,
  },
  {
    from: 'ist22-en',
    to: 'rmemo25-ru',
    kind: "successive positions (Istanbul communiqué 2022 → Russia's 2025 memorandum), English → Russian",
    floor: 0.75,
  },
  {
    from: 'rif-final-en',
    to: 'rif-signed-en',
    kind: 'successive texts (fund agreement, agreed → signed), English',
    floor: 0.6,
  },
  {
    from: 'rmemo25-en',
    to: 'rmemo25-ru',
    kind: 'same memorandum, English → Russian',
    floor: 0.98,
  },
  {
    from: 'rmemo25-uk',
    to: 'rmemo25-ru',
    kind: 'same memorandum, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  {
    from: 'doha20-en',
    to: 'usafg20-en',
    kind: 'texts of one day (US–Taliban agreement → US–Afghanistan declaration), English',
    floor: 0.72,
  },
  {
    from: 'az5p-en',
    to: 'aapa25-en',
    kind: "successive texts (Azerbaijan's five principles → the 2025 peace agreement), English",
    floor: 0.98,
  },
  {
    from: 'pf10-en',
    to: 'bsc24-en',
    kind: 'successive texts (Peace Formula → Bürgenstock communiqué), English',
    floor: 0.52,
  },
  {
    from: 'pf10-uk',
    to: 'bsc24-en',
    kind: 'successive texts (Peace Formula → Bürgenstock communiqué), Ukrainian → English',
    floor: 0.76,
  },
  {
    from: 'pf10-ru',
    to: 'bsc24-uk',
    kind: 'successive texts (Peace Formula → Bürgenstock communiqué), Russian → Ukrainian',
    floor: 0.76,
  },
  {
    from: 'gaza21-en',
    to: 'gaza20-en',
    kind: 'successive drafts (Gaza 21 points as reported → the 20-point plan), English',
    floor: 0.94,
  },
  {
    from: 'pf10-uk',
    to: 'pf10-ru',
    kind: 'same Peace Formula, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  {
    from: 'bsc24-uk',
    to: 'bsc24-ru',
    kind: 'same communiqué, independent Ukrainian and Russian renderings',
    floor: 0.98,
  },
  // Eighth round (ninth session): written after every engine change of the session was made,
  // gold committed before anything ran on it, first run on 0.5.0 as merged (the same figures as
  // 0.4.2): 152 of 180 decisions (0.844). Floors just under that first run.
  {
    from: 'sdjd-en',
    to: 'sdcf-en',
    kind: 'successive texts (Sudan: Jeddah Declaration → Jeddah ceasefire, 2023), English',
    floor: 0.61,
  },
  {
    from: 'pta22-en',
    to: 'nbo22-en',
    kind: 'successive texts (Ethiopia: Pretoria agreement → Nairobi declaration, 2022), English',
    // 0.6.0: 0.647 -> 0.824 (free groups: Pretoria 5 -> Nairobi 4 + 5).
    floor: 0.82,
  },
  {
    from: 'p1fs-en',
    to: 'p1-en',
    kind: 'successive texts (US–China Phase One fact sheet → signed agreement), English',
    floor: 0.98,
  },
  {
    from: 'lb24-en',
    to: 'lb25-en',
    kind: 'successive texts (Israel–Lebanon cessation of hostilities 2024 → the 2025 objectives), English',
    floor: 0.52,
  },
  {
    from: 'lb24-ru',
    to: 'lb25-en',
    kind: 'successive texts (Israel–Lebanon 2024 → 2025), Russian → English',
    floor: 0.76,
  },
  {
    from: 'lb24-ru',
    to: 'lb24-en',
    kind: 'same text (Israel–Lebanon 2024), independent Russian and English renderings',
    floor: 0.98,
  },
  {
    from: 'wa20rs-en',
    to: 'wa20xk-en',
    kind: "one day's parallel documents (Washington 2020: Serbia's → Kosovo's), English",
    floor: 0.92,
  },
  {
    from: 'wa20rs-ru',
    to: 'wa20xk-en',
    kind: "one day's parallel documents (Washington 2020), Russian → English",
    floor: 0.92, // 0.6.1: 0.857 -> 0.929 (the security lexicon's "relation")
  },
  {
    from: 'wa20rs-ru',
    to: 'wa20rs-en',
    kind: "same document (Serbia's Washington commitments), independent Russian and English renderings",
    floor: 0.98,
  },
  {
    from: 'minsk1-ru',
    to: 'minsk2-uk',
    kind: 'successive agreements, Russian → Ukrainian',
    // 0.818 on 0.4.2; 0.909 on 0.5.0, measured once after the session's engine changes.
    floor: 0.9,
    heldOut: true,
  },
  {
    from: 'v28',
    to: 'v20-uk',
    kind: 'successive plan versions, English → Ukrainian',
    floor: 0.83,
    heldOut: true,
  },
  ...ELEVENTH_ROUND,
  ...HELD_OUT_ROUNDS,
];
