import { conceptsOf } from './concepts';
import { foldText, rawTokens } from './fold';

/** Concepts named anywhere in a phrase, as the aligner sees them. */
function concepts(text: string): Set<string> {
  return new Set(rawTokens(foldText(text)).flatMap((t) => [...conceptsOf(t)]));
}

describe('treaty vocabulary across English, Russian and Ukrainian', () => {
  // Each class once per direction: English ↔ Russian, English ↔ Ukrainian, Russian ↔ Ukrainian.
  it.each([
    ['a permanently neutral state', 'нейтралитет Украины', '~neutral'],
    ['neutral status', 'нейтральний статус', '~neutral'],
    ['нейтральный статус', 'нейтральний статус', '~neutral'],
    ['non-aligned status', 'внеблоковый статус', '~nonaligned'],
    ['позаблоковий статус', 'внеблоковый статус', '~nonaligned'],
    ['territorial integrity', 'территориальной целостности', '~integrity'],
    ['territorial integrity', 'територіальної цілісності', '~integrity'],
    ['political independence', 'політичної незалежності', '~independence'],
    ['независимость', 'незалежність', '~independence'],
    ['the inherent right to self-defence', 'естественного права на самооборону', '~right'],
    ['the inherent right to self-defence', 'права на самооборону', '~defence'],
    ['respect for sovereignty', 'поваги до суверенітету', '~respect'],
    ['уважение суверенитета', 'шанують суверенітет', '~respect'],
    ['refrain from the threat of force', 'воздерживаются от угрозы силой', '~refrain'],
    ['refrain from the threat of force', 'утримуються від погрози силою', '~threat'],
    ['with the consent of all Parties', 'с согласия всех Сторон', '~consent'],
    ['these commitments', 'эти обязательства', '~obligation'],
    ['restrictions are lifted', 'снимаются ограничения', '~restrict'],
    ['restrictions are lifted', 'снимаются ограничения', '~lift'],
    ['restrictions are lifted', 'знімаються обмеження', '~lift'],
    ['снимаются ограничения', 'знімаються обмеження', '~restrict'],
    ['sanctions relief', 'смягчение санкций', '~ease'],
    ['the war against Ukraine', 'войны против Украины', '~war'],
    ['the war against Ukraine', 'війни проти України', '~war'],
    ['occupied territories', 'оккупированные территории', '~occupation'],
    ['окупованих територій', 'оккупированных территорий', '~occupation'],
    ['compensation for damage', 'відшкодування збитків', '~compensation'],
    ['a terrorist organisation', 'террористической организацией', '~terror'],
    ['radiation and nuclear safety', 'радіаційна та ядерна безпека', '~radiation'],
    ['under IAEA control', 'под контролем МАГАТЭ', '~iaea'],
    ['under IAEA control', 'під контролем МАГАТЕ', '~iaea'],
    ['energy infrastructure', 'энергетической инфраструктуры', '~energy'],
    ['nuclear blackmail', 'ядерний шантаж', '~pressure'],
    ['agricultural products', 'агропродукція', '~agriculture'],
    ['hunger as a weapon', 'голод как оружие', '~hunger'],
    ['the water resources they share', 'общие водные ресурсы', '~water'],
    ['the water resources they share', 'спільні водні ресурси', '~resource'],
    ['south of the Litani River', 'к югу от реки Литани', '~river'],
    ['armed presence', 'вооруженное присутствие', '~presence'],
    ['dismantled', 'демонтируются', '~dismantle'],
    ['ліквідується', 'ликвидируется', '~dismantle'],
    ['a military contingent', 'військовий контингент', '~contingent'],
    ['moves its embassy', 'переносит своё посольство', '~embassy'],
    ['diplomatic relations', 'дипломатичні відносини', '~diplomatic'],
    ['normalise ties', 'нормализуют отношения', '~normalise'],
    ['the visa-free zone', 'безвизовой зоне', '~visa'],
    ['безвізовий режим', 'безвизовый режим', '~visa'],
    ['free movement of people', 'свободное передвижение людей', '~movement'],
    ['the Ukrainian Orthodox Church (UOC)', 'УПЦ', '~religion'],
    ['Kosovo joins the area', 'присоединяются к зоне', '~enlarge'],
    ['fulfil its obligations', 'виконання зобов’язань', '~implement'],
  ])('"%s" and "%s" share %s', (one, other, concept) => {
    expect(concepts(one).has(concept)).toBe(true);
    expect(concepts(other).has(concept)).toBe(true);
  });

  it('keeps short whole words from catching longer ones', () => {
    // "war" is a whole word: "warrant" and "toward" are not the war.
    expect(conceptsOf('warrant')).not.toContain('~war');
    expect(conceptsOf('towards')).not.toContain('~war');
    // "блок" (bloc) is a whole word: "блокада" stays a blockade.
    expect(conceptsOf('блокада')).toEqual(['~blockade']);
    // "вода" is a whole word: "водитель" (driver) is not water.
    expect(conceptsOf('водитель')).not.toContain('~water');
    // The lifting of sanctions is not "limit": "limitless" is, "lifetime" is not lifted.
    expect(conceptsOf('lifetime')).not.toContain('~lift');
  });
});
