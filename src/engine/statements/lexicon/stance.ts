import { list } from './list';

/**
 * Words that evaluate a plan or proposal well. Words about the talks going well ("positive",
 * "progress", "agreed on", "домовилися") are left out: alone they take no position on the plan's
 * terms, which the annotation policy reads as `unclear`.
 */
export const POSITIVE: readonly string[] = list(
  'acceptable|accept|welcome|welcomed|welcomes|support|supports|supported|endorse|endorsed',
  'agree with|good basis|basis for|look better|looks better|ready to sign|fair|realistic',
  'satisfied|suits us|basis|step forward|encouraging|remarkable|ready to discuss',
  'готов обсуждать|готові обговорювати|приемлем|поддерж|согласил|согласны|согласиться|основой',
  'основу|устраива|прийнятн|підтрим|погодил|погоджу|основою|влаштову|краще|signed off|approved',
  'open to|right direction|открыты к|открыта к|відкриті до|правильном направлении',
  'правильному напрямку',
  'одобрил|схвалив',
  // "a deal that's good for Ukraine"; "not good for" is negated like any other cue.
  'good for|good deal|ready to compromise|ready for compromise|готова к компромисс',
  'готовы к компромисс|готов к компромисс|готові до компроміс|готова до компроміс',
  // Agreeing to, and giving what the plan asks ("give up territory"): negated, a refusal.
  'agree to|subscribe to|give up territory|giving up territory',
  'cede territory|trade territory|give up land|strong framework|solid foundation|good foundation',
  'way of getting peace|way to peace|path to peace|вийти з наших|вийти зі своїх|віддати територ',
  // A verdict on the text's content ("many good elements", "a positive development" of a change
  // in it); a bare "positive" about the talks stays out (see above).
  'good elements|good points|positive elements|positive development|positive change',
  'отдать территор|уступить территор|поступитися територ',
  // Future forms of "agree" ("народ не согласится", "не погодиться"): negated, a refusal.
  'согласится|согласимся|согласятся|погодиться|погодимося|погодяться',
  // The imperfective ("не намерена соглашаться на то, чтобы …"; not "соглашение").
  'соглаша',
  // "the way to peace" in Russian and Ukrainian, as 'path to peace' above.
  'путь к миру|шлях до миру',
  // Ceding land in other words ("cede its land"), negated a refusal like 'give up land'; "good
  // ideas" is a verdict on content like 'good elements'.
  'cede land|cede its land|cede their land|cede our land|cede any territory|cede its territory',
  'good ideas',
  // Plain English approval the list lacked; "reasonable" and "makes sense" were left out ("a
  // reasonable timeframe", "makes more sense to work on …" are about the process).
  'happy with|comfortable with|fine with|in favour of|in favor of|viable|workable|balanced',
  'good plan|great plan|good proposal|great deal|very good deal',
  // Strong guarantees are what Kyiv asks of any text: offered, support; demanded ("needs strong
  // guarantees"), a condition; absent ("no strong guarantees"), a refusal.
  'full security guarantees|strong security guarantees|robust security guarantees|ironclad',
  'strong guarantees|robust guarantees|solid guarantees|article 5|nato-style|nato-like',
  // The land the plan asks for, by name: "we do not want to give up our Donbas" refuses it.
  'give up donbas|give up our donbas|give up the donbas|cede donbas|cede the donbas',
  // Liking a text: "России не понравятся предложения" (negated, a refusal).
  'понрав|сподоба',
  // Accepting proposals ("предложения мы приняли", "мы это приняли"); a bare "приняли" is left
  // out (it also takes part, decisions and resolutions).
  'приняли предложени|прийняли пропозиц|предложения мы приняли|пропозиції ми прийняли',
  'мы это приняли|ми це прийняли|принять концепци|прийняти концепці',
  // "соответствует духу Анкориджа": matching what the speaker's side agreed is approval.
  'соответствует духу|соответствуют духу|відповідає духу|відповідають духу',
  // Russian and Ukrainian approval the list lacked (session 8): welcoming a text ("приветствуем
  // план", "вітаємо пропозиції"; welcoming the talks is blanked in scope.ts), approving it, a
  // sound core ("здравые идеи", "раціональне зерно") and a step forward, as 'step forward'.
  'приветству|вітаємо|вітають|привітав|привітала|привітали|одобря|одобрен|схвалю|схвален',
  'здравые идеи|здравых идей|здравое зерно|здоровое зерно|рациональное зерно|раціональне зерно',
  'здорові ідеї|слушні ідеї|хорошие идеи|хороші ідеї|гарні ідеї|добрі ідеї|хороший план',
  'хорошая основа|хорошей основой|добрий план|гарний план|добра основа|гарна основа',
  'шаг вперед|шагом вперед|крок уперед|крок вперед|кроком уперед|кроком вперед',
  // A start to build on, as 'basis for': "абсолютно нормальний старт для перемовин".
  'нормальний старт|нормальним стартом|нормальный старт|нормальным стартом|хороший старт',
  'хорошим стартом|добрий старт|добрим стартом|гарний старт|гарним стартом|отправной точкой',
  'отправная точка|відправна точка|відправною точкою',
  // A weighty step, as 'step forward': "з політичної точки зору це вагомий крок".
  'вагомий крок|вагомим кроком|важливий крок|важливим кроком|важный шаг|важным шагом',
  'значимый шаг|значимым шагом',
);

