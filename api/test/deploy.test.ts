/**
 * The Google Cloud deployment, checked where no gcloud can run: the dry run of deploy/deploy.sh prints
 * commands that parse, name real gcloud commands with their documented flags and well-formed values,
 * and wire the service and the job to the same database, bucket and secrets; the Cloud Run runner of
 * the api and the video job agree on every environment variable; Cloud Build's config and the bucket's
 * CORS rules are well-formed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseConnection } from 'pg-connection-string';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/config';
import { CloudRunJobRunner, type RunJobRequest } from '../src/jobs/cloud-run-runner';
import { loadJobConfig } from '../../job/src/config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: parseShell } = require('shell-quote') as { parse(cmd: string, env?: (key: string) => string): Array<string | { op: string } | { comment: string }> };

const root = join(__dirname, '..', '..');
const PROJECT = 'demo-project';

function dryRun(extra: Record<string, string> = {}, args: string[] = []): { status: number | null; lines: string[]; stderr: string } {
  const run = spawnSync('bash', [join(root, 'deploy', 'deploy.sh'), '--dry-run', ...args], {
    env: { PATH: process.env.PATH!, PROJECT_ID: PROJECT, TAG: 'abc1234', ...extra }, encoding: 'utf8', cwd: root,
  });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

/*
 * The gcloud commands the script may use, with the flags each accepts (from the gcloud reference,
 * cloud.google.com/sdk/gcloud/reference/…) and how many positional arguments it takes.
 */
const GLOBAL_FLAGS = ['project', 'quiet', 'format', 'verbosity'];
const COMMANDS: Record<string, { positional: [number, number]; flags: string[] }> = {
  'services enable': { positional: [1, 20], flags: ['async'] },
  'artifacts repositories create': { positional: [1, 1], flags: ['repository-format', 'location', 'description'] },
  'artifacts repositories describe': { positional: [1, 1], flags: ['location'] },
  'iam service-accounts create': { positional: [1, 1], flags: ['display-name', 'description'] },
  'iam service-accounts describe': { positional: [1, 1], flags: [] },
  'iam service-accounts add-iam-policy-binding': { positional: [1, 1], flags: ['member', 'role', 'condition'] },
  'sql instances create': { positional: [1, 1], flags: ['database-version', 'edition', 'tier', 'region', 'storage-auto-increase', 'backup-start-time'] },
  'sql instances describe': { positional: [1, 1], flags: [] },
  'sql databases create': { positional: [1, 1], flags: ['instance'] },
  'sql databases describe': { positional: [1, 1], flags: ['instance'] },
  'sql users create': { positional: [1, 1], flags: ['instance', 'password'] },
  'sql users list': { positional: [0, 0], flags: ['instance', 'filter'] },
  'secrets create': { positional: [1, 1], flags: ['replication-policy', 'data-file'] },
  'secrets describe': { positional: [1, 1], flags: [] },
  'secrets versions access': { positional: [1, 1], flags: ['secret'] },
  'secrets add-iam-policy-binding': { positional: [1, 1], flags: ['member', 'role', 'condition'] },
  'storage buckets create': { positional: [1, 1], flags: ['location', 'uniform-bucket-level-access', 'public-access-prevention'] },
  'storage buckets describe': { positional: [1, 1], flags: [] },
  'storage buckets update': { positional: [1, 1], flags: ['cors-file'] },
  'storage buckets add-iam-policy-binding': { positional: [1, 1], flags: ['member', 'role'] },
  'projects add-iam-policy-binding': { positional: [1, 1], flags: ['member', 'role', 'condition'] },
  'builds submit': { positional: [0, 1], flags: ['region', 'config', 'substitutions'] },
  'run jobs deploy': {
    positional: [1, 1],
    flags: ['region', 'image', 'args', 'command', 'service-account', 'set-cloudsql-instances', 'set-secrets', 'set-env-vars', 'tasks', 'max-retries', 'task-timeout', 'cpu', 'memory'],
  },
  'run deploy': {
    positional: [1, 1],
    flags: ['region', 'image', 'args', 'command', 'service-account', 'set-cloudsql-instances', 'set-secrets', 'set-env-vars', 'port', 'allow-unauthenticated',
      'timeout', 'session-affinity', 'cpu', 'memory', 'min-instances', 'max-instances'],
  },
  'run services describe': { positional: [1, 1], flags: ['region'] },
};
const ROLES = ['roles/cloudsql.client', 'roles/secretmanager.secretAccessor', 'roles/storage.objectUser', 'roles/iam.serviceAccountTokenCreator', 'roles/run.developer', 'roles/iam.serviceAccountUser'];

