import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  contested,
  provenanceRows,
  type ReportContext,
  CHANGE_KINDS,
  type Comparison,
  type VersionText,
} from '../engine';
import { planText } from './docx-plan';
import { CLAUSE_STYLE, NOTE_STYLE, TextWriter } from './docx-xml';

/**
 * A Word report that is a document: the newer text with every change as a Word revision (Word's
 * Review → Accept All gives the newer version, Reject All the older one; moved clauses are
 * Word's own moves), a comment on each changed clause, then the summary, the changes one by
 * one, disputes with their quotes, provenance, and sources as footnotes.
 */
export interface DocxOptions {
  readonly context?: ReportContext;
  /** Author recorded on every revision and comment, and as the file's creator and last editor. */
  readonly author?: string;
  /**
   * The compared versions' clauses. Without them the text is rebuilt from the comparison: every
   * clause still comes back on its side, but moved clauses stand beside their new place and a
   * clause split apart or moved may come back out of its version's order.
   */
  readonly versions?: { readonly from: VersionText; readonly to: VersionText };
}

/** Who a report's revisions are by when nobody says otherwise. */
export const DEFAULT_AUTHOR = 'plandiff';

const label = (labels: readonly string[]): string =>
  labels.length === 0 ? '∅' : labels.join(' + ');

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

const STYLES = {
  paragraphStyles: [
    {
      id: CLAUSE_STYLE,
      name: 'Clause',
      basedOn: 'Normal',
      next: CLAUSE_STYLE,
      paragraph: { indent: { left: 567, hanging: 567 }, spacing: { after: 120 } },
    },
    {
      id: NOTE_STYLE,
      name: 'Clause note',
      basedOn: CLAUSE_STYLE,
      run: { italics: true, color: '666666' },
    },
  ],
};

/** Builds the document; `Packer` turns it into bytes. Kept separate so tests can inspect it. */
export function buildDocx(c: Comparison, options: DocxOptions = {}): Document {
  const context = options.context ?? {};
  const author = options.author ?? DEFAULT_AUTHOR;
  const date = context.generatedAt ?? new Date(0).toISOString();
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let footnote = 0;
  const cite = (url: string): FootnoteReferenceRun => {
    footnote += 1;
    footnotes[footnote] = { children: [new Paragraph(url)] };
    return new FootnoteReferenceRun(footnote);
  };
  const writer = new TextWriter({ author, date });
  const text = writer.write(planText(c, options.versions));
  const title = `${c.from.title} → ${c.to.title}`;
  const changes = c.changes.filter((x) => x.kind !== 'unchanged');
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    ...metaLines(c, context).map((line) => new Paragraph(line)),
    new Paragraph({ text: 'The text with changes marked', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun({
          text:
            `${c.to.title}, clause by clause, with every change a tracked revision by ${author}: ` +
            `Review → Accept All gives the newer text, Reject All the older one. Moved clauses ` +
            `are Word moves; a comment on each changed clause gives its kind, old number and flags.`,
          italics: true,
        }),
      ],
    }),
    ...(text.length > 0 ? text : [new Paragraph('Neither version has any clause.')]),
    new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
    table(
      ['Kind', 'Count'],
      CHANGE_KINDS.map((k) => [k, String(c.summary[k])]),
    ),
  ];
  if (changes.length > 0) {
    body.push(new Paragraph({ text: 'Changes, one by one', heading: HeadingLevel.HEADING_1 }));
    body.push(
      table(
        ['#', 'Clauses', 'Kind', 'Similarity', 'Flags and topics'],
        changes.map((x, i) => [
          String(i + 1),
          `${label(x.from)} → ${label(x.to)}`,
          x.kind,
          x.similarity.toFixed(2),
          [...x.flags, ...x.topics].join(', '),
        ]),
      ),
    );
  }
  if (context.disputes !== undefined) {
    body.push(new Paragraph({ text: 'Disputes', heading: HeadingLevel.HEADING_1 }));
    for (const d of contested(context)) {
      body.push(
        new Paragraph({ text: `${d.label} · ${d.status}`, heading: HeadingLevel.HEADING_3 }),
      );
      for (const p of d.parties) {
        body.push(
          new Paragraph({
            children: [new TextRun({ text: `${p.party}: ${p.stance} (${p.via})`, bold: true })],
          }),
        );
        for (const q of p.quotes) {
          const who = [q.actor, q.date, q.outlet].filter(
            (x): x is string => typeof x === 'string' && x !== '',
          );
          body.push(
            new Paragraph({
              indent: { left: 360 },
              children: [new TextRun(`“${q.quote}” — ${who.join(', ')}`), ...q.sources.map(cite)],
            }),
          );
        }
      }
    }
  }
  body.push(new Paragraph({ text: 'Provenance', heading: HeadingLevel.HEADING_1 }));
  body.push(table(['', ''], provenanceRows(c, context)));
  for (const source of context.sources ?? []) {
    body.push(
      new Paragraph({
        children: [new TextRun(`${source.outlet ?? 'Source'}: `), cite(source.url)],
      }),
    );
  }
  return new Document({
    creator: author,
    lastModifiedBy: author,
    styles: STYLES,
    comments: { children: [...writer.commentList] },
    title: `${c.from.title} → ${c.to.title}`,
    description: `plandiff comparison (engine ${c.engineVersion})`,
    footnotes,
    sections: [{ children: body }],
  });
}

export async function renderDocx(c: Comparison, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(c, options));
}

/** "From: v28 (2025-11-20), 28 clauses": which versions, as the HTML title block says. */
function metaLines(c: Comparison, context: ReportContext): string[] {
  const side = (name: string, s: Comparison['from'], v: ReportContext['from']): string => {
    const slug = v?.slug !== undefined ? ` (${[v.slug, v.date].filter(Boolean).join(', ')})` : '';
    return `${name}: ${s.title}${slug}, ${s.clauseCount} clauses`;
  };
  const lines = [side('From', c.from, context.from), side('To', c.to, context.to)];
  if (context.plan !== undefined) lines.unshift(`Plan: ${context.plan.title}`);
  if (context.generatedAt !== undefined) lines.push(`Generated: ${context.generatedAt}`);
  return lines;
}
