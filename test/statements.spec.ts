import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStatements, MAX_ARTICLE_CHARS } from '../src/engine/statements';
import type { Statement, StatementsResult } from '../src/engine/statements';
import { EngineError } from '../src/engine';
import { stanceOf } from '../src/engine/statements/stance';
import { corpusContext, ROOT } from './support/statements-eval';
import { createAjv } from '../src/lib/json-schema';

/** Short sentences of our own, one per phenomenon the extractor must handle. */
function run(text: string, date: string | null = '2025-12-03'): StatementsResult {
  return extractStatements({ ...corpusContext(), text, date });
}
const statements = (text: string, date?: string | null): Statement[] => [
  ...run(text, date).statements,
];
const one = (text: string, date?: string | null): Statement => {
  const found = statements(text, date);
  expect(found).toHaveLength(1);
  return found[0]!;
};

const validate = createAjv().compile(
  JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', 'statements.v1.json'), 'utf8')) as object,
);

describe('statement extraction: quotes', () => {
  it.each([
    ['curly', '“The peace plan is unacceptable to us,” Lavrov said.'],
    ['straight', '"The peace plan is unacceptable to us," Lavrov said.'],
    ['guillemets', '«Этот мирный план для нас неприемлем», — заявил Лавров.'],
    ['German', '„Этот мирный план для нас неприемлем“, — заявил Лавров.'],
    ['single', '‘The peace plan is unacceptable to us,’ Lavrov said.'],
  ])('reads %s quotes, with the exact substring at the span', (_kind, text) => {
    const s = one(text);
    expect(s.speaker).toBe('Sergey Lavrov');
    expect(s.party).toBe('Russia');
    expect(s.mode).toBe('direct');
    expect(s.stance).toBe('opposes');
    expect(text.slice(s.span[0], s.span[1])).toBe(s.quote);
  });

  it('keeps an interrupted quote as one statement with its fragments', () => {
    const text = '“The plan has good points,” Rubio said. “But the talks on it are not over.”';
    const s = one(text);
    expect(s.speaker).toBe('Marco Rubio');
    expect(s.fragments).toHaveLength(2);
    expect(s.quote.startsWith('The plan has good points')).toBe(true);
    expect(s.quote.endsWith('not over.')).toBe(true);
  });

  it('joins a short second half of an interrupted quote', () => {
    const s = one('“The points of the plan are still being discussed,” Peskov said. “Not yet.”');
    expect(s.fragments).toHaveLength(2);
    expect(s.quote.endsWith('Not yet.')).toBe(true);
  });

  it('follows a quote across paragraphs', () => {
    const text =
      'Zelensky spoke at length.\n\n“We worked on the plan all week. The points are better.\n\n“We will keep working on the draft,” he said.';
    const s = one(text);
    expect(s.speaker).toBe('Volodymyr Zelensky');
    expect(s.quote).toContain('\n\n');
  });

  it('leaves out scare quotes, titles and headlines', () => {
    const text =
      'Plan ‘dead on arrival’ for Moscow\nPutin spoke at the ‘Russia Calling!’ forum about the “special” plan.\nFroman appeared on CNBC’s “Squawk Box” on Tuesday.';
    expect(statements(text)).toEqual([]);
  });
});

