import { EngineError } from '../errors';
import { segment } from './segment';

const labels = (text: string): string[] => segment(text).clauses.map((c) => c.label);

describe('segment', () => {
  it('keeps the title line out of the clauses and strips label punctuation', () => {
    const version = segment(
      'Peace framework\n\n1. First point.\n2) Second point.\n(3) Third point.\n',
    );
    expect(version.title).toBe('Peace framework');
    expect(version.clauses).toEqual([
      { label: '1', text: 'First point.' },
      { label: '2', text: 'Second point.' },
      { label: '3', text: 'Third point.' },
    ]);
  });

  it('turns sub-points under a chapeau into 10a, 10b and keeps the chapeau as a clause', () => {
    const version = segment(
      '10. US guarantees:\n   a) The US is compensated.\n   (b) Invasion cancels it.\n   c. Sanctions return.\n11. Next.',
    );
    expect(version.clauses).toEqual([
      { label: '10', text: 'US guarantees:' },
      { label: '10a', text: 'The US is compensated.', parent: '10' },
      { label: '10b', text: 'Invasion cancels it.', parent: '10' },
      { label: '10c', text: 'Sanctions return.', parent: '10' },
      { label: '11', text: 'Next.' },
    ]);
  });

  it('reads written labels 10a, dotted 10.1, Article and Point keywords and roman numerals', () => {
    expect(labels('10a. Text\n10.1 Text\n10.2. Text')).toEqual(['10a', '10.1', '10.2']);
    expect(
      labels('Article 5 Collective defence\nArt. 6: Scope\nPoint 7: Elections\nSection IV — Final'),
    ).toEqual(['5', '6', '7', 'IV']);
    expect(labels('I. Peace\nII. Security\nIII. Europe\nIV. Relations')).toEqual([
      'I',
      'II',
      'III',
      'IV',
    ]);
  });

  it('tells roman sub-sub-points from letters', () => {
    expect(
      labels('1. Chapeau\n(a) first\n(i) one\n(ii) two\n(b) second\n(h) eighth\n(i) ninth'),
    ).toEqual(['1', '1a', '1a.i', '1a.ii', '1b', '1h', '1i']);
    expect(labels('2. Chapeau\n(i) one\n(ii) two\n(iii) three')).toEqual([
      '2',
      '2.i',
      '2.ii',
      '2.iii',
    ]);
  });

  it('joins wrapped lines to their clause and ignores blank lines and unnumbered headings', () => {
    const version = segment(
      '# Plan\n\n## Section one\n1. A point that\nwraps onto a second line.\n\n## Section two\n2. Another.',
    );
    expect(version.title).toBe('Plan');
    expect(version.clauses).toEqual([
      { label: '1', text: 'A point that wraps onto a second line.' },
      { label: '2', text: 'Another.' },
    ]);
  });

  it('reads Markdown list and bold decoration around labels', () => {
    expect(labels('- **1.** Bold label\n* 2. Bullet label\n### 3. Heading label')).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('segments Cyrillic texts, with Cyrillic sub-point letters', () => {
    const version = segment(
      'Мирный план\n1. Суверенитет Украины подтверждается.\n2. Гарантии:\nа) первая;\nб) вторая.',
    );
    expect(version.title).toBe('Мирный план');
    expect(version.clauses.map((c) => c.label)).toEqual(['1', '2', '2а', '2б']);
    expect(version.clauses[3]).toEqual({ label: '2б', text: 'вторая.', parent: '2' });
  });

  it('keeps labels unique when numbering restarts', () => {
    expect(labels('1. One\n2. Two\nAnnex\n1. Again')).toEqual(['1', '2', '1#2']);
  });

  it('accepts a label alone on its line with the text below', () => {
    expect(segment('5.\nThe text follows.').clauses).toEqual([
      { label: '5', text: 'The text follows.' },
    ]);
  });

  it('refuses inputs beyond its limits with typed errors', () => {
    expect(() => segment('1. x', { limits: { maxChars: 2 } })).toThrow(EngineError);
    expect(() => segment('1. a\n2. b\n3. c', { limits: { maxClauses: 2 } })).toThrow(
      /more than 2 clauses/,
    );
    expect(() => segment('1. abcdef', { limits: { maxClauseChars: 3 } })).toThrow(
      /clause 1 has 6 characters/,
    );
  });
});
