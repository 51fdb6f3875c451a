export { MAX_QUERY_PARTS, parseQuery, type ParsedQuery, type QueryPart } from './query';
export {
  searchDocuments,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type SearchOrder,
  type SearchOutcome,
} from './rank';
export { searchWords, type SearchWord } from './words';
