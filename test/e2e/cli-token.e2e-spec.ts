import { cliWithDatabase as cli } from '../support/cli';
import { BACKENDS, useTestApp } from '../support/e2e';

describe.each(BACKENDS)('plandiff token (%s)', (backend) => {
  const t = useTestApp(backend);

  it('creates a token the API accepts, lists it without the secret, and revokes it', async () => {
    const created = await cli(t.config.databaseUrl, 'token', 'create', '--role', 'editor');
    expect(created).toMatchObject({ code: 0, err: '' });
    const token = created.out.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^pd_[0-9a-f]{12}_[\w-]{43}$/);
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', `Bearer ${token}`)
      .send({ slug: 'from-cli', title: 'CLI token' })
      .expect(201);

    const id = token.split('_')[1]!;
    const listed = await cli(t.config.databaseUrl, 'token', 'list');
    expect(listed.out).toContain(`${id}\teditor\tactive`);
    expect(listed.out).not.toContain(token);

    expect((await cli(t.config.databaseUrl, 'token', 'revoke', id)).code).toBe(0);
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', `Bearer ${token}`)
      .send({ slug: 'from-cli-2', title: 'x' })
      .expect(401);
    const again = await cli(t.config.databaseUrl, 'token', 'revoke', id);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/no active token/);
  });

  it('refuses a bad role with a usage error', async () => {
    const r = await cli(t.config.databaseUrl, 'token', 'create', '--role', 'root');
    expect(r.code).toBe(2);
  });
});
