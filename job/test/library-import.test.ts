/**
 * The library import for real: ffmpeg-made clips (and the original app's library when present) into a
 * migrated PostgreSQL database and local media storage; renditions checked with ffprobe.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Mock from '@elastic/elasticsearch-mock';
import { Client } from '@elastic/elasticsearch';
import { createTestDatabase, type TestDatabase } from '../../api/test/support/database';
import { initOrm, migrate } from '../../api/src/db/orm';
import { loadJobConfig, type JobConfig } from '../src/config';
import { importLibrary, importedClipKey, POSE_SKIPPED_MESSAGE, readableMoveName, renditionKey, type LibraryImportSummary } from '../src/library/import';
import { ANNOTATION_FILE, ElasticsearchMoveIndex } from '../src/library/move-index';
import { clipFrames, FRAMES_SIDECAR } from '../src/render/media';
import { JobDatabase } from '../src/store/database';
import { generateBachataTrack, writeWav } from '../src/synth';

jest.setTimeout(180_000);

const ORIGINAL = path_resolve('../../../shared/moves/original');
function path_resolve(rel: string) { return resolve(__dirname, rel); }

/** A real little clip of the given size and rate: a test pattern, with audio unless told otherwise. */
function makeClip(file: string, o: { seconds: number; size: string; fps: number; audio?: string | false }): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const audio = o.audio === false ? [] : o.audio ? ['-i', o.audio] : ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${o.seconds}`];
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=s=${o.size}:r=${o.fps}:d=${o.seconds}`, ...audio,
    '-t', String(o.seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '250', ...(o.audio === false ? [] : ['-c:a', 'aac']), file]);
}

function probe(file: string): any {
  return JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { encoding: 'utf8' }));
}

