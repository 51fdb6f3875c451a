import { createApp } from './app';
import { ConfigError, loadConfig } from './config/app-config';

/** `npm start`: migrate the database (SQLite under ./data/ by default), serve the API and dashboard. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  console.log(`plandiff on http://${config.host}:${config.port}/ (API at /api, docs at /api/docs)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
