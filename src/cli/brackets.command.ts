import { basename } from 'node:path';
import type { Command } from 'commander';
import { cleanClauses, compareBrackets, compareVersions, versionBrackets } from '../engine';
import type { CliIo } from './errors';
import { readVersion } from './read-input';

/**
 * `plandiff brackets FILE [FILE2]`: the bracket counts, clauses and text-attributed statements of
 * one draft, or with a second draft the fate of each bracket of the first (docs/brackets.md).
 */
export function registerBrackets(program: Command, io: CliIo): void {
  program
    .command('brackets')
    .description('read square brackets, options and attributions of a negotiating draft')
    .argument('<file>', 'the draft (.txt .md .json .docx .pdf .html)')
    .argument('[later]', 'a later draft: say which brackets were resolved, kept open or added')
    .action(async (file: string, later: string | undefined) => {
      const a = (await readVersion(file, io)).version;
      if (later === undefined) {
        const v = versionBrackets(a.title || basename(file), a.clauses);
        const clauses = v.clauses
          .filter((c) => c.status !== 'clean')
          // The full parse (offsets, spans) is for programs; the command prints the reading.
          .map((c) => ({ ...c, parsed: undefined }));
        io.stdout(
          `${JSON.stringify({ version: v.version, counts: v.counts, clauses }, null, 2)}\n`,
        );
        return;
      }
      const b = (await readVersion(later, io)).version;
      const links = compareVersions(
        { title: a.title, clauses: cleanClauses(a.clauses) },
        { title: b.title, clauses: cleanClauses(b.clauses) },
      ).changes;
      const result = compareBrackets(
        { slug: a.title || basename(file), clauses: a.clauses },
        { slug: b.title || basename(later), clauses: b.clauses },
        links,
      );
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    });
}
