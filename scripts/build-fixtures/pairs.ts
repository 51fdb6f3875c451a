/**
 * Engine-input texts for the accuracy tests. Each text is the version title, a blank line, then the
 * non-placeholder clauses in dossier order (`N. text`, sub-points as `   a) text` under their parent).
 *
 * Compiler commentary that points at OTHER versions or at sources/translations would leak the
 * answer to the aligner, so it is removed through the explicit table below. Every entry states the
 * exact dossier wording it expects (a changed dossier makes the build fail) and may only delete
 * words: the build checks that the words of `to` are a subsequence of the words of `from`.
 */
import type { ClauseFixture, VersionFixture } from './types';

export interface TextEdit {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/** Keyed by `<version slug>:<label>`. */
export const TEXT_EDITS: Readonly<Record<string, TextEdit>> = {
  'v28:5': {
    from: 'Ukraine is to receive reliable security guarantees (no mechanism spelled out in the point itself; a separate Art. 5-style annex was reported).',
    to: 'Ukraine is to receive reliable security guarantees.',
    why: 'note on the source text and on separately reported material (an annex)',
  },
  'v28:6': {
    from: "Ukraine's Armed Forces are capped at 600,000 personnel (no peacetime/wartime distinction).",
    to: "Ukraine's Armed Forces are capped at 600,000 personnel.",
    why: "contrast with later versions' peacetime qualifier",
  },
  'v28:9': {
    from: "European fighter jets are to be based in Poland (one Goncharenko-based translation says 'troops').",
    to: 'European fighter jets are to be based in Poland.',
    why: 'variant reading in one translation',
  },
  'v28:17': {
    from: 'The US and Russia agree to extend nuclear non-proliferation and arms-control treaties; translations name START I, while Axios reportedly meant the 2010 START treaty.',
    to: 'The US and Russia agree to extend nuclear non-proliferation and arms-control treaties (START).',
    why: 'disagreement between translations and a source; the treaty name START is kept',
  },
  'v28:21c': {
    from: 'Russia relinquishes other agreed territories it holds outside the five regions (commentators read this as parts of Kharkiv, Sumy and Dnipropetrovsk oblasts).',
    to: 'Russia relinquishes other agreed territories it holds outside the five regions.',
    why: "commentators' reading, not text (and names the oblasts later versions spell out)",
  },
  'v28:25': {
    from: 'A Ukrainian election must be held no later than 100 days out (start of the clock not specified in the point).',
    to: 'A Ukrainian election must be held no later than 100 days out.',
    why: 'note on the source text',
  },
  'veu:1': {
    from: "Ukraine's sovereignty is to be confirmed again (unchanged from the US draft).",
    to: "Ukraine's sovereignty is to be confirmed again.",
    why: 'refers to the US draft',
  },
  'veu:2': {
    from: "A total non-aggression agreement among Russia, Ukraine and NATO (instead of 'Europe'); the ambiguities of the past 30 years are to be resolved.",
    to: 'A total non-aggression agreement among Russia, Ukraine and NATO; the ambiguities of the past 30 years are to be resolved.',
    why: 'refers to the US draft wording',
  },
  'veu:4': {
    from: 'Once a peace deal is signed, a Russia–NATO dialogue convenes on security concerns, de-escalation, connectivity and future economic opportunity; the US-mediation wording is not in the E3 text.',
    to: 'Once a peace deal is signed, a Russia–NATO dialogue convenes on security concerns, de-escalation, connectivity and future economic opportunity.',
    why: 'refers to the US draft wording',
  },
  'veu:6': {
    from: "Ukraine's military is capped at 800,000 in peacetime (US draft: 600,000 with no peacetime qualifier).",
    to: "Ukraine's military is capped at 800,000 in peacetime.",
    why: 'refers to the US draft',
  },
  'veu:7': {
    from: "Ukraine's NATO accession depends on consensus among members, which is noted as currently absent; no constitutional renunciation.",
    to: "Ukraine's NATO accession depends on consensus among members, which is noted as currently absent.",
    why: 'contrast with the US draft (constitutional renunciation)',
  },
  'veu:9': {
    from: "NATO (not 'European') fighter jets are based in Poland (one summary says 'U.S. jets').",
    to: 'NATO fighter jets are based in Poland.',
    why: 'refers to the US draft wording; variant reading in one summary',
  },
  'veu:10a': {
    from: 'The US is still compensated for the guarantee.',
    to: 'The US is compensated for the guarantee.',
    why: "'still' refers to the US draft",
  },
  'veu:11': {
    from: 'Ukraine remains eligible for EU membership with short-term preferential market access during evaluation (left unchanged).',
    to: 'Ukraine remains eligible for EU membership with short-term preferential market access during evaluation.',
    why: 'refers to the US draft',
  },
  'veu:12': {
    from: 'Global reconstruction package kept: Ukraine Development Fund (tech, data centres, AI), US partnership on gas pipelines and storage, rebuilding war-damaged cities, infrastructure, minerals and resources, World Bank financing facility.',
    to: 'Global reconstruction package: Ukraine Development Fund (tech, data centres, AI), US partnership on gas pipelines and storage, rebuilding war-damaged cities, infrastructure, minerals and resources, World Bank financing facility.',
    why: "'kept' refers to the US draft",
  },
  'veu:14': {
    from: 'Ukraine is fully rebuilt and financially compensated, partly from Russian sovereign assets that stay frozen until Russia pays for the damage; the US 50%-profit arrangement is dropped.',
    to: 'Ukraine is fully rebuilt and financially compensated, partly from Russian sovereign assets that stay frozen until Russia pays for the damage.',
    why: 'refers to the US draft',
  },
  'veu:16': {
    from: 'Russia writes a non-aggression policy toward Europe and Ukraine into law (as in the US draft).',
    to: 'Russia writes a non-aggression policy toward Europe and Ukraine into law.',
    why: 'refers to the US draft',
  },
  'veu:19': {
    from: 'Zaporizhzhia plant restarted under IAEA supervision with power split 50-50 between Russia and Ukraine — repeats the US draft.',
    to: 'Zaporizhzhia plant restarted under IAEA supervision with power split 50-50 between Russia and Ukraine.',
    why: 'refers to the US draft',
  },
  'veu:20': {
    from: 'Tolerance/education point retained at least in part: Ukraine adopts EU rules on religious tolerance and protection of linguistic minorities; fate of US sub-points b and c not retrieved.',
    to: 'Ukraine adopts EU rules on religious tolerance and protection of linguistic minorities.',
    why: 'refers to the US point and its sub-points; retrieval note',
  },
  'veu:21': {
    from: "Ukraine commits not to recover occupied territory by military means; talks on territorial swaps start from the Line of Contact; no 'de facto Russian' recognition.",
    to: 'Ukraine commits not to recover occupied territory by military means; talks on territorial swaps start from the Line of Contact.',
    why: 'contrast with the US draft (de facto recognition)',
  },
  'veu:24': {
    from: 'A humanitarian committee to resolve outstanding issues is kept; sub-point wording not retrieved.',
    to: 'A humanitarian committee to resolve outstanding issues.',
    why: "'is kept' refers to the US draft; retrieval note",
  },
  'veu:25': {
    from: 'Ukraine is to hold elections as soon as possible after the peace agreement is signed (replacing the 100-day deadline).',
    to: 'Ukraine is to hold elections as soon as possible after the peace agreement is signed.',
    why: 'refers to the US draft',
  },
  'v20:4': {
    from: "Ukraine's Armed Forces stay at 800,000 in peacetime (Zelensky: excludes National Guard and other formations).",
    to: "Ukraine's Armed Forces stay at 800,000 in peacetime (excludes National Guard and other formations).",
    why: 'source attribution; the clarification itself is kept',
  },
  'v20:5': {
    from: 'The US, NATO and European signatories give Ukraine guarantees mirroring Article 5 (sub-points a–c); the earlier clause compensating the US was deleted.',
    to: 'The US, NATO and European signatories give Ukraine guarantees mirroring Article 5 (sub-points a–c).',
    why: 'refers to an earlier version',
  },
  'v20:6': {
    from: 'Russia anchors non-aggression toward Europe and Ukraine in all required laws and ratification instruments (some readouts: Duma ratification by a large majority).',
    to: 'Russia anchors non-aggression toward Europe and Ukraine in all required laws and ratification instruments.',
    why: 'variant reading in some readouts',
  },
  'v20:12': {
    from: 'Zaporizhzhia NPP: US proposes joint Ukraine–US–Russia operation (US as lead operator per one readout); Ukraine counters with a 50/50 Ukraine–US venture. Unresolved.',
    to: 'Zaporizhzhia NPP: US proposes joint Ukraine–US–Russia operation; Ukraine counters with a 50/50 Ukraine–US venture. Unresolved.',
    why: 'variant reading in one readout',
  },
};

/** The versions written as engine-input texts. */
export const PAIR_VERSIONS = ['v28', 'veu', 'v20'] as const;

/** Words (letters/digits runs) of a text, for the deletion-only check. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0;
  for (const w of big) if (i < small.length && small[i] === w) i++;
  return i === small.length;
}

/** Checks one edit against the dossier wording and returns the engine-input text. */
export function engineText(version: string, clause: ClauseFixture): string {
  const edit = TEXT_EDITS[`${version}:${clause.label}`];
  if (edit === undefined) return clause.text;
  if (edit.from !== clause.text) {
    throw new Error(
      `stale text edit ${version}:${clause.label}: dossier now reads "${clause.text}"`,
    );
  }
  if (!isSubsequence(words(edit.to), words(edit.from))) {
    throw new Error(`text edit ${version}:${clause.label} adds words; edits may only delete`);
  }
  return edit.to;
}

/** Renders the engine-input text of a version (non-placeholder clauses only). */
export function renderText(v: VersionFixture): string {
  const lines = [v.title, ''];
  const emitted = new Set<string>();
  for (const c of v.clauses) {
    if (c.status === 'placeholder') continue;
    const text = engineText(v.slug, c);
    if (c.parent === undefined) {
      if (!/^\d+$/.test(c.label)) throw new Error(`${v.slug}:${c.label} is not a numbered clause`);
      lines.push(`${c.label}. ${text}`);
    } else {
      if (!emitted.has(c.parent)) throw new Error(`${v.slug}:${c.label} precedes its parent`);
      lines.push(`   ${c.label.slice(c.parent.length)}) ${text}`);
    }
    emitted.add(c.label);
  }
  const unused = Object.keys(TEXT_EDITS).filter(
    (k) => k.startsWith(`${v.slug}:`) && !v.clauses.some((c) => `${v.slug}:${c.label}` === k),
  );
  if (unused.length > 0) throw new Error(`text edits for missing clauses: ${unused.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Labels of the clauses written to a version's text file, in order. */
export function textLabels(v: VersionFixture): string[] {
  return v.clauses.filter((c) => c.status !== 'placeholder').map((c) => c.label);
}