export const NEGATIVE: readonly string[] = list(
  'mockery|farce|sham|unworkable|unrealistic|worst|невыполним|невиконуван|нездійсненн|найгірш',
  'наихудш|издевательств|знущанн|refuse|refuses|refused|отказыва|отказал|відмовля|відмовив',
  'unacceptable|reject|rejected|rejects|oppose|opposes|opposed|criticism|opposition',
  "unconstructive|does not work for|doesn't work for|concerned about|will not recognise",
  // Bare "never"/"никогда" fired on aims ("so that it never faces another invasion"); only a
  // refusal to accept, sign or recognise something is a stance.
  'never accept|never agree|never sign|never recogni|never cede|never give up|never allow',
  'never surrender|never withdraw|never be accept|никогда не соглас|никогда не призна',
  'никогда не прим|никогда не подпиш|никогда не отда|ніколи не погод|ніколи не визна',
  'ніколи не прийм|ніколи не підпиш|ніколи не відда',
  // "would only drag the conflict out", "ведет лишь к затягиванию конфликта".
  'drag the conflict out|drag the war out|drag out|dragging out|prolong the war',
  'prolong the conflict|затягиван|затягуван|neither de jure|ні де-юре|ни де-юре',
  'will not recognize|never recognise|never recognize|неконструктив|не признает|не признаем',
  'не визна|обеспокоен|стурбован|critical|negative|capitulation|surrender|red line',
  'no peace agenda|flimsy|hard to swallow|warmongers|impossible|non-starter',
  'not going to happen|dangerous|betrayal|wishlist|wish list|ultimatum|неприемлем|отверга',
  'отверг|критич|негатив|капитуляц|невозможн|ультиматум|неприйнятн|відкида',
  // Only "red lines": a bare 'красн'/'червон' also matched Красноармейск and the Red Cross.
  'красные линии|красная линия|красной линии|красных линий|красную линию|красные черты',
  'червоні лінії|червона лінія|червоної лінії|червоних ліній|червону лінію',
  'відкинув|критичн|негативн|капітуляц|неможлив|зрад',
  // Refusals said without "reject": "ruled out", "give no ground", "не сприймаємо".
  'rule out|ruled out|rules out|out of the question|no ground|no concessions|will not cede',
  "will not sign|would not sign|won't sign|not going to sign|не может быть и речи",
  'не сприйма|не приймаємо|не приймемо|не примем|не принимаем|не підпише|не подпишет',
  // A people or country that will not accept or approve it: "українці не приймуть", "їх не схвалить".
  'не приймуть|не примут|не схвалить|не схвалять|не одобрит|не одобрят',
  'no interest in|not interested in|не заинтересован|не зацікавлен',
  // Verdicts the list lacked ("This is unthinkable", "several areas … very problematic"), and a
  // refusal phrased as an impossibility ("It cannot be the case that Europe ends up paying").
  'unthinkable|inconceivable|problematic|cannot be the case|can never be the case',
  'flawed|one-sided|lopsided|unfair|unjust|appeasement|humiliating|humiliation|absurd',
  'nonsense|ridiculous|bad deal|bad idea|bad plan|dead on arrival|rewards aggression',
  'reward the aggressor|reward aggression|worried about|alarmed',
  // "Does that mean it must be accepted? The answer is no."
  'the answer is no|my answer is no|our answer is no',
  // Objections: "у нас будуть дуже різкі заперечення", "возражения".
  'заперечен|заперечу|возражени|возража',
  // Russian and Ukrainian verdicts in recurring wording: "попытки изнасилования инициативы",
  // "нав'язати Україні умови", "против России", "поза межами нашого закону", "стоїмо, де стоїмо".
  "изнасилова|зґвалтуван|навязыва|навязат|нав'язу|нав'язат|против россии|проти росії",
  'антироссийск|антиросійськ|поза межами закон|поза межами нашого закон|вне закон',
  'неконституц|противоречит конституц|суперечить конституц|стоїмо, де стоїмо|стоим, где стоим',
  // Russian and Ukrainian verdicts the list had only in English (session 8): "это абсурд",
  // "недопустимо", "нереалистичный", "предательство", "диктат", "поощрение агрессора", and
  // refusals phrased as what will not happen ("жодних поступок").
  'абсурд|нонсенс|маячн|бред|фарс|безглузд|недопустим|неприпустим|нереалистичн|нереалістичн',
  'несправедлив|однобок|однобіч|унизительн|принизлив|предательств|предательск|диктат|шантаж',
  'поощрение агрессора|поощрять агрессора|поощрить агрессора|награда агрессору|награду агрессору',
  'заохочення агресора|заохочувати агресора|заохотити агресора|винагорода агресору',
  'винагороду агресору|заохоченням агресора|поощрением агрессора|наградой агрессору',
  'винагородою агресору|никаких уступок|никаких территориальных уступок|жодних поступок',
  'жодних територіальних поступок',
  // Belittling the text: "так называемый мирный план", "если это вообще можно назвать планом"
  // (refusals that open with "не" are regexes in stance-cyrillic.ts: as cues, a "не …, не …"
  // list before them would read them as negated).
  'так называемый мирный|так называемого мирного|так называемым мирным',
  // "очередная манипуляция со стороны Киева", "очередной прожект": the text as a trick.
  'манипуляц|маніпуляц|прожект',
  'так называемый план|так званий мирний|так званого мирного|так званим мирним|так званий план',
  'если это вообще можно назвать|если это можно назвать|якщо це взагалі можна назвати',
  'якщо це можна назвати',
  // The text as PR, a wishlist or a trap: "очередной пиар Зеленского", "украинские хотелки",
  // "виглядають як продумана пастка" (as 'wishlist' and 'манипуляц' above).
  'пиар|піар|хотелк|хотілк|пастк|ловушк|западня|западню',
);

