/**
 * The video queue's claim: the round-robin statement the local runner uses (api/src/jobs/queue.ts)
 * against plain arrival order (the order the runner used before, and the default order of the
 * PostgreSQL job queues graphile-worker and pg-boss: priority, then creation). For each, on a real
 * PostgreSQL: the time of one claim with many tasks waiting, and how long a dancer's single video
 * waits behind another dancer's burst (in claims, so the machine's speed does not matter).
 *
 *   npm run bench:queue            (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres)
 */
import { Pool } from 'pg';
import { initOrm, migrate } from '../src/db/orm';
import { CLAIM_NEXT_TASK_SQL, CLAIM_OLDEST_TASK_SQL } from '../src/jobs/queue';
import { createTestDatabase } from '../test/support/database';

const BURST = 300; // one dancer's videos (the report), with the per-dancer limit switched off
const OTHERS = 50; // other dancers with 2 videos each

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function scenario(pool: Pool, claim: string): Promise<{ p50: number; p95: number; newcomerWaited: number; claims: number }> {
  await pool.query('TRUNCATE choreography_tasks, task_queue_turns CASCADE');
  const users = (await pool.query('SELECT id FROM users ORDER BY id')).rows.map((r) => Number(r.id));
  const [greedy, newcomer, ...others] = users;
  const insert = (user: number, offsetMs: number) => pool.query(
    `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, parameters, attempts)
     VALUES (gen_random_uuid(), 'started', 0, 'queued', '', now() + make_interval(secs => $2::double precision / 1000), now(), $1, '{}', 0)`, [user, offsetMs]);
  let t = 0;
  for (const u of others) { await insert(u, t++); await insert(u, t++); }
  for (let i = 0; i < BURST; i++) await insert(greedy, t++);
  await insert(newcomer, t); // one video, asked for after the burst
  const times: number[] = [];
  let newcomerWaited = -1;
  for (let n = 0; ; n++) {
    const start = process.hrtime.bigint();
    const { rows } = await pool.query(claim, [[], 'bench']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!rows.length) break;
    if (Number(rows[0].user_id) === newcomer) newcomerWaited = n;
    // The job ran: the task is done and the next claim sees the queue without it.
    await pool.query(`UPDATE choreography_tasks SET status = 'completed' WHERE task_id = $1`, [rows[0].task_id]);
  }
  return { p50: pct(times, 50), p95: pct(times, 95), newcomerWaited, claims: times.length - 1 };
}

async function main(): Promise<void> {
  const db = await createTestDatabase('bb_bench_queue');
  try {
    const orm = await initOrm(db.url);
    await migrate(orm);
    await orm.close(true);
    const pool = new Pool({ connectionString: db.url, max: 2 });
    for (let i = 0; i < OTHERS + 2; i++) {
      await pool.query(`INSERT INTO users (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, display_name, is_instructor, preferences)
        VALUES ('x', false, $1, '', '', $2, false, true, now(), '', false, '{}')`, [`bench${i}`, `bench${i}@example.com`]);
    }
    console.log(`queue: ${OTHERS} dancers × 2 videos, then one dancer's ${BURST}, then one newcomer's single video (${OTHERS * 2 + BURST + 1} waiting)\n`);
    console.log('| claim | claim p50 (ms) | claim p95 (ms) | claims before the newcomer\'s video |');
    console.log('|---|---|---|---|');
    for (const [name, sql] of [['round-robin by dancer (queue.ts)', CLAIM_NEXT_TASK_SQL], ['arrival order (before; graphile-worker/pg-boss default order)', CLAIM_OLDEST_TASK_SQL]] as const) {
      const r = await scenario(pool, sql);
      console.log(`| ${name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.newcomerWaited} of ${r.claims} |`);
    }
    await pool.end();
  } finally {
    await db.drop();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
