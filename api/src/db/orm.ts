import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from './migrations';

export type Orm = MikroORM;

export function ormOptions(databaseUrl: string, debug = false): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    debug,
    allowGlobalContext: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: { migrationsList, tableName: 'mikro_orm_migrations', transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: 10 },
    // Named, so an operator (and the outage test) can tell the api's connections apart. Knex drops a
    // connection PostgreSQL terminated and opens a new one on the next query. While the database is
    // unreachable a request fails after seconds instead of waiting knex's default minute.
    driverOptions: { connection: { application_name: 'bachata-api-orm', connectionTimeoutMillis: 5000 }, acquireConnectionTimeout: 10_000 },
  };
}

export async function initOrm(databaseUrl: string): Promise<Orm> {
  return MikroORM.init(ormOptions(databaseUrl));
}

/** Apply pending migrations; returns the names applied. Safe to call on every start. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
