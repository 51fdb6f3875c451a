import { ALICE, BOB, makeTrackedDocx } from '../import/build';
import { BACKENDS, pluck, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

const PLAN = 'tracked';

function upload(t: TestApp, bytes: Uint8Array, fields: Record<string, string>, path = '') {
  let req = t
    .http()
    .post(`/api/plans/${PLAN}/versions${path}`)
    .set('Authorization', t.auth('editor'));
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return req.attach('file', Buffer.from(bytes), { filename: 'returned.docx' });
}

describe.each(BACKENDS)('Word files with tracked changes over HTTP (%s)', (backend) => {
  const t = useTestApp(backend);
  let docx: Uint8Array;

  beforeAll(async () => {
    docx = await makeTrackedDocx();
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: PLAN, title: 'Returned drafts' })
      .expect(201);
  });

  it('previews both texts and who changed what, storing nothing', async () => {
    const r = await upload(t, docx, { revisions: 'both' }, '/preview').expect(200);
    expect(pluck(r.body.clauses, 'label')).toEqual(['1', '2', '3', '5']);
    expect(pluck(r.body.original.clauses, 'label')).toEqual(['1', '2', '4', '5']);
    expect(r.body.revisions).toMatchObject({
      imported: 'both',
      authors: [ALICE.author, BOB.author],
    });
    expect(r.body.revisions.changes[0]).toEqual({
      kind: 'deletion',
      author: ALICE.author,
      date: ALICE.date,
      text: 'on',
      clause: '1',
      version: 'original',
    });
    const versions = await t.http().get(`/api/plans/${PLAN}/versions`).expect(200);
    expect(versions.body).toEqual([]);
  });

  it("stores the accepted text by default, with each author's changes", async () => {
    const r = await upload(t, docx, { slug: 'r1', title: 'Returned', date: '2026-03-03' }).expect(
      201,
    );
    expect(pluck(r.body.clauses, 'label')).toEqual(['1', '2', '3', '5']);
    const tracked = await t
      .http()
      .get(`/api/plans/${PLAN}/versions/r1/tracked-changes`)
      .expect(200);
    expect(tracked.body.authors).toEqual([ALICE.author, BOB.author]);
    expect(tracked.body.changes).toHaveLength(6);
    expect(tracked.body.changes[3]).toEqual({
      kind: 'insertion',
      author: BOB.author,
      date: BOB.date,
      text: '200',
      clause: '2',
      version: 'accepted',
    });
  });

  it('stores both as two versions in one go: the original is the parent of the accepted', async () => {
    const r = await upload(t, docx, {
      slug: 'r2',
      title: 'Returned again',
      date: '2026-03-04',
      revisions: 'both',
    }).expect(201);
    expect(r.body.parents).toEqual(['r2-original']);
    const original = await t.http().get(`/api/plans/${PLAN}/versions/r2-original`).expect(200);
    expect(original.body.title).toBe('Returned again (before tracked changes)');
    expect(pluck(original.body.clauses, 'label')).toEqual(['1', '2', '4', '5']);
    // The original slug is taken now: a second upload is refused whole.
    await upload(t, docx, {
      slug: 'r3',
      title: 'x',
      date: '2026-03-05',
      revisions: 'both',
      originalSlug: 'r2-original',
    }).expect(409);
    const versions = await t.http().get(`/api/plans/${PLAN}/versions`).expect(200);
    expect(pluck(versions.body, 'slug').sort()).toEqual(['r1', 'r2', 'r2-original']);
  });

  it('refuses a revisions choice it does not know, and originalSlug without both', async () => {
    await upload(t, docx, { slug: 'r4', title: 'x', date: '2026-03-05', revisions: 'some' }).expect(
      400,
    );
    await upload(t, docx, {
      slug: 'r4',
      title: 'x',
      date: '2026-03-05',
      originalSlug: 'r4-before',
    }).expect(400);
    await t.http().get(`/api/plans/${PLAN}/versions/nope/tracked-changes`).expect(404);
  });
});
