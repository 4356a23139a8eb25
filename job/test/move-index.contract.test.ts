/**
 * The MoveIndex contract, run against every implementation with the same library stored the way
 * each store holds it: the old app's annotation folder (real clips, ffprobe), PostgreSQL rows as the
 * old app left them (real server, the api's migrations) and Elasticsearch documents as the old app
 * indexed them (the fake cluster, which refuses what a real one would). Every implementation must give
 * the same moves for the same query, report what it skipped, and (where it can be written) read back
 * what the job and the importer write.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Pool } from 'pg';
import type { DancerPose, MoveClip, MoveQuery } from '@bachata/core';
import { createTestDatabase, type TestDatabase } from '../../api/test/support/database';
import { initOrm, migrate } from '../../api/src/db/orm';
import {
  ANNOTATION_FILE, AnnotationDirectoryIndex, createMoveIndex, ElasticsearchMoveIndex, matchesQuery, PostgresMoveIndex, type ClosableMoveIndex,
} from '../src/library/move-index';
import { upsertMoveRow } from '../src/library/move-rows';
import { JobDatabase } from '../src/store/database';
import { FakeElasticsearch } from './support/fake-elasticsearch';

jest.setTimeout(120_000);

/** The library in the old app's terms (legacy spellings, half-time tempo readings, one unusable entry). */
const LIBRARY = [
  { id: 'intro_a', category: 'intros', difficulty: 'low', energy: 'medium', tempo: 120, seconds: 4 },
  { id: 'sensual_basic', category: 'basic', difficulty: 'medium', energy: 'high', tempo: 129, seconds: 9 },
  { id: 'golpe_low', category: 'footwork', difficulty: 'high', energy: 'low', tempo: 68, seconds: 8 },
  { id: 'right_spin', category: 'spin', difficulty: 'medium', energy: 'medium', tempo: 128, seconds: 8 },
  { id: 'broken', category: 'basic', difficulty: 'expert', energy: 'medium', tempo: 129, seconds: 8 },
];
const USABLE = ['golpe_low', 'intro_a', 'right_spin', 'sensual_basic'];

const QUERIES: MoveQuery[] = [
  { difficulty: ['beginner'] },
  { difficulty: ['advanced'] },
  { difficulty: ['intermediate', 'advanced'], energy: ['high'] },
  { energy: ['low', 'medium'] },
  { style: ['romantic'] },
  { style: ['sensual', 'playful'] },
  { style: ['energetic'] },
  { labels: ['intro'] },
  { labels: ['intros', 'spin'] },
  { labels: ['spin'], difficulty: ['intermediate'], energy: ['medium'], style: ['playful'] },
  { labels: ['no_such_move'] },
];

const pose = (x: number): DancerPose => ({ lead: Array.from({ length: 17 }, () => [x, 0.4] as [number, number]), follow: Array.from({ length: 17 }, () => [x + 0.1, 0.4] as [number, number]) });

/** A move as the importer writes it: every field the planner uses. */
const WRITTEN: MoveClip = {
  moveId: 'cross_body_lead', name: 'Cross body lead', label: 'cross_body_lead', difficulty: 'beginner', energy: 'medium', style: 'romantic',
  tempo: 129, beats: 16, duration: 10.2, offset: 0.4, startPosition: 'closed', endPosition: 'open', clip: 'library/imported/cross_body_lead.mp4',
  poseStart: pose(0.3), poseEnd: pose(0.6), source: 'imported',
};

/** The store-independent part of a move (clip paths and measured durations differ by store). */
const essence = (m: MoveClip) => ({ moveId: m.moveId, label: m.label, difficulty: m.difficulty, energy: m.energy, style: m.style, tempo: m.tempo, beats: m.beats });
const ids = (moves: MoveClip[]) => moves.map((m) => m.moveId).sort();

interface Implementation {
  name: string;
  open(): Promise<ClosableMoveIndex>;
  /** stores a move as the job/importer does; absent where the store is read-only */
  write?(move: MoveClip): Promise<void>;
  cleanup(): Promise<void>;
}

