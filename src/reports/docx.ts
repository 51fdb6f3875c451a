import {
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
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
  type Change,
  type Comparison,
} from '../engine';

/**
 * A Word report whose redlines are real tracked changes (w:ins / w:del with author and date), so
 * Word's Review → Accept/Reject works on them: headings per change, a summary table, disputes
 * with their quotes, sources as footnotes, and provenance.
 */
export interface DocxOptions {
  readonly context?: ReportContext;
  /** Author recorded on every tracked change. */
  readonly author?: string;
}

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

/** Builds the document; `Packer` turns it into bytes. Kept separate so tests can inspect it. */
export function buildDocx(c: Comparison, options: DocxOptions = {}): Document {
  const context = options.context ?? {};
  const author = options.author ?? 'plandiff';
  const date = context.generatedAt ?? new Date(0).toISOString();
  let revision = 0;
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let footnote = 0;
  const cite = (url: string): FootnoteReferenceRun => {
    footnote += 1;
    footnotes[footnote] = { children: [new Paragraph(url)] };
    return new FootnoteReferenceRun(footnote);
  };

  const redline = (change: Change): Paragraph =>
    new Paragraph({
      children: change.diff.map((run) => {
        if (run.op === 'equal') return new TextRun(run.text);
        revision += 1;
        const props = { text: run.text, id: revision, author, date };
        return run.op === 'insert' ? new InsertedTextRun(props) : new DeletedTextRun(props);
      }),
    });

  const changes = c.changes.filter((x) => x.kind !== 'unchanged');
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: `${c.from.title} → ${c.to.title}`, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
    table(
      ['Kind', 'Count'],
      CHANGE_KINDS.map((k) => [k, String(c.summary[k])]),
    ),
    new Paragraph({ text: 'Changes', heading: HeadingLevel.HEADING_1 }),
    ...changes.flatMap((x) => [
      new Paragraph({
        text: `${label(x.from)} → ${label(x.to)} · ${x.kind}`,
        heading: HeadingLevel.HEADING_3,
      }),
      new Paragraph({
        children: [
          new TextRun({
            text:
              `Similarity ${x.similarity.toFixed(2)} · confidence ${x.confidence.toFixed(2)}` +
              (x.flags.length > 0 ? ` · flags: ${x.flags.join(', ')}` : '') +
              (x.topics.length > 0 ? ` · topics: ${x.topics.join(', ')}` : ''),
            italics: true,
          }),
        ],
      }),
      redline(x),
    ]),
  ];
  const unchanged = c.changes.filter((x) => x.kind === 'unchanged');
  if (unchanged.length > 0) {
    body.push(new Paragraph(`Unchanged: ${unchanged.map((x) => label(x.to)).join(', ')}.`));
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
    title: `${c.from.title} → ${c.to.title}`,
    description: `plandiff comparison (engine ${c.engineVersion})`,
    footnotes,
    sections: [{ children: body }],
  });
}

export async function renderDocx(c: Comparison, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(c, options));
}
