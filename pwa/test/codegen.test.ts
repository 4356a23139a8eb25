/** @jest-environment node */
/** Fails when pwa/src/graphql/generated/ is stale: regenerate into a temp dir and compare. Fix: `npm run codegen`. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

it('generated GraphQL types match schema.graphql and the documents', () => {
  const out = mkdtempSync(join(tmpdir(), 'bb-codegen-'));
  try {
    const config = readFileSync(join(root, 'codegen.yml'), 'utf8').replace('pwa/src/graphql/generated/:', `${out}/:`);
    expect(config).toContain(out);
    const configPath = join(out, 'codegen.yml');
    writeFileSync(configPath, config);
    execFileSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', configPath, '--silent'], { cwd: root, stdio: 'pipe' });
    const committed = join(root, 'pwa', 'src', 'graphql', 'generated');
    const files = readdirSync(committed).sort();
    expect(readdirSync(out).filter((f) => f !== 'codegen.yml').sort()).toEqual(files);
    for (const f of files) {
      expect({ file: f, text: readFileSync(join(committed, f), 'utf8') }).toEqual({ file: f, text: readFileSync(join(out, f), 'utf8') });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
