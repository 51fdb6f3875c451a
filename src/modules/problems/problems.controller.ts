import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header, Injectable, Module } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.guard';
import { projectRoot } from '../../lib/project-root';

interface ProblemCode {
  readonly status: string;
  readonly whens: string[];
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Markdown table cells to plain text: code spans and links keep their words. */
const plain = (cell: string): string =>
  cell
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim();

/**
 * The codes of the docs' error tables (docs/api.md "Errors", docs/limits.md): each row is
 * `| status | codes… | when |` or `| what | limit | status code |`. The docs stay the one place
 * where codes are explained; this page only gives every code an anchor a `type` can point to.
 */
export function problemCodes(markdown: readonly string[]): Map<string, ProblemCode> {
  const codes = new Map<string, ProblemCode>();
  for (const doc of markdown) {
    for (const line of doc.split('\n')) {
      if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
      const cells = line.split('|').slice(1, -1);
      const statusAt = cells.findIndex((c) => /^\s*\d{3}(–\d{3})?\b/.test(c));
      if (statusAt === -1) continue;
      const status = /\d{3}(–\d{3})?/.exec(cells[statusAt]!)![0];
      // Codes stand in the status cell ("413 `import-too-large`") or in the next one.
      const own = [...cells[statusAt]!.matchAll(/`([^`]+)`/g)];
      const found = own.length > 0 ? own : [...(cells[statusAt + 1] ?? '').matchAll(/`([^`]+)`/g)];
      const rest = cells.filter((_, i) => i !== statusAt && (own.length > 0 || i !== statusAt + 1));
      const when = plain(rest.join(' — '));
      for (const [, code] of found) {
        const entry = codes.get(code!) ?? { status, whens: [] };
        if (!entry.whens.includes(when)) entry.whens.push(when);
        codes.set(code!, entry);
      }
    }
  }
  return codes;
}

export function problemsPage(codes: Map<string, ProblemCode>): string {
  const rows = [...codes]
    .map(
      ([code, { status, whens }]) =>
        `<dt id="${escape(code)}"><code>${escape(code)}</code> (${escape(status)})</dt>` +
        whens.map((w) => `<dd>${escape(w)}</dd>`).join(''),
    )
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>plandiff problem types</title></head>',
    '<body><h1>plandiff problem types</h1>',
    '<p>Every error is RFC 9457 <code>application/problem+json</code>; its <code>type</code> ' +
      'links here, to its <code>code</code>.</p>',
    `<dl>\n${rows}\n</dl>`,
    '</body></html>',
    '',
  ].join('\n');
}

@Injectable()
export class ProblemsPage {
  public readonly html = problemsPage(
    problemCodes(
      ['api.md', 'limits.md'].map((name) =>
        readFileSync(join(projectRoot(), 'docs', name), 'utf8'),
      ),
    ),
  );
}

/** What each problem `type` (`/api/problems#<code>`) resolves to; open like health. */
@ApiTags('problems')
@Public()
@Controller('problems')
export class ProblemsController {
  public constructor(private readonly page: ProblemsPage) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiResponse({
    status: 200,
    description: 'Every problem code with its status and when it is sent; one anchor per code',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  public list(): string {
    return this.page.html;
  }
}

@Module({ controllers: [ProblemsController], providers: [ProblemsPage] })
export class ProblemsModule {}
