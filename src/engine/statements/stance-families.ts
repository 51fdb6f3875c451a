import { list } from './lexicon/list';

/**
 * Verdict families (issue #15, session 12): wordings of a clear verdict that new writers use and
 * the cue lists lacked, grouped by what they do to the plan, not by article. Unseen rounds read
 * most clear verdicts as `unclear` (blind-7: 33 of 57). Cue entries are read like the lexicon's
 * (a word start, any ending; a negator up to three words before flips them).
 */

/**
 * The text or its broker attacked as partial or as a scheme: "the mediator is biased", "it plays
 * into Putin's hands", "выглядит подозрительно", "политическая афера", "упереджений". Negated
 * ("not biased") they count the other way, like any cue.
 */
export const FAMILY_NEGATIVE: readonly string[] = list(
  'biased|plays into the hands|play into the hands|playing into the hands|plays into putin',
  "play into putin|into the kremlin's hands|into moscow's hands|suspicious",
  'dishonest broker|pro-russian plan|pro-kremlin|keep the war going',
  'keeps the war going|keep this war going|encourage putin|encourages putin|encouraged putin',
  'подозрительн|підозріл|афер|реваншизм|реваншист|пророссийск|проросійськ|прокремлевск',
  'прокремлівськ|играет на руку|играют на руку|грає на руку|грають на руку|на руку кремл',
  'на руку москв|на руку росси|на руку путин|на руку росії|подыгрыва|підігрує|підігрують',
  'невозможен|интервенци|інтервенці|схемой продолжения|схема продолжения',
  'продолжения военных действий|продовження бойових дій',
);

/**
 * The broker judged: "Russia's lawyer", "Putin's messenger", "адвокат Кремля", "рупор Кремля" on
 * one side; "an honest broker", "честный посредник" on the other (negated, "not an honest
 * broker", a fault). And a text said to give nothing: "ничего не даст", "нічого не дасть".
 */
export const BROKER_NEGATIVE: readonly string[] = list(
  "putin's messenger|kremlin's messenger|russia's messenger|messenger for putin|russia's lawyer",
  "putin's lawyer|kremlin's lawyer|lawyer for russia|lawyer for putin|mouthpiece",
  'адвокат кремл|адвокатом кремл|адвокат путин|адвокатом путин|адвокат росі|адвокатом росі',
  'адвокат росси|адвокатом росси|рупор кремл|рупором кремл|ничего не даст|ничего не дадут',
  'нічого не дасть|нічого не дадуть|нічого не дають|ничего не дает|ничего не дают',
);
export const BROKER_POSITIVE: readonly string[] = list(
  'honest broker|fair broker|честный посредник|честным посредником|чесний посередник',
  'чесним посередником|deserves credit|right way forward',
);

/**
 * Approval said as satisfaction or as realism: "the 800,000 figure satisfies us", "it reflects
 * the reality", "учитывает реалии", "steps forward", "we are glad we have a plan". "No grounds
 * for doubt" is listed as the doubt (negative) so that its negator makes it confidence.
 */
export const FAMILY_POSITIVE: readonly string[] = list(
  'steps forward|glad that|glad we|pleased with|pleased that|delighted with|delighted that|satisfies us',
  'satisfied with|reflects reality',
  'reflects the reality|reflects the realities|reflects realities|realities on the ground',
  'задовольня|удовлетворя|учитывает реальн|учитывает реали|с учетом реальн|с учетом реали',
  'враховує реальн|враховує реалі|з урахуванням реальн|з урахуванням реалі|реалистичн|реалістичн',
  'рад, что|рады, что|радий, що|раді, що|довольны|задоволені|задоволений',
);
/**
 * "не дают оснований для сомнений", "no reason to doubt it": doubt denied is confidence in the
 * track. Blanked before the cues are read (a bare "оснований для" reads as a basis, which the
 * "нет" would turn into a refusal) and counted once as approval.
 */
