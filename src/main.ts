import { createApp } from './app';
import { ConfigError, loadConfig } from './config/app-config';

/** `npm start`: migrate the database (SQLite under ./data/ by default) and serve the API. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  console.log(`plandiff API on http://${config.host}:${config.port}/api (docs at /api/docs)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
