import { Pool, type QueryResult } from 'pg';

const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08001', '08004']);

export function isTransient(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return (code !== undefined && TRANSIENT.has(code)) || /Connection terminated|connect ECONNREFUSED|timeout/i.test((e as Error)?.message ?? '');
}

/** A pg pool whose queries retry with backoff when the database is briefly unreachable. */
export class JobDatabase {
  readonly pool: Pool;
  constructor(url: string, private readonly retries = 5, private readonly baseDelayMs = 500) {
    this.pool = new Pool({ connectionString: url, max: 3, application_name: 'bachata-job' });
    this.pool.on('error', () => undefined); // idle client errors surface on the next query instead
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's own default row type
  async query<R extends Record<string, any> = any>(text: string, values: unknown[] = []): Promise<QueryResult<R>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.pool.query<R>(text, values);
      } catch (e) {
        if (!isTransient(e) || attempt >= this.retries) throw e;
        await new Promise((r) => setTimeout(r, this.baseDelayMs * 2 ** attempt));
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
