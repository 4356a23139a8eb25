// Runs a command line tool with DATABASE_URL, as `npm start` has it: the given DATABASE_URL, else the
// embedded PostgreSQL under the data dir — the one `npm start` runs, or one started for this command
// (migrations applied) and stopped when it ends.
//   node scripts/with-database.cjs [--unless <flag>] path/to/cli.ts [args…]
// --unless <flag>: no database when the tool got that flag (e.g. plan --library <dir>).
const { spawn } = require('node:child_process');
const path = require('node:path');

const argv = process.argv.slice(2);
let unless;
if (argv[0] === '--unless') { unless = argv[1]; argv.splice(0, 2); }
const [file, ...args] = argv;
const runner = path.join(__dirname, 'with-swc.cjs');

function run(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, file, ...args], { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + 1 : 1));
    });
  });
}

async function main() {
  // The project's .env fills in what the environment lacks, as it does for npm start.
  const dotenv = require('node:path').join(__dirname, '..', '.env');
  if (require('node:fs').existsSync(dotenv)) process.loadEnvFile(dotenv);
  if (process.env.DATABASE_URL || (unless && args.some((a) => a === unless || a.startsWith(`${unless}=`)))) return run(process.env);
  require('./swc-register.cjs');
  require('reflect-metadata');
  const { loadConfig } = require('../api/src/config.ts');
  const { useEmbeddedPostgres } = require('../api/src/db/embedded-postgres.ts');
  const { initOrm, migrate } = require('../api/src/db/orm.ts');
  const { createLogger } = require('../api/src/logger.ts');
  const { redactUrlPasswords } = require('@bachata/core');
  const config = loadConfig();
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  const db = await useEmbeddedPostgres(config.dataDir, port, createLogger('warn'));
  process.stderr.write(`database: the embedded PostgreSQL at ${redactUrlPasswords(db.url)} (${db.started ? 'started for this command' : 'the one npm start runs'})\n`);
  let code;
  try {
    const orm = await initOrm(db.url);
    try { await migrate(orm); } finally { await orm.close(true); }
    code = await run({ ...process.env, DATABASE_URL: db.url });
  } finally {
    await db.stop();
  }
  return code;
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
