export {
  CORPUS_PAIRS_DIR as PAIRS_DIR,
  corpusText as readPairText,
  corpusGold as readGold,
} from './pair-files';

/** The real plan pairs with dossier-derived gold alignments. */
export const REAL_PAIRS = [
  { from: 'v28', to: 'veu' },
  { from: 'v28', to: 'v20' },
  { from: 'veu', to: 'v20' },
] as const;
