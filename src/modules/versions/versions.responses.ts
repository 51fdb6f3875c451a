import { SOURCE_REF, s } from '../../common/api-docs';

const CLAUSE_STATUS = s.oneOf('text', 'reported', 'placeholder');

/** VersionSummary (versions.types.ts). */
const SUMMARY_PROPERTIES = {
  slug: s.str(),
  label: s.nstr(),
  title: s.str(),
  date: s.str('YYYY-MM-DD'),
  channel: s.nstr(),
  author: s.nstr(),
  basis: s.oneOf('text', 'reported', 'mixed'),
  grade: s.nstr('Evidence grade A-D, or a range such as A/B'),
  gradeNote: s.nstr(),
  authorParties: s.strings(),
  aliases: s.strings(),
  notes: s.nstr(),
  parents: s.strings(),
  clauseCount: s.int(),
  createdAt: s.time(),
};

export const VERSION_SUMMARY = s.object(SUMMARY_PROPERTIES);

export const STORED_CLAUSE = s.object({
  label: s.str(),
  order: s.int(),
  parent: s.nstr(),
  text: s.str(),
  status: CLAUSE_STATUS,
  topics: s.strings(),
  sources: s.array(SOURCE_REF),
  grade: s.nstr(),
  note: s.nstr('The compiler’s editorial note; never part of text'),
});

export const VERSION_DETAIL = s.object({ ...SUMMARY_PROPERTIES, clauses: s.array(STORED_CLAUSE) });

export const VERSION_SUMMARY_EXAMPLE = {
  slug: 'v2',
  label: null,
  title: 'Second draft',
  date: '2025-11-23',
  channel: null,
  author: null,
  basis: 'text',
  grade: null,
  gradeNote: null,
  authorParties: [],
  aliases: [],
  notes: null,
  parents: ['v1'],
  clauseCount: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
};

export const VERSION_DETAIL_EXAMPLE = {
  ...VERSION_SUMMARY_EXAMPLE,
  clauses: [
    {
      label: '1',
      order: 0,
      parent: null,
      text: 'The parties confirm the sovereignty of Ukraine.',
      status: 'text',
      topics: ['sovereignty'],
      sources: [],
      grade: null,
      note: null,
    },
  ],
};

/** A tracked change of an imported Word file (TrackedChange in src/import/types.ts). */
export const TRACKED_CHANGE = s.object({
  kind: s.oneOf('insertion', 'deletion', 'move-from', 'move-to'),
  author: s.nstr('w:author'),
  date: s.nstr('w:date, as the file gives it'),
  text: s.str(),
  clause: s.nstr('Label of the clause holding the text; null when it could not be placed'),
  version: s.oneOf('accepted', 'original'),
});

const PREVIEW_CLAUSE = s.object({ label: s.str(), parent: s.nstr(), text: s.str() });

/** ImportPreview (versions.import.ts). */
export const IMPORT_PREVIEW = s.object({
  filename: s.nstr(),
  format: s.str('txt, md, json, docx, pdf, html, or text for a pasted text'),
  encoding: s.nstr('utf-8, utf-16le, utf-16be or windows-1251 for text files'),
  title: s.nstr(),
  clauseCount: s.int(),
  warnings: s.strings(),
  clauses: s.array(PREVIEW_CLAUSE),
  revisions: s.nullable(
    s.object(
      {
        imported: s.oneOf('accepted', 'original', 'both'),
        count: s.int('Revisions found, paragraph marks and table rows included'),
        authors: s.strings(),
        changes: s.array(TRACKED_CHANGE),
        truncated: s.bool(),
      },
      'Set when a Word file had tracked changes',
    ),
  ),
  original: s.nullable(
    s.object(
      { clauseCount: s.int(), clauses: s.array(PREVIEW_CLAUSE) },
      'With revisions=both: the text before the tracked changes',
    ),
  ),
});

/** VersionTrackedChanges (versions.types.ts). */
export const VERSION_TRACKED_CHANGES = s.object({
  version: s.str(),
  authors: s.strings(),
  changes: s.array(TRACKED_CHANGE),
});

/** ClauseSearchResult (clause-search.ts). */
export const SEARCH_RESULT = s.object({
  query: s.str(),
  terms: s.object({
    words: s.strings(),
    phrases: s.strings(),
    ignored: s.strings(),
  }),
  total: s.int('Matches before limit cut the list'),
  message: s.str('How many clauses matched, or plainly that none did'),
  results: s.array(
    s.object({
      version: s.str(),
      label: s.str(),
      text: s.str(),
      status: CLAUSE_STATUS,
      topics: s.strings(),
      score: s.num(),
      matches: s.array(s.array(s.int())),
      matchedTopics: s.strings(),
    }),
  ),
});
