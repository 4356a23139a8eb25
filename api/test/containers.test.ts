/**
 * What `docker compose up` needs, checked without a Docker engine: the Dockerfile (multi-stage, an
 * unprivileged runtime user), the build context (.dockerignore keeps local state, secrets and
 * node_modules out of image layers), the compose file (healthchecks, the job as a run-once service,
 * secrets generated or demanded), and the entrypoint and secret generator run for real here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ignore from '@balena/dockerignore';
import { parse as parseDockerfile, type CommandEntry } from 'docker-file-parser';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

function stages(entries: CommandEntry[]): Array<{ from: string; name?: string; commands: CommandEntry[] }> {
  const out: Array<{ from: string; name?: string; commands: CommandEntry[] }> = [];
  for (const e of entries) {
    if (e.name === 'FROM') {
      const [image, as, name] = String(Array.isArray(e.args) ? e.args.join(' ') : e.args).split(/\s+/);
      out.push({ from: image, name: as?.toUpperCase() === 'AS' ? name : undefined, commands: [] });
    } else {
      out.at(-1)?.commands.push(e);
    }
  }
  return out;
}

describe('Dockerfile', () => {
  const all = parseDockerfile(read('Dockerfile'), { includeComments: false });
  const built = stages(all);
  const runtime = built.at(-1)!;

  it('builds in stages and ships only built output and runtime dependencies', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
    const copies = runtime.commands.filter((c) => c.name === 'COPY').map((c) => ([] as string[]).concat(c.args as string[]).join(' '));
    // nothing copied from the build context wholesale into the final image
    expect(copies.some((c) => /^(\S+\s+)*\.\s+\.$/.test(c))).toBe(false);
    expect(copies.some((c) => /--from=prod-deps .*node_modules/.test(c))).toBe(true);
    for (const ws of ['core', 'api', 'job', 'pwa']) expect(copies.some((c) => c.includes(`/app/${ws}/dist`))).toBe(true);
  });

  it('runs as an unprivileged user (the runtime image, and the dev stage compose uses)', () => {
    const dev = built.find((s) => s.name === 'dev')!;
    expect(dev.commands.filter((c) => c.name === 'USER').map((c) => String(c.args).trim()).at(-1)).toBe('node');
    const users = runtime.commands.filter((c) => c.name === 'USER').map((c) => String(c.args).trim());
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0', '0:0']).not.toContain(users.at(-1));
    // the user is set before the process starts, after the last step that needs root
    const last = runtime.commands.lastIndexOf(runtime.commands.filter((c) => c.name === 'USER').at(-1)!);
    expect(runtime.commands.slice(last).some((c) => c.name === 'RUN' && /apt-get|chown/.test(String(c.args)))).toBe(false);
  });

  it('bakes no secret into a layer', () => {
    for (const c of all.filter((e) => e.name === 'ENV' || e.name === 'ARG')) {
      expect(JSON.stringify(c.args)).not.toMatch(/JWT_SECRET|MEDIA_URL_SECRET|PASSWORD|API_KEY/i);
    }
  });
});

describe('.dockerignore', () => {
  const ig = ignore().add(read('.dockerignore'));

  it('keeps local state, secrets and installed modules out of the build context', () => {
    for (const path of ['.data/postgres/PG_VERSION', '.data/secrets/jwt-secret', '.data/media/songs/a.mp3', 'node_modules/pg/package.json',
      'api/node_modules/x/index.js', 'api/dist/main.js', '.env', '.env.production', '.git/config', 'deploy/secrets/key.json', 'service-account.json']) {
      expect([path, ig.ignores(path)]).toEqual([path, true]);
    }
  });

  it('keeps what the build needs', () => {
    for (const path of ['package.json', 'package-lock.json', '.npmrc', 'api/src/main.ts', 'job/src/main.ts', 'job/LICENSE', 'pwa/index.html', 'core/src/index.ts',
      'scripts/docker/entrypoint.sh', 'scripts/docker/generate-secrets.mjs', '.env.example', 'tsconfig.base.json']) {
      expect([path, ig.ignores(path)]).toEqual([path, false]);
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = parseYaml(read('docker-compose.yml'), { merge: true }) as { services: Record<string, any>; volumes: Record<string, unknown> };
  const services = compose.services;
  const longRunning = Object.entries(services).filter(([, s]) => s.restart !== 'no' && !(s.profiles ?? []).some((p: string) => p === 'job' || p === 'dev'));

  it('gives every long-running service a healthcheck, and waits on them', () => {
    expect(longRunning.map(([n]) => n).sort()).toEqual(['api', 'elasticsearch', 'postgres']);
    for (const [name, s] of longRunning) expect([name, Array.isArray(s.healthcheck?.test)]).toEqual([name, true]);
    expect(services.api.depends_on.postgres.condition).toBe('service_healthy');
    expect(services.api.healthcheck.test.join(' ')).toContain('/readyz');
  });

  it('starts the api with the same node flags everywhere: npm start, the image, compose and Cloud Run', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start.split(' ');
    expect(start.slice(0, 1).concat(start.slice(-1))).toEqual(['node', 'api/dist/main.js']);
    const cmd = parseDockerfile(read('Dockerfile'), { includeComments: false }).filter((e) => e.name === 'CMD').at(-1)!.args;
    expect(cmd).toEqual(start);
    expect(services.api.command).toEqual(start);
    const deploy = /--args=(\S+api\/dist\/main\.js)/.exec(read('deploy/deploy.sh'));
    expect(deploy?.[1].split(',')).toEqual(start);
  });

  it('runs the job once per task, as Cloud Run Jobs does', () => {
    expect(services.job.profiles).toEqual(['job']);
    expect(services.job.restart).toBe('no');
    expect(services.job.command).toEqual(['node', 'job/dist/main.js']);
    expect(Object.keys(services.job.environment)).toEqual(expect.arrayContaining(['TASK_ID', 'USER_ID', 'DATABASE_URL', 'MOVE_INDEX']));
  });

  it('has no service running as root and no empty required secret', () => {
    for (const [name, s] of Object.entries(services)) expect([name, s.user ?? 'image default']).not.toEqual([name, 'root']);
    // services built here use a stage that switches to the unprivileged user
    expect(services.pwa.build.target).toBe('dev');
    for (const name of ['api', 'job']) {
      const env = services[name].environment;
      // either given by the user, or generated by the one-shot service into the volume the container reads
      expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET(:-)?\}$/);
      expect(services[name].depends_on.secrets.condition).toBe('service_completed_successfully');
      expect(services[name].volumes).toContain(`secrets:${env.SECRETS_DIR}:ro`);
    }
    expect(services.secrets.entrypoint).toEqual(['node', 'scripts/docker/generate-secrets.mjs', '/secrets']);
    expect(services.secrets.volumes).toContain('secrets:/secrets');
    expect(Object.keys(compose.volumes)).toContain('secrets');
  });

  it('builds every app service from the repository image', () => {
    for (const name of ['secrets', 'api', 'job']) expect([name, services[name].build, services[name].image]).toEqual([name, '.', 'bachata-buddy:local']);
  });
});

describe('container secrets, run for real', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entrypoint = join(root, 'scripts', 'docker', 'entrypoint.sh');
  const printEnv = ['node', '-e', 'process.stdout.write(JSON.stringify({ jwt: process.env.JWT_SECRET, media: process.env.MEDIA_URL_SECRET }))'];
  const env = (extra: Record<string, string>) => ({ PATH: process.env.PATH!, NODE_ENV: 'production', ...extra });

  it('refuses to start the api without a secret, saying what to do; the job needs none', () => {
    const run = spawnSync('sh', [entrypoint, 'node', 'api/dist/main.js'], { env: env({ SECRETS_DIR: join(dir, 'none'), JWT_SECRET: '' }), encoding: 'utf8' });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/JWT_SECRET is empty.*"secrets" service generates it/);
    expect(run.stderr).toMatch(/openssl rand -base64 48/);
    expect(run.stdout).toBe('');
    const job = spawnSync('sh', [entrypoint, ...printEnv], { env: env({ SECRETS_DIR: join(dir, 'none'), JWT_SECRET: '' }), encoding: 'utf8' });
    expect(job.status).toBe(0);
  });

  it('generates the secrets once and the entrypoint hands them to a production api that accepts them', () => {
    const gen = () => spawnSync(process.execPath, [join(root, 'scripts', 'docker', 'generate-secrets.mjs'), dir], { encoding: 'utf8' });
    expect(gen().status).toBe(0);
    const first = readFileSync(join(dir, 'jwt-secret'), 'utf8');
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(gen().stdout).toMatch(/jwt-secret exists, kept/);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);

    const run = spawnSync('sh', [entrypoint, ...printEnv], { env: env({ SECRETS_DIR: dir, JWT_SECRET: '' }), encoding: 'utf8' });
    expect(run.status).toBe(0);
    const got = JSON.parse(run.stdout);
    expect(got.jwt).toBe(first);
    expect(got.media).toHaveLength(64);
    expect(got.media).not.toBe(got.jwt);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: got.jwt, MEDIA_URL_SECRET: got.media, DATA_DIR: dir })).not.toThrow();
    // a secret given by the user wins over the generated one
    const own = spawnSync('sh', [entrypoint, ...printEnv], { env: env({ SECRETS_DIR: dir, JWT_SECRET: 'x'.repeat(40) }), encoding: 'utf8' });
    expect(JSON.parse(own.stdout).jwt).toBe('x'.repeat(40));
  });
});
