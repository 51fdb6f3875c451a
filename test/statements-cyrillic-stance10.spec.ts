import { stanceOf } from '../src/engine/statements/stance';

/**
 * Russian and Ukrainian stance classes of the tenth session (issue #15): sentences of our own,
 * written from how officials speak, each class with its negation and the limits of its scope.
 */
const stance = (text: string, party: string | null = 'Russia'): string =>
  stanceOf(text.toLowerCase(), 'заявил', party);

describe('agreement in the first person, and its negation', () => {
  it.each([
    ['Я согласен с этим планом.', 'supports'],
    ['Ми згодні з цими пунктами.', 'supports'],
    ['Я не согласен с этим планом.', 'opposes'],
    ['Ми не згодні з цим документом.', 'opposes'],
    // Another's readiness to agree, deplored, is no agreement of the speaker's.
    ['Не розумію, чому влада готова погодитись на цей план.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('a text accepted in the present, or meeting the speaker’s interests', () => {
  it.each([
    ['Мы принимаем этот план.', 'supports'],
    ['Ми приймаємо ці пропозиції.', 'supports'],
    ['Мы не принимаем эти условия.', 'opposes'],
    ['Этот план отвечает нашим интересам.', 'supports'],
    ['Это согласуется с нашей позицией.', 'supports'],
    // Noting is not accepting; agreeing wording with partners is the talks.
    ['Мы принимаем к сведению заявления сторон.', 'unclear'],
    ['Мы согласуем формулировки с нашими партнерами.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('nearer to peace or further from it', () => {
  it.each([
    ['Цей план є кроком до миру.', 'supports'],
    ['Этот документ приближает мир.', 'supports'],
    ['Этот план отдаляет мир.', 'opposes'],
    ['Цей план призведе до нової війни.', 'opposes'],
    ['Такой план приведет к новой войне.', 'opposes'],
    ['Це крок назад.', 'opposes'],
    ['Это заморозка конфликта, а не мир.', 'opposes'],
    // An aim, not a verdict on a text.
    ['Мы делаем все, чтобы приблизить мир.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('rejected with no object, incompatible, legalising the occupation', () => {
  it.each([
    ['Мы это отклоняем.', 'opposes'],
    ['Ми це відхиляємо.', 'opposes'],
    ['Этот документ несовместим с нашими интересами.', 'opposes'],
    ['Такий план несумісний з міжнародним правом.', 'opposes'],
    ['Це легалізація окупації.', 'opposes'],
    ['Это легитимизация оккупации.', 'opposes'],
    // A commentator's description of demands incompatible with a text is no verdict.
    ['Аналитики пишут, что требования Кремля несовместимы с новым планом.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('evaluative adjectives: encouraging, sound; unbalanced, ultimatum-like, partial', () => {
  it.each([
    ['Предложения обнадеживающие.', 'supports'],
    ['Ми вважаємо пропозиції слушними.', 'supports'],
    ['Документ несбалансированный.', 'opposes'],
    ['Це нерозумний план.', 'opposes'],
    ['Это ультимативный план.', 'opposes'],
    ['Пропозиції мають ультимативний характер.', 'opposes'],
    ['Це проросійський план.', 'opposes'],
    ['Этот план не ультимативный.', 'supports'],
    // About the talks, not the text: the process noun is nearer.
    ['Сигналы из Вашингтона обнадеживающие.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('refusal frames whose polarity the construction fixes (stance-cyrillic-frames.ts)', () => {
  it.each([
    ['Этот вопрос обсуждению не подлежит.', 'opposes'],
    ['Територіальна цілісність обговоренню не підлягає.', 'opposes'],
    ['На это мы не пойдем.', 'opposes'],
    ['На це ми не підемо.', 'opposes'],
    ['Такой план не сработает.', 'opposes'],
    ['Цей план не спрацює.', 'opposes'],
    ['Подписывать такое мы не будем.', 'opposes'],
    ['Ми не будемо підписувати такий документ.', 'opposes'],
    ['Это шаг назад.', 'opposes'],
    ['Он не приводит ни к миру.', 'opposes'],
    ['Этот план ведет в тупик.', 'opposes'],
    ['Это похоже на принуждение к миру жертвы агрессии.', 'opposes'],
    ['Уступка территориями стала бы опасным прецедентом.', 'opposes'],
    // Scope: a condition named stays a condition; no retreat is no verdict; the talks stuck,
    // a past precedent, are not the text.
    ['Без гарантий этот план не сработает.', 'conditional'],
    ['Мы не будем подписывать этот план без гарантий.', 'conditional'],
    ['Ни шагу назад.', 'unclear'],
    ['Этим документом они сделали шаг назад.', 'opposes'],
    ['Вони зробили крок назад.', 'opposes'],
    ['Ні кроку назад, сказав він.', 'unclear'],
    ['Переговоры зашли в тупик.', 'unclear'],
    ['Косово стало прецедентом.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('rhetorical questions refuse', () => {
  it.each([
    ['Разве это мир?', 'opposes'],
    ['Хіба це компроміс?', 'opposes'],
    ['О каком компромиссе может идти речь?', 'opposes'],
    ['Про який мир може йтися?', 'opposes'],
    ['Какой может быть компромисс с агрессором?', 'opposes'],
    ['Кто в здравом уме подпишет такое?', 'opposes'],
    // Not asked: a statement about what peace is.
    ['Это мир на наших условиях.', 'conditional'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('approval frames', () => {
  it.each([
    ['Мы призываем не подрывать мирный план.', 'supports'],
    ['Закликаємо не зривати мирні зусилля.', 'supports'],
    ['План сприймаю як формулу виходу з глухого кута.', 'supports'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('conditions: only in case, readiness traded, a precondition', () => {
  it.each([
    ['Мир возможен только в случае, если Россия выведет войска.', 'conditional'],
    ['Ми підпишемо лише у разі, якщо будуть гарантії.', 'conditional'],
    ['Мы готовы на это пойти в обмен на гарантии.', 'conditional'],
    ['Предварительным условием является прекращение огня.', 'conditional'],
    ['Єдина умова — повне припинення вогню.', 'conditional'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('scope: others’ words end at the speaker’s "but"; "nothing good" negates', () => {
  it.each([
    ['Они называют это миром, но это капитуляция.', 'opposes'],
    ['Некоторые называют это капитуляцией.', 'unclear'],
    ['Мы не видим в этом плане ничего позитивного.', 'opposes'],
    ['Ми не бачимо в цьому плані нічого конструктивного.', 'opposes'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('land or troops not given, no compromise, a trick; what matters to us is a condition', () => {
  it.each([
    ['Україна не віддасть Донбас.', 'opposes'],
    ['Мы не выведем войска.', 'opposes'],
    ['Ми не вийдемо з Донбасу.', 'opposes'],
    ['Жодних компромісів щодо суверенітету.', 'opposes'],
    ['Это очередная уловка Киева.', 'opposes'],
    ['Для нас принципиально важно, чтобы были учтены интересы безопасности.', 'conditional'],
    ['Для України важливо, щоб гарантії були юридично обов’язковими.', 'conditional'],
    ['Мы будем настаивать на выводе войск.', 'conditional'],
    ['Але без гарантій миру не буде.', 'conditional'],
    // Scope: the talks going on matter to nobody's terms; not leaving the talks is no refusal.
    ['Важно, чтобы переговоры продолжились.', 'unclear'],
    ['Мы не уйдем с переговоров.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('the right way in other words, the text reflecting what was agreed, others hindering it', () => {
  it.each([
    ['Они двигают инициативу в правильную сторону.', 'supports'],
    ['Документ рухається у правильний бік.', 'supports'],
    ['В этом плане отражены ключевые понимания саммита.', 'supports'],
    ['Главная угроза договоренностям исходит из Европы.', 'supports'],
    ['Европейцы мешают заключению соглашения.', 'supports'],
    // Hindering the talks' schedule is no verdict on the text.
    ['Погода мешает вылету делегации.', 'unclear'],
  ])('%s → %s', (text, want) => expect(stance(text)).toBe(want));
});

describe('land claimed as ours, leaving it refused, a text with no bearing on peace', () => {
  it.each([
    ['Це наша земля.', 'opposes'],
    ['Наші території — це наше.', 'opposes'],
    ['Чому ми маємо йти з власної землі?', 'opposes'],
    ['Сам документ к мирному урегулированию отношения не имеет.', 'opposes'],
    ['Цей документ не має жодного стосунку до миру.', 'opposes'],
    ["Документ не тисне на агресора, а натомість зв'язує руки Україні.", 'opposes'],
    // "not A but B": a refusal in A, approval in B.
    ['Мы не отвергаем план, а поддерживаем его.', 'supports'],
  ])('%s → %s', (text, want) => expect(stance(text, 'Ukraine')).toBe(want));
});

describe('"лишь если" is a condition like "только если"', () => {
  it.each([['План чего-то стоит, лишь если Россия откажется от своих целей.', 'conditional']])(
    '%s → %s',
    (text, want) => expect(stance(text, 'Ukraine')).toBe(want),
  );
});