describe('statement extraction: reported speech and speakers', () => {
  it('reads "X said that …" with title + name', () => {
    const s = one(
      'Kremlin foreign policy aide Yuri Ushakov said on Monday that the peace plan needed more work.',
    );
    expect(s).toMatchObject({
      speaker: 'Yuri Ushakov',
      party: 'Russia',
      mode: 'reported',
      date: '2025-12-01',
    });
    expect(s.quote).toBe('the peace plan needed more work');
  });

  it.each([
    ['Песков заявил, что мирный план пока не получен.', 'Dmitry Peskov'],
    ['По словам Пескова, мирный план пока не получен.', 'Dmitry Peskov'],
    ['Зеленський заявив, що мирний план ще не готовий.', 'Volodymyr Zelensky'],
    ['За словами Сибіги, мирний план ще не готовий.', 'Andrii Sybiha'],
  ])('reads Russian and Ukrainian reported speech: %s', (text, speaker) => {
    expect(one(text).speaker).toBe(speaker);
  });

  it('resolves he/she to the most recent compatible speaker and "the aide" by title', () => {
    const text =
      'Kaja Kallas said the plan needed European input. Witkoff met Putin on Tuesday. She added that the talks must include Kyiv. “The points are still open,” the aide said.';
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual(['Kaja Kallas', 'Kaja Kallas']);
    const withAide = statements(
      'Yuri Ushakov said the talks went on. “The points of the plan are still open,” the aide said.',
    );
    expect(withAide.map((s) => s.speaker)).toEqual(['Yuri Ushakov', 'Yuri Ushakov']);
  });

  it('reads "a Kremlin aide quoted him as saying" as the words of "him"', () => {
    const text =
      'Putin’s remarks came before the talks. “Europe wants to block the peace plan,” a Kremlin aide quoted him as saying.';
    const s = one(text);
    expect(s.speaker).toBe('Vladimir Putin');
    expect(s.reportedBy).toBe('Kremlin');
  });

  it('gives institutions their party', () => {
    expect(one('The Kremlin said the draft plan was still being studied.')).toMatchObject({
      speaker: 'Kremlin',
      party: 'Russia',
      role: 'institution',
    });
  });

  it('gives unknown names no party and role unknown, commentators no party', () => {
    expect(one('Ivan Petrenko said the peace plan was a trap.')).toMatchObject({
      speaker: 'Ivan Petrenko',
      party: null,
      role: 'unknown',
    });
    expect(one('Michael Froman said the peace plan favoured Moscow.')).toMatchObject({
      party: null,
      role: 'commentator',
    });
  });

  it('attributes second-hand reports to the speaker, relayed by the reporter', () => {
    const s = one('ISW assessed that Peskov claimed the peace plan was dead.');
    expect(s).toMatchObject({
      speaker: 'Dmitry Peskov',
      party: 'Russia',
      reportedBy: 'Institute for the Study of War',
    });
  });

  it('reads a bulleted list under a heading naming the speaker', () => {
    const text =
      'What Zelensky said about the plan:\n- the 20 points are nearly ready\n- territory remains the hardest issue\n';
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual(['Volodymyr Zelensky', 'Volodymyr Zelensky']);
    expect(found[0]!.target).toMatchObject({ version: 'v20' });
  });

  it('leaves out words about something other than the plan', () => {
    expect(statements('“The weather in Moscow is cold today,” Peskov said.')).toEqual([]);
  });
});

