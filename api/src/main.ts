import 'reflect-metadata';
import { startServer } from './app';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, { service: 'api' });
  const app = await bootstrap(config, log);
  const server = await startServer(app.services);
  log.info(`Bachata Buddy is running at http://localhost:${server.port}/ (GraphQL on /graphql${config.env !== 'production' ? ', GraphiQL on /graphiql' : ''})`, { port: server.port, database: config.databaseUrl ? 'DATABASE_URL' : 'embedded' });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 15000);
    force.unref();
    await server.close().catch((e) => log.error('server close failed', { error: e }));
    await app.shutdown().catch((e) => log.error('shutdown failed', { error: e }));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  // One clear line for the person starting it (e.g. a stale embedded PostgreSQL and how to stop it).
  process.stderr.write(`Bachata Buddy could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
