// One-shot (compose service "secrets"): writes random signing keys into the secrets volume once;
// later runs keep them, so tokens and signed media URLs survive restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.SECRETS_DIR ?? '/secrets';
mkdirSync(dir, { recursive: true, mode: 0o700 });
for (const name of ['jwt-secret', 'media-url-secret']) {
  const file = join(dir, name);
  if (existsSync(file)) {
    console.log(`secrets: ${name} exists, kept`);
    continue;
  }
  writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  console.log(`secrets: ${name} generated`);
}