describe('statement extraction: stance, targets and dates', () => {
  it.each([
    ['“The plan is acceptable to us,” Lavrov said.', 'supports'],
    ['“The plan is not acceptable to us,” Lavrov said.', 'opposes'],
    ['“Some points of the plan are acceptable, others are not,” Lavrov said.', 'conditional'],
    ['“There is a lot of work to be done on the plan,” Lavrov said.', 'unclear'],
    ['«Этот план для нас неприемлем», — сказал Лавров.', 'opposes'],
    ['«Некоторые пункты плана приемлемы, но другие нет», — сказал Лавров.', 'conditional'],
    ['«Цей план для нас неприйнятний», — сказав Сибіга.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(one(text).stance).toBe(stance);
  });

  it('names a version by point count and clauses by similarity, with scores', () => {
    expect(one('Peskov said the 28-point plan had not reached Moscow.').target).toMatchObject({
      version: 'v28',
    });
    const t = one(
      'Zelensky said Ukraine would never agree to cap its armed forces at 600,000 personnel in the plan.',
    ).target;
    expect(t.kind).toBe('clause');
    expect(t.labels![0]!.score).toBeGreaterThan(0);
  });

  it('resolves relative dates against the article date', () => {
    expect(one('On Monday Rubio said the peace talks went well.', '2025-11-26').date).toBe(
      '2025-11-24',
    );
    expect(one('Rubio said last week that the peace talks went well.', '2025-11-26').date).toBe(
      '2025-11-19',
    );
    expect(
      run('date 2025-11-26\nRubio said yesterday that the peace talks went well.', null)
        .statements[0]!.date,
    ).toBe('2025-11-25');
  });
});

describe('statement extraction: contract and bounds', () => {
  it('matches docs/schemas/statements.v1.json', () => {
    const result = run(
      'date 2025-12-02\nTalks in Moscow\n“We agreed on some things in the plan,” Ushakov said. “Others caused criticism.”\nThe Kremlin said the 27-point plan was discussed.',
      null,
    );
    expect(result.article).toEqual({
      title: 'Talks in Moscow',
      date: '2025-12-02',
      language: 'en',
    });
    expect(result.statements.length).toBeGreaterThan(0);
    if (!validate(result)) throw new Error(JSON.stringify(validate.errors));
    expect(
      validate({ ...result, statements: [{ ...result.statements[0], stance: 'maybe' }] }),
    ).toBe(false);
  });

  it('returns an empty list for an article without statements', () => {
    expect(run('Nothing was said today.').statements).toEqual([]);
    expect(run('').statements).toEqual([]);
  });

  it('refuses oversized articles and bad dates with EngineError', () => {
    expect(() => run('a'.repeat(MAX_ARTICLE_CHARS + 1))).toThrow(EngineError);
    expect(() => run('text', '2025-13-40')).toThrow(EngineError);
  });

  it('is deterministic: same text, same ids', () => {
    const text = '“The plan is acceptable to us,” Lavrov said.';
    expect(run(text)).toEqual(run(text));
  });
});

describe('statement extraction: unnamed speakers, nominals and two speakers (session 2)', () => {
  /** The same extractor with no registry at all: only descriptions can give a party. */
  const bare = (text: string): Statement[] => [
    ...extractStatements({ ...corpusContext(), actors: [], text, date: '2025-12-03' }).statements,
  ];

  it.each([
    ['a senior Ukrainian official said the plan was being studied in Kyiv.', 'Ukraine'],
    ['“The peace plan is still under discussion,” a senior Russian diplomat said.', 'Russia'],
    ['Високопоставлений чиновник США заявив, що мирний план ще обговорюють.', 'US'],
    ['Источник в Кремле сообщил, что мирный план ещё обсуждается.', 'Russia'],
  ])('gives an unnamed speaker the party its description names: %s', (text, party) => {
    const s = bare(text[0]!.toUpperCase() + text.slice(1))[0];
    expect(s?.party).toBe(party);
  });

  it('reads "the Russian envoy said" without a registry; an unresolvable "the aide" stays out', () => {
    const found = bare('“The peace plan is still being negotiated,” the Russian envoy said.');
    expect(found.map((s) => s.party)).toEqual(['Russia']);
    expect(bare('“The points of the plan are still open,” the aide said.')).toEqual([]);
  });

  it('reads analysts as commentators and "the official" as the official named before', () => {
    const analyst = bare('A Moscow-based analyst said the peace plan would fail.')[0];
    expect(analyst?.role).toBe('commentator');
    expect(analyst?.party).toBeNull();
    const back = bare(
      'A senior Ukrainian official said the plan was being studied. “The points on territory are the hardest,” the official said.',
    );
    expect(back.map((s) => s.party)).toEqual(['Ukraine', 'Ukraine']);
  });

  it('keeps two speakers of one paragraph apart, a colon quote included', () => {
    const found = statements(
      'Donald Trump spoke in the Oval Office. “The meeting on the plan was good,” the president told reporters. Marco Rubio said there had been “some progress” on the plan but cautioned: “We’re still not close enough.”',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Donald Trump', 'Marco Rubio', 'Marco Rubio']);
  });

  it('takes the name after a title in an inversion and joins «…», – сказав X. «…»', () => {
    const ru = one(
      '«Мы видим новации в плане», – сказал журналистам пресс-секретарь Дмитрий Песков.',
    );
    expect(ru.speaker).toBe('Dmitry Peskov');
    const uk = one(
      '«Люди хочуть миру і хочуть плану», – сказав Зеленський журналістам. «Але лише справедливого миру для України».',
    );
    expect(uk.fragments).toHaveLength(2);
  });

  it('reads "каже" and trims a dateline from reported words', () => {
    expect(one('«Мирний план ще треба допрацювати, — каже Зеленський.').speaker).toBe(
      'Volodymyr Zelensky',
    );
    const s = one('WASHINGTON — The plan is moving forward, a senior US official told NBC News.');
    expect(s.quote.startsWith('The plan')).toBe(true);
    expect(s.party).toBe('US');
  });

  it.each([
    [
      'Основные пункты мирного плана согласованы на 90 процентов. Об этом заявил Дмитрий Песков.',
      'Dmitry Peskov',
      'Основные пункты мирного плана согласованы на 90 процентов',
    ],
    [
      'Мирний план готовий на 90 відсотків. Про це заявив Володимир Зеленський під час брифінгу.',
      'Volodymyr Zelensky',
      'Мирний план готовий на 90 відсотків',
    ],
    [
      'Как заявил Юрий Ушаков, компромиссный вариант мирного плана пока не найден.',
      'Yuri Ushakov',
      'компромиссный вариант мирного плана пока не найден',
    ],
    [
      'In a statement, Russia’s foreign ministry said the peace plan ignored the root causes.',
      'Russian Foreign Ministry',
      'the peace plan ignored the root causes',
    ],
  ])(
    'reads wire openers ("Об этом заявил", "Про це", "Как заявил", curly ’): %s',
    (text, who, q) => {
      const s = one(text);
      expect(s.speaker).toBe(who);
      expect(s.quote).toBe(q);
    },
  );

  it('reads "said Kremlin aide Yuri Ushakov" as Ushakov and "while Zelensky said" as Zelensky', () => {
    expect(
      one('“The talks on the plan are over for now,” said Kremlin aide Yuri Ushakov.').speaker,
    ).toBe('Yuri Ushakov');
    const found = statements(
      '“We discussed all 20 points of the plan,” Trump said, while Zelensky said the territorial issue remained open.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Donald Trump', 'Volodymyr Zelensky']);
  });

  it('gives a bullet that is one quote the words inside the marks', () => {
    const found = statements(
      'Key points from Macron’s remarks on the peace plan:\n- Europe will provide security guarantees.\n- “We are ready to deploy forces after a ceasefire.”',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
    expect(found[1]!.quote).toBe('We are ready to deploy forces after a ceasefire.');
  });

  it('reads talks going well as unclear, not as support for the plan', () => {
    expect(one('“We made a lot of progress on the plan,” Rubio said.').stance).toBe('unclear');
    expect(one('“The talks on the plan were positive,” Peskov said.').stance).toBe('unclear');
  });
});

/** Conditions, exchanges, "without …", negation with "cannot"/"far from": our own sentences. */
const STANCE_CASES: [string, string][] = [
  ['We are ready to sign the plan only when our positions are guaranteed', 'conditional'],
  ['The plan can work only if Russia agrees to a ceasefire', 'conditional'],
  ['We will accept it only after a ceasefire', 'conditional'],
  ['Until the territorial issue is resolved, there can be no deal', 'conditional'],
  ['Without security guarantees, this plan will not work', 'conditional'],
  ['Not all points suit us, but many are acceptable', 'conditional'],
  ['We do not reject the plan', 'supports'],
  ['The plan is far from acceptable', 'opposes'],
  ['In exchange for security guarantees, Ukraine could accept a freeze', 'conditional'],
  ['Мы готовы к переговорам только при условии признания реалий', 'conditional'],
  ['Без вирішення територіального питання угоди не буде', 'conditional'],
  ['Поки Росія не погодиться на припинення вогню, референдум неможливий', 'conditional'],
  ['There is still a lot of work to be done', 'unclear'],
  ['The talks were useful and constructive', 'unclear'],
  ['We cannot accept the plan in its current form', 'opposes'],
  ['Some things we can accept, others we cannot', 'conditional'],
  ['The plan is a good basis, but it needs changes', 'conditional'],
  ['This plan is unacceptable', 'opposes'],
  ['Ukraine will never give up Donbas', 'opposes'],
  ['We support the 20-point framework', 'supports'],
  ['We welcome the plan, although some points require clarification', 'conditional'],
  ['Russia is not ready to accept the plan', 'opposes'],
  ['The Kremlin sees no basis for this plan', 'opposes'],
  ['It is premature to talk about an agreement', 'unclear'],
  ['Kyiv categorically refuses to withdraw from Donbas', 'opposes'],
  ['The Kremlin refused to comment on the plan', 'unclear'],
  ['Moscow is open to the American proposals', 'supports'],
  ['Киев отказывается выводить войска из Донбасса', 'opposes'],
  ['Песков отказался от комментариев по плану', 'unclear'],
  ['Україна відмовляється виводити війська з Донбасу', 'opposes'],
  ['The plan is a step in the right direction', 'supports'],
  ['This proposal is a non-starter for us', 'opposes'],
  ['It is unclear whether Moscow will accept the plan', 'unclear'],
  ['Washington expects Russia to accept the framework', 'unclear'],
  ['Неясно, примет ли Москва этот план', 'unclear'],
  ['Military support for Ukraine will continue', 'unclear'],
  ['The talks will continue next week in Geneva', 'unclear'],
  ['We will see whether the Russians are ready to accept it', 'unclear'],
  ['The question is whether Kyiv agrees with the wording', 'unclear'],
  ['Ukraine needs more air defence before the winter', 'unclear'],
  ['There is no agreement yet on territory', 'unclear'],
  ['No decision has been taken on the plan', 'unclear'],
];

describe('statement stance: conditions, hedges and negation', () => {
  it.each(STANCE_CASES)('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });
});

/** Cues out of scope, split verdicts, contrasts and modal negation (session 3; our sentences). */
const SCOPE_CASES: [string, string][] = [
  ['We want Ukraine to be safe so that it never faces another invasion', 'unclear'],
  ['We will never accept the loss of Donbas', 'opposes'],
  ['They have been coy about what they would accept as a settlement', 'unclear'],
  ['Peace cannot be a capitulation', 'opposes'],
  ['The plan is not a capitulation', 'supports'],
  ['Деталізованої концепції поки немає', 'unclear'],
  ['Поки не буде гарантій, угоди не буде', 'conditional'],
  ['Some provisions suit us, while others drew criticism', 'conditional'],
  ['Россия готова к компромиссам, но не в ущерб ключевым принципам', 'conditional'],
  ['We have the makings of a deal that is good for Ukraine', 'supports'],
  ['A temporary ceasefire would only drag the conflict out', 'opposes'],
  ['A settlement is unlikely without addressing the territorial issue', 'conditional'],
  ['For any plan to work, Europeans have to be on board', 'conditional'],
  ['The President welcomed Zelensky at the residence', 'unclear'],
  ['Russia keeps striking critical infrastructure', 'unclear'],
  ['It is impossible to say when a deal will be signed', 'unclear'],
  ['Both sides agreed to meet again next week', 'unclear'],
  ['We support the peace efforts of the United States', 'unclear'],
  ['He rejected any mediating role for France or Germany', 'unclear'],
  ['He rejected the proposal outright', 'opposes'],
  ['Бои идут под Красноармейском', 'unclear'],
  ['Это наши красные линии', 'opposes'],
];

describe('statement stance: scope of the cues', () => {
  it.each(SCOPE_CASES)('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });

  it('reads a cue with another party as subject as a report, not the speaker’s stance', () => {
    const text = 'the Russians have hinted that any deviation would be unacceptable';
    expect(stanceOf(text, null, 'Ukraine')).toBe('unclear');
    expect(stanceOf(text, null, null)).toBe('unclear');
    expect(stanceOf(text, null, 'Russia')).toBe('opposes');
    expect(stanceOf(text, null)).toBe('opposes');
    // An object, not a subject: "proposed by Kyiv and the Europeans".
    expect(
      stanceOf('a truce proposed by Kyiv and the Europeans would drag the war out', null, 'Russia'),
    ).toBe('opposes');
  });
});

describe('statement attribution: structures added in session 3 (our sentences)', () => {
  it('takes a capital before a speech verb for its government', () => {
    const s = one('The talks on the peace plan ended without a compromise, Moscow said.');
    expect([s.speaker, s.party]).toEqual(['Moscow', 'Russia']);
    expect(statements('What did Moscow say about the peace plan? Nothing.')).toEqual([]);
  });

  it('gives the quote after a colon lead-in as direct speech', () => {
    const s = one(
      'Зеленський говорив про мирний план. Президент пояснював, чому потрібен референдум: «Без рішення народу ми не можемо підписати такий документ».',
    );
    expect(s.mode).toBe('direct');
    expect(s.quote.startsWith('Без рішення')).toBe(true);
  });

  it('splits "called it “…” but said …" into the label and the clause', () => {
    const found = statements(
      'Rubio met Umerov on the peace plan. Rubio called the session "a productive continuation of the talks" but said there was still work to be done.',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'a productive continuation of the talks',
      'there was still work to be done',
    ]);
  });

  it('starts reported words after the verb when "and that" opens a second clause', () => {
    const s = one(
      'Kallas said Europe should be consulted on the plan and that Ukraine must not be disarmed.',
    );
    expect(s.quote.startsWith('Europe should be consulted')).toBe(true);
  });

  it('lets a pronoun opening the sentence introduce a colon quote', () => {
    const found = statements(
      'Trump said he had set no deadline for the peace deal. His warning was blunt: “Otherwise, it is going to go on for a long time.”',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Donald Trump', 'Donald Trump']);
  });
});

/** Stance verbs and scope added in session 4 (our sentences). */
const SESSION4_STANCE: [string, string][] = [
  ['We will not at any moment subscribe to, agree to, or even accept such a deployment', 'opposes'],
  ['We will not sign it, but we agree with the general direction of the plan', 'conditional'],
  ['Moscow ruled out any territorial concessions', 'opposes'],
  ['Мы видим, что-то было принято, что-то признано неприемлемым', 'conditional'],
  ['Only Ukrainians can decide on territorial concessions', 'conditional'],
  ['Europe alone could decide what happens to the frozen assets', 'conditional'],
  ['We welcome all meaningful efforts to end this war', 'unclear'],
  ['We welcome this step forward in the talks', 'unclear'],
  ['"Рускі" хочуть весь Донбас, але ми це не сприймаємо', 'opposes'],
  ['Гарантії безпеки критично важливі для будь-якої мирної угоди', 'conditional'],
];

describe('statement stance: verb lists, refusals, consent and welcomed progress (session 4)', () => {
  it.each(SESSION4_STANCE)('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });
});

describe('statement attribution: offices and titles (session 4, our sentences)', () => {
  it('resolves an office with modifiers to the last speaker holding it', () => {
    const found = statements(
      'Sergey Ryabkov spoke to ABC News about the peace plan. "We cannot accept the plan as it stands," the deputy foreign minister said.',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Sergey Ryabkov', 'Russia']]);
  });

  it('gives an unresolved office the party its adjective names', () => {
    const s = one('"The peace plan needs Europeans on board," the EU\'s top diplomat said.');
    expect(s.party).toBe('Europe/EU');
  });

  it('gives "the head of his administration" the party of the man named before', () => {
    const s = one(
      'Ukraine will not trade territory for the peace plan while Zelensky is in office, the head of his administration said.',
    );
    expect(s.party).toBe('Ukraine');
  });

  it('reads the party or the commentator role from the title of a name the registry lacks', () => {
    const dutch = one(
      'Dutch Prime Minister Dick Schoof said the deadline for the peace plan had been dropped.',
    );
    expect([dutch.speaker, dutch.party, dutch.role]).toEqual([
      'Dick Schoof',
      'Europe/EU',
      'official',
    ]);
    const duma = one(
      'Svetlana Zhurova, deputy chair of the State Duma committee, said the peace plan would drag on forever.',
    );
    expect(duma.party).toBe('Russia');
    const scholar = one(
      'Russian economist Konstantin Sonin said the peace plan was a Kremlin wish list.',
    );
    expect([scholar.party, scholar.role]).toEqual([null, 'commentator']);
  });

  it('takes the capital with a position verb for its government (Ukrainian)', () => {
    const s = one(
      'Київ відкидає вимоги Росії щодо мирного плану та наполягає на поверненні контролю над ЗАЕС.',
    );
    expect(s.party).toBe('Ukraine');
    expect(s.stance).toBe('opposes');
  });
});
