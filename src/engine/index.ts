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
export { loneSurrogateAt, stripNonCharacters } from './text/unicode';
export { DEFAULT_LIMITS, type EngineLimits } from './limits';
export { DEFAULT_PARAMS, type AlignParams } from './align/params';
export * from './types';
export * from './gold';

// Everything used from outside the engine comes through this door (checked by
// .dependency-cruiser.cjs), so the engine's inner layout can change without touching callers.
export { buildBriefing, type Briefing } from './briefing';
export {
  GRADES,
  STANCES,
  disputesOf,
  isGrade,
  scopeOf,
  type ClauseDispute,
  type DisputeFilters,
  type DisputeResult,
  type DisputeStatus,
  type Grade,
  type PartyStance,
  type Scope,
  type Stance,
} from './disputes';
export {
  CURATION_VERSION,
  FORBID,
  JOINING,
  curatedComparison,
  shapesComparison,
} from './lineage/curated';
export { buildLineage } from './lineage/families';
export type { Family, Lineage, LineageInput, LineageLink } from './lineage/types';
export {
  baselineMatrix,
  threeWay,
  topicRollups,
  type BaselineRow,
  type ThreeWayRow,
  type TopicRollup,
} from './lineage/views';
export {
  RENDER_FORMATS,
  render,
  renderChangesCsv,
  renderHtml,
  renderLineageCsv,
  type RenderFormat,
  type ReportContext,
  type ReportDispute,
  type ReportVersion,
} from './render';
export { contested, provenanceRows } from './render/context';
export { REPORT_FONT } from './render/html-style';
export { documentClauses, describeParameters } from './render/document';
export type { DocumentClause } from './render/document';
export type { ReportSource } from './render/context';
export {
  extractStatements,
  type ExtractionInput,
  type Statement,
  type StatementsResult,
} from './statements';
export type {
  RegistryActor,
  SpeakerRole,
  StatementStance,
  StatementTarget,
} from './statements/types';
export type { TopicCues } from './substance/topic-lexicon';
export * from './brackets';
export {
  parseQuery,
  searchDocuments,
  type ParsedQuery,
  type QueryPart,
  type SearchDocument,
  type SearchHit,
  type SearchOrder,
  type SearchOutcome,
} from './search';
