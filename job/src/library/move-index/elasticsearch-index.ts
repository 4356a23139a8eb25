/**
 * Moves from the Elasticsearch index the old app filled (`bachata_move_embeddings`), for production.
 * The mapping keeps the old app's fields (clip_id, move_label, estimated_tempo, the embeddings) so
 * the old app can still read what an import writes, and adds the fields the planner needs.
 */
import { isDeepStrictEqual } from 'node:util';
import { Client, type estypes } from '@elastic/elasticsearch';
import type { MoveClip, MoveIndex, MoveQuery } from '@bachata/core';
import type { PostgresMoveIndex } from './postgres-index';
import {
  collectMoves,
  difficultySpellings,
  labelSpellings,
  styleSpellings,
  type StoredMoveOptions,
} from './stored-move';

export const MOVE_INDEX_NAME = 'bachata_move_embeddings';

const vector = (dims: number) => ({ type: 'dense_vector', dims, index: true, similarity: 'cosine' }) as const;
const keyword = { type: 'keyword' } as const;
// Poses and motion curves are read back whole, never searched.
const opaque = { type: 'object', enabled: false } as const;

export const MOVE_INDEX_MAPPING = {
  properties: {
    pose_embedding: vector(512),
    audio_embedding: vector(128),
    text_embedding: vector(384),
    // the old app's metadata
    move_id: keyword,
    clip_id: keyword,
    move_name: keyword,
    move_label: keyword,
    difficulty: keyword,
    energy_level: keyword,
    style: keyword,
    lead_follow_roles: keyword,
    estimated_tempo: { type: 'float' },
    video_path: keyword,
    duration: { type: 'float' },
    quality_score: { type: 'float' },
    version: keyword,
    created_at: { type: 'date' },
    updated_at: { type: 'date' },
    // what the planner and the renderer need, written by an import
    label: keyword,
    tempo: { type: 'float' },
    beats: { type: 'integer' },
    clip_offset: { type: 'float' },
    start_position: keyword,
    end_position: keyword,
    clip_path: keyword,
    pose_start: opaque,
    pose_end: opaque,
    motion: opaque,
    source: keyword,
  },
} as const satisfies estypes.MappingTypeMapping;

const MOVE_INDEX_SETTINGS = { number_of_shards: 1, number_of_replicas: 0 } satisfies estypes.IndicesIndexSettings;

/** A document as stored; old documents have only some of these. */
export interface MoveDocument {
  move_id?: string;
  clip_id?: string;
  move_name?: string;
  move_label?: string;
  label?: string;
  difficulty?: string;
  energy_level?: string;
  style?: string;
  estimated_tempo?: number;
  tempo?: number;
  beats?: number;
  duration?: number;
  clip_offset?: number;
  start_position?: string;
  end_position?: string;
  video_path?: string;
  clip_path?: string;
  pose_start?: unknown;
  pose_end?: unknown;
  motion?: unknown;
  source?: 'generated' | 'imported';
  pose_embedding?: number[];
  audio_embedding?: number[];
  text_embedding?: number[];
  created_at?: string;
  updated_at?: string;
}

/** A move to index, with what only the import knows. */
export interface MoveToIndex extends MoveClip {
  source?: 'generated' | 'imported';
  motion?: unknown;
  embeddings?: { pose?: number[]; audio?: number[]; text?: number[] };
}

export interface ElasticsearchMoveIndexOptions extends StoredMoveOptions {
  client?: Client;
  node?: string;
  apiKey?: string;
  index?: string;
  /** where skipped documents are reported (default: stderr) */
  log?: (line: string) => void;
  /**
   * Where the built-in (generated) moves are registered: the job builds them into PostgreSQL, and
   * `syncBuiltInLibrary()` indexes them here too, so a video can use them with MOVE_INDEX=elasticsearch.
   */
  builtIn?: PostgresMoveIndex;
}

/** The library is small (hundreds of clips): one page holds it all. */
const MAX_MOVES = 10_000;

/** The search request for a query: bool filters whose terms include the legacy spellings. */
export function moveSearchRequest(index: string, q: MoveQuery): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [];
  if (q.difficulty?.length) filter.push({ terms: { difficulty: difficultySpellings(q.difficulty) } });
  if (q.energy?.length) filter.push({ terms: { energy_level: [...q.energy] } });
  // Old documents have no style (it is derived after reading), so they pass this filter.
  if (q.style?.length) {
    filter.push({
      bool: { should: [{ terms: { style: styleSpellings(q.style) } }, { bool: { must_not: { exists: { field: 'style' } } } }], minimum_should_match: 1 },
    });
  }
  if (q.labels?.length) {
    const labels = labelSpellings(q.labels);
    filter.push({ bool: { should: [{ terms: { label: labels } }, { terms: { move_label: labels } }], minimum_should_match: 1 } });
  }
  return {
    index,
    size: MAX_MOVES,
    _source: { excludes: ['*_embedding'] },
    query: filter.length ? { bool: { filter } } : { match_all: {} },
    sort: [{ move_id: { order: 'asc' as const, unmapped_type: 'keyword' } }],
  };
}

