import type { Edge } from './candidates';

/**
 * One-to-one assignment maximising total score. The candidate graph falls apart into small
 * connected components; each is solved exactly with the Hungarian method, and components larger
 * than `maxComponent` nodes fall back to greedy (a design-time prototype measured greedy within
 * 0.3 points of optimal, so the fallback only bounds the worst case).
 */
export function assign(
  edges: readonly Edge[],
  weight: (e: Edge) => number,
  maxComponent: number,
): Edge[] {
  const chosen: Edge[] = [];
  for (const component of components(edges)) {
    // A lone edge is its own optimum (the Hungarian method assigns a 1x1 problem's row, greedy
    // takes it too): no Sets, maps and work arrays for what most components of a revision are.
    if (component.length === 1) {
      chosen.push(component[0]!);
      continue;
    }
    const nodes = new Set(component.map((e) => e.a)).size + new Set(component.map((e) => e.b)).size;
    chosen.push(
      ...(nodes <= maxComponent ? hungarian(component, weight) : greedy(component, weight)),
    );
  }
  return chosen;
}

/**
 * Connected components of the candidate graph, in order of first appearance, each with its
 * edges in input order. Union-find over integer node ids (A clauses, then B clauses): string
 * keys cost more than the assignment itself at 10,000 clauses.
 */
function components(edges: readonly Edge[]): Edge[][] {
  let maxA = -1;
  let maxB = -1;
  for (const e of edges) {
    if (e.a > maxA) maxA = e.a;
    if (e.b > maxB) maxB = e.b;
  }
  const offset = maxA + 1;
  const parent = new Int32Array(offset + maxB + 1).map((_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (x !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(offset + e.b);
    if (ra !== rb) parent[ra] = rb;
  }
  const groups = new Map<number, Edge[]>();
  for (const e of edges) {
    const root = find(e.a);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [e]);
    else list.push(e);
  }
  return [...groups.values()];
}

export function greedy(edges: readonly Edge[], weight: (e: Edge) => number): Edge[] {
  const sorted = [...edges].sort((x, y) => weight(y) - weight(x) || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: Edge[] = [];
  for (const e of sorted) {
    if (usedA.has(e.a) || usedB.has(e.b)) continue;
    usedA.add(e.a);
    usedB.add(e.b);
    chosen.push(e);
  }
  return chosen;
}

/** Rectangular Hungarian method (potentials, O(n²m)); non-edges cost 0, i.e. "leave unmatched". */
function hungarian(edges: readonly Edge[], weight: (e: Edge) => number): Edge[] {
  const as = [...new Set(edges.map((e) => e.a))].sort((x, y) => x - y);
  const bs = [...new Set(edges.map((e) => e.b))].sort((x, y) => x - y);
  const transpose = as.length > bs.length;
  const rows = transpose ? bs : as;
  const cols = transpose ? as : bs;
  const n = rows.length;
  const m = cols.length;
  const rowOf = new Map(rows.map((v, i) => [v, i + 1]));
  const colOf = new Map(cols.map((v, i) => [v, i + 1]));
  const cost = new Float64Array((n + 1) * (m + 1));
  const edgeAt = new Map<number, Edge>();
  for (const e of edges) {
    const r = rowOf.get(transpose ? e.b : e.a)!;
    const c = colOf.get(transpose ? e.a : e.b)!;
    cost[r * (m + 1) + c] = -weight(e);
    edgeAt.set(r * (m + 1) + c, e);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  // Reset per row rather than allocated per row (a 400-node component made 800 arrays).
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 * (m + 1) + j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const chosen: Edge[] = [];
  for (let j = 1; j <= m; j++) {
    const e = p[j] ? edgeAt.get(p[j]! * (m + 1) + j) : undefined;
    if (e !== undefined) chosen.push(e);
  }
  return chosen;
}
