import { compareTexts } from '../../src/engine';
import { readPairText } from '../support/fixtures';
import { BACKENDS, useTestApp } from '../support/e2e';

describe.each(BACKENDS)('the API and the CLI agree on the real corpus (%s)', (backend) => {
  const t = useTestApp(backend);

  it('returns exactly what the engine returns for the same texts (v28 → v20)', async () => {
    const editor = t.auth('editor');
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', editor)
      .send({ slug: 'ua', title: 'UA' });
    for (const slug of ['v28', 'v20']) {
      const text = readPairText(slug);
      await t
        .http()
        .post('/api/plans/ua/versions')
        .set('Authorization', editor)
        .send({ slug, title: slug, date: '2025-11-20', text })
        .expect(201);
    }
    const api = await t.http().get('/api/plans/ua/compare?from=v28&to=v20').expect(200);
    const direct = compareTexts(readPairText('v28'), readPairText('v20'));
    // Titles differ (the API uses the stored version titles); everything else is identical.
    expect({ ...api.body, from: undefined, to: undefined }).toEqual({
      ...JSON.parse(JSON.stringify(direct)),
      from: undefined,
      to: undefined,
    });
    expect(api.body.from.clauseCount).toBe(direct.from.clauseCount);
  });
});
