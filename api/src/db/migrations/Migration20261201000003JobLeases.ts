import { Migration } from '@mikro-orm/migrations';

/**
 * Leases for video jobs and the queue's turn order. New tables only: `choreography_tasks` and its
 * NOTIFY trigger stay exactly as they were (the old app still reads them).
 */
export class Migration20261201000003JobLeases extends Migration {
  async up(): Promise<void> {
    // One row per task being worked on: the job process that holds it (owner), where it runs (host,
    // pid), which api spawned it (runner, null for Cloud Run or by hand) and its temporary folder.
    // A job refuses to start while another owner's lease has not expired; heartbeats push expires_at.
    this.addSql(`CREATE TABLE IF NOT EXISTS "task_leases" (
  "task_id" varchar(36) PRIMARY KEY REFERENCES "choreography_tasks" ("task_id") ON DELETE CASCADE,
  "owner" varchar(200) NOT NULL,
  "runner" varchar(200) NULL,
  "host" varchar(255) NOT NULL,
  "pid" integer NOT NULL,
  "work_dir" text NULL,
  "acquired_at" timestamptz NOT NULL DEFAULT now(),
  "expires_at" timestamptz NOT NULL
);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "task_leases_runner_idx" ON "task_leases" ("host", "runner");`);
    // Round-robin between dancers: when each dancer last had a task handed to a job.
    this.addSql(`CREATE TABLE IF NOT EXISTS "task_queue_turns" (
  "user_id" bigint PRIMARY KEY,
  "served_at" timestamptz NOT NULL
);`);
    // Per-dancer limits count a dancer's waiting/running tasks and those of the last 24 hours.
    this.addSql(`CREATE INDEX IF NOT EXISTS "choreography_tasks_user_created_idx" ON "choreography_tasks" ("user_id", "created_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "choreography_tasks_waiting_idx" ON "choreography_tasks" ("user_id", "created_at") WHERE "status" IN ('started', 'pending');`);
  }

  async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "choreography_tasks_waiting_idx";`);
    this.addSql(`DROP INDEX IF EXISTS "choreography_tasks_user_created_idx";`);
    this.addSql(`DROP TABLE IF EXISTS "task_queue_turns";`);
    this.addSql(`DROP TABLE IF EXISTS "task_leases";`);
  }
}
