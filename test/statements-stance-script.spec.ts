/**
 * stanceOf runs the English rules (stance-en*.ts) only on text with a Latin letter and the
 * Russian and Ukrainian ones (stance-cyrillic*.ts) only on text with a Cyrillic letter (speed,
 * issue #15). That leaves every stance as it was only while no pattern of those files can match
 * text without a letter of its script: this spec proves it of every pattern, written or built
 * (test/support/regex-script.ts), and fails when a rule is added that could, e.g. an English
 * pattern made only of punctuation. The few patterns exempt below run on a window a match of the
 * file already found, or in a function stanceOf does not skip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type * as StanceEn from '../src/engine/statements/stance-en';
import { needsScript, type Script } from './support/regex-script';
import { ROOT } from './support/statements-eval';

const DIR = join(ROOT, 'src', 'engine', 'statements');

const EXEMPT: Readonly<Record<string, string>> = {
  '\\s+': 'splits the words of a window before a match',
  '(?<=^|[.!?])[^.!?]*\\?': 'QUESTION of withoutAims, which stanceOf runs on every text',
  '[.!?]': 'finds the sentence end around a Cyrillic evaluative match',
};

function files(prefix: string): string[] {
  return readdirSync(DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.ts'));
}

/** The regex literals of a source file. */
function literals(file: string): RegExp[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(DIR, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const out: RegExp[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      out.push(new RegExp(text.slice(1, end), text.slice(end + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The patterns the files of `prefix` build with `new RegExp` as their modules load. */
function built(prefix: string): RegExp[] {
  const out: RegExp[] = [];
  const Native = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct<[string | RegExp, string?], RegExp>(target, args);
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes(`/statements/${prefix}`)) out.push(re);
      return re;
    },
  });
  try {
    jest.isolateModules(() => {
      const en = jest.requireActual<typeof StanceEn>('../src/engine/statements/stance-en');
      jest.requireActual('../src/engine/statements/stance');
      // The speaker's own side is a pattern built per party, on first use.
      for (const party of ['us', 'russia', 'ukraine', 'europe']) en.ownPush('', party);
    });
  } finally {
    globalThis.RegExp = Native;
  }
  return out;
}

describe.each<[string, Script]>([
  ['stance-en', 'latin'],
  ['stance-cyrillic', 'cyrillic'],
])('every pattern of %s*.ts needs a %s letter', (prefix, script) => {
  const written = files(prefix).flatMap(literals);
  const made = built(prefix);

  it('finds the patterns (the check is not vacuous)', () => {
    expect(written.length).toBeGreaterThan(25);
    expect(made.length).toBeGreaterThan(1);
  });

  it('no pattern matches without one', () => {
    const unproven = [...written, ...made]
      .filter((re) => !(re.source in EXEMPT))
      .filter((re) => !needsScript(re, script))
      .map((re) => re.source.slice(0, 120));
    expect(unproven).toEqual([]);
  });
});

describe('the proof itself', () => {
  it.each<[RegExp, Script, boolean]>([
    [/(?<![\p{L}])(?:plan|draft)\s+is\s+good/u, 'latin', true],
    [/(?:plan|[^.]*\?)/u, 'latin', false],
    [/(?<![\p{L}])(?:план|проект)\p{L}*/u, 'cyrillic', true],
    [/(?:^|\s)(?=(?:give\s+up|cede)\s)/u, 'latin', true],
    [/(?!plan)\p{L}+/u, 'latin', false],
    [/(?:plans?)?\s+/u, 'latin', false],
    [/x{0,2}y/u, 'latin', true],
    [/x{0,2}\d/u, 'latin', false],
    [/ks/iu, 'latin', false],
    [/[а-яё]+/u, 'cyrillic', true],
    [/[a-zа-я]/u, 'cyrillic', false],
  ])('%s needs a %s letter: %s', (re, script, expected) => {
    expect(needsScript(re, script)).toBe(expected);
  });
});
