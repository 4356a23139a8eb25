import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors';

const USED_SQL = `SELECT coalesce(sum(size_bytes), 0)::bigint AS used FROM songs WHERE owner_id = ?`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function quotaExceeded(quotaBytes: number, usedBytes?: number): AppError {
  const used = usedBytes != null ? `Your uploaded songs already use ${mb(usedBytes)} of your ${mb(quotaBytes)}` : `Your uploaded songs would use more than your ${mb(quotaBytes)}`;
  return new AppError('BAD_USER_INPUT', `${used}; this song does not fit in your storage.`, { field: 'file', http: 413, reason: 'QUOTA_EXCEEDED' });
}

/**
 * A dancer's upload storage: the sum of their uploaded songs' sizes (legacy rows without a size count
 * as 0) against `quotaBytes`.
 */
export class SongStorageUse {
  constructor(private readonly em: EntityManager, private readonly userId: number, private readonly quotaBytes: number) {}

  /** Bytes still free, for cutting an upload off while it streams. */
  async left(): Promise<number> {
    const [row] = await this.em.getConnection().execute<Array<{ used: string }>>(USED_SQL, [this.userId]);
    return this.quotaBytes - Number(row.used);
  }

  /**
   * Runs `store` only if `bytes` more fit, inside a transaction holding the dancer's user row, so two
   * uploads of the same dancer are counted one after the other; a refusal stores nothing.
   */
  async reserve<T>(bytes: number, store: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em.transactional(async (tem) => {
      await tem.execute(`SELECT id FROM users WHERE id = ? FOR UPDATE`, [this.userId]);
      const [row] = await tem.execute<Array<{ used: string }>>(USED_SQL, [this.userId]);
      const used = Number(row.used);
      if (used + bytes > this.quotaBytes) throw quotaExceeded(this.quotaBytes, used);
      return store(tem);
    });
  }
}
