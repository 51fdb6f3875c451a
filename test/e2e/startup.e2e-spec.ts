import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/app-config';
import { TokensService } from '../../src/modules/tokens/tokens.service';
import { BACKENDS, freshDatabase } from '../support/e2e';

/**
 * Several instances started together on one fresh database (issue #23): all of them migrate and
 * seed at once, all come up, and a write through any one is seen through every other.
 */
const INSTANCES = 3;

if (!BACKENDS.includes('postgresql')) {
  console.warn('startup.e2e: PostgreSQL not run (TEST_DATABASE_URL unset); .ci/run sets it');
}

describe.each(BACKENDS)('instances starting together (%s)', (backend) => {
  const apps: NestExpressApplication[] = [];
  let cleanup: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await cleanup?.();
  });

  it(`${INSTANCES} instances on one fresh database all come up and share writes`, async () => {
    const db = await freshDatabase(backend);
    cleanup = db.cleanup;
    const config = {
      ...loadConfig({}),
      databaseUrl: db.url,
      rateLimit: { ttlMs: 60_000, limit: 1_000_000 },
    };
    const started = await Promise.allSettled(
      Array.from({ length: INSTANCES }, () =>
        createApp(config, { logger: false, log: () => undefined }),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') apps.push(s.value);
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual(
      Array(INSTANCES).fill('up'),
    );
    const token = (await apps[0]!.get(TokensService).create('editor', 'startup', { tokenId: 't' }))
      .token;
    // The corpus was seeded once, not once per instance.
    const plans = await Promise.all(
      apps.map(
        async (a) =>
          (await request(a.getHttpServer()).get('/api/plans').expect(200)).body as unknown[],
      ),
    );
    for (const p of plans) expect(p).toEqual(plans[0]);
    expect(plans[0]).toHaveLength(1);
    // A write through each instance, read back through every other.
    await Promise.all(
      apps.map((a, i) =>
        request(a.getHttpServer())
          .post('/api/plans')
          .set('Authorization', `Bearer ${token}`)
          .send({ slug: `via-${i}`, title: `Via ${i}` })
          .expect(201),
      ),
    );
    for (const a of apps) {
      for (let i = 0; i < INSTANCES; i++) {
        await request(a.getHttpServer()).get(`/api/plans/via-${i}`).expect(200);
      }
    }
  });
});
