// Function words that say nothing about which clause is which, including modal verbs and
// negations: "will not" in two clauses is no evidence they are the same clause. (The substance
// flags read modals and negations from the raw tokens, not from these terms.)
const ENGLISH = `a an the and or but if then than of to in on at by for from with into onto upon
as is are was were be been being it its this that these those there their they them he she his
her we our you your i me my which who whom whose what where when while such any all each both
either other another same so also too very just only own about above after again against before
below between during over under until up down out off through per via within without s
has have had having do does did doing would itself themselves including included includes
etc shall will must may might can could should not no nor never cannot`;
const RUSSIAN_UKRAINIAN = `и в во на с со к ко по о об от до из за для при что чтобы как так
также это этот эта эти тот та те то его ее её их он она оно они мы вы я а но или же ли бы уже
который которая которые которых был была были было быть есть также а й і та у в на з із зі до
від для при що щоб як так також це цей ця ці той та ті його її їх він вона воно вони ми ви я
але або чи би вже який яка які яких був була були було бути є`;

const WORDS = new Set(
  `${ENGLISH} ${RUSSIAN_UKRAINIAN}`.split(/\s+/u).filter((word) => word.length > 0),
);

export function isStopword(token: string): boolean {
  return WORDS.has(token);
}