interface Gcloud { command: string; positional: string[]; flags: Record<string, string | true> }

/** Every gcloud invocation in a printed line (pipelines and $(…) substitutions included), validated. */
function gcloudCalls(line: string): Gcloud[] {
  const found: Gcloud[] = [];
  // $(gcloud …) substitutions, quoted parentheses inside them included
  const substitution = /\$\((gcloud (?:[^()']|'[^']*')*)\)/g;
  for (const inner of line.match(substitution) ?? []) found.push(...gcloudCalls(inner.slice(2, -1)));
  const tokens = parseShell(line.replace(substitution, 'SUBSTITUTED'), (k) => `$${k}`);
  const segments: string[][] = [[]];
  for (const t of tokens) {
    if (typeof t === 'string') segments.at(-1)!.push(t);
    else if ('op' in t && ['|', '&&', '||', ';', '>'].includes(t.op)) segments.push([]);
    else throw new Error(`unexpected shell syntax ${JSON.stringify(t)} in: ${line}`);
  }
  for (const words of segments) {
    if (words[0] !== 'gcloud') continue;
    const flags: Record<string, string | true> = {};
    const plain: string[] = [];
    for (const w of words.slice(1)) {
      const m = /^--([a-z-]+)(?:=(.*))?$/.exec(w);
      if (m) flags[m[1]] = m[2] ?? true;
      else plain.push(w);
    }
    const command = Object.keys(COMMANDS).filter((c) => plain.slice(0, c.split(' ').length).join(' ') === c).sort((a, b) => b.length - a.length)[0];
    if (!command) throw new Error(`not a gcloud command the deployment knows: ${words.join(' ')}`);
    const spec = COMMANDS[command];
    const positional = plain.slice(command.split(' ').length);
    if (positional.length < spec.positional[0] || positional.length > spec.positional[1]) throw new Error(`gcloud ${command} takes ${spec.positional.join('–')} arguments, got ${positional.length}: ${line}`);
    for (const f of Object.keys(flags)) if (![...GLOBAL_FLAGS, ...spec.flags].includes(f)) throw new Error(`gcloud ${command} has no flag --${f}`);
    if (flags.role !== undefined && !ROLES.includes(String(flags.role))) throw new Error(`unexpected role ${String(flags.role)}`);
    if (flags.member !== undefined && !/^serviceAccount:[a-z][a-z0-9-]{5,29}@[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(String(flags.member))) throw new Error(`bad member ${String(flags.member)}`);
    found.push({ command, positional, flags });
  }
  return found;
}

const pairs = (list: string) => Object.fromEntries(list.split(',').map((kv) => { const i = kv.indexOf('='); return [kv.slice(0, i), kv.slice(i + 1)]; }));

/** Environment variable names a source tree reads (env.X, process.env.X, env['X']). */
function envNamesRead(dir: string): Set<string> {
  const names = new Set<string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g)) names.add(m[1] ?? m[2]);
    }
  };
  walk(dir);
  return names;
}

