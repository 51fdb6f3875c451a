import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract, readCases, ROOT, score, SEEDS_DIR, totals } from './support/statements-eval';
import type { Score } from './support/statements-eval';

/**
 * Statement extraction measured against hand-made gold: the two seed articles (../shared/seeds,
 * required in CI, where ../shared sits beside the clone), the dev set the rules were tuned on and
 * the held-out set they never were (fixtures/articles). A statement counts when its span overlaps
 * a gold quote and its party is right; stance accuracy is over those.
 */

// The seeds are held to issue #15's bar. On dev the bar (F1 ≥ 0.8, stance ≥ 0.75) is met; on
// heldout and blind it is NOT yet met (fifth session, 40 dev articles: seeds 0.909 / 0.967, dev
// 0.919 / 0.821, of which the eight new English ones dev/033–040 0.967 / 0.841 (0.860 / 0.703
// when first run, unseen; 0.901 / 0.732 once five said-clauses the gold had omitted were added),
// heldout 0.773 / 0.667 (unchanged), blind 0.740 / 0.568; fourth session, 32 dev articles:
// seeds 0.909 / 0.967, dev 0.904 / 0.812, of which dev/001–022 0.910 / 0.850 and the ten new ones 0.889 / 0.722
// (0.721 / 0.491 when first run, unseen), heldout 0.773 / 0.667, blind 0.733 / 0.568; third
// session: dev(22) 0.910 / 0.850, heldout 0.748 / 0.653, blind 0.700 / 0.566; second session:
// dev 0.892 / 0.802, heldout 0.754 / 0.612; first session: dev 0.819 / 0.746, heldout 0.712 / 0.571).
// Fifth session, Russian/Ukrainian helper (dev/060–069 added, 42 dev articles): dev 0.900 / 0.812,
// of which dev/001–032 0.906 / 0.821 and dev/060–069 0.879 / 0.776 (0.724 / 0.690 when first run,
// unseen), dev-22 0.907 / 0.861, heldout 0.782 / 0.673, blind 0.782 / 0.591, seeds 0.909 / 0.967.
// These floors sit just under the measured figures so that any regression fails, and the table
// prints the gap. Raise them as the extractor improves; never lower them. The floor set on the
// 22 first dev articles stays on those articles ('dev-22'); the whole dev set has its own.
// Sixth session, both rounds merged (50 dev articles): seeds 0.909 / 0.967, dev 0.915 / 0.817,
// dev-22 0.910 / 0.862, heldout 0.782 / 0.673, blind 0.789 / 0.591; floors raised to match.
// Seventh session (dev 80 articles, of which 080-097 written by helpers who never saw the
// extractor; blind in two rounds): seeds 0.909 / 0.967, dev 0.920 / 0.893, dev-22 0.930 / 0.925,
// heldout 0.812 / 0.714, blind 0.781 / 0.678 (blind-1 0.852 / 0.642, blind-2 0.707 / 0.724).
// First runs on new material are in docs/statements.md; floors raised to match.
// Eighth session (dev 104: the 80 above as dev-s7, 24 new as dev-s8; registry 102 -> 426 actors;
// blind rounds 1, 2 and 4): seeds 0.909 / 0.967, dev 0.900 / 0.882, dev-s7 0.931 / 0.913, dev-s8
// 0.824 / 0.798, dev-22 0.938 / 0.943, heldout 0.812 / 0.732, blind 0.750 / 0.660 (blind-1+2
// 0.816 / 0.714, blind-1 0.866 / 0.670, blind-2 0.766 / 0.765, blind-4 0.610 / 0.508).
// Ninth session (dev-s9 = dev/300-311 new; blind-5 the tuners' validation round, blind-6 never
// seen by them): seeds 0.909 / 0.967, dev 0.904 / 0.889, dev-s8 0.841 / 0.817, dev-s9 0.629 /
// 0.582, heldout 0.820 / 0.737, blind 0.750 / 0.676, blind-5 0.749 / 0.563, blind-6 0.772 / 0.487.
// Tenth session (dev-s10 = dev/312-323 new; blind-6 the tuners' validation round, blind-7 never
// seen by them): seeds 0.909 / 0.967, dev 0.908 / 0.892, dev-s9 0.787 / 0.625, dev-s10 0.744 /
// 0.563, heldout 0.826 / 0.737, blind 0.766 / 0.683, blind-6 0.788 / 0.487, blind-7 0.752 / 0.543
// (its first run, unchanged by every merge). Joint floors (party and stance right over all gold)
// added on every row.
// Twelfth session (dev-s12 = dev/324-335 new; blind-6 + blind-7 the tuners' validation rounds,
// blind-8 never opened by them): seeds 0.909 / 0.967, dev 0.909 / 0.899, dev-s9 0.787 / 0.778,
// dev-s10 0.754 / 0.682, dev-s12 0.842 / 0.600, heldout 0.826 / 0.754, blind 0.772 / 0.686,
// blind-6 0.788 / 0.487, blind-7 0.757 / 0.558, blind-8 0.722 / 0.540; floors raised to match.
// Thirteenth session (dev-s13 = dev/348-359 and blind-9 = blind/336-347 new, both measured
// before any change and never seen by a tuner; blind-6 + 7 + 8 the tuners' validation rounds):
// seeds 0.909 / 0.967, dev 0.909 / 0.917, dev-s9 0.804 / 0.865, dev-s10 0.754 / 0.742, dev-s12
// 0.860 / 0.683, heldout 0.826 / 0.772, blind-6 0.788 / 0.500, blind-7 0.757 / 0.558, blind-8
// 0.722 / 0.540; blind-9 0.786 / 0.367 and dev-s13 0.723 / 0.442, unchanged by every merge.
const TARGET = { f1: 0.8, stance: 0.75 };
const DEV = join(ROOT, 'fixtures', 'articles', 'dev');
const BLIND = join(ROOT, 'fixtures', 'articles', 'blind');
/** Dev articles added in the eighth session. */
const isS8 = (n: string): boolean => (n >= '047' && n < '059') || (n >= '224' && n < '300');
/** Dev articles added in the ninth session (300-311, written blind to the extractor). */
const isS9 = (n: string): boolean => n >= '300' && n < '312';
/** Dev articles added in the tenth session (312-323, written blind to the extractor). */
const isS10 = (n: string): boolean => n >= '312' && n < '324';
/** Dev articles added in the twelfth session (324-335, written blind to the extractor). */
const isS12 = (n: string): boolean => n >= '324' && n < '336';
/** Dev articles added in the thirteenth session (348-359, written blind to the extractor). */
const isS13 = (n: string): boolean => n >= '348' && n < '360';

