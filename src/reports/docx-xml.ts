import { Paragraph, TextRun, XmlComponent } from 'docx';
import type { ICommentOptions, IXmlableObject } from 'docx';
import type { Mark, Piece, PlannedParagraph } from './docx-plan';

/**
 * Writes the planned text as WordprocessingML. The docx library writes w:ins and w:del runs but
 * neither move markup (w:moveFrom / w:moveTo and their range markers) nor revised paragraph
 * marks other than its own, so these paragraphs are written as the library's XML objects
 * directly (it escapes text and attributes when it serialises them).
 */
class RawXml extends XmlComponent {
  public constructor(private readonly xml: IXmlableObject) {
    super('w:p');
  }

  public override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

export const CLAUSE_STYLE = 'PlandiffClause';
export const NOTE_STYLE = 'PlandiffNote';
const UNKNOWN = ' (not mentioned in the newer version: its fate is unknown)';

type Node = IXmlableObject;

export interface RevisionStamp {
  readonly author: string;
  readonly date: string;
}

/** Turns planned paragraphs into body children, plus the comments that explain each change. */
export class TextWriter {
  private id = 0;
  private readonly comments: ICommentOptions[] = [];
  /** Move ranges opened and not yet closed: `side:name` → the range markers' id. */
  private readonly openRanges = new Map<string, number>();

  public constructor(private readonly stamp: RevisionStamp) {}

  /** Comments to hand to the Document (one per changed clause: kind, old number, flags). */
  public get commentList(): readonly ICommentOptions[] {
    return this.comments;
  }

  public write(paras: readonly PlannedParagraph[]): Paragraph[] {
    const out: Paragraph[] = [];
    // One range per run of paragraphs at one end of one move (the two ends share the name).
    const end = (p: PlannedParagraph | undefined): string | undefined =>
      p?.move === undefined ? undefined : `${p.mark}:${p.move}`;
    paras.forEach((p, i) => {
      const opensMove = p.move !== undefined && end(paras[i - 1]) !== end(p);
      const closesMove = p.move !== undefined && end(paras[i + 1]) !== end(p);
      out.push(this.paragraph(p, opensMove, closesMove));
    });
    return out;
  }

  private nextId(): number {
    return ++this.id;
  }

  private revision(): Node {
    return {
      _attr: { 'w:id': this.nextId(), 'w:author': this.stamp.author, 'w:date': this.stamp.date },
    };
  }

  private paragraph(p: PlannedParagraph, opensMove: boolean, closesMove: boolean): Paragraph {
    const style = p.unreported === true ? NOTE_STYLE : CLAUSE_STYLE;
    const pPr: Node[] = [{ 'w:pStyle': { _attr: { 'w:val': style } } }];
    if (p.mark !== 'plain') pPr.push({ 'w:rPr': [{ [`w:${p.mark}`]: this.revision() }] });
    const children: Node[] = [{ 'w:pPr': pPr }];
    const side = p.mark === 'moveFrom' ? 'moveFrom' : 'moveTo';
    if (opensMove) {
      const id = this.nextId();
      this.openRanges.set(`${side}:${p.move!}`, id);
      const attr = { 'w:id': id, 'w:author': this.stamp.author, 'w:date': this.stamp.date };
      children.push({ [`w:${side}RangeStart`]: { _attr: { ...attr, 'w:name': p.move } } });
    }
    const comment = p.first && p.number > 0 ? this.comment(p) : undefined;
    if (comment !== undefined) {
      children.push({ 'w:commentRangeStart': { _attr: { 'w:id': comment } } });
    }
    const note = p.unreported === true;
    const pieces: readonly Piece[] = note
      ? [...p.pieces, { text: UNKNOWN, mark: 'plain' }]
      : p.pieces;
    for (const piece of pieces) if (piece.text !== '') children.push(this.piece(piece, note));
    if (comment !== undefined) {
      children.push({ 'w:commentRangeEnd': { _attr: { 'w:id': comment } } });
      children.push({ 'w:r': [{ 'w:commentReference': { _attr: { 'w:id': comment } } }] });
    }
    if (closesMove) {
      const key = `${side}:${p.move!}`;
      children.push({
        [`w:${side}RangeEnd`]: { _attr: { 'w:id': this.openRanges.get(key) ?? 0 } },
      });
      this.openRanges.delete(key);
    }
    return new RawXml({ 'w:p': children }) as unknown as Paragraph;
  }

  private piece(piece: Piece, note: boolean): Node {
    const run: Node[] = [];
    if (note) {
      run.push({ 'w:rPr': [{ 'w:i': {} }, { 'w:color': { _attr: { 'w:val': '666666' } } }] });
    }
    const textTag = piece.mark === 'del' ? 'w:delText' : 'w:t';
    // Tabs and line breaks are elements in a run; everything else is text, cut around them.
    let from = 0;
    for (let i = 0; i <= piece.text.length; i++) {
      const ch = piece.text[i];
      if (i < piece.text.length && ch !== '\t' && ch !== '\n') continue;
      if (i > from) {
        run.push({
          [textTag]: [{ _attr: { 'xml:space': 'preserve' } }, piece.text.slice(from, i)],
        });
      }
      if (ch === '\t') run.push({ 'w:tab': {} });
      else if (ch === '\n') run.push({ 'w:br': {} });
      from = i + 1;
    }
    const r = { 'w:r': run };
    return wrap(piece.mark, r, () => this.revision());
  }

  private comment(p: PlannedParagraph): number {
    const id = this.comments.length;
    this.comments.push({
      id,
      author: this.stamp.author,
      date: new Date(this.stamp.date),
      children: [new Paragraph({ children: [new TextRun(commentText(p))] })],
    });
    return id;
  }
}

function wrap(mark: Mark, run: Node, revision: () => Node): Node {
  if (mark === 'plain') return run;
  return { [`w:${mark}`]: [revision(), run] };
}

/** "Change 3 · reworded, was 6 · number-changed": what the HTML report's note says. */
function commentText(p: PlannedParagraph): string {
  const { change } = p;
  const was =
    change.from.length > 0 &&
    change.to.length > 0 &&
    change.from.join(' + ') !== change.to.join(' + ')
      ? `, was ${change.from.join(' + ')}`
      : '';
  const flags = change.flags.length > 0 ? ` · ${change.flags.join(', ')}` : '';
  return `Change ${p.number} · ${change.kind}${was}${flags}`;
}