describe('deploy/deploy.sh --dry-run', () => {
  const { status, lines, stderr } = dryRun();
  const calls = lines.flatMap((l) => gcloudCalls(l).map((c) => ({ ...c, line: l })));
  const find = (command: string) => calls.filter((c) => c.command === command);
  const job = find('run jobs deploy')[0];
  const service = find('run deploy')[0];

  it('prints commands only, every one a valid gcloud call (or a documented helper around one)', () => {
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const first = parseShell(line)[0];
      expect([line, typeof first === 'string' && /^(gcloud|openssl|printf|sed|APP_ORIGIN=)/.test(first)]).toEqual([line, true]);
    }
    for (const c of calls) expect(c.flags.project ?? PROJECT).toBe(PROJECT);
  });

  it('builds the image with Cloud Build and deploys that exact tag as the service and the job', () => {
    const [build] = find('builds submit');
    const sub = pairs(String(build.flags.substitutions));
    expect(build.flags.config).toBe('deploy/cloudbuild.yaml');
    expect(sub).toEqual({ _IMAGE: `us-central1-docker.pkg.dev/${PROJECT}/bachata-buddy/bachata-buddy`, _TAG: 'abc1234' });
    expect(job.flags.image).toBe(`${sub._IMAGE}:${sub._TAG}`);
    expect(service.flags.image).toBe(`${sub._IMAGE}:${sub._TAG}`);
    expect(job.flags.args).toBe('node,job/dist/main.js');
    expect(service.flags.args).toBe('node,api/dist/main.js');
  });

  it('connects both to Cloud SQL over its unix socket, with secrets from Secret Manager', () => {
    const [instance] = find('sql instances create');
    const connection = `${PROJECT}:${instance.flags.region}:${instance.positional[0]}`;
    expect(job.flags['set-cloudsql-instances']).toBe(connection);
    expect(service.flags['set-cloudsql-instances']).toBe(connection);
    const created = new Set(find('secrets create').map((c) => c.positional[0]));
    for (const d of [job, service]) {
      for (const ref of Object.values(pairs(String(d.flags['set-secrets'])))) {
        const [name, version] = String(ref).split(':');
        expect(created).toContain(name);
        expect(version).toBe('latest');
        // each identity may read the secrets it is given
        const sa = String(d.flags['service-account']);
        expect(find('secrets add-iam-policy-binding').some((b) => b.positional[0] === name && b.flags.member === `serviceAccount:${sa}`)).toBe(true);
      }
    }
    // the DATABASE_URL the script stores is one pg reads as a unix socket under /cloudsql
    const urlLine = lines.find((l) => l.startsWith('printf ') && l.includes('bachata-database-url'))!;
    const [, template, user, , db, conn] = parseShell(urlLine.replace(/"\$\([^)]*\)"/, 'PASSWORD')) as string[];
    const url = template.replace('%s', user).replace('%s', 'p4ssw0rd').replace('%s', db).replace('%s', conn);
    expect(parseConnection(url)).toMatchObject({ user: 'bachata', password: 'p4ssw0rd', database: 'bachata', host: `/cloudsql/${connection}` });
  });

  it('grants the api what V4 URL signing and running the job need, and both the bucket', () => {
    const api = String(service.flags['service-account']);
    const jobSa = String(job.flags['service-account']);
    expect(api).not.toBe(jobSa);
    const tokenCreator = find('iam service-accounts add-iam-policy-binding').find((b) => b.flags.role === 'roles/iam.serviceAccountTokenCreator')!;
    expect(tokenCreator).toMatchObject({ positional: [api], flags: { member: `serviceAccount:${api}` } });
    expect(find('projects add-iam-policy-binding').some((b) => b.flags.role === 'roles/run.developer' && b.flags.member === `serviceAccount:${api}`)).toBe(true);
    const bucket = find('storage buckets create')[0].positional[0];
    for (const sa of [api, jobSa]) {
      expect(find('storage buckets add-iam-policy-binding').some((b) => b.positional[0] === bucket && b.flags.member === `serviceAccount:${sa}`)).toBe(true);
      expect(find('projects add-iam-policy-binding').some((b) => b.flags.role === 'roles/cloudsql.client' && b.flags.member === `serviceAccount:${sa}`)).toBe(true);
    }
    expect(find('services enable')[0].positional).toEqual(expect.arrayContaining(['iamcredentials.googleapis.com', 'run.googleapis.com', 'sqladmin.googleapis.com', 'secretmanager.googleapis.com']));
    expect(find('storage buckets update')[0].flags['cors-file']).toBeDefined();
  });

  it('the api\'s Cloud Run runner and the job agree on every environment variable', async () => {
    const serviceEnv = pairs(String(service.flags['set-env-vars']));
    const jobEnv = pairs(String(job.flags['set-env-vars']));
    const secretValue = (name: string) => (name === 'DATABASE_URL' ? 'postgresql://bachata:x@/bachata?host=/cloudsql/p:r:i' : 'y'.repeat(48));
    const withSecrets = (d: typeof job, env: Record<string, string>) => ({ ...env, ...Object.fromEntries(Object.keys(pairs(String(d.flags['set-secrets']))).map((k) => [k, secretValue(k)])) });

    // The api as deployed: it runs the deployed job in the job's region and project.
    const apiConfig = loadConfig(withSecrets(service, serviceEnv));
    expect(apiConfig.jobRunner).toBe('cloudrun');
    expect(apiConfig.cloudRun).toEqual({ projectId: PROJECT, region: job.flags.region, jobName: job.positional[0] });
    const requests: RunJobRequest[] = [];
    const runner = new CloudRunJobRunner({ ...apiConfig.cloudRun, jobsClient: { runJob: async (r) => { requests.push(r); return [{ metadata: { name: 'executions/e1' } }]; } } });
    await runner.start({ taskId: 'task-1', userId: 42 });
    expect(requests[0].name).toBe(`projects/${PROJECT}/locations/${job.flags.region}/jobs/${job.positional[0]}`);
    const overrides = Object.fromEntries(requests[0].overrides.containerOverrides[0].env.map((e) => [e.name, e.value]));

    // The job reads every variable the runner overrides, and nothing it reads is left to chance.
    const read = envNamesRead(join(root, 'job', 'src'));
    for (const name of Object.keys(overrides)) expect([name, read.has(name)]).toEqual([name, true]);
    const documented = new Set([...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    for (const name of read) expect([name, documented.has(name)]).toEqual([name, true]);

    // The job as deployed, started by that runner: it loads, on the same bucket and database as the api.
    const execution = { ...withSecrets(job, jobEnv), ...overrides };
    const jobConfig = loadJobConfig(execution);
    expect(jobConfig.storage.kind).toBe('gcs');
    expect(jobEnv.GCS_BUCKET).toBe(serviceEnv.GCS_BUCKET);
    expect(apiConfig.storage).toMatchObject({ kind: 'gcs', gcsBucket: jobEnv.GCS_BUCKET });
    expect(jobConfig.userId).toBe(42);
    expect(jobConfig.moveIndex.kind).toBe('postgres');
    expect(pairs(String(job.flags['set-secrets'])).DATABASE_URL).toBe(pairs(String(service.flags['set-secrets'])).DATABASE_URL);
  });

  it('deploys the job with Elasticsearch when MOVE_INDEX=elasticsearch, and demands its URL', () => {
    const missing = dryRun({ MOVE_INDEX: 'elasticsearch' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/MOVE_INDEX=elasticsearch needs ELASTICSEARCH_URL/);
    const es = dryRun({ MOVE_INDEX: 'elasticsearch', ELASTICSEARCH_URL: 'https://es.example.com:9243', ELASTICSEARCH_API_KEY_SECRET: 'bachata-es-api-key' }, ['setup', 'deploy']);
    expect(es.status).toBe(0);
    const calls = es.lines.flatMap(gcloudCalls);
    const jobDeploy = calls.find((c) => c.command === 'run jobs deploy')!;
    const env = pairs(String(jobDeploy.flags['set-env-vars']));
    const secrets = pairs(String(jobDeploy.flags['set-secrets']));
    expect(secrets.ELASTICSEARCH_API_KEY).toBe('bachata-es-api-key:latest');
    expect(calls.some((c) => c.command === 'secrets add-iam-policy-binding' && c.positional[0] === 'bachata-es-api-key' && c.flags.member === `serviceAccount:${jobDeploy.flags['service-account']}`)).toBe(true);
    expect(loadJobConfig({ ...env, DATABASE_URL: 'postgresql://x@/y?host=/cloudsql/a:b:c', ELASTICSEARCH_API_KEY: 'k' }).moveIndex).toEqual({
      kind: 'elasticsearch', elasticsearch: { node: 'https://es.example.com:9243', index: 'bachata_move_embeddings', apiKey: 'k' },
    });
  });

  it('says what is missing instead of deploying half', () => {
    const run = spawnSync('bash', [join(root, 'deploy', 'deploy.sh'), '--dry-run'], { env: { PATH: process.env.PATH! }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/set PROJECT_ID/);
    expect(dryRun({}, ['launch']).stderr).toMatch(/unknown argument "launch"/);
  });
});

describe('deploy/cloudbuild.yaml', () => {
  const build = parseYaml(readFileSync(join(root, 'deploy', 'cloudbuild.yaml'), 'utf8')) as Record<string, any>;

  it('is a Cloud Build config: known keys, steps with a builder and string arguments', () => {
    const keys = ['steps', 'timeout', 'queueTtl', 'logsBucket', 'options', 'substitutions', 'tags', 'serviceAccount', 'secrets', 'availableSecrets', 'artifacts', 'images'];
    for (const k of Object.keys(build)) expect(keys).toContain(k);
    for (const step of build.steps) {
      expect(typeof step.name).toBe('string');
      for (const k of Object.keys(step)) expect(['name', 'args', 'env', 'dir', 'id', 'waitFor', 'entrypoint', 'secretEnv', 'volumes', 'timeout', 'script', 'allowFailure']).toContain(k);
      for (const a of step.args ?? []) expect(typeof a).toBe('string');
    }
    expect(build.timeout).toMatch(/^\d+s$/);
  });

  it('defines every user substitution it uses, and pushes the tag the deploy script deploys', () => {
    const text = JSON.stringify(build);
    const used = new Set([...text.matchAll(/\$\{(_[A-Z0-9_]+)\}/g)].map((m) => m[1]));
    for (const u of used) expect(Object.keys(build.substitutions)).toContain(u);
    for (const k of Object.keys(build.substitutions)) expect(k).toMatch(/^_[A-Z0-9_]+$/);
    expect(build.images).toContain('${_IMAGE}:${_TAG}');
    expect(build.steps.some((s: any) => s.args?.includes('runtime'))).toBe(true);
  });
});

describe('deploy/gcs-cors.json', () => {
  it('lets the app\'s origin read media, ranges included, as kept-offline videos need', () => {
    const rules = JSON.parse(readFileSync(join(root, 'deploy', 'gcs-cors.json'), 'utf8').replace('${APP_ORIGIN}', 'https://bachata-buddy-abc-uc.a.run.app'));
    expect(rules).toEqual([expect.objectContaining({ origin: ['https://bachata-buddy-abc-uc.a.run.app'], method: expect.arrayContaining(['GET', 'HEAD']) })]);
    expect(rules[0].responseHeader).toEqual(expect.arrayContaining(['Content-Type', 'Content-Length', 'Content-Range', 'Accept-Ranges']));
    expect(rules[0].maxAgeSeconds).toBeGreaterThan(0);
  });
});
