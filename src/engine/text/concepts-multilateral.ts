/**
 * Concept vocabulary of ceasefire statements and multilateral texts (UN resolutions, mediated
 * ceasefires, corridor and grain arrangements) in English, Russian and Ukrainian, merged into the
 * lexicon of text/concepts.ts. Same conventions: word starts on folded lower-case tokens, the
 * longest listed prefix wins, `=word` is a whole token, a word may name several concepts.
 *
 * Kept apart from the general negotiation lexicon because it answers a different question: how
 * the UN, mediators and ceasefire texts name their institutions, people and logistics, which two
 * translators render with different words ("УВКБ ООН" / "Office of the High Commissioner for
 * Refugees"; "военнопленные" / "prisoners of war"; "линия соприкосновения" / "лінія зіткнення").
 */
export const MULTILATERAL_LEXICON: Record<string, string> = {
  // Compounds that start with a word of another concept: "военнопленные" begins with "воен"
  // (military) and "миротворческий" is not "мир", so each needs its own longer prefix.
  captive: 'военнопленн військовополон',
  peace: 'peacekeep миротвор',
  peacekeep: 'peacekeep миротвор',
  hostility: 'hostilit combat =fighting боевых =боевые боевым бойов',
  refugee: 'refugee беженц біженц увкб =unhcr',
  displaced: 'displac =idps =idp перемещ переміщ',
  commissioner: 'commissioner комиссар комісар',
  // "ООН" / "UN" is the organisation of the united nations: name all three concepts.
  organisation: '=un =оон',
  united: '=un =оон',
  country: '=un =оон',
  redcross: '=icrc =cross мккк мкчх =креста =хреста',
  dead: '=dead =bodies =body killed погибш загибл =тела =тел =телами =тіла =тіл =тілами',
  mediate: 'mediat intermediar посредн посередн медиац медіац',
  chair: 'chair сопредседат председат співголов',
  format: 'format формат',
  dialogue: 'перемовин',
  corridor: 'corridor коридор',
  route: 'route =road =roads маршрут дорог =шлях =шляхи шляху',
  transport: 'transport traffic transit транспорт трафик сполучен перевез перевоз',
  vehicle: 'vehicle =car =cars автомобил автотранспорт машин',
  goods: 'goods cargo freight груз вантаж',
  citizen: 'citizen гражданам граждан громадян',
  unblock: 'unblock разблок розблок',
  blockade: 'blockad блокад',
  period: '=term period =срок =срока =сроки термін',
  extend: 'extend extension prolong продлев продлен подовж продовж',
  armour: 'armoured armored бронетранспорт бронетех бронемаш',
  equipment: 'equipment hardware техник =техніка =техніки =технікою',
  assembly: 'assembly ассамбле асамбле',
  secretary: 'secretar секретар',
  condemn: 'condemn deplor осужд осуд засудж',
  demand: 'demand =requires требует требова вимага',
  grain: 'grain wheat cereal зерн пшениц',
  food: 'food foodstuff продовол продукт харч',
  fertiliser: 'fertili удобрен добрив',
  port: '=port =ports порт',
  export: 'export экспорт експорт',
  inspect: 'inspect инспек інспек',
  coordinate: 'coordinat координ',
  centre: 'centre center центр',
  implement: 'implement выполнен выполня реализ виконан викону реаліз',
  position: 'position позиц',
  // "to be agreed" / "согласуют" / "узгодять": the verb, apart from the noun "agreement".
  agreeon: '=agree =agreed =agrees согласов согласу узгод погодж',
  parameter: 'parameter =condition =conditions =terms параметр услови =умови =умов умовами',
};
