/**
 * A least-recently-used map bounded by the total size of its values (as `sizeOf` counts it).
 * A value larger than the whole budget is not kept. Map iteration order is insertion order, so
 * re-inserting on every hit keeps the least recently used entry first.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private used = 0;

  public constructor(
    private readonly capacity: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  public get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  public set(key: string, value: V): void {
    const size = this.sizeOf(value);
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.used -= old.size;
    }
    if (size > this.capacity) return;
    this.entries.set(key, { value, size });
    this.used += size;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.capacity) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }

  public get size(): number {
    return this.entries.size;
  }

  /** The sum of the kept values' sizes. */
  public get bytes(): number {
    return this.used;
  }
}
