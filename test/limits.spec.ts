import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { DEFAULT_LIMITS, compareVersions } from '../src/engine';
import { CreateVersionDto } from '../src/modules/versions/versions.dto';

/** One truth for the clause limit: the engine's, which the DTO and the published schema repeat. */
describe('the clause limit', () => {
  it('is the same in the engine, the API DTO and docs/schemas/version.v1.json', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../docs/schemas/version.v1.json'), 'utf8'),
    ) as { properties: { clauses: { maxItems: number } } };
    expect(schema.properties.clauses.maxItems).toBe(DEFAULT_LIMITS.maxClauses);
    const dto = getMetadataStorage()
      .getTargetValidationMetadatas(CreateVersionDto, '', true, false)
      .find((m) => m.propertyName === 'clauses' && m.name === 'arrayMaxSize');
    expect(dto?.constraints).toEqual([DEFAULT_LIMITS.maxClauses]);
  });

  it('is what the engine enforces', () => {
    const clauses = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: String(i + 1), text: 'x' }));
    const at = { title: 'A', clauses: clauses(DEFAULT_LIMITS.maxClauses + 1) };
    expect(() => compareVersions(at, { title: 'B', clauses: clauses(1) })).toThrow(
      /more than 10000 clauses/,
    );
  });
});
