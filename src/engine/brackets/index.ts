export { comparisonBrackets, hasBracketSyntax } from './comparison';
export { parseBrackets, MAX_BRACKETS, MAX_BRACKET_DEPTH } from './parse';
export {
  bracketTrajectory,
  clauseBrackets,
  cleanClauses,
  versionBrackets,
  type BracketCounts,
  type BracketStatement,
  type ClauseBracketStatus,
  type ClauseBrackets,
  type TrajectoryPoint,
  type VersionBrackets,
} from './derive';
export {
  BRACKET_FATES,
  compareBrackets,
  type BracketComparison,
  type BracketFate,
  type BracketResolution,
  type NewBracket,
} from './resolve';
export type * from './types';