const SETS = [
  { name: 'seeds', dir: SEEDS_DIR, f1: 0.9, stance: 0.96, joint: 0.96 },
  { name: 'dev', dir: DEV, only: (n: string) => n < '300', f1: 0.9, stance: 0.91, joint: 0.84 },
  // The eighth session added 24 dev articles no rule had seen (047-058 written blind to the
  // extractor, 224-235 first written as blind round 3): each part keeps its own floor, so the new
  // material can neither dilute nor hide a drop on the old.
  {
    name: 'dev-s7',
    dir: DEV,
    only: (n: string) => !isS8(n) && n < '300',
    f1: 0.93,
    stance: 0.93,
    joint: 0.88,
  },
  { name: 'dev-s8', dir: DEV, only: isS8, f1: 0.84, stance: 0.86, joint: 0.73 },
  // Ninth session: 12 articles (4 EN, 4 RU, 4 UK) written blind to the extractor, first run on
  // main 3134b14 at P 0.663 R 0.598 F1 0.629 / stance 0.455 (EN 0.540 / 0.529, RU 0.618 / 0.412,
  // UK 0.737 / 0.429), then tuned on.
  { name: 'dev-s9', dir: DEV, only: isS9, f1: 0.8, stance: 0.86, joint: 0.69 },
  // Tenth session: 12 articles (4 EN, 4 RU, 4 UK) written blind to the extractor, first run on
  // main 30a704e at P 0.625 R 0.663 F1 0.643 / stance 0.455 (EN 0.667 / 0.619, RU 0.536 /
  // 0.400, UK 0.731 / 0.316), then open to tuning.
  { name: 'dev-s10', dir: DEV, only: isS10, f1: 0.75, stance: 0.74, joint: 0.59 },
  // Twelfth session: 12 articles (6 EN, 3 RU, 3 UK) written blind to the extractor, first run on
  // main 132cc28 (the tenth session's extractor plus the lead-in join): P 0.794 R 0.727 F1 0.759 / stance 0.433 /
  // verdict 0.548 / joint 0.315 (EN 0.824 / 0.476, RU 0.746 / 0.364, UK 0.613 / 0.368); then tuned
  // on: F1 0.842 / stance 0.600 / joint 0.503 after the session's merges; the thirteenth
  // session's recall and stance families: 0.860 / 0.683 / 0.587.
  { name: 'dev-s12', dir: DEV, only: isS12, f1: 0.85, stance: 0.68, joint: 0.58 },
  // Thirteenth session: 12 articles (6 EN, 3 RU, 3 UK) written blind to the extractor, first run
  // on main ebcc77a and again after the recall merge (same figures): P 0.778 R 0.675 F1 0.723 /
  // stance 0.442 / verdict 0.650 / joint 0.298 (EN 0.667 / 0.368, RU 0.800 / 0.500, UK 0.773 /
  // 0.529); tuning material from the next session on.
  { name: 'dev-s13', dir: DEV, only: isS13, f1: 0.72, stance: 0.44, joint: 0.29 },
  { name: 'dev-22', dir: DEV, only: (n: string) => n < '023', f1: 0.94, stance: 0.95, joint: 0.9 },
  {
    name: 'heldout',
    dir: join(ROOT, 'fixtures', 'articles', 'heldout'),
    f1: 0.82,
    stance: 0.77,
    joint: 0.62,
  },
  // Written blind (never seen by whoever tunes the rules). First round 201-211, measured
  // 2026-12-05: 0.700 / 0.539. Second round 212-223 (seventh session, 6 EN, 3 RU, 3 UK), first
  // run on the sixth session's extractor: P 0.688 R 0.547 F1 0.610 / stance 0.703 (English
  // 0.692 / 0.778, Russian and Ukrainian 0.528 / 0.607). Each round keeps its own floor, so a new
  // round can never dilute the old one's.
  {
    name: 'blind',
    dir: BLIND,
    only: (n: string) => n < '248',
    f1: 0.77,
    stance: 0.68,
    joint: 0.51,
  },
  {
    name: 'blind-1+2',
    dir: BLIND,
    only: (n: string) => n < '224',
    f1: 0.83,
    stance: 0.73,
    joint: 0.59,
  },
  {
    name: 'blind-1',
    dir: BLIND,
    only: (n: string) => n < '212',
    f1: 0.87,
    stance: 0.7,
    joint: 0.61,
  },
  {
    name: 'blind-2',
    dir: BLIND,
    only: (n: string) => n >= '212' && n < '224',
    f1: 0.78,
    stance: 0.77,
    joint: 0.58,
  },
  // Fourth round 236-247 (eighth session, 6 EN, 3 RU, 3 UK; round 3 became dev/224-235), first
  // run on main as the seventh session left it: P 0.432 R 0.327 F1 0.372 / stance 0.543; run
  // once more after the session's merges (nobody tuned on it): P 0.613 R 0.607 F1 0.610 / 0.508.
  {
    name: 'blind-4',
    dir: BLIND,
    only: (n: string) => n >= '236' && n < '248',
    f1: 0.64,
    stance: 0.55,
    joint: 0.35,
  },
  // Fifth round 248-259 (ninth session, 6 EN, 3 RU, 3 UK), written blind and used by the
  // session's tuners as a validation set (aggregate row only), so it is no longer blind to them.
  // First run on main 3134b14: P 0.725 R 0.774 F1 0.749 / stance 0.505.
  {
    name: 'blind-5',
    dir: BLIND,
    only: (n: string) => n >= '248' && n < '260',
    f1: 0.75,
    stance: 0.56,
    joint: 0.44,
  },
  // Sixth round 260-271 (ninth session, 6 EN, 3 RU, 3 UK): written blind, merged after every
  // tuner's branch was cut, so nobody tuning ever ran on it. First run on main 3134b14: P 0.886
  // R 0.684 F1 0.772 / stance 0.449 (EN 0.762 / 0.525, RU 0.776 / 0.368, UK 0.792 / 0.368).
  {
    name: 'blind-6',
    dir: BLIND,
    only: (n: string) => n >= '260' && n < '272',
    f1: 0.78,
    stance: 0.5,
    joint: 0.35,
  },
  // Seventh round 272-283 (tenth session, 6 EN, 3 RU, 3 UK): written blind, merged after every
  // tuner had stopped, so nobody tuning ever ran on it. First run on main 30a704e: P 0.770 R 0.734 F1 0.752 /
  // stance 0.543 (EN 0.707 / 0.553, RU 0.758 / 0.480, UK 0.863 / 0.591); after all the session's
  // merges the same figures.
  {
    name: 'blind-7',
    dir: BLIND,
    only: (n: string) => n >= '272' && n < '284',
    f1: 0.75,
    stance: 0.55,
    joint: 0.41,
  },
  // Eighth round 284-295 (twelfth session, 6 EN, 3 RU, 3 UK): written blind by two helpers,
  // merged before any of the session's extractor changes and never seen by a tuner. First run
  // on main 74d637d (the extractor as the tenth session left it): P 0.766 R 0.669 F1 0.714 /
  // stance 0.529, verdict 0.619, joint 0.354 (EN 0.730 / 0.500, RU 0.702 / 0.450, UK 0.691 / 0.684); after the
  // session's merges P 0.763 R 0.685 F1 0.722 / stance 0.540 / joint 0.370, floors there.
  {
    name: 'blind-8',
    dir: BLIND,
    only: (n: string) => n >= '284' && n < '296',
    f1: 0.72,
    stance: 0.54,
    joint: 0.37,
  },
  // Ninth round 336-347 (thirteenth session, 6 EN, 3 RU, 3 UK): written blind by two helpers,
  // merged before any of the session's extractor changes and never seen by a tuner. First run
  // on main ebcc77a (the extractor as the twelfth session left it): P 0.796 R 0.776 F1 0.786 /
  // stance 0.367 / verdict 0.619 / joint 0.284 (EN 0.767 / 0.391, RU 0.929 / 0.308, UK 0.679 /
  // 0.389); of 35 gold `supports` found with the right party, 30 were read as unclear.
  {
    name: 'blind-9',
    dir: BLIND,
    only: (n: string) => n >= '336' && n < '348',
    f1: 0.78,
    stance: 0.36,
    joint: 0.28,
  },
];

