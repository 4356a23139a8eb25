/**
 * Where the planner reads moves from. One interface (core's MoveIndex), three stores: an annotation
 * directory (the old app's clip folder, for the CLI and tests), PostgreSQL (the default) and
 * Elasticsearch (production, the old app's index).
 */
import type { MoveIndex } from '@bachata/core';
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
  log?: (line: string) => void;
}

export type ClosableMoveIndex = MoveIndex & { close(): Promise<void> };

export const MOVE_INDEX_KINDS = ['postgres', 'elasticsearch'] as const;

export function createMoveIndex(config: MoveIndexConfig = {}): ClosableMoveIndex {
  const env = config.env ?? process.env;
  if (config.library) return new AnnotationDirectoryIndex(config.library, { log: config.log });
  const kind = (env.MOVE_INDEX ?? 'postgres').trim().toLowerCase();
  if (kind === 'elasticsearch') {
    if (!env.ELASTICSEARCH_URL) throw new MoveIndexConfigError('MOVE_INDEX=elasticsearch needs ELASTICSEARCH_URL (e.g. http://localhost:9200)');
    return new ElasticsearchMoveIndex({
      node: env.ELASTICSEARCH_URL,
      apiKey: env.ELASTICSEARCH_API_KEY,
      index: env.ELASTICSEARCH_INDEX || MOVE_INDEX_NAME,
      log: config.log,
    });
  }
  if (kind === 'postgres') {
    if (!env.DATABASE_URL) {
      throw new MoveIndexConfigError('the move index needs DATABASE_URL (postgresql://…), MOVE_INDEX=elasticsearch with ELASTICSEARCH_URL, or --library <dir>');
    }
    return new PostgresMoveIndex(env.DATABASE_URL, { log: config.log });
  }
  throw new MoveIndexConfigError(`MOVE_INDEX must be one of ${MOVE_INDEX_KINDS.join(', ')} (got "${env.MOVE_INDEX}")`);
}
