// Open-loop load at a fixed rate for bench:api, the same generator for ours and the ceiling.
//
// Why not autocannon's `overallRate` (what bench:api used before): autocannon gives each connection a
// quota per second and lets it send back to back until the quota is used, then waits for the next
// second, so "500 req/s" is a burst at full speed in the first ~0.4 s of every second with all 20
// connections in flight; and its coordinated-omission correction takes 1 / rate in seconds as a number
// of milliseconds (ceil(1 / 25) = 1 ms), so a response of n ms is recorded n times. Both inflate the
// tail, for ours and the ceiling alike.
//
// Here request i is due at start + i / rate whatever happened before (open loop); it goes out on an
// idle keep-alive connection, or waits for the first one to free up, and its latency is measured from
// when it was due (coordinated-omission free: a stall of the server, of the connections or of this
// generator counts in full), for every request. Non-2xx answers, socket errors, answers without a
// Content-Length and requests unanswered `timeoutMs` after the last was due count as errors (their
// latencies are kept too).
//
// Hand-written on `net` instead of undici: the generator shares the 2 cores with the server it
// measures, and against a trivial node:http endpoint at 500 req/s undici cost this process 234–356 µs
// of CPU per request (its `request` and its callback `dispatch` alike) and gave a floor p99 of 6–29 ms;
// this loop costs ~160 µs (about half of it the timer wake-ups every 2 ms) with a floor p99 of 3–4 ms.
import net from 'node:net';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/**
 * @param {{ url: string, body: string, headers?: Record<string, string>, rate: number, seconds: number,
 *   connections?: number, timeoutMs?: number }} o
 */
export async function openLoop(o) {
  const u = new URL(o.url);
  const body = Buffer.from(o.body);
  const extra = Object.entries(o.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const request = Buffer.concat([Buffer.from(`POST ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\n${extra}Content-Length: ${body.length}\r\n\r\n`), body]);
  const total = Math.round(o.rate * o.seconds);
  const interval = 1000 / o.rate;
  const latencies = new Float64Array(total);
  const lateness = new Float64Array(total); // how late each request left this process (ms after due)
  const answered = new Uint8Array(total);
  let start = 0;
  const dueOf = (i) => start + i * interval;
  let errors = 0;
  let done = 0;
  let finish;
  const finished = new Promise((r) => { finish = r; });
  const end = (i, ok) => {
    if (i < 0 || answered[i]) return;
    answered[i] = 1;
    latencies[i] = performance.now() - dueOf(i);
    if (!ok) errors++;
    if (++done === total) finish();
  };
  const waiting = []; // due requests with no idle connection, oldest first
  let waitingHead = 0;
  const idle = [];
  let closing = false;
  const send = (c, i) => { c.current = i; lateness[i] = performance.now() - dueOf(i); c.socket.write(request); };
  const free = (c) => { if (waitingHead < waiting.length) send(c, waiting[waitingHead++]); else idle.push(c); };
  const connect = () => {
    const c = { socket: net.connect(Number(u.port), u.hostname), current: -1, buffer: null, need: -1, status: 0 };
    c.socket.setNoDelay(true);
    const reconnect = () => {
      end(c.current, false);
      c.current = -1;
      c.socket.destroy();
      if (idle.includes(c)) idle.splice(idle.indexOf(c), 1);
      const at = conns.indexOf(c);
      if (!closing && at >= 0) conns[at] = connect();
    };
    c.socket.on('data', (chunk) => {
      c.buffer = c.buffer ? Buffer.concat([c.buffer, chunk]) : chunk;
      for (;;) {
        if (c.need < 0) {
          const h = c.buffer.indexOf('\r\n\r\n');
          if (h < 0) return;
          const head = c.buffer.toString('latin1', 0, h);
          const length = /\r\ncontent-length: *(\d+)/i.exec(head);
          if (!length) { reconnect(); return; } // chunked or unframed: counted as an error
          c.status = Number(head.slice(9, 12));
          c.need = h + 4 + Number(length[1]);
        }
        if (c.buffer.length < c.need) return;
        end(c.current, c.status >= 200 && c.status < 300);
        c.current = -1;
        c.buffer = c.buffer.length > c.need ? c.buffer.subarray(c.need) : null;
        c.need = -1;
        free(c);
        if (!c.buffer) return;
      }
    });
    c.socket.on('error', () => undefined);
    c.socket.on('close', () => { if (!closing) reconnect(); });
    c.socket.once('connect', () => free(c));
    return c;
  };
  const conns = Array.from({ length: o.connections ?? 20 }, connect);
  await new Promise((r) => setTimeout(r, 50)); // connected before the clock starts
  const cpu0 = process.cpuUsage();
  start = performance.now() + 5;
  let next = 0;
  const tick = () => {
    const now = performance.now();
    for (; next < total && dueOf(next) <= now; next++) {
      const c = idle.pop();
      if (c) send(c, next); else waiting.push(next);
    }
    if (next < total) setTimeout(tick, Math.max(0, dueOf(next) - performance.now()));
  };
  setTimeout(tick, 5);
  const timeout = setTimeout(() => { for (let i = 0; i < total; i++) end(i, false); }, o.seconds * 1000 + (o.timeoutMs ?? 10_000));
  await finished;
  clearTimeout(timeout);
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  closing = true;
  for (const c of conns) c.socket.destroy();
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  const late = Array.from(lateness).sort((a, b) => a - b);
  return {
    rate: o.rate, total, rps: total / elapsed, errors,
    p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99), max: sorted.at(-1),
    lateP99: percentile(late, 0.99), lateMax: late.at(-1),
    /** this generator's own CPU time per request (µs), user + system */
    generatorCpu: (cpu.user + cpu.system) / total,
  };
}
