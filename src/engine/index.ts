/**
 * The plandiff engine: pure functions from plain data to plain data. No framework, storage or
 * I/O; every entry point is bounded by EngineLimits.
 */
export { compareTexts, compareVersions, ENGINE_VERSION, type CompareOptions } from './compare';
export { segment, type SegmentOptions } from './segment/segment';
export { wordDiff, oldText, newText } from './diff/word-diff';
export { substanceFlags } from './substance/flags';
export { topicsOf, TOPIC_LEXICON } from './substance/topics';
export { actorsIn } from './substance/actors';
export { evaluate, type Evaluation } from './evaluate';
export { EngineError, type EngineErrorCode } from './errors';
export { DEFAULT_LIMITS, type EngineLimits } from './limits';
export { DEFAULT_PARAMS, type AlignParams } from './align/params';
export * from './types';
export * from './gold';
