/**
 * Whether a regular expression can only match a text that holds a letter of one script: the
 * proof behind stanceOf skipping the English rules on text without a Latin letter and the Russian
 * and Ukrainian ones on text without a Cyrillic letter (test/statements-stance-script.spec.ts).
 *
 * A small parser of the syntax the rules use (groups, lookarounds, classes, escapes, quantifiers)
 * and one conservative question per node: must every match put a letter of the script in the
 * text? A sequence must if one of its items must, an alternation if all its branches must, a
 * quantified item only if it is required at least once, a positive lookaround if its body must
 * (the text then holds what it looked at), a negative lookaround, an anchor, a back-reference
 * or a class such as \p{L} never. Anything the parser does not know throws, so a new construct
 * fails the spec instead of passing it unproven.
 */

type Node =
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'char'; code: number }
  | { kind: 'class'; negate: boolean; items: ClassItem[] }
  | { kind: 'set'; cyrillic: boolean }
  | { kind: 'group'; body: Node; negative: boolean }
  | { kind: 'quant'; min: number; body: Node }
  | { kind: 'none' };
type ClassItem = { from: number; to: number } | { set: true; cyrillic: boolean };

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  f: 12,
  '0': 0,
};

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.src.length) throw new Error(`unparsed at ${this.at} in /${this.src}/`);
    return node;
  }

  private peek(): string {
    return this.src[this.at] ?? '';
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private quantified(body: Node): Node {
    const c = this.peek();
    let min: number | null = null;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    if (min !== null) this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/u.exec(this.src.slice(this.at));
      if (m === null) throw new Error(`bad quantifier at ${this.at} in /${this.src}/`);
      min = Number(m[1]);
      this.at += m[0].length;
    }
    if (min === null) return body;
    if (this.peek() === '?') this.at++;
    return { kind: 'quant', min, body };
  }

  private atom(): Node {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.at++;
      return { kind: 'set', cyrillic: false };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'none' };
    }
    if (c === '\\') {
      const item = this.escape();
      if ('set' in item) return { kind: 'set', cyrillic: item.cyrillic };
      return item.from === -1 ? { kind: 'none' } : { kind: 'char', code: item.from };
    }
    if ('*+?{})]'.includes(c)) throw new Error(`unexpected ${c} at ${this.at} in /${this.src}/`);
    const code = this.src.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return { kind: 'char', code };
  }

  private group(): Node {
    const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/u.exec(this.src.slice(this.at))!;
    this.at += head[0].length;
    const body = this.alternation();
    if (this.peek() !== ')') throw new Error(`unclosed group in /${this.src}/`);
    this.at++;
    const negative = head[1] === '?!' || head[1] === '?<!';
    return { kind: 'group', body, negative };
  }

  private charClass(): Node {
    this.at++;
    const negate = this.peek() === '^';
    if (negate) this.at++;
    const items: ClassItem[] = [];
    while (this.peek() !== ']') {
      if (this.at >= this.src.length) throw new Error(`unclosed class in /${this.src}/`);
      const from = this.classAtom();
      if (this.peek() === '-' && this.src[this.at + 1] !== ']' && !('set' in from)) {
        this.at++;
        const to = this.classAtom();
        if ('set' in to) throw new Error(`bad range in /${this.src}/`);
        items.push({ from: from.from, to: to.from });
      } else items.push(from);
    }
    this.at++;
    return { kind: 'class', negate, items };
  }

  private classAtom(): ClassItem {
    if (this.peek() === '\\') {
      const item = this.escape();
      // \b inside a class is a backspace.
      return 'set' in item || item.from !== -1 ? item : { from: 8, to: 8 };
    }
    const code = this.src.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return { from: code, to: code };
  }

  /** An escape: a character, a class of characters, or from -1 for an assertion (\b, \B). */
  private escape(): ClassItem {
    const rest = this.src.slice(this.at + 1);
    const property = /^[pP]\{([^}]+)\}/u.exec(rest);
    if (property !== null) {
      this.at += 1 + property[0].length;
      return { set: true, cyrillic: rest[0] === 'p' && property[1] === 'Script=Cyrillic' };
    }
    const unicode = /^u\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})|^x([0-9a-fA-F]{2})/u.exec(rest);
    if (unicode !== null) {
      this.at += 1 + unicode[0].length;
      const code = parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16);
      return { from: code, to: code };
    }
    const c = rest[0] ?? '';
    this.at += 2;
    if ('sSdDwW'.includes(c)) return { set: true, cyrillic: false };
    if (c === 'b' || c === 'B') return { from: -1, to: -1 };
    if (/[1-9]/u.test(c)) return { from: -1, to: -1 };
    if (c in SIMPLE_ESCAPES) return { from: SIMPLE_ESCAPES[c]!, to: SIMPLE_ESCAPES[c]! };
    if (/[A-Za-z]/u.test(c)) throw new Error(`unknown escape \\${c} in /${this.src}/`);
    return { from: c.codePointAt(0)!, to: c.codePointAt(0)! };
  }
}

export type Script = 'latin' | 'cyrillic';

/** The letters the gate in stanceOf looks for: [a-zA-Z], or \p{Script=Cyrillic}. */
function inScript(code: number, script: Script, ignoreCase: boolean): boolean {
  const c = String.fromCodePoint(code);
  if (script === 'cyrillic') return /\p{Script=Cyrillic}/u.test(c);
  // With the i flag, k and s also match the Kelvin sign and the long s, which are no [a-zA-Z].
  return /[a-zA-Z]/u.test(c) && !(ignoreCase && /[ksKS]/u.test(c));
}

function must(node: Node, script: Script, ignoreCase: boolean): boolean {
  switch (node.kind) {
    case 'alt':
      return node.branches.every((b) => must(b, script, ignoreCase));
    case 'seq':
      return node.items.some((i) => must(i, script, ignoreCase));
    case 'char':
      return inScript(node.code, script, ignoreCase);
    case 'class':
      return (
        !node.negate &&
        node.items.length > 0 &&
        node.items.every((i) => {
          if ('set' in i) return script === 'cyrillic' && i.cyrillic;
          for (let code = i.from; code <= i.to; code++) {
            if (!inScript(code, script, ignoreCase)) return false;
          }
          return true;
        })
      );
    case 'set':
      return script === 'cyrillic' && node.cyrillic;
    case 'group':
      return !node.negative && must(node.body, script, ignoreCase);
    case 'quant':
      return node.min >= 1 && must(node.body, script, ignoreCase);
    case 'none':
      return false;
  }
}

/** Whether every match of `re` needs the text to hold a letter of `script`. */
export function needsScript(re: RegExp, script: Script): boolean {
  return must(new Parser(re.source).parse(), script, re.flags.includes('i'));
}
