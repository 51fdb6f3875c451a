import { useTestApp } from '../support/e2e';
import { concrete, routesOf } from '../support/routes';

/**
 * Unknown query parameters are refused on every API route, with or without a query DTO, as
 * unknown body fields are: 400 validation-failed naming the parameter, nothing run or stored.
 * SQLite only: the refusal happens before any handler (and so any database) is reached.
 */
describe('unknown query parameters', () => {
  const t = useTestApp('sqlite');
  // Swagger's own routes (the document and its UI) are not API operations.
  const apiRoutes = () =>
    routesOf(t).filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs'));

  it('are a 400 problem naming the parameter on every route', async () => {
    const routes = apiRoutes().filter((r) => r.path !== '/api/openapi.json');
    expect(routes.length).toBeGreaterThanOrEqual(30);
    const answers: string[] = [];
    for (const r of routes) {
      const method = r.method.toLowerCase() as 'get' | 'post' | 'delete';
      const agent = t.http();
      const res = await agent[method](`${concrete(r.path)}?bogusParam=1`)
        .set('Authorization', t.auth('admin'))
        .send(method === 'get' ? undefined : {});
      const body = res.body as { code?: string; errors?: { field: string }[] };
      const named = body.errors?.some((e) => e.field === 'bogusParam') === true;
      answers.push(`${r.method} ${r.path} ${res.status} ${body.code} ${named}`);
    }
    expect(answers).toEqual(routes.map((r) => `${r.method} ${r.path} 400 validation-failed true`));
  });

  it('are refused before anything is stored, in the one problem shape', async () => {
    const res = await t
      .http()
      .post('/api/plans?slgu=typo')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'query-typo', title: 'Typo' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/api/problems#validation-failed',
      status: 400,
      code: 'validation-failed',
      errors: [{ field: 'slgu', messages: ['property slgu should not exist'] }],
    });
    await t.http().get('/api/plans/query-typo').expect(404);
  });

  it('still answers routes called without a query, and known parameters on DTO routes', async () => {
    await t.http().get('/api/health').expect(200);
    await t.http().get('/api/plans/ukraine-2025/versions').expect(200);
    await t.http().get('/api/plans/ukraine-2025/search?q=ceasefire&limit=2').expect(200);
  });
});
