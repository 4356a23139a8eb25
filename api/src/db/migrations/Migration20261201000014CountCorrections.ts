import { Migration } from '@mikro-orm/migrations';

/**
 * A dancer's correction of a song's 8-count (issue 14): one row per dancer and song. A new table only,
 * so the legacy tables stay exactly as the old app knows them. `offset_beats` moves every "1" that
 * many beats later (negative: earlier); see core/src/count-correction.ts. A correction is relative to
 * one analysis of the song (`analysis_version`): when a newer analysis replaces it, the correction no
 * longer applies and the dancer checks the count again.
 */
export class Migration20261201000014CountCorrections extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "song_count_corrections" (
  "user_id" bigint NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "song_id" integer NOT NULL REFERENCES "songs" ("id") ON DELETE CASCADE,
  "offset_beats" integer NOT NULL CHECK ("offset_beats" BETWEEN -7 AND 7),
  "analysis_version" integer NOT NULL,
  "created_at" timestamp with time zone NOT NULL,
  "updated_at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("user_id", "song_id"));`);
    // Deleting a song cascades here: without this index that is a scan per deleted song.
    this.addSql(`CREATE INDEX IF NOT EXISTS "song_count_corrections_song_idx" ON "song_count_corrections" ("song_id");`);
  }

  async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "song_count_corrections";`);
  }
}
