// Writes one benchmark's section into docs/benchmarks.md, replacing that section when present.
// A section starts with "### <heading> (" and runs to the next "### ".
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const FILE = join(__dirname, '..', 'docs', 'benchmarks.md');
const HEAD = "# Benchmarks\n\nMedians and percentiles measured on the project's 2-core machines. Re-run the commands to refresh.\n";

function writeBenchmarkSection(heading, lines) {
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEAD;
  const marker = `### ${heading} (`;
  const start = doc.indexOf(marker);
  const text = lines.join('\n');
  if (start >= 0) {
    const next = doc.indexOf('\n### ', start + marker.length);
    doc = doc.slice(0, start) + text + (next >= 0 ? doc.slice(next) : '\n');
  } else {
    doc = doc.replace(/\n*$/, '\n\n') + text + '\n';
  }
  writeFileSync(FILE, doc);
}

module.exports = { writeBenchmarkSection };
