import fc from 'fast-check';
import { compareTexts } from '../compare';
import { buildLineage } from '../lineage/families';
import { baselineMatrix } from '../lineage/views';
import { csvCell, csvRows, renderChangesCsv, renderLineageCsv } from './csv';

/** A small RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('CSV rendering', () => {
  it('round-trips any cell text through an RFC 4180 reader, formulas defused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (rows) => {
          const back = parseCsv(csvRows(rows));
          expect(back).toEqual(
            rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/u.test(c) ? `'${c}` : c))),
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('lists every change with its old and new wording', () => {
    const csv = renderChangesCsv(
      compareTexts(
        '1. Armed forces capped at 600,000.\n2. Amnesty for all.',
        '1. Armed forces capped at 800,000.',
      ),
    );
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'kind',
      'from',
      'to',
      'similarity',
      'confidence',
      'pinned',
      'flags',
      'topics',
      'old_text',
      'new_text',
    ]);
    expect(rows.find((r) => r[1] === '1')).toEqual(
      expect.arrayContaining([
        'reworded',
        'number-changed',
        'Armed forces capped at 600,000.',
        'Armed forces capped at 800,000.',
      ]),
    );
    expect(rows.find((r) => r[1] === '2')!.slice(0, 3)).toEqual(['removed', '2', '']);
  });

  it('writes the lineage matrix with one column per version and the baseline relation', () => {
    const lineage = buildLineage({
      versions: [
        {
          slug: 'a',
          date: '2025-01-01',
          parents: [],
          items: 'clauses',
          clauses: [
            {
              label: '1',
              text: 'Elections within 100 days of signature',
              status: 'text',
              topics: ['elections'],
            },
          ],
        },
        {
          slug: 'b',
          date: '2025-02-01',
          parents: ['a'],
          items: 'clauses',
          clauses: [
            {
              label: '3',
              text: 'Elections within 90 days of signature',
              status: 'text',
              topics: ['elections'],
            },
          ],
        },
      ],
      links: [],
    });
    const rows = parseCsv(renderLineageCsv(lineage, baselineMatrix(lineage, 'a')));
    expect(rows).toEqual([
      ['family', 'topics', 'a', 'b'],
      ['a:1', 'elections', '1 [same]', '3 [changed]'],
    ]);
  });
});
