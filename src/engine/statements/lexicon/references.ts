/** Back-references: pronouns and nominal phrases that name a recently mentioned speaker. */
import { list } from './list';
import { BACK_TITLES } from './back-titles';

export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'any' | 'institution'>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  they: 'any',
  они: 'any',
  вони: 'any',
  он: 'male',
  его: 'male',
  него: 'male',
  она: 'female',
  ее: 'female',
  её: 'female',
  нее: 'female',
  він: 'male',
  його: 'male',
  нього: 'male',
  вона: 'female',
  її: 'female',
  неї: 'female',
  // "…,” it said": an institution (the Kremlin, a ministry), never a person.
  // it: 'institution',
};

/**
 * Nominal back-references ("the president", "the aide", "глава держави"): the key is matched in
 * the article (lower case), the value (one or more "|"-separated title words) against the
 * registry title of recent speakers; "@commentator" stands for any recent commentator.
 */
export const NOMINALS: readonly (readonly [string, string])[] = [
  ['the president', 'president'],
  ['the us president', 'president'],
  ['the russian president', 'president'],
  ['the ukrainian president', 'president'],
  ['the aide', 'aide'],
  ['the kremlin aide', 'aide'],
  ['the envoy', 'envoy'],
  ['the spokesman', 'spokes'],
  ['the spokeswoman', 'spokes'],
  ['the minister', 'minister'],
  ['the foreign minister', 'minister'],
  ['the secretary', 'secretary'],
  ['the chancellor', 'chancellor'],
  ['the prime minister', 'prime minister'],
  // '"…," the head of state said' a sentence after the name, as "глава государства" (session 8).
  ['the head of state', 'president'],
  ['the senator', 'senator|@latest'],
  ['президент', 'president'],
  ['глава государства', 'president'],
  ['глава держави', 'president'],
  ['помощник', 'aide'],
  // Longer than "президента" alone, which would send the words to the president.
  ['помощник президента', 'aide'],
  ['помічник президента', 'aide'],
  ['помічник', 'aide'],
  ['спецпосланник', 'envoy'],
  ['пресс-секретарь', 'spokes'],
  ['представитель кремля', 'spokes'],
  ['речник', 'spokes'],
  ['министр', 'minister'],
  ['міністр', 'minister'],
  ['глава мид', 'minister'],
  ['глава мзс', 'minister'],
  ['дипломат', 'minister|ministry|ambassador|diplomat|foreign policy|spokes'],
  ['the spokesperson', 'spokes'],
  // "the press secretary drew a line …": the White House and Kremlin title for a spokesperson.
  ['the press secretary', 'press secretary|spokes'],
  ['the diplomat', 'minister|ministry|ambassador|diplomat|foreign policy|spokes'],
  ['the leader', 'president'],
  ['the kremlin leader', 'president'],
  ['the russian leader', 'president'],
  ['the ukrainian leader', 'president'],
  ['the american leader', 'president'],
  ['the us leader', 'president'],
  ['the german leader', 'chancellor'],
  ['the foreign secretary', 'secretary'],
  ['the secretary of state', 'secretary'],
  ['лидер', 'president'],
  ['лідер', 'president'],
  ['секретар', 'secretary'],
  ['госсекретар', 'secretary'],
  ['держсекретар', 'secretary'],
  ['канцлер', 'chancellor'],
  ['премьер', 'prime minister'],
  ['прем', 'prime minister'],
  // Offices wire copy in Russian and Ukrainian names instead of the person.
  ['очільник мзс', 'minister'],
  // "Очільник російської дипломатії", "глава украинской дипломатии": the foreign minister.
  ['очільник російської дипломатії', 'minister'],
  ['очільник української дипломатії', 'minister'],
  ['очільника російської дипломатії', 'minister'],
  ['очільника української дипломатії', 'minister'],
  ['глава российской дипломатии', 'minister'],
  ['глава украинской дипломатии', 'minister'],
  ['главы российской дипломатии', 'minister'],
  ['главы украинской дипломатии', 'minister'],
  ['голова мзс', 'minister'],
  ['заместитель министра', 'minister'],
  ['замглавы мид', 'minister'],
  ['заступник міністра', 'minister'],
  ['официальный представитель мид', 'spokes'],
  ['представитель мид', 'spokes'],
  ['речниця', 'spokes'],
  ['керівник офісу президента', 'head of the office'],
  ['глава офиса президента', 'head of the office'],
  ['голова офісу президента', 'head of the office'],
  // Short forms of the same offices: "глава ОП", "керівник Офісу", "глава офиса", "замминистра".
  ['глава оп', 'head of the office|presidential office'],
  ['керівник оп', 'head of the office|presidential office'],
  ['голова оп', 'head of the office|presidential office'],
  ['глава офиса', 'head of the office|presidential office'],
  ['глава офісу', 'head of the office|presidential office'],
  ['керівник офісу', 'head of the office|presidential office'],
  ['голова офісу', 'head of the office|presidential office'],
  ['замминистра', 'minister'],
  // A commentator named by trade after the name: "the think tank wrote", "по мнению эксперта".
  ['the think tank', '@commentator'],
  ['the institute', '@commentator'],
  ['the analyst', '@commentator'],
  ['the expert', '@commentator'],
  ['the scholar', '@commentator'],
  ['эксперт', '@commentator'],
  ['експерт', '@commentator'],
  ['аналитик', '@commentator'],
  ['аналітик', '@commentator'],
  ['политолог', '@commentator'],
  ['політолог', '@commentator'],
  // "— иронизирует обозреватель": the columnist or blogger last quoted.
  ['обозреватель', '@commentator'],
  ['оглядач', '@commentator'],
  ['блогер', '@commentator'],
  ['колумнист', '@commentator'],
  ['колумніст', '@commentator'],
  // The head of a delegation is whoever led it in the article (an office head or a secretary).
  ['глава делегации', 'head of the office|secretary|aide|negotiator|delegation'],
  ['глава делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['голова делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['керівник делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['руководитель делегации', 'head of the office|secretary|aide|negotiator|delegation'],
  // "– додав очільник делегації": Ukrainian press's usual word for the head of anything.
  ['очільник делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['очільника делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['очільниця делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['руководителя делегации', 'head of the office|secretary|aide|negotiator|delegation'],
  ['керівника делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  // "Прем'єр Польщі": keys are compared folded (є as е), and the apostrophe keeps the word whole.
  ["прем'ер", 'prime minister'],
  ["прем'ер-міністр", 'prime minister'],
  ['премьер-министр', 'prime minister'],
  // "По словам главы МИД", "за словами голови МЗС": the first word inflects, so the genitive
  // of each two-word "глава …" office is a key of its own (one-word keys take endings anyway).
  ['главы мид', 'minister'],
  ['главы мзс', 'minister'],
  ['глави мзс', 'minister'],
  ['голови мзс', 'minister'],
  ['главы государства', 'president'],
  ['глави держави', 'president'],
  ['главы офиса', 'head of the office|presidential office'],
  ['глави офісу', 'head of the office|presidential office'],
  ['голови офісу', 'head of the office|presidential office'],
  ['главы делегации', 'head of the office|secretary|aide|negotiator|delegation'],
  ['глави делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  ['голови делегації', 'head of the office|secretary|aide|negotiator|delegation'],
  // Ukrainian spellings and offices the list had only in Russian or English.
  ['прес-секретар', 'spokes|press secretary'],
  ['представник кремля', 'spokes'],
  ['спецпосланець', 'envoy'],
  // "Генсек додав, що …": the alliance's secretary general quoted just before (Rutte).
  ['генсек', 'secretary general'],
  ['генсекретар', 'secretary general'],
  ['the secretary general', 'secretary general'],
  ['the secretary-general', 'secretary general'],
  ['посланець', 'envoy'],
  ['спецпредставитель', 'envoy|special representative'],
  ['спецпредставник', 'envoy|special representative'],
  ['советник', 'aide|adviser'],
  ['радник', 'aide|adviser'],
  ['вице-президент', 'vice president'],
  ['віце-президент', 'vice president'],
  ['посол', 'ambassador'],
  ['постпред', 'ambassador'],
  // "А сам документ депутатка назвала …": the MP last quoted (registry titles say Duma, Rada or
  // parliament; unregistered MPs get 'lawmaker' from a faction in their title, titles.ts).
  ['депутат', 'lawmaker|duma|rada|parliament|federation council'],
  ['депутатка', 'lawmaker|duma|rada|parliament|federation council'],
  ['нардеп', 'lawmaker|rada|parliament'],
  ['нардепка', 'lawmaker|rada|parliament'],
  // "Проте, вважає голова комітету, Путін …": the committee chair last quoted, not Putin.
  ['голова комітету', 'committee'],
  ['голова профільного комітету', 'committee'],
  ['глава комитета', 'committee'],
  ['председатель комитета', 'committee'],
  ['зампред комитета', 'committee'],
  // "– заявила лідерка «Батьківщини»", "цитують мера в його телеграм-каналі".
  ['лідерка', 'leader'],
  ['лидерка', 'leader'],
  ['мер', 'mayor'],
  ['мера', 'mayor'],
  ['мэр', 'mayor'],
  ['мэра', 'mayor'],
  ...BACK_TITLES,
];

/**
 * Unnamed and descriptive speakers ("a senior US official", "Russian negotiators", "джерело в
 * Кремлі", "высокопоставленный чиновник США"): head nouns, the words that may stand before them,
 * and the words that give their party. Keys of PARTY_CUES are matched to the plan's party names.
 */
export const DESCRIPTIVE_NOUNS: Readonly<Record<string, string>> = Object.fromEntries<string>([
  ...list(
    'official|officials|diplomat|diplomats|source|sources|negotiator|negotiators|aide|aides',
    'envoy|envoys|insider|insiders|delegation|side|government|spokesperson|spokesman',
    'spokeswoman|analyst|analysts|expert|experts|observer|observers|commentator|commentators',
    'researcher|researchers|scholar|scholars',
    // A national institution speaking ("the Polish foreign ministry", "the German Foreign
    // Office said"): only with a party cue (PARTY_ONLY_NOUNS), as "the Russian side".
    'ministry|office|chancellery',
  ).map((w): [string, string] => [
    w,
    w.replace(/(?:s|person|man|woman)$/u, '').replace(/^spokes.*/u, 'spokes'),
  ]),
  ...list(
    'чиновник|источник|собеседник|дипломат|представител|переговорщик|посадов|джерел',
    'співрозмовник|перемовник|переговірник|аналитик|аналітик|эксперт|експерт|политолог',
    'політолог|делегаци|делегаці|сторон|издани|видання',
  ).map((w): [string, string] => [w, w]),
]);

/** Nouns that name commentators: their words are reported, never a party's stance. */
export const COMMENTATOR_NOUNS: readonly string[] = list(
  'analyst|expert|observer|commentator|researcher|scholar|аналитик|аналітик|эксперт|експерт',
  // A media outlet ("пишет издание") comments; it speaks for no party even when Ukrainian.
  'политолог|політолог|издани|видання',
);

/** Nouns that only name a speaker together with a party ("the Russian side", "делегация США"). */
export const PARTY_ONLY_NOUNS: readonly string[] = list(
  'delegation|side|government|делегаци|делегаці|сторон|ministry|office|chancellery',
);

/** Words that may stand before a descriptive noun (lower case; party cues count too). */
export const DESCRIPTIVE_MODIFIERS: readonly string[] = list(
  'a|an|the|one|two|three|four|several|some|many|other|senior|top|high-ranking|unnamed',
  'anonymous|former|western|administration|government|defense|defence|foreign|ministry',
  'military|intelligence|security|state|department|house|white|presidential|independent',
  'political|policy|military|russia-based|moscow-based|kyiv-based|один|одна|один из',
  'высокопоставленный|высокопоставленного|високопоставлений|неназванный|анонимный',
  'осведомленный|поінформований|дипломатический|дипломатичне|дипломатичний|военный',
  'військовий|западный|західний',
);

/** Modifiers that make a descriptive speaker a commentator ("former officials"). */
export const COMMENTATOR_MODIFIERS: readonly string[] = list('former|independent|бывший|колишній');

/** Party cue words (lower case, Cyrillic as stems) by party key. */
export const PARTY_CUES: Readonly<Record<string, readonly string[]>> = {
  us: list(
    'american|us|u.s.|washington|administration|white|state|pentagon|трамп|сша|американ',
    'вашингтон|белого|білого',
  ),
  russia: list('russian|russia|kremlin|moscow|российск|росій|россии|росії|кремл|москв|рф'),
  ukraine: list('ukrainian|ukraine|kyiv|kiev|украинск|україн|украин|киев|київ|києв'),
  europe: list(
    'european|eu|french|german|british|uk|italian|polish|brussels|европейск|європейськ|ес|єс|франц',
    'elysée|elysee|commission|bundestag|dutch|spanish|finnish|swedish|danish|belgian|irish',
    'немец|німец|британ',
    // The other European states, and country names ("Germany's Foreign Office": partyKey drops
    // the possessive ending), which wire copy uses as often as the adjectives.
    'estonian|latvian|lithuanian|norwegian|czech|austrian|portuguese|greek|romanian|bulgarian',
    'croatian|slovak|slovenian|hungarian|britain|germany|france|poland|italy|finland|sweden',
    'estonia|latvia|lithuania|norway|denmark|spain|nato',
    // Capitals standing for their governments ("the foreign ministry in Tallinn", "officials in
    // Warsaw"), as Brussels does.
    'paris|berlin|london|rome|warsaw|tallinn|riga|vilnius|helsinki|stockholm|copenhagen|oslo',
    'vienna|prague|bratislava|budapest|bucharest|athens|madrid|lisbon|dublin|amsterdam',
  ),
};

/** Names each party key may have in a plan's party list (lower case). */
export const PARTY_NAMES: Readonly<Record<string, readonly string[]>> = {
  us: list('us|usa|u.s.|united states|america'),
  russia: list('russia|russian federation'),
  ukraine: list('ukraine'),
  europe: list('europe|europe/eu|eu|european union'),
};
