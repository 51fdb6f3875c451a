/**
 * When a report says it was generated: now, or at SOURCE_DATE_EPOCH (seconds) when the caller
 * has one, for byte-identical output. The one clock of the report pipeline (the engine has none).
 */
export function generationTime(epochSeconds: number | null = null): string {
  return new Date(epochSeconds === null ? Date.now() : epochSeconds * 1000).toISOString();
}