const DOUBT_DENIED =
  /(?<![\p{L}])(?:нет|нема|немає|ні|ни|no|not\s+(?:\p{L}+\s+)?any|не\s+(?:\p{L}+\s+)?(?:дают|дает|дають|дає|вижу|бачу|видим|бачимо))\s+(?:\p{L}+\s+)?(?:основани|повод|підстав|привод|reason|grounds)\p{L}*\s+(?:для|to|for)\s+(?:сомнени|сумнів|doubt)\p{L}*/gu;

/**
 * The text with the family phrases that cue words would misread blanked, and the approvals no
 * cue word carries (doubt denied, the other side pressed to accept), counted.
 */
export function familyNeutral(text: string): {
  text: string;
  positive: number;
  condition: boolean;
} {
  let positive = 0;
  const out = text.replace(DOUBT_DENIED, () => {
    positive++;
    return ' ';
  });
  // Read before stance-cyrillic-scope.ts blanks "должен" + verb (an aim, mostly).
  const condition = WITHDRAWAL_DEMANDED.test(out);
  return { text: out, positive: positive + pressedToAccept(out), condition };
}

/**
 * Demands set as requirements of any deal, in wording the condition lists lacked: "the first step
 * must become a ceasefire" ("має стати", "должно стать"), "a necessary condition", "a key
 * element", "critically necessary", "before any deal". Not a bare "прежде чем" / "перш ніж" /
 * "before we can": as often a time ("Перш ніж коментувати, ми прочитаємо текст").
 */
export const FAMILY_CONDITIONS: readonly string[] = list(
  'має стати|мають стати|должно стать|должен стать|должна стать|должны стать|повинно стати',
  'повинна стати|повинен стати|повинні стати|must become|necessary condition|essential condition',
  'необходимым условием|необходимое условие|необходимого условия|необхідною умовою|необхідна умова',
  "обязательным условием|обязательное условие|обов'язковою умовою|обов'язкова умова",
  'критично необхідн|критически необходим|абсолютно необходим|абсолютно необхідн',
  'ключевой элемент|ключевым элементом|ключовий елемент|ключовим елементом|key element',
  'before any deal|before any agreement',
);

/**
 * "«Если …", "„Без гарантий …": a statement opening with a condition after its quotation mark
 * (not "«Если мы посмотрим …», "if you look at": a way of pointing, as stance.ts's CONDITION_START);
 * "без гарантий никакой договор невозможен", "without Europe it will not work": a settlement
 * tied to what it cannot be had without; "we will see what we can accept and what we can't": a
 * split verdict announced.
 */
