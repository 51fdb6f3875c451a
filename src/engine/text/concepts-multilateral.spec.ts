import { conceptsOf } from './concepts';
import { foldText, rawTokens } from './fold';

/** Concepts named anywhere in a phrase, as the aligner sees them. */
function concepts(text: string): Set<string> {
  return new Set(rawTokens(foldText(text)).flatMap((t) => [...conceptsOf(t)]));
}

describe('ceasefire and multilateral vocabulary across English, Russian and Ukrainian', () => {
  it.each([
    [
      'Office of the United Nations High Commissioner for Refugees',
      'Управление Верховного комиссара ООН по делам беженцев',
      '~refugee',
    ],
    ['under the supervision of UNHCR', 'під наглядом УВКБ ООН', '~refugee'],
    ['internally displaced persons', 'внутренне перемещенные лица', '~displaced'],
    ['prisoners of war', 'военнопленными', '~captive'],
    ['prisoners of war', 'військовополоненими', '~captive'],
    ['the bodies of the dead', 'тілами загиблих', '~dead'],
    ['a peacekeeping contingent', 'миротворческий контингент', '~peacekeep'],
    [
      'the International Committee of the Red Cross',
      'Международного комитета Красного Креста',
      '~redcross',
    ],
    ['all transport links are unblocked', 'разблокируются все транспортные связи', '~unblock'],
    ['with automatic extension', 'термін подовжується', '~extend'],
    ['to be agreed later', 'согласуют дополнительно', '~agreeon'],
    ['узгодять окремо', 'согласуют дополнительно', '~agreeon'],
    ['the specific parameters', 'умови режиму', '~parameter'],
  ])('"%s" and "%s" share %s', (english, other, concept) => {
    expect(concepts(english).has(concept)).toBe(true);
    expect(concepts(other).has(concept)).toBe(true);
  });

  it('keeps the longer compound apart from the word it starts with', () => {
    // "военнопленные" starts with "воен" (military) but names captives.
    expect(conceptsOf('военнопленных')).toEqual(['~captive']);
    // "peacekeeping" is still a peace concept as well as its own.
    expect(conceptsOf('peacekeeping')).toEqual(expect.arrayContaining(['~peace', '~peacekeep']));
    // "term" is a whole word: "terminate" is not a period of time.
    expect(conceptsOf('terminate')).not.toContain('~period');
    // The verb "agreed" is not the noun "agreement".
    expect(conceptsOf('agreement')).not.toContain('~agreeon');
  });
});
