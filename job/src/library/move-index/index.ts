/**
 * Where the planner reads moves from. One interface (core's MoveIndex), three stores: an annotation
 * directory (the old app's clip folder, for the CLI and tests), PostgreSQL (the default) and
 * Elasticsearch (production, the old app's index).
 */
import type { Client } from '@elastic/elasticsearch';
import type { Pool } from 'pg';
import { currentEnv, type MoveIndex } from '@bachata/core';
import { AnnotationDirectoryIndex } from './directory-index';
import { ElasticsearchMoveIndex, MOVE_INDEX_NAME } from './elasticsearch-index';
import { PostgresMoveIndex } from './postgres-index';

export { AnnotationDirectoryIndex, ANNOTATION_FILE } from './directory-index';
export type { DirectoryIndexOptions, DirectoryLibrary } from './directory-index';
export { PostgresMoveIndex, moveQuerySql } from './postgres-index';
export type { PostgresMoveIndexOptions } from './postgres-index';
export {
  ElasticsearchMoveIndex,
  MOVE_INDEX_MAPPING,
  MOVE_INDEX_NAME,
  moveSearchRequest,
  moveToDocument,
} from './elasticsearch-index';
export type { ElasticsearchMoveIndexOptions, MoveDocument, MoveToIndex } from './elasticsearch-index';
export { countsInClip, matchesQuery, storedMoveToClip } from './stored-move';
export type { StoredMove } from './stored-move';
export { clipDuration } from './clip-probe';

export class MoveIndexConfigError extends Error {}

export interface MoveIndexConfig {
  /** an annotation directory (the CLI's --library); wins over the environment */
  library?: string;
  /** MOVE_INDEX=postgres|elasticsearch, DATABASE_URL, ELASTICSEARCH_URL, ELASTICSEARCH_INDEX, ELASTICSEARCH_API_KEY */
  env?: Record<string, string | undefined>;
  /**
   * The caller's database pool (the job's, the importer's): PostgreSQL reads through it instead of
   * opening its own, and with Elasticsearch the built-in moves registered there are synced to the index.
   */
  pool?: Pool;
  /** an Elasticsearch client to use instead of one made from ELASTICSEARCH_URL (tests, custom transports) */
  elasticsearchClient?: Client;
  log?: (line: string) => void;
}

export type ClosableMoveIndex = MoveIndex & {
  close(): Promise<void>;
  /** makes the built-in moves (registered in PostgreSQL) visible in this index; only Elasticsearch needs it */
  syncBuiltInLibrary?(): Promise<number>;
};

export const MOVE_INDEX_KINDS = ['postgres', 'elasticsearch'] as const;
export type MoveIndexKind = (typeof MOVE_INDEX_KINDS)[number];

export interface MoveIndexSettings {
  kind: MoveIndexKind;
  elasticsearch?: { node: string; index: string; apiKey?: string };
}

/** What the environment asks for, checked at once (a job with a wrong MOVE_INDEX fails before it starts a task). */
export function moveIndexSettings(env: Record<string, string | undefined> = currentEnv()): MoveIndexSettings {
  const kind = (env.MOVE_INDEX || 'postgres').trim().toLowerCase();
  if (kind === 'elasticsearch') {
    if (!env.ELASTICSEARCH_URL) throw new MoveIndexConfigError('MOVE_INDEX=elasticsearch needs ELASTICSEARCH_URL (e.g. http://localhost:9200)');
    return { kind, elasticsearch: { node: env.ELASTICSEARCH_URL, index: env.ELASTICSEARCH_INDEX || MOVE_INDEX_NAME, apiKey: env.ELASTICSEARCH_API_KEY || undefined } };
  }
  if (kind === 'postgres') return { kind };
  throw new MoveIndexConfigError(`MOVE_INDEX must be one of ${MOVE_INDEX_KINDS.join(', ')} (got "${env.MOVE_INDEX}")`);
}

/** The one way the job, the CLIs and the importer get their move index. */
export function createMoveIndex(config: MoveIndexConfig = {}): ClosableMoveIndex {
  const env = config.env ?? currentEnv();
  if (config.library) return new AnnotationDirectoryIndex(config.library, { log: config.log });
  const settings = moveIndexSettings(env);
  const postgres = () => {
    if (config.pool) return new PostgresMoveIndex(config.pool, { log: config.log });
    if (!env.DATABASE_URL) {
      throw new MoveIndexConfigError('the move index needs DATABASE_URL (postgresql://…), MOVE_INDEX=elasticsearch with ELASTICSEARCH_URL, or --library <dir>');
    }
    return new PostgresMoveIndex(env.DATABASE_URL, { log: config.log });
  };
  if (settings.elasticsearch) {
    return new ElasticsearchMoveIndex({
      ...(config.elasticsearchClient ? { client: config.elasticsearchClient } : { node: settings.elasticsearch.node, apiKey: settings.elasticsearch.apiKey }),
      index: settings.elasticsearch.index,
      log: config.log,
      // Only with the caller's pool: a CLI reading moves must not open a database it was not given.
      builtIn: config.pool ? new PostgresMoveIndex(config.pool, { log: () => undefined }) : undefined,
    });
  }
  return postgres();
}
