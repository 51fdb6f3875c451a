// A family's gist: the opening words of its earliest clause text. The corpus texts are already
// paraphrases, so cutting one on a word boundary invents nothing.
export function gist(family, max = 60) {
  const cell = family.cells.find((c) => c.texts && c.texts.length && c.texts[0]);
  if (!cell) return family.topics.join(', ') || family.id;
  const text = cell.texts[0].replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}
