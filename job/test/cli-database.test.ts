/**
 * The README's import command with no DATABASE_URL: `npm run library:import -- <dir>` uses the
 * embedded PostgreSQL as `npm start` does — started for the command (migrations applied, stopped
 * afterwards) when nothing runs it, the running one otherwise (left running).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedProcess, stopEmbeddedProcess } from '../../api/test/support/embedded-process';

jest.setTimeout(240_000);

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bb-cli-db-'));
chmodSync(work, 0o755); // as root, the embedded server runs as the postgres user
const dataDir = join(work, '.data');
const library = join(work, 'moves');
const port = 54350 + (process.pid % 7);
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(library, 'intros'), { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=black:s=160x90:r=30:d=4', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=4',
    '-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', join(library, 'intros', 'intro_a.mp4')]);
  writeFileSync(join(library, 'bachata_annotations.json'), JSON.stringify({
    clips: [{ clip_id: 'intro_a', video_path: 'intros/intro_a.mp4', move_label: 'intros', energy_level: 'medium', estimated_tempo: 120, difficulty: 'low' }],
  }));
});

function importLibrary() {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port), MOVE_INDEX: '', POSE_MODEL: '', STORAGE: 'local', MEDIA_ROOT: '' };
  delete env.DATABASE_URL;
  return spawnSync('npm', ['run', '-s', 'library:import', '--', library], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
}

async function rows(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT move_id FROM move_embeddings WHERE source = 'imported' ORDER BY move_id`)).rows.map((r) => r.move_id);
  } finally {
    await c.end();
  }
}

it('starts the embedded database for the command when nothing runs it, and stops it afterwards', async () => {
  const r = importLibrary();
  expect(r.stderr).toContain(`the embedded PostgreSQL at postgresql://postgres:[redacted]@127.0.0.1:${port}/bachata (started for this command)`);
  expect(r.stdout).toMatch(/imported 1, updated 0, skipped 0 \(unchanged\), failed 0/);
  expect(r.status).toBe(0);
  expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  expect(existsSync(join(dataDir, 'media', 'library', 'imported'))).toBe(true);
});

it('gives the instructor role on the same embedded database, started for the command and stopped after', () => {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
  delete env.DATABASE_URL;
  const grant = (name: string) => spawnSync(process.execPath, [join(root, 'scripts', 'with-swc.cjs'), join(root, 'api', 'src', 'cli', 'grant-instructor.ts'), name], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  const r = grant('nobody');
  expect(r.stderr).toContain('No user named "nobody".');
  expect(r.status).toBe(1);
  expect(r.stderr + r.stdout).not.toContain('postgres:postgres@');
  expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
});

it('uses the embedded database npm start runs, and leaves it running', async () => {
  const server = await startEmbeddedProcess(dataDir, port);
  try {
    // the first run's rows are in the embedded database npm start uses
    expect(await rows(server.url)).toEqual(['intro_a']);
    const r = importLibrary();
    expect(r.stderr).toContain('(the one npm start runs)');
    expect(r.stdout).toMatch(/imported 0, updated 0, skipped 1 \(unchanged\)/);
    expect(r.status).toBe(0);
    expect(await rows(server.url)).toEqual(['intro_a']);
  } finally {
    await stopEmbeddedProcess(server);
  }
});
