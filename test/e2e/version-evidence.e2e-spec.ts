import { BACKENDS, SAMPLE_TEXT, useTestApp } from '../support/e2e';

// Evidence grades come as ranges ("A/B": a version whose points rest on different evidence) and
// versions record their authoring parties (they count as supporting it when disputes are derived).
describe.each(BACKENDS)('version evidence fields (%s)', (backend) => {
  const t = useTestApp(backend);

  it('stores a grade range, its note and the author parties, and returns them verbatim', async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'ev', title: 'Evidence' })
      .expect(201);
    await t
      .http()
      .post('/api/plans/ev/versions')
      .set('Authorization', t.auth('editor'))
      .send({
        slug: 'veu',
        title: 'E3 counter-proposal',
        date: '2025-11-23',
        text: SAMPLE_TEXT,
        basis: 'mixed',
        grade: 'A/B',
        gradeNote: 'A for points 1–11; B/C for the rest',
        authorParties: ['Europe/EU'],
      })
      .expect(201);
    const version = await t.http().get('/api/plans/ev/versions/veu').expect(200);
    expect(version.body).toMatchObject({
      grade: 'A/B',
      gradeNote: 'A for points 1–11; B/C for the rest',
      authorParties: ['Europe/EU'],
    });
  });

  it('refuses a grade outside A–D with a field error', async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'ev2', title: 'Evidence' })
      .expect(201);
    const r = await t
      .http()
      .post('/api/plans/ev2/versions')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'v1', title: 'V1', date: '2025-11-23', text: SAMPLE_TEXT, grade: 'E' })
      .expect(400);
    expect(JSON.stringify(r.body)).toContain('grade');
  });
});
