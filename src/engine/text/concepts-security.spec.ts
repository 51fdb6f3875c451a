import { conceptsOf } from './concepts';
import { foldText, rawTokens } from './fold';

/** Concepts named anywhere in a phrase, as the aligner sees them. */
function concepts(text: string): Set<string> {
  return new Set(rawTokens(foldText(text)).flatMap((t) => [...conceptsOf(t)]));
}

describe('arms-control and normalisation vocabulary across English, Russian and Ukrainian', () => {
  it.each([
    ['a light water reactor', 'легководного реактора', '~reactor'],
    ['легководного реактора', 'легководяного реактора', '~reactor'],
    ['all existing nuclear programs', 'существующих ядерных программ', '~program'],
    ['a list of its nuclear programmes', 'перелік ядерних програм', '~program'],
    ['normalize their relations', 'нормализации отношений', '~relation'],
    ['diplomatic relations', 'дипломатичних відносин', '~relation'],
    ['friendly relations', 'дружественных отношений', '~friendly'],
    ['friendship between the peoples', 'дружби між народами', '~friendly'],
    ['дружні відносини', 'friendly relations', '~friendly'],
  ])('"%s" and "%s" share %s', (a, b, concept) => {
    expect(concepts(a)).toContain(concept);
    expect(concepts(b)).toContain(concept);
  });

  it.each([
    ['в отношении Украины', '~relation'],
    ['по отношению к соглашению', '~relation'],
    ['стороны дружно поддержали текст', '~friendly'],
  ])('"%s" carries no %s (another sense of the same stem)', (text, concept) => {
    expect(concepts(text)).not.toContain(concept);
  });
});
