import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaText } from '../graphql/print-schema';

/** Writes schema.graphql at the repository root from the code (never edit that file by hand). */
async function main(): Promise<void> {
  const file = resolve(__dirname, '..', '..', '..', 'schema.graphql');
  writeFileSync(file, await printSchemaText());
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