function directoryImplementation(): Implementation {
  const dir = mkdtempSync(join(tmpdir(), 'move-contract-'));
  return {
    name: 'AnnotationDirectoryIndex',
    async open() {
      for (const e of LIBRARY) {
        const file = join(dir, e.category, `${e.id}.mp4`);
        mkdirSync(dirname(file), { recursive: true });
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=black:s=160x90:r=30:d=${e.seconds}`, '-f', 'lavfi', '-i', `sine=frequency=440:duration=${e.seconds}`,
          '-t', String(e.seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', file]);
      }
      writeFileSync(join(dir, ANNOTATION_FILE), JSON.stringify({
        clips: LIBRARY.map((e) => ({ clip_id: e.id, video_path: `${e.category}/${e.id}.mp4`, move_label: e.category, energy_level: e.energy, estimated_tempo: e.tempo, difficulty: e.difficulty })),
      }));
      return createMoveIndex({ library: dir, log: () => undefined });
    },
    async cleanup() { rmSync(dir, { recursive: true, force: true }); },
  };
}

function postgresImplementation(): Implementation {
  let db: TestDatabase;
  let job: JobDatabase;
  return {
    name: 'PostgresMoveIndex',
    async open() {
      db = await createTestDatabase('bb_move_contract');
      const orm = await initOrm(db.url);
      await migrate(orm);
      await orm.close(true);
      job = new JobDatabase(db.url);
      // rows as the old app left them: no label, no style (derived), legacy spellings, an imported tempo
      for (const e of LIBRARY) {
        await job.query(
          `INSERT INTO move_embeddings (move_id, move_name, video_path, pose_embedding, audio_embedding, text_embedding, difficulty, energy_level, style, duration, tempo, created_at, updated_at)
           VALUES ($1, '', $2, '[]', '[]', '[]', $3, $4, '', $5, $6, now(), now())`,
          [e.id, `${e.category}/${e.id}.mp4`, e.difficulty, e.energy, e.seconds, e.tempo]);
      }
      return createMoveIndex({ env: { DATABASE_URL: db.url }, log: () => undefined });
    },
    async write(move) {
      await upsertMoveRow(job, { move, videoPath: move.clip, clipPath: move.clip, motion: null, source: move.source ?? 'imported' });
    },
    async cleanup() { await job?.close(); await db?.drop(); },
  };
}

function elasticsearchImplementation(): Implementation {
  const es = new FakeElasticsearch();
  let index: ElasticsearchMoveIndex;
  return {
    name: 'ElasticsearchMoveIndex',
    async open() {
      index = createMoveIndex({ env: { MOVE_INDEX: 'elasticsearch', ELASTICSEARCH_URL: 'http://es.invalid:9200' }, elasticsearchClient: es.client(), log: () => undefined }) as ElasticsearchMoveIndex;
      await index.ensureIndex();
      // documents as the old app indexed them: its fields only
      const docs = es.docs(index.index);
      for (const e of LIBRARY) {
        docs.set(e.id, { clip_id: e.id, move_label: e.category, difficulty: e.difficulty, energy_level: e.energy, estimated_tempo: e.tempo, video_path: `${e.category}/${e.id}.mp4`, duration: e.seconds });
      }
      return index;
    },
    async write(move) {
      await index.indexMoves([{ ...move, source: move.source as 'imported' }]);
    },
    async cleanup() {
      // every request the index sent passed the cluster's checks (a refused one would have thrown)
      expect(es.requests.length).toBeGreaterThan(0);
    },
  };
}

describe.each([directoryImplementation, postgresImplementation, elasticsearchImplementation].map((make) => [make().name, make] as const))('%s keeps the MoveIndex contract', (_name, make) => {
  const impl = make();
  let index: ClosableMoveIndex;
  beforeAll(async () => { index = await impl.open(); });
  afterAll(async () => {
    await index?.close();
    await impl.cleanup();
  });

  it('finds every usable move, mapped to our vocabulary', async () => {
    const all = await index.find({});
    expect(ids(all)).toEqual(USABLE);
    const byId = new Map(all.map((m) => [m.moveId, essence(m)]));
    expect(byId.get('intro_a')).toEqual({ moveId: 'intro_a', label: 'intro', difficulty: 'beginner', energy: 'medium', style: 'romantic', tempo: 120, beats: 8 });
    expect(byId.get('sensual_basic')).toEqual({ moveId: 'sensual_basic', label: 'basic', difficulty: 'intermediate', energy: 'high', style: 'sensual', tempo: 129, beats: 16 });
    // 68 BPM is a half-time reading; a low-energy footwork figure is danced romantic
    expect(byId.get('golpe_low')).toEqual({ moveId: 'golpe_low', label: 'footwork', difficulty: 'advanced', energy: 'low', style: 'romantic', tempo: 136, beats: 16 });
    expect(byId.get('right_spin')).toEqual({ moveId: 'right_spin', label: 'spin', difficulty: 'intermediate', energy: 'medium', style: 'playful', tempo: 128, beats: 16 });
    for (const m of all) {
      expect(m.name.length).toBeGreaterThan(0);
      expect(m.clip).toMatch(/\.mp4$/);
      expect(m.duration).toBeGreaterThan(0);
      expect(m.beats % 8).toBe(0);
    }
  });

  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))('answers %s exactly as the contract filter does', async (_q, query) => {
    const all = await index.find({});
    const expected = all.filter((m) => matchesQuery(m, query)).map(essence);
    const found = (await index.find(query)).map(essence);
    expect(found.sort((a, b) => a.moveId.localeCompare(b.moveId))).toEqual(expected.sort((a, b) => a.moveId.localeCompare(b.moveId)));
  });

  it('gives the same answers as the other stores', async () => {
    const answers = await Promise.all(QUERIES.map(async (q) => ids(await index.find(q))));
    expect(answers).toEqual([
      ['intro_a'], ['golpe_low'], ['sensual_basic'], ['golpe_low', 'intro_a', 'right_spin'], ['golpe_low', 'intro_a'],
      ['right_spin', 'sensual_basic'], [], ['intro_a'], ['intro_a', 'right_spin'], ['right_spin'], [],
    ]);
  });

  it('reports the entry it cannot use and never returns it', async () => {
    await index.find({});
    const problems = (index as unknown as { problems: string[] }).problems;
    expect(problems).toEqual([expect.stringMatching(/"broken".*unknown difficulty "expert"/)]);
  });

  it('reads back a move as it was written, positions, poses and source included', async () => {
    if (!impl.write) return; // the annotation folder is read-only
    await impl.write(WRITTEN);
    const [found] = await index.find({ labels: ['cross_body_lead'] });
    expect(found).toEqual(WRITTEN);
    expect(ids(await index.find({ difficulty: ['beginner'] }))).toEqual(['cross_body_lead', 'intro_a']);
  });
});

it('PostgreSQL through the caller\'s pool leaves the pool open', async () => {
  const db = await createTestDatabase('bb_move_pool');
  const pool = new Pool({ connectionString: db.url, max: 1 });
  try {
    await pool.query(`CREATE TABLE move_embeddings (move_id text, move_name text, video_path text, difficulty text, energy_level text, style text, duration float8,
      label text, tempo float8, beats int, clip_offset float8, start_position text, end_position text, clip_path text, pose_start jsonb, pose_end jsonb, source text)`);
    const index = createMoveIndex({ env: {}, pool });
    expect(index).toBeInstanceOf(PostgresMoveIndex);
    expect(await index.find({})).toEqual([]);
    await index.close();
    expect((await pool.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  } finally {
    await pool.end();
    await db.drop();
  }
});

it('AnnotationDirectoryIndex is what --library gives', () => {
  expect(createMoveIndex({ library: '/x', env: { MOVE_INDEX: 'elasticsearch' } })).toBeInstanceOf(AnnotationDirectoryIndex);
});
