import net from 'node:net';
import { JobDatabase, isTransient } from '../src/store/database';

/** A TCP proxy to the test PostgreSQL that only starts listening after a delay: a database that is briefly gone. */
function lateProxy(target: URL, delayMs: number): Promise<{ port: number; close(): void }> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => {
        const server = net.createServer((client) => {
          const upstream = net.connect(Number(target.port || 5432), target.hostname);
          client.pipe(upstream).pipe(client);
          client.on('error', () => upstream.destroy());
          upstream.on('error', () => client.destroy());
        });
        setTimeout(() => server.listen(port, '127.0.0.1'), delayMs);
        resolve({ port, close: () => server.close() });
      });
    });
  });
}

it('retries with backoff while the database is unreachable, then succeeds', async () => {
  const admin = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const proxy = await lateProxy(admin, 1200);
  const url = new URL(admin.toString());
  url.port = String(proxy.port);
  const db = new JobDatabase(url.toString(), 5, 200);
  const started = Date.now();
  const { rows } = await db.query('SELECT 1 AS one');
  expect(rows[0].one).toBe(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  await db.close();
  proxy.close();
});

it('gives up after its retries and does not retry real errors', async () => {
  const db = new JobDatabase('postgresql://postgres@127.0.0.1:1/none', 2, 10);
  await expect(db.query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  await db.close();
  expect(isTransient({ code: '42P01' })).toBe(false); // undefined table: a bug, not an outage
  expect(isTransient({ code: '57P01' })).toBe(true); // admin shutdown
});
