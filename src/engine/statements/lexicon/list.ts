/** "a|b|c" lines to a word list: one cue per "|"-separated entry, spaces kept ("some ", "if "). */
export function list(...lines: readonly string[]): readonly string[] {
  return lines.flatMap((line) => line.split('|'));
}