function keyframeTimes(file: string): number[] {
  const out = execFileSync('ffprobe', ['-v', 'error', '-skip_frame', 'nokey', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.split(',')[0].trim()).filter(Boolean).map(Number);
}

/** The rendition contract: 640×360 (or 1280×720), 30 fps constant, H.264 yuv420p, no audio, a keyframe at least every second, moov first. */
function expectNormalisedRendition(file: string, sourceDuration?: number, [width, height] = [640, 360]): void {
  const p = probe(file);
  expect(p.streams).toHaveLength(1);
  const v = p.streams[0];
  expect(v).toMatchObject({ codec_type: 'video', codec_name: 'h264', width, height, pix_fmt: 'yuv420p', r_frame_rate: '30/1', avg_frame_rate: '30/1' });
  const duration = Number(p.format.duration);
  if (sourceDuration !== undefined) expect(Math.abs(duration - sourceDuration)).toBeLessThan(0.1);
  const keys = keyframeTimes(file);
  expect(keys[0]).toBeCloseTo(0, 2);
  const gaps = keys.slice(1).map((t, i) => t - keys[i]);
  expect(Math.max(...gaps, duration - keys[keys.length - 1])).toBeLessThanOrEqual(1.0001);
  const head = readFileSync(file).subarray(0, 64 * 1024).toString('latin1');
  expect(head.indexOf('moov')).toBeGreaterThan(0);
  expect(head.indexOf('moov')).toBeLessThan(Math.max(head.indexOf('mdat'), Infinity));
  expect(head.indexOf('mdat') === -1 || head.indexOf('moov') < head.indexOf('mdat')).toBe(true);
}

async function migratedDatabase(): Promise<TestDatabase> {
  const tdb = await createTestDatabase('bb_import');
  const orm = await initOrm(tdb.url);
  try { await migrate(orm); } finally { await orm.close(true); }
  return tdb;
}

let tdb: TestDatabase;
let db: JobDatabase;
let config: JobConfig;
let dataDir: string;
beforeAll(async () => {
  tdb = await migratedDatabase();
  db = new JobDatabase(tdb.url);
  dataDir = mkdtempSync(join(tmpdir(), 'bb-import-'));
  config = loadJobConfig({ DATABASE_URL: tdb.url, DATA_DIR: dataDir });
});
afterAll(async () => {
  await db?.close();
  await tdb?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const mediaFile = (key: string) => join(dataDir, 'media', key);

describe('importing a tiny library made with ffmpeg', () => {
  let dir: string;
  const logged: string[] = [];
  let first: LibraryImportSummary;
  let bulk: any[] = [];
  const es = () => {
    const mock = new Mock();
    mock.add({ method: 'HEAD', path: '/bachata_move_embeddings' }, () => ({}));
    mock.add({ method: 'POST', path: ['/_bulk'] }, (p: any) => {
      bulk = p.body;
      const items = p.body.filter((_: any, i: number) => i % 2 === 0).map((op: any) => ({ index: { _id: op.index._id, status: 200 } }));
      return { errors: false, items, took: 1 };
    });
    return new ElasticsearchMoveIndex({ client: new Client({ node: 'http://localhost:9200', Connection: mock.getConnection() }) });
  };
  const run = (extra: Partial<Parameters<typeof importLibrary>[0]> = {}) => importLibrary({
    directory: dir, db, storage: config.storage, workDir: join(dataDir, 'work'), log: (l) => logged.push(l), ...extra,
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bb-import-lib-'));
    // 4:3 at 25 fps with audio: needs pillarboxing and a frame rate change
    makeClip(join(dir, 'basic/sensual_basic.mp4'), { seconds: 8, size: '320x240', fps: 25 });
    // no estimated_tempo: measured from the clip's own music; 24 fps, already 16:9
    const track = generateBachataTrack({ bpm: 120, duration: 14, introBars: 0, seed: 3 });
    writeWav(join(dir, 'spin.wav'), track.samples, track.sampleRate);
    makeClip(join(dir, 'spin/measured_spin.mp4'), { seconds: 14, size: '480x270', fps: 24, audio: join(dir, 'spin.wav') });
    mkdirSync(join(dir, 'footwork'));
    writeFileSync(join(dir, 'footwork/corrupt.mp4'), Buffer.from('not a video, just bytes'.repeat(40)));
    writeFileSync(join(dir, ANNOTATION_FILE), JSON.stringify({
      clips: [
        { clip_id: 'sensual_basic', video_path: 'basic/sensual_basic.mp4', move_label: 'basic', energy_level: 'high', estimated_tempo: 129, difficulty: 'medium' },
        { clip_id: 'measured_spin', video_path: 'spin/measured_spin.mp4', move_label: 'spin', energy_level: 'medium', difficulty: 'low' },
        { clip_id: 'gone', video_path: 'spin/gone.mp4', move_label: 'spin', energy_level: 'medium', estimated_tempo: 129, difficulty: 'medium' },
        { clip_id: 'corrupt', video_path: 'footwork/corrupt.mp4', move_label: 'footwork', energy_level: 'low', estimated_tempo: 66, difficulty: 'high' },
      ],
    }));
    first = await run({ elasticsearch: es() });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the readable clips and reports the missing and the corrupt one, one line each', () => {
    expect(first.failed.filter((f) => f.clipId !== 'gone' && f.clipId !== 'corrupt')).toEqual([]);
    expect(first.imported.sort()).toEqual(['measured_spin', 'sensual_basic']);
    expect(first.updated).toEqual([]);
    expect(first.failed).toEqual(expect.arrayContaining([
      { clipId: 'gone', reason: 'file spin/gone.mp4 is missing' },
      { clipId: 'corrupt', reason: expect.stringMatching(/^ffprobe cannot read it: .+/) },
    ]));
    expect(first.failed).toHaveLength(2);
    const clipLines = logged.filter((l) => l.startsWith('library import: clip'));
    expect(clipLines).toHaveLength(2);
    expect(clipLines).toContain('library import: clip "gone": file spin/gone.mp4 is missing; skipped');
    // without POSE_MODEL, said once
    expect(logged.filter((l) => l === POSE_SKIPPED_MESSAGE)).toHaveLength(1);
    expect(first.poseSkipped).toBe(true);
  });

  it('writes the moves to move_embeddings in our vocabulary, with the rendition as clip_path', async () => {
    const { rows } = await db.query(`SELECT * FROM move_embeddings WHERE source = 'imported' ORDER BY move_id`);
    expect(rows.map((r) => r.move_id)).toEqual(['measured_spin', 'sensual_basic']);
    const basic = rows.find((r) => r.move_id === 'sensual_basic');
    expect(basic).toMatchObject({
      move_name: 'Sensual basic', video_path: 'basic/sensual_basic.mp4', clip_path: importedClipKey('sensual_basic'), label: 'basic',
      difficulty: 'intermediate', energy_level: 'high', style: 'sensual', tempo: 129, clip_offset: 0, pose_start: null, pose_end: null,
      pose_embedding: [], audio_embedding: [], text_embedding: [],
    });
    expect(basic.duration).toBeCloseTo(8, 1);
    // 8 s at 129 BPM = 17.2 counts: two whole 8-counts
    expect(basic.beats).toBe(16);
    expect(basic.motion.import).toMatchObject({ sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/), sourceSize: statSync(join(dir, 'basic/sensual_basic.mp4')).size });
    const spin = rows.find((r) => r.move_id === 'measured_spin');
    expect(spin).toMatchObject({ label: 'spin', difficulty: 'beginner', style: 'playful', clip_path: 'library/imported/measured_spin.mp4' });
    expect(Math.abs(spin.tempo - 120)).toBeLessThan(2);
    // 14 s at 120 BPM = 28 counts: three whole 8-counts
    expect(spin.beats).toBe(24);
  });

  it('stores one normalised rendition per clip and output size in media storage', async () => {
    for (const [id, seconds] of [['sensual_basic', 8], ['measured_spin', 14]] as const) {
      const key = importedClipKey(id);
      const stat = await config.storage.stat(key);
      expect(stat).toMatchObject({ contentType: 'video/mp4' });
      expectNormalisedRendition(mediaFile(key), seconds);
      expect(await config.storage.stat(renditionKey(key, '720p'))).toMatchObject({ contentType: 'video/mp4' });
      expectNormalisedRendition(mediaFile(renditionKey(key, '720p')), seconds, [1280, 720]);
      // beside each rendition its packet list, exactly what probing it gives, so a video job probes nothing
      for (const k of [key, renditionKey(key, '720p')]) {
        const sidecar = JSON.parse(readFileSync(`${mediaFile(k)}${FRAMES_SIDECAR}`, 'utf8'));
        expect(sidecar).toMatchObject({ version: 1, bytes: statSync(mediaFile(k)).size });
        expect(sidecar.frames).toEqual(await clipFrames(mediaFile(k)));
        expect(sidecar.frames.pts).toHaveLength(seconds * 30);
      }
    }
    // a 4:3 source fills the frame: the sides are a blurred, darkened copy of the picture, not flat bars
    const edge = execFileSync('ffmpeg', ['-v', 'error', '-i', mediaFile(importedClipKey('sensual_basic')), '-frames:v', '1', '-vf', 'crop=60:360:0:0', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1']);
    expect(Math.max(...edge)).toBeGreaterThan(24);
    expect(Math.max(...edge)).toBeLessThan(220);
    expect(Math.max(...edge) - Math.min(...edge)).toBeGreaterThan(10);
  });

  it('indexes the imported moves into Elasticsearch with the index helpers', () => {
    expect(first.indexed).toBe(2);
    const docs = bulk.filter((_, i) => i % 2 === 1);
    expect(docs.map((d: any) => d.move_id).sort()).toEqual(['measured_spin', 'sensual_basic']);
    expect(docs.find((d: any) => d.move_id === 'sensual_basic')).toMatchObject({ clip_path: importedClipKey('sensual_basic'), source: 'imported', tempo: 129, beats: 16, style: 'sensual' });
  });

  it('imports again without duplicates or re-encoding, and updates what the annotations changed', async () => {
    const key = importedClipKey('sensual_basic');
    const before = statSync(mediaFile(key)).mtimeMs;
    const second = await run();
    expect(second.skipped.sort()).toEqual(['measured_spin', 'sensual_basic']);
    expect(second.imported).toEqual([]);
    expect(second.clips.filter((c) => c.encoded)).toEqual([]);
    expect(statSync(mediaFile(key)).mtimeMs).toBe(before);

    const annotations = JSON.parse(readFileSync(join(dir, ANNOTATION_FILE), 'utf8'));
    annotations.clips[0].difficulty = 'high';
    writeFileSync(join(dir, ANNOTATION_FILE), JSON.stringify(annotations));
    const third = await run();
    expect(third.updated).toEqual(['sensual_basic']);
    expect(third.clips.find((c) => c.clipId === 'sensual_basic')).toMatchObject({ encoded: false });
    const { rows } = await db.query(`SELECT move_id, difficulty FROM move_embeddings WHERE source = 'imported' ORDER BY move_id`);
    expect(rows).toEqual([{ move_id: 'measured_spin', difficulty: 'beginner' }, { move_id: 'sensual_basic', difficulty: 'advanced' }]);

    // a changed source is encoded again
    makeClip(join(dir, 'basic/sensual_basic.mp4'), { seconds: 6, size: '320x240', fps: 25 });
    const fourth = await run({ only: ['sensual_basic'] });
    expect(fourth.updated).toEqual(['sensual_basic']);
    expect(fourth.clips[0]).toMatchObject({ encoded: true });
    expect(Number(probe(mediaFile(key)).format.duration)).toBeCloseTo(6, 1);
  });
});

describe("the original app's library", () => {
  const present = existsSync(join(ORIGINAL, ANNOTATION_FILE));
  if (!present) {
    it.skip(`needs ${ORIGINAL} (not present here)`, () => undefined);
    console.log(`library import: skipping the original library test, ${ORIGINAL} is absent`);
    return;
  }

  it('imports a subset through the CLI, reports the missing clip, and the renditions are normalised', () => {
    const annotated = JSON.parse(readFileSync(join(ORIGINAL, ANNOTATION_FILE), 'utf8')).clips.length;
    const root = resolve(__dirname, '../..');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['scripts/with-swc.cjs', 'job/src/cli/library-import.ts', ORIGINAL, '--limit', '6'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: tdb.url, DATA_DIR: dataDir, POSE_MODEL: '', MOVE_INDEX: '' },
    });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.stderr).toContain('library import: clip "energetic_bodywaves": file bodywaves/energetic_bodywaves.mp4 is missing; skipped');
    expect(r.stderr.split('\n').filter((l) => l === POSE_SKIPPED_MESSAGE)).toHaveLength(1);
    expect(r.status).toBe(0);
    const m = /^imported (\d+), updated (\d+), skipped (\d+) \(unchanged\), failed (\d+), not selected (\d+)/m.exec(r.stdout);
    expect(m).not.toBeNull();
    const [imported, updated, skipped, failed, notSelected] = m!.slice(1).map(Number);
    expect(imported + updated + skipped).toBe(6);
    expect(failed).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toContain('failed energetic_bodywaves: file bodywaves/energetic_bodywaves.mp4 is missing');
    // every annotation was read: the ones not imported are failed or left out by --limit (or reported as bad entries)
    const badEntries = r.stdout.split('\n').filter((l) => l.startsWith('  annotation: ')).filter((l) => !/indexed as/.test(l)).length;
    expect(6 + failed + notSelected + badEntries).toBe(annotated);
    console.log(`library import: 6 original clips in ${seconds.toFixed(1)} s (${(seconds / 6).toFixed(1)} s per clip, incl. CLI start)`);
  });

  it('stored the six renditions with the contract and the original paths', async () => {
    const { rows } = await db.query(`SELECT move_id, video_path, clip_path, tempo, beats, duration FROM move_embeddings WHERE video_path NOT LIKE 'basic/sensual%' AND video_path NOT LIKE 'spin/measured%' AND source = 'imported'`);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(existsSync(join(ORIGINAL, row.video_path))).toBe(true);
      expect(row.clip_path).toBe(importedClipKey(row.move_id));
      expect(row.beats % 8).toBe(0);
      expect(row.tempo).toBeGreaterThanOrEqual(90);
      expectNormalisedRendition(mediaFile(row.clip_path), Number(probe(join(ORIGINAL, row.video_path)).format.duration));
      expectNormalisedRendition(mediaFile(renditionKey(row.clip_path, '720p')), Number(probe(join(ORIGINAL, row.video_path)).format.duration), [1280, 720]);
    }
  });
});

