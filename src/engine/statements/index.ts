export { extractStatements, languageOf, MAX_ARTICLE_CHARS } from './extract';
export * from './types';
