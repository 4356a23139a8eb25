import 'reflect-metadata';
import { startServer } from './app';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** If a clean shutdown has not finished by then, exit anyway (status 1 says it was not clean). */
const FORCE_EXIT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, { service: 'api' });
  const app = await bootstrap(config, log);
  const server = await startServer(app.services);
  log.info(`Bachata Buddy is running at http://localhost:${server.port}/ (GraphQL on /graphql${config.env !== 'production' ? ', GraphiQL on /graphiql' : ''})`, { port: server.port, database: config.databaseUrl ? 'DATABASE_URL' : 'embedded' });

  // The one shutdown path (Apollo's own signal handler is off): stop taking requests and stop the
  // running jobs at the same time, then close every pool, then exit 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => { log.error('shutdown took too long; exiting'); process.exit(1); }, FORCE_EXIT_MS);
    force.unref();
    await Promise.all([
      server.close().catch((e) => log.error('server close failed', { error: e })),
      app.services.jobRunner.close?.().catch((e) => log.error('stopping jobs failed', { error: e })),
    ]);
    await app.shutdown().catch((e) => log.error('shutdown failed', { error: e }));
    log.info('stopped', { signal });
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