export function documentToStoredMove(id: string, d: MoveDocument) {
  return {
    moveId: d.move_id ?? d.clip_id ?? id,
    moveName: d.move_name,
    label: d.label ?? d.move_label,
    videoPath: d.video_path ?? '',
    clipPath: d.clip_path,
    difficulty: d.difficulty ?? '',
    energy: d.energy_level ?? '',
    style: d.style,
    duration: d.duration ?? Number.NaN,
    tempo: d.tempo ?? d.estimated_tempo,
    beats: d.beats,
    offset: d.clip_offset,
    startPosition: d.start_position,
    endPosition: d.end_position,
    poseStart: d.pose_start,
    poseEnd: d.pose_end,
    source: d.source,
  };
}

export function moveToDocument(m: MoveToIndex, now = new Date().toISOString()): MoveDocument {
  const doc: MoveDocument = {
    move_id: m.moveId,
    clip_id: m.moveId,
    move_name: m.name,
    label: m.label,
    move_label: m.label,
    difficulty: m.difficulty,
    energy_level: m.energy,
    style: m.style,
    tempo: m.tempo,
    estimated_tempo: m.tempo,
    beats: m.beats,
    duration: m.duration,
    clip_offset: m.offset ?? 0,
    video_path: m.clip,
    clip_path: m.clip,
    created_at: now,
    updated_at: now,
  };
  if (m.startPosition) doc.start_position = m.startPosition;
  if (m.endPosition) doc.end_position = m.endPosition;
  if (m.poseStart) doc.pose_start = m.poseStart;
  if (m.poseEnd) doc.pose_end = m.poseEnd;
  if (m.motion !== undefined) doc.motion = m.motion;
  if (m.source) doc.source = m.source;
  if (m.embeddings?.pose) doc.pose_embedding = m.embeddings.pose;
  if (m.embeddings?.audio) doc.audio_embedding = m.embeddings.audio;
  if (m.embeddings?.text) doc.text_embedding = m.embeddings.text;
  return doc;
}

export class ElasticsearchMoveIndex implements MoveIndex {
  readonly client: Client;
  readonly index: string;
  private readonly options: ElasticsearchMoveIndexOptions;
  private readonly ownsClient: boolean;
  private readonly logged = new Set<string>();
  /** documents skipped by the last find(), one human line each */
  problems: string[] = [];

  constructor(options: ElasticsearchMoveIndexOptions) {
    if (!options.client && !options.node) throw new Error('ElasticsearchMoveIndex needs a client or a node URL (ELASTICSEARCH_URL)');
    this.client = options.client ?? new Client({ node: options.node!, ...(options.apiKey ? { auth: { apiKey: options.apiKey } } : {}) });
    this.ownsClient = !options.client;
    this.index = options.index ?? MOVE_INDEX_NAME;
    this.options = options;
  }

  /** Creates the index with MOVE_INDEX_MAPPING unless it exists (an existing index is left as is). */
  async ensureIndex(): Promise<boolean> {
    if (await this.client.indices.exists({ index: this.index })) return false;
    await this.client.indices.create({ index: this.index, mappings: MOVE_INDEX_MAPPING, settings: MOVE_INDEX_SETTINGS });
    return true;
  }

  /** Writes (or overwrites, by move id) the moves; searchable when this resolves. */
  async indexMoves(moves: readonly MoveToIndex[]): Promise<number> {
    if (moves.length === 0) return 0;
    const now = new Date().toISOString();
    const operations = moves.flatMap((m) => [{ index: { _index: this.index, _id: m.moveId } }, moveToDocument(m, now)]);
    const res = await this.client.bulk({ operations, refresh: 'wait_for' });
    if (res.errors) {
      const failed = res.items.map((i) => i.index).filter((i) => i?.error);
      const first = failed[0];
      throw new Error(`indexing ${failed.length} of ${moves.length} moves failed; first: ${first?._id}: ${first?.error?.reason ?? first?.error?.type}`);
    }
    return moves.length;
  }

  async find(query: MoveQuery): Promise<MoveClip[]> {
    const res = await this.client.search<MoveDocument>(moveSearchRequest(this.index, query));
    const stored = res.hits.hits.map((hit) => documentToStoredMove(hit._id ?? '', hit._source ?? {}));
    const { moves, problems } = collectMoves(stored, query, this.options, this.logged);
    this.problems = problems;
    return moves;
  }

  /**
   * Indexes the built-in moves that are missing here or differ from their PostgreSQL rows (a
   * new install, a changed definition, an index created after the library). Returns how many were
   * written; nothing is written when both agree, so a job run costs one search.
   */
  async syncBuiltInLibrary(): Promise<number> {
    if (!this.options.builtIn) return 0;
    const wanted = (await this.options.builtIn.find({})).filter((m) => m.source === 'generated');
    if (!wanted.length) return 0;
    await this.ensureIndex();
    const have = new Map((await this.find({})).map((m) => [m.moveId, m]));
    const stale = wanted.filter((m) => !isDeepStrictEqual(have.get(m.moveId), m));
    return this.indexMoves(stale.map((m) => ({ ...m, source: 'generated' as const })));
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.close();
  }
}
