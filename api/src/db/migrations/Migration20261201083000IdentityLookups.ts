import { Migration } from '@mikro-orm/migrations';

/**
 * Logins, registrations and email changes compare `lower(username)` / `lower(email)` exactly (never
 * LIKE); these indexes keep that from scanning `users`. Additive: the old app reads and writes as before.
 */
export class Migration20261201083000IdentityLookups extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "users_username_lower_idx" ON "users" (lower("username"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "users_email_lower_idx" ON "users" (lower("email"));`);
    // Lockouts look up one account from one address.
    this.addSql(`CREATE INDEX IF NOT EXISTS "login_attempts_identifier_address_idx" ON "login_attempts" ("identifier", "address", "created_at");`);
  }

  async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "login_attempts_identifier_address_idx";`);
    this.addSql(`DROP INDEX IF EXISTS "users_email_lower_idx";`);
    this.addSql(`DROP INDEX IF EXISTS "users_username_lower_idx";`);
  }
}
