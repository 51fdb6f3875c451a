/**
 * Concept vocabulary of peace treaties and settlement plans in English, Russian and Ukrainian,
 * merged into the lexicon of text/concepts.ts: sovereignty and status (neutrality, non-aligned,
 * territorial integrity, independence), the rights and restraints parties undertake, sanctions
 * relief and restrictions, nuclear and energy safety, food and water, the war itself, and
 * diplomatic normalisation. Same conventions: word starts on folded lower-case tokens, the
 * longest listed prefix wins, `=word` is a whole token, a word may name several concepts.
 *
 * Kept apart from the general lexicon because these are the words two drafters of successive
 * versions in different languages use for one commitment ("neutral status" / "нейтралитет" /
 * "нейтральний статус"; "restrictions are lifted" / "снимаются ограничения" / "знімаються
 * обмеження"), where the general lexicon had nothing to offer.
 */
export const TREATY_LEXICON: Record<string, string> = {
  // Status of a state.
  neutral: 'neutral нейтрал',
  nonaligned: 'nonalign =aligned =bloc =blocs внеблоков позаблоков =блок =блоков =блоки =блоків',
  nuclear: 'безъядерн',
  integrity: 'integrity целостн цілісн',
  independence: 'independ независим незалежн',
  permanent: 'permanen постоян постійн',
  declare: 'declar proclaim объяв провозгл оголош проголош',
  // What parties owe each other: rights, respect, restraint, consent.
  right: '=right =rights =право =права =праву =правом =правах',
  defence: 'defen оборон самооборон',
  respect: 'respect уважен уважа поважа поваг шанув шану',
  refrain: 'refrain abstain воздерж =утримуються =утримується =утримуватися',
  threat: 'threaten угрож погроз загрож',
  consent: 'consent =согласия =согласие =согласии =согласием =згода =згоди =згоду =згодою',
  inadmissible: 'inadmissib unacceptab недопуст неприемлем неприпуст неприйнят',
  obligation: 'commitment обязу',
  responsibility: 'responsib accountab ответствен відповідальн',
  // Sanctions relief and restrictions (arms limits included).
  restrict: 'restrict limit огранич обмеж',
  lift: '=lift =lifts =lifted =lifting снима =снять снят знима знімаю знімає знят скасов скасув отмен',
  ease: '=ease =eased =easing relief смягч послаб',
  // Occupation, annexation, the war and its consequences.
  war: '=war =wars wartime warfare войн війн воєн',
  occupation: 'occup оккуп окуп',
  annexation: 'annexation annexed аннекс анекс',
  compensation: 'compensat reparation компенсац репарац возмещ відшкод',
  crime: 'crime criminal преступ злочин',
  tribunal: 'tribunal трибунал',
  terror: 'terror террор терор',
  // Nuclear and energy safety.
  radiation: 'radiat радиац радіац',
  iaea: '=iaea магатэ магате',
  energy: 'energ электроэнерг энерг енерг electric электр електр',
  pressure: 'pressur coerc blackmail давлен шантаж =тиск =тиску',
  // Food, farming and water.
  agriculture: 'agricult agro farm агро сельскохоз сільськогосп фермер',
  hunger: 'hunger starv famine голод',
  export: 'вывоз вивез вивоз',
  water: '=water =waters водн =вода =воды =воду =водой =води =водою',
  river: 'river =река =реки =реке =рекой =рек =річка =річки =річці =річкою',
  resource: 'resource ресурс',
  // Presence of forces and their removal.
  presence: 'presence присутств присутн',
  dismantle: 'dismantl demolish liquidat eliminat демонтир демонтаж ликвид ліквід',
  contingent: 'contingent контингент',
  // Diplomatic normalisation, movement of people, churches.
  embassy: 'embass посольств',
  diplomatic: 'diplomat дипломат',
  normalise: 'normali нормализ нормаліз',
  visa: '=visa =visas безвиз безвіз =виз =визы визов =віз візов',
  movement: 'movement передвиж пересув',
  religion: '=uoc =упц orthodox православ',
  enlarge: '=join =joins =joined =joining',
  implement: 'fulfil comply complian исполн',
};
