import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { DEFAULT_LIMITS, EngineError, compareVersions } from '../src/engine';
import { ClauseDto, CreateVersionDto } from '../src/modules/versions/versions.dto';

/** One truth for the clause limits: the engine's, which the DTO and the published schema repeat. */
describe('the clause limits', () => {
  it('are the same in the engine, the API DTO and docs/schemas/version.v1.json', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../docs/schemas/version.v1.json'), 'utf8'),
    ) as {
      properties: {
        clauses: { maxItems: number; items: { properties: { text: { maxLength: number } } } };
      };
    };
    const { clauses } = schema.properties;
    expect(clauses.maxItems).toBe(DEFAULT_LIMITS.maxClauses);
    expect(clauses.items.properties.text.maxLength).toBe(DEFAULT_LIMITS.maxClauseChars);
    const rule = (target: object, property: string, name: string) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(target as new () => unknown, '', true, false)
        .find((m) => m.propertyName === property && m.name === name)?.constraints;
    expect(rule(CreateVersionDto, 'clauses', 'arrayMaxSize')).toEqual([DEFAULT_LIMITS.maxClauses]);
    expect(rule(ClauseDto, 'text', 'maxLength')).toEqual([DEFAULT_LIMITS.maxClauseChars]);
  });

  it('are what the engine enforces, on segmented and on given clauses alike', () => {
    const clauses = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: String(i + 1), text: 'x' }));
    const one = { title: 'B', clauses: clauses(1) };
    const many = { title: 'A', clauses: clauses(DEFAULT_LIMITS.maxClauses + 1) };
    expect(() => compareVersions(many, one)).toThrow(/more than 10000 clauses/);
    const long = {
      title: 'A',
      clauses: [{ label: '1', text: 'x'.repeat(DEFAULT_LIMITS.maxClauseChars + 1) }],
    };
    expect(() => compareVersions(long, one)).toThrow(EngineError);
    expect(() => compareVersions(one, long)).toThrow(/clause 1 of "A" has 100001 characters/);
  });
});
