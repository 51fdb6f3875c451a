/** Word lists the extractor reads articles with, in English, Russian and Ukrainian. */
export * from './names';
export * from './references';
export * from './speech';
export * from './stance';
export * from './topics';
