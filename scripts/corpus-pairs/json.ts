/** The fixtures' JSON layout: any object or array on one line when it fits in 100 columns. */
const WIDTH = 100;

/** One-line JSON with spaces: `{ "a": [1, 2] }`. */
function flat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(', ')} }`;
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`not JSON-serialisable: ${String(value)}`);
  return text;
}

function pretty(value: unknown, indent: string, prefix: number): string {
  const oneLine = flat(value);
  if (typeof value !== 'object' || value === null || prefix + oneLine.length <= WIDTH) {
    return oneLine;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => `${inner}${pretty(v, inner, inner.length + 1)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${pretty(v, inner, key.length + 1)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

export function fixtureJson(value: unknown): string {
  return `${pretty(value, '', 0)}\n`;
}
