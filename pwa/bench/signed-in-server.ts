/**
 * For `npm run bench:pwa`: the real api (real PostgreSQL, real job) serving a production build of the
 * PWA (argv[2]), once its home page demo is made, with one dancer who has two finished choreographies
 * (saved by the server's auto-save).
 * Prints one JSON line (the base URL, the dancer's refresh token and profile, the pages to measure),
 * then runs until its stdin closes.
 */
import type { LocalJobRunner } from '../../api/src/jobs/local-job-runner';
import { registerUser, startTestApp } from '../../api/test/support/test-app';

async function main(): Promise<void> {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: signed-in-server.ts <pwa dist dir>');
  const t = await startTestApp({ realJobRunner: true, env: { PWA_DIST_DIR: dist, JOB_CONCURRENCY: '1', LOG_LEVEL: 'error', HOME_DEMO: 'on' } });
  try {
    await (t.app.services.jobRunner as LocalJobRunner).whenReady();
    const dancer = await registerUser(t, `lighthouse${Date.now() % 100000}`);
    const songs = await t.gql(`{ songs(first: 10) { edges { node { id isDemo } } } }`, {}, dancer.accessToken);
    const song = songs.data.songs.edges.map((e: { node: { id: string; isDemo: boolean } }) => e.node).find((s: { isDemo: boolean }) => s.isDemo);
    const tasks: string[] = [];
    for (const [difficulty, seed] of [['BEGINNER', 1], ['INTERMEDIATE', 2]] as const) {
      const r = await t.gql(`mutation($s: ID!, $seed: Int) { generateChoreography(input: { songId: $s, difficulty: ${difficulty}, energyLevel: MEDIUM, style: ROMANTIC, seed: $seed }) { id } }`, { s: song.id, seed }, dancer.accessToken);
      tasks.push(r.data.generateChoreography.id);
    }
    for (const id of tasks) {
      for (;;) {
        const { rows } = await t.app.services.pool.query(`SELECT status FROM choreography_tasks WHERE task_id = $1`, [id]);
        if (rows[0].status === 'failed') throw new Error(`task ${id} failed`);
        if (rows[0].status === 'completed') break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    // The home page as a visitor sees it once the server has made its demo.
    while ((await t.gql(`{ homeDemo { status } }`)).data.homeDemo.status !== 'READY') await new Promise((r) => setTimeout(r, 1000));
    const me = await t.gql(`{ me { id username email displayName dateJoined isInstructor preferences { autoSaveChoreographies defaultDifficulty emailNotifications } } }`, {}, dancer.accessToken);
    const saved = await t.gql(`{ collections(first: 5) { edges { node { id } } } }`, {}, dancer.accessToken);
    const savedId = saved.data.collections.edges[0].node.id;
    process.stdout.write(JSON.stringify({
      base: t.url, refreshToken: dancer.refreshToken, user: { __typename: 'User', ...me.data.me, preferences: { __typename: 'Preferences', ...me.data.me.preferences } },
      pages: { 'my videos': '/videos', player: `/play/${savedId}`, collections: '/collections' },
    }) + '\n');
    await new Promise<void>((resolve) => { process.stdin.on('end', resolve); process.stdin.on('close', resolve); process.stdin.resume(); });
  } finally {
    await t.close();
  }
}

main().then(() => process.exit(0), (e) => { process.stderr.write(`${e instanceof Error ? e.stack : e}\n`); process.exit(1); });