describe('framing and names of real-looking clips', () => {
  let dir: string;
  let summary: LibraryImportSummary;
  /** a portrait phone picture between baked-in white bars, as in the original library */
  const whiteBars = (file: string, seconds: number) => {
    mkdirSync(resolve(file, '..'), { recursive: true });
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=200x360:r=30:d=${seconds}`,
      '-vf', 'pad=640:360:220:0:color=white', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file]);
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bb-import-framing-'));
    whiteBars(join(dir, 'basic/slow_basic.mp4'), 4);
    whiteBars(join(dir, 'basic/slow_basic3.mp4'), 4);
    writeFileSync(join(dir, ANNOTATION_FILE), JSON.stringify({
      clips: [
        { clip_id: 'slow_basic', video_path: 'basic/slow_basic.mp4', move_label: 'basic', energy_level: 'low', estimated_tempo: 108, difficulty: 'low' },
        { clip_id: 'slow_basic3', video_path: 'basic/slow_basic3.mp4', move_label: 'basic', energy_level: 'low', estimated_tempo: 108, difficulty: 'low' },
      ],
    }));
    summary = await importLibrary({ directory: dir, db, storage: config.storage, workDir: join(dataDir, 'work-framing'), log: () => undefined });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('crops white bars away and fills the frame with the picture over a dark blur, at both sizes', () => {
    expect(summary.imported.sort()).toEqual(['slow_basic', 'slow_basic3']);
    for (const [size, w, h] of [['360p', 640, 360], ['720p', 1280, 720]] as const) {
      const file = mediaFile(renditionKey(importedClipKey('slow_basic'), size));
      const gray = execFileSync('ffmpeg', ['-v', 'error', '-ss', '1', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1']);
      expect(gray.length).toBe(w * h);
      // no white column anywhere at the sides (the bars were pure white), and the picture spans the full height
      const side = Math.round(w * 0.15);
      let whiteCols = 0;
      for (let x = 0; x < w; x++) {
        if (x > side && x < w - side) continue;
        let white = 0;
        for (let y = 0; y < h; y += 4) if (gray[y * w + x] > 235) white++;
        if (white > h / 8) whiteCols++;
      }
      expect(whiteCols).toBe(0);
    }
  });

  it('names numbered takes of a figure alike, readably', async () => {
    const { rows } = await db.query(`SELECT move_id, move_name FROM move_embeddings WHERE move_id IN ('slow_basic', 'slow_basic3') ORDER BY move_id`);
    expect(rows).toEqual([{ move_id: 'slow_basic', move_name: 'Slow basic' }, { move_id: 'slow_basic3', move_name: 'Slow basic' }]);
    expect(readableMoveName('Slow basic 3')).toEqual({ name: 'Slow basic', variant: 3 });
    expect(readableMoveName('machete_completo2').name).toBe('Machete completo');
    expect(readableMoveName('sensual_shadown').name).toBe('Sensual shadow');
    expect(readableMoveName('ladyturn_left1').name).toBe('Lady turn left');
    expect(readableMoveName('styled_caricia_headroll.2')).toEqual({ name: 'Styled caricia head roll', variant: 2 });
  });
});
