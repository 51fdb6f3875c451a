// Elements per chunk: large enough that chunk allocation is rare, small enough that the last,
// partly used chunk wastes little (64K elements: 256 KB of ids, 512 KB of weights).
const CHUNK = 65_536;

/**
 * Bump allocator of typed-array views over shared chunks. Feature building makes three small
 * typed arrays per clause and view (ids, counts, weights): at 10,000 clauses each of those tens
 * of thousands of arrays had its own backing store, allocated and later swept one by one. Views
 * into a few large chunks cost one object each. A chunk lives as long as any view into it, so
 * an arena is made per feature build and dropped with the features.
 */
export class Arena {
  private ints = new Int32Array(0);
  private intsAt = 0;
  private floats = new Float64Array(0);
  private floatsAt = 0;

  /** A zeroed Int32Array of length n (fresh chunk memory is never handed out twice). */
  public int32(n: number): Int32Array {
    if (this.intsAt + n > this.ints.length) {
      this.ints = new Int32Array(Math.max(CHUNK, n));
      this.intsAt = 0;
    }
    const view = this.ints.subarray(this.intsAt, this.intsAt + n);
    this.intsAt += n;
    return view;
  }

  /** A zeroed Float64Array of length n. */
  public float64(n: number): Float64Array {
    if (this.floatsAt + n > this.floats.length) {
      this.floats = new Float64Array(Math.max(CHUNK, n));
      this.floatsAt = 0;
    }
    const view = this.floats.subarray(this.floatsAt, this.floatsAt + n);
    this.floatsAt += n;
    return view;
  }
}
