import { TokensService } from '../../src/modules/tokens/tokens.service';
import { BACKENDS, SAMPLE_TEXT, SAMPLE_TEXT_2, useTestApp } from '../support/e2e';

interface Change {
  kind: string;
  from: string[];
  to: string[];
  pinned?: boolean;
  curated?: boolean;
}
interface Link {
  id: number;
  kind: string;
}

const idOf = (r: { body: unknown }): number => (r.body as Link).id;
const links = (c: Change, a: string, b: string): boolean => c.from.includes(a) && c.to.includes(b);

/**
 * What the dashboard's compare view does through the API: pin a pair with any joining kind
 * (renumbered and moved included), forbid a pair, see the comparison change, and take one's own
 * links away again as an editor.
 */
describe.each(BACKENDS)('curating a comparison through the API (%s)', (backend) => {
  const t = useTestApp(backend);
  // A role's token, or another token's header as it is.
  const as = (who: string): string =>
    who.startsWith('Bearer ') ? who : t.auth(who as 'viewer' | 'editor' | 'admin');
  const post = (body: object, role = 'editor') =>
    t.http().post('/api/plans/c/links').set('Authorization', as(role)).send(body);
  const del = (id: number, role = 'editor') =>
    t.http().delete(`/api/plans/c/links/${id}`).set('Authorization', as(role));
  const compare = async (): Promise<{ etag: string; changes: Change[]; body: unknown }> => {
    const r = await t.http().get('/api/plans/c/compare?from=a&to=b').expect(200);
    return { etag: r.headers['etag'] as string, changes: r.body.changes as Change[], body: r.body };
  };
  let other = '';

  beforeAll(async () => {
    const write = (path: string, body: object) =>
      t.http().post(path).set('Authorization', t.auth('editor')).send(body);
    await write('/api/plans', { slug: 'c', title: 'Curation' }).expect(201);
    await write('/api/plans/c/versions', {
      slug: 'a',
      title: 'A',
      date: '2025-11-20',
      text: SAMPLE_TEXT,
    }).expect(201);
    await write('/api/plans/c/versions', {
      slug: 'b',
      title: 'B',
      date: '2025-11-23',
      parents: ['a'],
      text: SAMPLE_TEXT_2,
    }).expect(201);
    const tokens = t.app.get(TokensService);
    other = `Bearer ${(await tokens.create('editor', 'another editor', { tokenId: 'test' })).token}`;
  });

  it.each(['renumbered', 'moved'])(
    'pins a pair linked as %s, and its editor removes it again',
    async (kind) => {
      const before = await compare();
      // A.3 (elections) and B.4 (a commission): nothing the engine would pair by itself.
      expect(before.changes.some((c) => links(c, '3', '4'))).toBe(false);
      const link = await post({
        from: { version: 'a', label: '3' },
        to: { version: 'b', label: '4' },
        kind,
      }).expect(201);
      expect(link.body).toMatchObject({ kind, from: { label: '3' }, to: { label: '4' } });
      const after = await compare();
      expect(after.etag).not.toBe(before.etag);
      const pinned = after.changes.find((c) => links(c, '3', '4'));
      expect(pinned).toMatchObject({ from: ['3'], to: ['4'], pinned: true, curated: true });
      // The kind is the engine's reading of the pinned pair: the wording differs.
      expect(['reworded', 'renumbered', 'moved']).toContain(pinned!.kind);

      // Another editor may not take it away; its own editor may.
      await del(idOf(link), other).expect(403);
      await del(idOf(link)).expect(204);
      const undone = await compare();
      expect(undone.etag).toBe(before.etag);
      expect(undone.body).toEqual(before.body);
    },
  );

  it('forbids a pair: the comparison never links them, and the report says so', async () => {
    const before = await compare();
    // A.1 and B.2 say the same ("Ukraine will not join NATO"): the engine links them.
    expect(before.changes.some((c) => links(c, '1', '2'))).toBe(true);
    const forbid = await post({
      from: { version: 'a', label: '1' },
      to: { version: 'b', label: '2' },
      kind: 'forbid',
      evidence: 'The analyst reads them as different commitments.',
    }).expect(201);
    expect(forbid.body).toMatchObject({ kind: 'forbid' });
    const after = await compare();
    expect(after.etag).not.toBe(before.etag);
    expect(after.changes.some((c) => links(c, '1', '2'))).toBe(false);
    // Both clauses are still accounted for, each on its own or with another partner.
    expect(after.changes.some((c) => c.from.includes('1'))).toBe(true);
    expect(after.changes.some((c) => c.to.includes('2'))).toBe(true);
    const md = await t.http().get('/api/plans/c/compare?from=a&to=b&format=md').expect(200);
    expect(md.text).toContain('1 ↛ 2');
    // The lineage reads the forbid as no relation at all.
    await t.http().get('/api/plans/c/lineage').expect(200);

    // Contradictions are refused, not resolved silently.
    const same = { from: { version: 'a', label: '1' }, to: { version: 'b', label: '2' } };
    for (const kind of ['same', 'renumbered', 'moved', 'forbid']) {
      const r = await post({ ...same, kind }).expect(409);
      expect(r.body).toMatchObject({ status: 409, code: 'conflict' });
    }
    await post({ from: { version: 'a', label: '1' }, to: { version: 'b' }, kind: 'forbid' })
      .expect(400)
      .expect((r) => expect(JSON.stringify(r.body)).toContain('to.label'));

    // Forbidding a pinned pair is refused too: unpin first.
    const pin = await post({
      from: { version: 'a', label: '4' },
      to: { version: 'b', label: '3' },
      kind: 'reworded',
    }).expect(201);
    const r = await post({
      from: { version: 'a', label: '4' },
      to: { version: 'b', label: '3' },
      kind: 'forbid',
    }).expect(409);
    expect(r.body.detail).toMatch(/remove that link/);

    await del(idOf(pin)).expect(204);
    await del(idOf(forbid)).expect(204);
    const undone = await compare();
    expect(undone.etag).toBe(before.etag);
    expect(undone.body).toEqual(before.body);
  });

  it('lets an editor remove only their own links; an admin removes any, a viewer none', async () => {
    const mine = await post({
      from: { version: 'a', label: '2' },
      to: { version: 'b', label: '1' },
      kind: 'same',
    }).expect(201);
    const admins = await post(
      { from: { version: 'a', label: '2' }, to: { version: 'b' }, kind: 'removed' },
      'admin',
    ).expect(201);
    await del(idOf(mine), 'viewer').expect(403);
    await del(idOf(mine), other).expect(403);
    const refused = await del(idOf(admins)).expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });
    expect(refused.body.detail).toMatch(/only their own links/);
    // The collection-path form follows the same rule.
    await t
      .http()
      .delete(`/api/plans/c/links?id=${idOf(admins)}`)
      .set('Authorization', t.auth('editor'))
      .expect(403);
    await t
      .http()
      .delete(`/api/plans/c/links?id=${idOf(mine)}`)
      .set('Authorization', t.auth('editor'))
      .expect(204);
    await del(idOf(admins), 'admin').expect(204);
    await del(idOf(admins), 'admin').expect(404);
    await del(99_999).expect(404);
    const left = (await t.http().get('/api/plans/c/links').expect(200)).body as Link[];
    expect(left.map((l) => l.id)).not.toContain(idOf(mine));
    expect(left.map((l) => l.id)).not.toContain(idOf(admins));
    // Every removal is in the audit trail, with the token that made it.
    const audit = (
      await t.http().get('/api/plans/c/audit').set('Authorization', t.auth('admin')).expect(200)
    ).body as { action: string; target: string }[];
    const removed = audit.filter((e) => e.action === 'link.delete').map((e) => e.target);
    expect(removed).toEqual(
      expect.arrayContaining([`plan:c/link:${idOf(mine)}`, `plan:c/link:${idOf(admins)}`]),
    );
  });

  it('gives a position on a clause that clause’s label, and none to a version-wide one', async () => {
    const onClause = await t
      .http()
      .post('/api/plans/c/positions')
      .set('Authorization', t.auth('editor'))
      .send({ party: 'Ukraine', version: 'a', clause: '3', stance: 'opposes', grade: 'B' })
      .expect(201);
    expect(onClause.body).toMatchObject({ clause: '3', labels: ['3'] });
    const wide = await t
      .http()
      .post('/api/plans/c/positions')
      .set('Authorization', t.auth('editor'))
      .send({ party: 'Russia', version: 'a', stance: 'supports', grade: 'C' })
      .expect(201);
    expect(wide.body).toMatchObject({ clause: null, labels: [] });
    const listed = (await t.http().get('/api/plans/c/positions').expect(200)).body as {
      id: number;
      labels: string[];
    }[];
    expect(listed.find((p) => p.id === idOf(onClause))?.labels).toEqual(['3']);
  });
});
