import { s } from '../../common/api-docs';
import type { Schema } from '../../common/api-docs';

/** OpenAPI schemas of the brackets routes (brackets.view.ts). */

const COUNTS_PROPERTIES = {
  clauses: s.int(),
  brackets: s.int('Square-bracket pairs'),
  groups: s.int('Decisions left: a lone bracket or a run of [a][b] alternatives counts once'),
  options: s.int('Option and sub-option marks'),
  agreedClauses: s.int('Clauses the text marks agreed with nothing left open'),
  openClauses: s.int(),
  reopenedClauses: s.int(),
  problems: s.int('Unbalanced or too deeply nested brackets'),
};

const STANCE = s.oneOf('supports', 'opposes', 'conditional', 'unclear');
const VERB = s.oneOf('proposes', 'retains', 'supports', 'deletes', 'opposes', 'reserves');

const BRACKET: Schema = s.object({
  id: s.int('Index in the clause, in document order'),
  start: s.int('UTF-16 offset of "[" in the clause text'),
  end: s.int('Offset just after the matching "]"'),
  depth: s.int('1 for a top-level bracket'),
  parent: s.nint('Id of the enclosing bracket'),
  group: s.int('Brackets written side by side share a group'),
  alternatives: s.array(
    s.object({
      text: s.str(),
      attributions: s.array(s.object({ parties: s.strings(), verb: VERB })),
    }),
  ),
});

const CLAUSE: Schema = s.object({
  label: s.str(),
  status: s.oneOf('clean', 'open', 'agreed', 'reopened'),
  marks: s.array(s.oneOf('agreed-ad-ref', 'agreed-wg', 'agreed', 'reopened')),
  counts: s.object({
    brackets: s.int(),
    groups: s.int(),
    options: s.int(),
    placeholders: s.int(),
  }),
  brackets: s.array(BRACKET),
  options: s.strings(),
  placeholders: s.strings(),
  problems: s.array(
    s.object({
      kind: s.oneOf('unclosed', 'unmatched-close', 'too-deep', 'too-many'),
      at: s.int(),
    }),
  ),
  clean: s.str('The clause without the bracket syntax'),
  statements: s.array(
    s.object({
      id: s.str(),
      party: s.str(),
      stance: STANCE,
      verb: VERB,
      bracket: s.int(),
      wording: s.str(),
    }),
  ),
});

export const VERSION_BRACKETS: Schema = s.object({
  plan: s.str(),
  version: s.str(),
  date: s.str('YYYY-MM-DD'),
  counts: s.object(COUNTS_PROPERTIES),
  clauses: s.array(CLAUSE),
});

export const TRAJECTORY: Schema = s.object({
  plan: s.str(),
  versions: s.array(
    s.object({ version: s.str(), title: s.str(), date: s.str('YYYY-MM-DD'), ...COUNTS_PROPERTIES }),
  ),
});

const EXAMPLE_COUNTS = {
  clauses: 2,
  brackets: 1,
  groups: 1,
  options: 0,
  agreedClauses: 1,
  openClauses: 1,
  reopenedClauses: 0,
  problems: 0,
};

export const VERSION_BRACKETS_EXAMPLE = {
  plan: 'rio20',
  version: 'd1',
  date: '2012-06-02',
  counts: EXAMPLE_COUNTS,
  clauses: [
    {
      label: '2',
      status: 'open',
      marks: [],
      counts: { brackets: 1, groups: 1, options: 0, placeholders: 0 },
      brackets: [
        {
          id: 0,
          start: 22,
          end: 48,
          depth: 1,
          parent: null,
          group: 0,
          alternatives: [
            {
              text: 'extreme',
              attributions: [
                { parties: ['US'], verb: 'proposes' },
                { parties: ['G77'], verb: 'deletes' },
              ],
            },
          ],
        },
      ],
      options: [],
      placeholders: [],
      problems: [],
      clean: 'Eradicating poverty … extreme poverty …',
      statements: [
        {
          id: 'd1:2:b0.0:US',
          party: 'US',
          stance: 'conditional',
          verb: 'proposes',
          bracket: 0,
          wording: 'extreme',
        },
        {
          id: 'd1:2:b0.0:G77',
          party: 'G77',
          stance: 'opposes',
          verb: 'deletes',
          bracket: 0,
          wording: 'extreme',
        },
      ],
    },
  ],
};

export const TRAJECTORY_EXAMPLE = {
  plan: 'rio20',
  versions: [
    { version: 'd1', title: 'Draft of 2 June', date: '2012-06-02', ...EXAMPLE_COUNTS },
    {
      version: 'adopted',
      title: 'The Future We Want',
      date: '2012-06-19',
      ...EXAMPLE_COUNTS,
      brackets: 0,
      groups: 0,
      agreedClauses: 0,
      openClauses: 0,
    },
  ],
};
