// Turns the lineage (families × versions) into a Sankey graph: one node per clause of a version
// (shared by families that merge into it), one band per family from each version to the next.
// A family the next version does not carry (absent, or unknown for a press report) passes
// through a thin "gap" node, so its band never looks removed; a removal ends in a "removed" node.

const PRESENT = (c) => c.status !== 'absent' && c.status !== 'unknown';

/** Nodes get `column` (the version's index); links get `kind`, `family` and `dispute`. */
export function flowGraph(lineage, { topic } = {}) {
  const column = new Map(lineage.versions.map((v, i) => [v, i]));
  const nodes = [];
  const byId = new Map();
  const links = [];
  const node = (id, make) => {
    let n = byId.get(id);
    if (!n) {
      n = { id, index: nodes.length, families: [], ...make() };
      byId.set(id, n);
      nodes.push(n);
    }
    return n;
  };
  const families = lineage.families.filter((f) => !topic || f.topics.includes(topic));
  for (const f of families) {
    const present = f.cells.map((c, i) => (PRESENT(c) ? i : -1)).filter((i) => i >= 0);
    if (!present.length) continue;
    const first = present[0];
    const last = present[present.length - 1];
    let prev = null;
    const step = (targets, kind, cell) => {
      for (const t of targets) if (!t.families.includes(f.id)) t.families.push(f.id);
      if (prev) {
        const value = 1 / (prev.length * targets.length);
        for (const s of prev) {
          for (const t of targets) {
            links.push({ source: s.index, target: t.index, value, kind, family: f.id, cell });
          }
        }
      }
      prev = targets;
    };
    // A removal after the family's last clause is news: the band runs on to a "removed" marker.
    const removedAt = f.cells.findIndex((c, i) => i > last && c.change === 'removed');
    const end = removedAt >= 0 ? removedAt : last;
    for (let i = first; i <= end; i++) {
      const c = f.cells[i];
      const col = column.get(c.version);
      if (PRESENT(c)) {
        const targets = c.labels.map((label) =>
          node(`${c.version}:${label}`, () => ({
            kind: 'clause',
            version: c.version,
            label,
            column: col,
            cell: c,
          })),
        );
        step(targets, c.change, c);
      } else {
        const kind = c.change === 'removed' ? 'removed' : c.status;
        step([node(`${f.id}@${c.version}`, () => ({ kind, column: col, cell: c }))], kind, c);
      }
    }
  }
  // An invisible spine through every column makes d3-sankey lay out one layer per version even
  // when no family spans them all (it derives the layer count from the longest path).
  let spinePrev = null;
  lineage.versions.forEach((v, i) => {
    const s = node(`spine@${v}`, () => ({ kind: 'spine', column: i }));
    if (spinePrev) {
      links.push({ source: spinePrev.index, target: s.index, value: 1e-6, kind: 'spine' });
    }
    spinePrev = s;
  });
  // A family seen in one version only still gets a visible node.
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  for (const n of nodes) if (!linked.has(n.index) && n.kind !== 'spine') n.fixedValue = 1;
  return { nodes, links, families };
}

/** The topics that occur, for the filter. */
export function flowTopics(lineage) {
  return [...new Set(lineage.families.flatMap((f) => f.topics))].sort();
}