const LANGUAGES: readonly [string, (n: string) => boolean][] = [
  ['en', (n) => !/-(?:ru|uk)$/u.test(n)],
  ['ru', (n) => n.endsWith('-ru')],
  ['uk', (n) => n.endsWith('-uk')],
];

const table: string[] = [];
afterAll(() => {
  process.stdout.write(
    `\nStatement extraction (party-correct matches; target F1 ≥ ${TARGET.f1}, stance ≥ ${TARGET.stance})\n` +
      `  verdict: share of clear verdicts shown that are right; joint: gold found with party and stance right\n` +
      `  set       P      R      F1     stance verdict joint  (gold/pred)\n${table.join('\n')}\n`,
  );
});

describe.each(SETS)('statements on $name', ({ name, dir, f1, stance, joint, ...rest }) => {
  const only = 'only' in rest ? rest.only : undefined;
  const cases = readCases(dir).filter((c) => only === undefined || only(c.name));
  const present = cases.length > 0;

  it(`${present ? '' : '(absent) '}reaches F1 ≥ ${f1}, stance ≥ ${stance}, joint ≥ ${joint}`, () => {
    if (!present) {
      // The seeds live outside the clone; CI checks them out beside it, so there they must exist.
      if (name === 'seeds' && process.env.CI) throw new Error(`seeds missing at ${dir}`);
      expect(existsSync(dir)).toBe(false);
      return;
    }
    const scores: Score[] = cases.map((c) => score(c, extract(c)));
    const t = totals(scores);
    const g = scores.reduce((n, s) => n + s.gold, 0);
    const p = scores.reduce((n, s) => n + s.predicted, 0);
    const row = (label: string, s: ReturnType<typeof totals>, counts = ''): string =>
      `  ${label.padEnd(9)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${s.stance.toFixed(3)}  ${s.verdict.toFixed(3)}   ${s.joint.toFixed(3)}${counts}`;
    table.push(row(name, t, `   (${g}/${p})`));
    // STATEMENTS_ONLY (a pattern on article names) adds a row for that subset of the dev set,
    // so that new articles can be measured on their own (first unseen run) without a floor.
    const subset = process.env.STATEMENTS_ONLY;
    if (subset && name === 'dev') {
      const pick = new RegExp(subset, 'u');
      table.push(row('dev~only', totals(scores.filter((_, i) => pick.test(cases[i]!.name)))));
    }
    // Each blind round and the newest dev rounds by language (article names end in -ru / -uk; the
    // rest are English): aggregate figures only, which is all anyone tuning may see of a blind set.
    if (/^(?:blind-\d|dev-s(?:9|10|12|13))$/u.test(name)) {
      for (const [lang, pick] of LANGUAGES) {
        const part = scores.filter((_, i) => pick(cases[i]!.name));
        const n = part.reduce((k, s) => k + s.gold, 0);
        if (n > 0) {
          table.push(
            row(
              `  ${lang}`,
              totals(part),
              `   (${n}/${part.reduce((k, s) => k + s.predicted, 0)})`,
            ),
          );
        }
      }
    }
    if (process.env.STATEMENTS_DEBUG && name !== 'heldout' && !name.startsWith('blind')) {
      cases.forEach((c, i) =>
        process.stdout.write(
          `\n## ${c.name}\n${[...scores[i]!.misses, ...scores[i]!.extras].join('\n')}\n`,
        ),
      );
    }
    expect(t.f1).toBeGreaterThanOrEqual(f1);
    expect(t.stance).toBeGreaterThanOrEqual(stance);
    // Joint (party and stance right over all gold) rises with recall and stance together: the
    // floor a change that finds more statements must keep, whatever their stances do to the share.
    expect(t.joint).toBeGreaterThanOrEqual(joint);
  });
});
