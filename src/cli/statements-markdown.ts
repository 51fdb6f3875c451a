import type { Statement, StatementsResult } from '../engine';

/** A readable list of statements grouped by party (commentators and unknown speakers last). */
export function renderStatementsMarkdown(result: StatementsResult): string {
  const { article, statements } = result;
  const lines: string[] = [
    `# Statements${article.title ? `: ${article.title}` : ''}`,
    '',
    `Article date: ${article.date ?? 'unknown'} · language: ${article.language} · ${statements.length} statement${statements.length === 1 ? '' : 's'}`,
  ];
  if (statements.length === 0) return `${lines.join('\n')}\n\nNo statements found.\n`;
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key =
      s.party ?? (s.role === 'commentator' ? 'Commentators (no party)' : 'Unknown speakers');
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const party of order) {
    lines.push('', `## ${party}`, '');
    for (const s of groups.get(party)!) {
      const via = s.reportedBy ? `, reported by ${s.reportedBy}` : '';
      lines.push(
        `- **${s.speaker ?? 'unknown'}** (${s.stance}; ${describeTarget(s)}; ${s.date ?? 'undated'}${via}): ` +
          `${s.mode === 'direct' ? '“' : ''}${oneLine(s.quote)}${s.mode === 'direct' ? '”' : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function rank(group: string): number {
  return group.startsWith('Commentators') ? 1 : group.startsWith('Unknown') ? 2 : 0;
}

function describeTarget(s: Statement): string {
  const t = s.target;
  if (t.kind === 'clause') {
    return `${t.version} ${(t.labels ?? []).map((l) => `§${l.label} (${l.score})`).join(', ')}`;
  }
  if (t.kind === 'version') return `version ${t.version}`;
  if (t.kind === 'topic') return `topic ${t.topic}`;
  return 'the plan';
}

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();