const QUOTED_CONDITION_START =
  /^\s*[«"“„‘']\s*(?:if|unless|without|если|якщо|без)\s(?!(?:\p{L}+\s+)?(?:look|посмотр|подив|говорить|говорити|честно|чесно)\p{L}*)/u;
const NOT_WITHOUT_AFTER =
  /(?<![\p{L}])(?:без|without)\s[^.;!?]{1,80}?(?<![\p{L}])(?:невозмож|неможлив|impossible|не будет|не будут|не буде|не будуть|не может|не могут|не може|не можуть|cannot|can't|won't|will not|смысла\s+(?:иметь\s+)?не|сенсу\s+не)/u;
/**
 * "Перш ніж ми почнемо роботу, треба знати, хто автор плану": a requirement set before the work
 * on the text starts. Not a bare "before" ("Перш ніж коментувати, ми прочитаємо текст", "before we
 * can comment, we need to read it": a time, or a step before speaking).
 */
const BEFORE_REQUIRED =
  /(?<![\p{L}])(?:прежде чем|перш ніж|перед тим,? як|before we can)\s(?!(?:\p{L}+\s+)?(?:comment|say|speak|answer|коментув|комментир|говори|сказа|відпов|ответ)\p{L}*)[^.;!?]{0,80}?(?<![\p{L}])(?:треба|потрібно|необхідно|нужно|надо|необходимо|должн\p{L}*|мусимо|must|need to|needs to|have to|has to)(?![\p{L}])/u;
const SPLIT_ANNOUNCED =
  /(?<![\p{L}])what\s+(?:we|they|i)\s+(?:can|could|will|would)\s+(?:accept|agree to|live with)[^.;!?]{0,40}?\sand\s+what(?![\p{L}])|(?<![\p{L}])(?:что|що)\s+(?:\p{L}+\s+)?(?:можем|готовы|можемо|готові)\s+(?:принять|прийняти)\p{L}*,?\s+а\s+(?:что|що)\s+(?:нет|ні)(?![\p{L}])/u;

/**
 * "Kyiv has to pull its troops out of Donbas", "Россия должна вывести войска", "росія має вийти з
 * наших територій": a withdrawal demanded is the policy's example of a demand set as the
 * condition of a settlement (not negated: "Ukraine must not withdraw"; not "pull out all the
 * stops"). "we will only sign if", "готовы подписать лишь после": acceptance
 * with "only" before its "if" (not "you only do that if", a generality).
 * "никакого мира без гарантий", "условием мира остается", "a settlement requires …" (not "peace
 * will require both sides to …": dev reads that as a forecast).
 */
const WITHDRAWAL_DEMANDED =
  /(?<![\p{L}])(?<!(?<![\p{L}])(?:not|never|не|ні)\s+)(?:must|has to|have to|should|needs? to|должен|должна|должны|должно|обязан\p{L}*|нужно|надо|має|мають|повин\p{L}*|треба|потрібно)\s+(?:(?!(?:not|never|не|ні)\s)[\p{L}-]+\s+){0,2}?(?:withdraw|pull\s+(?:[\p{L}-]+\s+){0,2}?(?:out|back)(?!\s+all\s+the\s+stops)|вывести|выйти|уйти|покинуть|вивести|вийти|піти|відвести|отвести)(?![\p{L}])/u;
const MORE_CONDITIONS =
  /(?<![\p{L}])(?:only|только|лишь|лише|тільки)\s+(?:[\p{L}-]+\s+){0,2}?(?:sign|accept|agree|support|подпи|приня|согла|підпи|прийня|погод)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:if|when|after|once|если|когда|после|якщо|коли|після)(?![\p{L}])|(?<![\p{L}])(?:жодного|жодної|никакого|никакой|ніякого|ніякої)\s+(?:[\p{L}-]+\s+)?(?:миру|мира|угоди|соглашения|сделки|договору|договора)\s+без(?![\p{L}])|(?<![\p{L}])(?:settlement|deal|agreement|урегулирование|угода|врегулювання)\s+(?:[\p{L}-]+\s+)?(?:requires|will require|would require|требует|потребует|потребує|вимагає|вимагатиме)(?![\p{L}])|(?<![\p{L}])(?:условием|умовою)\s+(?:[\p{L}-]+\s+)?(?:мира|миру|урегулирования|врегулювання|любого|любой|будь-якої|будь-якого|соглашения|угоди)(?![\p{L}])/u;

export function familyCondition(text: string): boolean {
  return (
    QUOTED_CONDITION_START.test(text) ||
    NOT_WITHOUT_AFTER.test(text) ||
    SPLIT_ANNOUNCED.test(text) ||
    BEFORE_REQUIRED.test(text) ||
    MORE_CONDITIONS.test(text)
  );
}

/**
 * The other side pressed to take the text: "Russia will sooner or later have to accept the
 * guarantees", "Киеву придется принять", "he's going to have to accept something". Pressing the
 * other side to take the deal is on its side (annotation policy). Not with the speaker's own
 * side as subject ("we will have to accept painful terms" is grudging consent) and not negated.
 */
const PRESSED_TO_ACCEPT =
  /(?<![\p{L}])(?:доведеться|придется|придеться|will have to|would have to|is going to have to|are going to have to|has to)\s+(?:[\p{L}-]+\s+){0,3}?(?:accept|take the deal|sign|agree to|say yes|прийняти|принять|підписати|подписать|погодитися|согласиться)(?![\p{L}])/gu;
const OWN_OR_NEGATED =
  /(?<![\p{L}])(?:we|i|us|мы|ми|я|нам|мне|мені|нас|not|never|nobody|no one|не|ні|ни|никому|нікому|никто|ніхто)(?![\p{L}'])[^.;!?]{0,30}$/u;

function pressedToAccept(text: string): number {
  let n = 0;
  for (const m of text.matchAll(PRESSED_TO_ACCEPT)) {
    if (!OWN_OR_NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) n++;
  }
  return n;
}
