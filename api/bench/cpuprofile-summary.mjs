// Self time of a V8 .cpuprofile (node --cpu-prof), per function and per area (package, api/core
// source, node internals, GC), as markdown lines. `requests`: how many requests or deliveries the
// profiled phase served, so the table says µs per request.
import { readFileSync } from 'node:fs';

const IDLE = new Set(['(idle)', '(program)']);

function area(url, name) {
  if (name === '(garbage collector)') return 'GC';
  if (!url) return name.startsWith('(') ? name : 'native/builtins';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/(api|core)\/(?:dist|src)\/(.*?)(?:\.js|\.ts)?$/.exec(url);
  return own ? `${own[1]}/${own[2].split('/').slice(0, 2).join('/')}` : url.split('/').slice(-2).join('/');
}

function where(url, line) {
  if (!url) return '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  const file = pkg ? `${pkg[1]}/${pkg[2].split('/').at(-1)}` : url.replace(/^.*\/(api|core)\//, '$1/').replace(/^file:\/\//, '');
  return `${file}:${line + 1}`;
}

/**
 * `window`: { from, to } in µs of the monotonic clock (process.hrtime), to leave out start-up and warm-up.
 * V8 samples on a wall-clock timer: on a shared machine a thread that was descheduled between two
 * samples charges the whole gap to whatever it ran last. A gap longer than twice the median
 * interval therefore counts as two intervals (the rest is reported as time off the CPU).
 */
export function summarise(file, requests, window = null, top = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
  const cap = 2 * (deltas[Math.floor(deltas.length / 2)] || 1000);
  const self = new Map();
  let t = profile.startTime;
  let wall = 0;
  let off = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (window && (t < window.from || t > window.to)) continue;
    const n = byId.get(profile.samples[i]);
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (!IDLE.has(n.callFrame.functionName)) { wall += delta; off += Math.max(0, delta - cap); }
    self.set(n, (self.get(n) ?? 0) + Math.min(delta, cap));
  }
  const fns = new Map();
  const areas = new Map();
  let busy = 0;
  for (const [n, us] of self) {
    const { functionName, url, lineNumber } = n.callFrame;
    const name = functionName || '(anonymous)';
    if (IDLE.has(name)) continue;
    busy += us;
    const key = `\`${name}\` ${where(url, lineNumber)}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const a = area(url, name);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const row = ([k, us]) => `| ${k} | ${(100 * us / busy).toFixed(1)} % | ${(us / requests).toFixed(1)} |`;
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    busyUsPerRequest: busy / requests,
    lines: [
      `Busy CPU ${(busy / 1e3).toFixed(0)} ms for ${requests} requests: **${(busy / requests).toFixed(0)} µs per request** on the api's main thread`
        + ` (besides ${(off / 1e3).toFixed(0)} ms of ${(wall / 1e3).toFixed(0)} ms busy wall time off the CPU: gaps between samples over ${(cap / 1e3).toFixed(1)} ms).`,
      '',
      '| area (self time) | share | µs / request |', '|---|---|---|', ...sorted(areas).map(row), '',
      '| function (self time) | share | µs / request |', '|---|---|---|', ...sorted(fns).map(row), '',
    ],
  };
}