/** Conditions that make a statement conditional on their own ("only if", "must not"). */
export const STRONG_CONDITIONS: readonly string[] = list(
  'must|should|должен|должна|должны|повинен|повинна|повинні|має бути|different positions',
  'разные позиции|різні позиції|not all, but|only if|provided that|as long as|on condition',
  'must not|must be|при условии|только если|должны быть|за умови|лише якщо|тільки якщо',
  'мають бути|only when|only after|only once|только после',
  // "it's got to be just", "elements which have to be improved": a requirement like "must be"
  // (a bare "have to" was tried: "we have to get it ended" is an aim, no condition).
  'have to be |has to be |got to be ',
  'только когда|лишь после|лишь когда|до тех пор|лише після|тільки після|лише коли',
  'тільки коли|поки не|доки не',
  // A settlement tied to something without which it cannot happen.
  'unlikely without|impossible without|not possible without|невозможно без|неможливо без',
  // "the first basic condition", "will have to make compromises": terms stated without "must"
  // (eighth session, unseen English). "depends on" was tried: the seeds' forecasts use it.
  'basic condition|first condition|main condition|key condition|will have to make',
  'precondition|prerequisite|essential for|предварительн условием|передумов',
  'there can be no|не может быть никаких|не может идти речи|не може бути жодних|не може йтися',
  'for any plan to|for any deal to|for any agreement to|for any peace to|for the plan to work',
  // "critical for any peace deal", "для будь-якої мирної угоди": a requirement of every deal.
  'for any deal|for any agreement|for any settlement|for any peace deal|for any peace agreement',
  'для будь-якої мирн|для будь-якої угод|для любого мирн|для любого соглаш|для любой сделк',
  // Fighting for something to be in the text sets a requirement on it: "fight to ensure that",
  // "боротися за те, щоб", "добиваться того, чтобы".
  'fight to ensure|боротися за те, щоб|боротися за те, аби|бороться за то, чтобы',
  'добиватися того, щоб|добиваться того, чтобы',
  // What a settlement must take into account: "урегулирование должно учитывать интересы".
  'должно учитывать|должно учитываться|должны учитываться|має враховувати|мають враховуватися',
  'повинно враховувати|повинна враховувати',
);

/** Conditions that qualify an evaluation but are no evaluation themselves ("if", "unless"). */
export const CONDITIONS: readonly string[] = list(
  'additional work|more work|доработ|допрацю|need clarif|needs clarif|though |if |unless',
  'need to be|needs to be|depends on|если |якщо |без |needs changes|need changes',
  'requires changes|with changes|требует изменений|потребує змін|in exchange for|in return for',
  'в обмен на|в обмін на',
  // "acceptable, but only under certain conditions", "we know under what conditions it can be
  // acceptable": approval tied to terms still to be met.
  'under what conditions|under which conditions|under certain conditions|on certain conditions',
  'under some conditions|under the right conditions',
);

export const HEDGES: readonly string[] = list(
  'some |some of|others|certain|partly|more or less|a number of|not all|некоторы|отдельн',
  'часть|ряд |не все|деяк|частин|не всі|окрем',
  // "многие положения … приемлемы", "багато положень": many is not all (policy: conditional).
  'многие положени|многие пункт|многих положени|багато положен|багато пункт|більшість пункт',
  'большинство пункт|большинство положени|більшість положен',
);

export const NEGATORS: readonly string[] = list(
  "not|n't|no|never|hardly|cannot|far from|unable to|не|нет|ні|ни|нельзя",
);
