import { TokensService } from '../../src/modules/tokens/tokens.service';
import { validateComparison } from '../support/schema';
import { BACKENDS, SAMPLE_TEXT, SAMPLE_TEXT_2, useTestApp } from '../support/e2e';

interface Change {
  kind: string;
  from: string[];
  to: string[];
  pinned?: boolean;
}

describe.each(BACKENDS)('comparisons and curated links (%s)', (backend) => {
  const t = useTestApp(backend);
  const write = (path: string, body: object) =>
    t.http().post(path).set('Authorization', t.auth('editor')).send(body);

  beforeAll(async () => {
    await write('/api/plans', { slug: 'p', title: 'Plan' }).expect(201);
    await write('/api/plans/p/versions', {
      slug: 'a',
      title: 'A',
      date: '2025-11-20',
      text: SAMPLE_TEXT,
    }).expect(201);
    await write('/api/plans/p/versions', {
      slug: 'b',
      title: 'B',
      date: '2025-11-23',
      parents: ['a'],
      text: SAMPLE_TEXT_2,
    }).expect(201);
  });

  it('returns plandiff.comparison/v1 with an ETag, and 304 on If-None-Match', async () => {
    const r = await t.http().get('/api/plans/p/compare?from=a&to=b').expect(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.body.schema).toBe('plandiff.comparison/v1');
    expect(validateComparison(r.body).errors).toEqual([]);
    const etag = r.headers['etag'] as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}-json"$/);
    const again = await t.http().get('/api/plans/p/compare?from=a&to=b').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
    await t
      .http()
      .get('/api/plans/p/compare?from=a&to=b')
      .set('If-None-Match', '"other"')
      .expect(200);
  });

  it('answers concurrent first requests for the same pair consistently (cache race)', async () => {
    await write('/api/plans/p/versions', {
      slug: 'race',
      title: 'Race',
      date: '2025-11-25',
      text: SAMPLE_TEXT_2,
    }).expect(201);
    const rs = await Promise.all(
      Array.from({ length: 6 }, () => t.http().get('/api/plans/p/compare?from=a&to=race')),
    );
    expect(rs.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(new Set(rs.map((r) => r.text)).size).toBe(1);
  });

  it('renders md and html with their content types and their own ETags', async () => {
    const md = await t.http().get('/api/plans/p/compare?from=a&to=b&format=md').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('#');
    const html = await t.http().get('/api/plans/p/compare?from=a&to=b&format=html').expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toMatch(/<html/i);
    expect(md.headers['etag']).not.toBe(html.headers['etag']);
  });

  it('validates the query and 404s unknown versions', async () => {
    await t.http().get('/api/plans/p/compare?from=a').expect(400);
    await t.http().get('/api/plans/p/compare?from=a&to=b&format=xlsx').expect(400);
    await t.http().get('/api/plans/p/compare?from=a&to=zz').expect(404);
    await t.http().get('/api/plans/zz/compare?from=a&to=b').expect(404);
  });

  it('applies curated links as pins, changes the ETag, and undoes them on delete', async () => {
    const before = await t.http().get('/api/plans/p/compare?from=a&to=b').expect(200);
    // Pin A.4 (sanctions) → B.4 (commission) against the text evidence, and A.2 as removed.
    const link = await write('/api/plans/p/links', {
      from: { version: 'a', label: '4' },
      to: { version: 'b', label: '4' },
      kind: 'reworded',
      evidence: 'analyst decision <b>bold</b>',
      sources: [{ url: 'https://example.org/evidence', outlet: 'Example' }],
    }).expect(201);
    expect(link.body).toMatchObject({
      from: { version: 'a', label: '4' },
      to: { version: 'b', label: '4' },
      kind: 'reworded',
      evidence: 'analyst decision <b>bold</b>',
    });
    const removed = await write('/api/plans/p/links', {
      from: { version: 'a', label: '2' },
      to: { version: 'b' },
      kind: 'removed',
    }).expect(201);
    // A thematic link is not a pin, and a link to a missing clause is refused.
    await write('/api/plans/p/links', {
      from: { version: 'a', label: '1' },
      to: { version: 'b', label: '3' },
      kind: 'thematic',
    }).expect(201);
    await write('/api/plans/p/links', {
      from: { version: 'a', label: '99' },
      to: { version: 'b', label: '1' },
      kind: 'same',
    }).expect(400);
    const after = await t.http().get('/api/plans/p/compare?from=a&to=b').expect(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    const changes = after.body.changes as Change[];
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: ['4'], to: ['4'], pinned: true }),
        expect.objectContaining({ kind: 'removed', from: ['2'], to: [], pinned: true }),
      ]),
    );
    expect(changes.some((c) => c.pinned && c.from[0] === '1')).toBe(false);
    const list = await t.http().get('/api/plans/p/links').expect(200);
    expect(list.body).toHaveLength(3);

    // Removing from the record is an admin's right; an editor removes only the links their own
    // token created (curation.e2e-spec.ts), so a viewer or another editor is refused.
    const tokens = t.app.get(TokensService);
    const another = (await tokens.create('editor', 'another editor', { tokenId: 'test' })).token;
    await t
      .http()
      .delete(`/api/plans/p/links/${link.body.id}`)
      .set('Authorization', `Bearer ${another}`)
      .expect(403);
    await t
      .http()
      .delete(`/api/plans/p/links/${link.body.id}`)
      .set('Authorization', t.auth('viewer'))
      .expect(403);
    await t
      .http()
      .delete(`/api/plans/p/links/${link.body.id}`)
      .set('Authorization', t.auth('admin'))
      .expect(204);
    await t
      .http()
      .delete(`/api/plans/p/links?id=${removed.body.id}`)
      .set('Authorization', t.auth('admin'))
      .expect(204);
    await t.http().delete('/api/plans/p/links').set('Authorization', t.auth('admin')).expect(400);
    await t
      .http()
      .delete(`/api/plans/p/links/${link.body.id}`)
      .set('Authorization', t.auth('admin'))
      .expect(404);
    const undone = await t.http().get('/api/plans/p/compare?from=a&to=b').expect(200);
    expect(undone.headers['etag']).toBe(before.headers['etag']);
    expect(undone.body).toEqual(before.body);
  });

  it('skips placeholder clauses when comparing', async () => {
    await write('/api/plans/p/versions', {
      slug: 'c',
      title: 'C',
      date: '2025-11-24',
      clauses: [
        { label: '1', text: 'Ukraine will not join NATO.' },
        { label: '2', text: '', status: 'placeholder' },
      ],
    }).expect(201);
    const r = await t.http().get('/api/plans/p/compare?from=a&to=c').expect(200);
    expect(r.body.to.clauseCount).toBe(1);
  });

  it('records positions with party, actor, target and sources', async () => {
    const r = await write('/api/plans/p/positions', {
      party: 'Russia',
      actor: 'A. Spokesperson',
      actorRole: 'spokesperson',
      version: 'a',
      clause: '2',
      topic: 'army-size',
      stance: 'opposes',
      quote: `"unacceptable" -- '; DELETE FROM "Position"; --`,
      date: '2025-11-21',
      sources: [{ url: 'https://example.org/evidence', title: 'Later title' }],
    }).expect(201);
    expect(r.body).toMatchObject({
      party: 'Russia',
      actor: { name: 'A. Spokesperson', role: 'spokesperson' },
      version: 'a',
      clause: '2',
      stance: 'opposes',
      quote: `"unacceptable" -- '; DELETE FROM "Position"; --`,
    });
    // The source was first cited by a link; the position fills in the title it lacked.
    expect(r.body.sources).toEqual([
      {
        url: 'https://example.org/evidence',
        outlet: 'Example',
        title: 'Later title',
        date: null,
        language: null,
      },
    ]);
    await write('/api/plans/p/positions', {
      party: 'Ukraine',
      topic: 'general',
      stance: 'conditional',
    }).expect(201);
    await write('/api/plans/p/positions', { stance: 'supports' }).expect(400);
    await write('/api/plans/p/positions', { party: 'X', stance: 'maybe' }).expect(400);
    await write('/api/plans/p/positions', { party: 'X', stance: 'unclear', version: 'zz' }).expect(
      404,
    );
    await write('/api/plans/p/positions', {
      party: 'X',
      stance: 'unclear',
      version: 'a',
      clause: '77',
    }).expect(400);
    const list = await t.http().get('/api/plans/p/positions').expect(200);
    expect(list.body).toHaveLength(2); // before the concurrent test below adds more
  });

  it('accepts concurrent positions that create the same party, actor and source', async () => {
    const rs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        write('/api/plans/p/positions', {
          party: 'New Party',
          actor: 'New Actor',
          stance: 'unclear',
          quote: `q${i}`,
          sources: [{ url: 'https://example.org/shared-new' }],
        }),
      ),
    );
    expect(rs.map((r) => r.status)).toEqual(Array(6).fill(201));
    const list = await t.http().get('/api/plans/p/positions').expect(200);
    expect((list.body as { party: string }[]).filter((p) => p.party === 'New Party')).toHaveLength(
      6,
    );
  });

  it('keeps an audit trail of every write, with the token id', async () => {
    const r = await t
      .http()
      .get('/api/plans/p/audit')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    const actions = (r.body as { action: string; tokenId: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'plan.create',
        'version.create',
        'link.create',
        'link.delete',
        'position.create',
      ]),
    );
    // Editors wrote everything; the link deletions needed (and record) the admin token.
    const editorId = t.tokens.editor.split('_')[1];
    const adminId = t.tokens.admin.split('_')[1];
    for (const e of r.body as { action: string; tokenId: string }[]) {
      expect({ action: e.action, tokenId: e.tokenId }).toEqual({
        action: e.action,
        tokenId: e.action === 'link.delete' ? adminId : editorId,
      });
    }
    const limited = await t
      .http()
      .get('/api/plans/p/audit?limit=2')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(limited.body).toHaveLength(2);
    await t
      .http()
      .get('/api/plans/p/audit?limit=0')
      .set('Authorization', t.auth('admin'))
      .expect(400);
  });
});
