import { Migration } from '@mikro-orm/migrations';

/** The stored size of each upload, for the per-dancer storage quota. Additive: legacy rows keep NULL (counted as 0). */
export class Migration20261201000103SongSizes extends Migration {
  async up(): Promise<void> {
    this.addSql(`ALTER TABLE "songs" ADD COLUMN IF NOT EXISTS "size_bytes" bigint NULL;`);
  }

  async down(): Promise<void> {
    this.addSql(`ALTER TABLE "songs" DROP COLUMN IF EXISTS "size_bytes";`);
  }
}
