import { actorsIn } from './actors';
import { substanceFlags } from './flags';
import { topicsOf } from './topics';

describe('substanceFlags', () => {
  it('flags a changed number but not the same number written differently', () => {
    expect(substanceFlags('capped at 600,000 personnel', 'capped at 800,000 personnel')).toEqual([
      'number-changed',
    ]);
    // A no-break space is how French and Russian typography group thousands; a plain space is
    // ambiguous ("in 2025 100 people") and is not read as a separator.
    expect(substanceFlags('capped at 600,000 personnel', 'limited to 600\u00a0000 troops')).toEqual(
      [],
    );
  });

  it('flags negation and modal shifts', () => {
    expect(
      substanceFlags('NATO forces will be stationed', 'NATO forces will not be stationed'),
    ).toContain('negation-changed');
    expect(substanceFlags('Ukraine shall hold elections', 'Ukraine may hold elections')).toEqual([
      'modal-changed',
    ]);
    expect(substanceFlags('Ukraine must hold elections', 'Ukraine shall hold elections')).toEqual(
      [],
    );
    expect(
      substanceFlags('Украина должна провести выборы', 'Украина может провести выборы'),
    ).toEqual(['modal-changed']);
  });

  it('flags dates and durations, and does not mistake the month of May for a modal', () => {
    expect(substanceFlags('elections within 100 days', 'elections within 90 days')).toEqual(
      expect.arrayContaining(['date-changed', 'number-changed']),
    );
    expect(substanceFlags('Ukraine joins the EU in 2027', 'Ukraine joins the EU in 2030')).toEqual([
      'date-changed',
    ]);
    expect(substanceFlags('signed on 1 May 2026', 'signed on 3 May 2026')).toContain(
      'date-changed',
    );
    expect(substanceFlags('signed on 1 May 2026', 'signed on 1 May 2026 by both')).toEqual([]);
  });

  it('flags actors added or dropped, across aliases and languages', () => {
    expect(
      substanceFlags('Russia, Ukraine and Europe agree', 'Russia, Ukraine and NATO agree'),
    ).toEqual(['actor-changed']);
    expect(substanceFlags('the United States guarantees', 'the US guarantees')).toEqual([]);
    expect(substanceFlags('Let us agree', 'We agree')).toEqual([]);
  });
});

describe('actorsIn', () => {
  it('canonicalises aliases, demonyms and Cyrillic names', () => {
    expect(actorsIn('The Russian Federation and Kyiv; США и НАТО')).toEqual([
      'nato',
      'russia',
      'ukraine',
      'us',
    ]);
    expect(actorsIn('IAEA supervision of the plant')).toEqual(['iaea']);
  });
});

describe('topicsOf', () => {
  it('tags clauses from the plan taxonomy in English, Russian and Ukrainian', () => {
    expect(topicsOf("Ukraine's Armed Forces are capped at 600,000 personnel.")).toContain(
      'army-size',
    );
    expect(topicsOf('A full amnesty for all parties')).toEqual(['amnesty']);
    expect(topicsOf('Запорожская АЭС перезапускается под надзором МАГАТЭ')).toEqual(
      expect.arrayContaining(['nuclear-plant']),
    );
    expect(topicsOf('Вибори в Україні мають відбутися')).toContain('elections');
    expect(topicsOf('Frozen Russian assets are used for reconstruction')).toEqual(
      expect.arrayContaining(['frozen-assets', 'reconstruction']),
    );
  });

  it('gives nothing for text outside the taxonomy', () => {
    expect(topicsOf('The weather was pleasant.')).toEqual([]);
  });

  it('ignores false friends: a frozen front line is no frozen asset, guaranteed rights no guarantee', () => {
    const frozenLine = topicsOf(
      'Kherson and Zaporizhzhia are frozen along the line of contact, amounting to de facto recognition along that line.',
    );
    expect(frozenLine).not.toContain('frozen-assets');
    expect(frozenLine).toContain('territory');
    const rights = topicsOf(
      'Both countries scrap all discriminatory measures and guarantee the rights of Ukrainian and Russian media and education.',
    );
    expect(rights).not.toContain('security-guarantees');
    // The real thing still counts, also beside a false friend in the same text.
    expect(topicsOf('Frozen Russian assets stay frozen along with the line')).toContain(
      'frozen-assets',
    );
    expect(topicsOf('The guarantee lapses; both guarantee the rights of minorities')).toContain(
      'security-guarantees',
    );
    expect(topicsOf('The United States is compensated for providing the guarantee.')).toContain(
      'security-guarantees',
    );
    expect(topicsOf('')).toEqual([]);
  });
});
