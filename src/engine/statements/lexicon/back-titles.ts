/**
 * Titles news copy refers back by where the registry words the title otherwise ("the commander"
 * for a commander-in-chief, "the pontiff", "the South Carolina Republican", "— начал сенатор",
 * "— написав бригадний генерал"). '@latest' lets them fall back to the latest named person when
 * no one salient holds the title (salience.ts), as a pronoun would; a plural ("the senators")
 * never does (mentions.ts). Kept apart from NOMINALS, which spreads them in, for the file size.
 */
export const BACK_TITLES: readonly (readonly [string, string])[] = [
  ['the commander', 'commander|@latest'],
  ['the general', 'general|commander|@latest'],
  ['the pontiff', 'pope|@latest'],
  ['the pope', 'pope|@latest'],
  ['the congressman', 'congress|representative|@latest'],
  ['the congresswoman', 'congress|representative|@latest'],
  ['the mayor', 'mayor|@latest'],
  ['the governor', 'governor|@latest'],
  ['the republican', '@latest'],
  ['the democrat', '@latest'],
  ['сенатор', 'senator|federation council|@latest'],
  ['парламентари', 'lawmaker|duma|rada|parliament|federation council|senator'],
  ['парламентар', 'lawmaker|duma|rada|parliament|federation council|senator|@latest'],
  ['генерал', 'general|commander|@latest'],
  ['бригадний генерал', 'general|commander|@latest'],
  ['бригадный генерал', 'general|commander|@latest'],
  ['головком', 'commander|@latest'],
  ['главком', 'commander|@latest'],
  ['командир', 'commander|@latest'],
  ['командувач', 'commander|@latest'],
  ['командующий', 'commander|@latest'],
];
