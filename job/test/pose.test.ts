/**
 * Pose features: the pure parts (letterbox mapping, decoding, NMS, the couple, motion) and the whole
 * pipeline with a real ONNX model, hand-encoded here with the YOLOv8-pose output layout, run by
 * onnxruntime-node on frames ffmpeg takes from a real imported clip.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { createTestDatabase, type TestDatabase } from '../../api/test/support/database';
import { initOrm, migrate } from '../../api/src/db/orm';
import { loadJobConfig } from '../src/config';
import { importLibrary, POSE_SKIPPED_MESSAGE } from '../src/library/import';
import { framingWindow, renditionFilter } from '../src/library/import/rendition';
import { ANNOTATION_FILE } from '../src/library/move-index';
import {
  decodePoseOutput, frameOfCount, iou, letterbox, loadPoseModel, mainDancers, motionSummary, nonMaxSuppression, sampleCounts,
  toFramePoint, toInputTensor, trackCouple, type Person,
} from '../src/pose';
import { JobDatabase } from '../src/store/database';

jest.setTimeout(120_000);

// Jest-only: onnxruntime-node hands back outputs as typed arrays of Node's main realm, and
// onnxruntime-common checks them with instanceof against this sandbox's Float32Array. The runtime is
// loaded lazily (on the first loadPoseModel), so giving the sandbox the main realm's constructor here
// makes both sides agree. Outside jest there is one realm and nothing to do.
(globalThis as { Float32Array: Float32ArrayConstructor }).Float32Array = runInThisContext('Float32Array');

// ---- a YOLOv8-pose-shaped ONNX model, protobuf written by hand (field numbers from onnx.proto) ----
const varint = (n: number): Buffer => {
  const out: number[] = [];
  let v = n;
  do { let b = v % 128; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v);
  return Buffer.from(out);
};
const key = (field: number, wire: 0 | 2) => varint(field * 8 + wire);
const int = (field: number, n: number) => Buffer.concat([key(field, 0), varint(n)]);
const bytes = (field: number, b: Buffer | string) => { const buf = typeof b === 'string' ? Buffer.from(b) : b; return Buffer.concat([key(field, 2), varint(buf.length), buf]); };
const msg = (field: number, ...parts: Buffer[]) => bytes(field, Buffer.concat(parts));
// TensorProto: dims=1, data_type=2 (FLOAT=1), name=8, raw_data=9 (little-endian floats)
const tensor = (name: string, dims: number[], values: Float32Array) =>
  Buffer.concat([...dims.map((d) => int(1, d)), int(2, 1), bytes(8, name), bytes(9, Buffer.from(values.buffer, values.byteOffset, values.byteLength))]);
// ValueInfoProto{name=1, type=2: TypeProto{tensor_type=1: {elem_type=1, shape=2: {dim=1: {dim_value=1}}}}}
const valueInfo = (field: number, name: string, dims: number[]) =>
  msg(field, bytes(1, name), msg(2, msg(1, int(1, 1), msg(2, ...dims.map((d) => msg(1, int(1, d)))))));
// NodeProto: input=1, output=2, name=3, op_type=4, attribute=5
const node = (op: string, inputs: string[], outputs: string[], ...attrs: Buffer[]) =>
  msg(1, ...inputs.map((i) => bytes(1, i)), ...outputs.map((o) => bytes(2, o)), bytes(3, `${op}_${outputs[0]}`), bytes(4, op), ...attrs);
// AttributeProto: name=1, i=3, t=5, type=20 (INT=2, TENSOR=4)
const tensorAttr = (name: string, t: Buffer) => msg(5, bytes(1, name), msg(5, t), int(20, 4));
const intAttr = (name: string, v: number) => msg(5, bytes(1, name), int(3, v), int(20, 2));

/** output0 = fixed candidate rows (56 values each) + 0 × mean(images): a real graph over the input. */
function yoloPoseModel(rows: number[][]): Buffer {
  const n = rows.length;
  const data = new Float32Array(56 * n);
  rows.forEach((r, i) => r.forEach((v, c) => { data[c * n + i] = v; }));
  const graph = Buffer.concat([
    node('Constant', [], ['candidates'], tensorAttr('value', tensor('candidates', [1, 56, n], data))),
    node('Constant', [], ['zero'], tensorAttr('value', tensor('zero', [], new Float32Array([0])))),
    node('ReduceMean', ['images'], ['mean'], intAttr('keepdims', 0)),
    node('Mul', ['mean', 'zero'], ['nothing']),
    node('Add', ['candidates', 'nothing'], ['output0']),
    bytes(2, 'hand-made-yolov8-pose'),
    valueInfo(11, 'images', [1, 3, 640, 640]),
    valueInfo(12, 'output0', [1, 56, n]),
  ]);
  // ModelProto: ir_version=1, graph=7, opset_import=8 {domain=1, version=2}
  return Buffer.concat([int(1, 8), msg(8, bytes(1, ''), int(2, 17)), msg(7, graph)]);
}

/** A candidate row: box centre and size in input pixels, score, 17 keypoints spread over the box. */
function candidate(cx: number, cy: number, w: number, h: number, score: number): number[] {
  const row = [cx, cy, w, h, score];
  for (let k = 0; k < 17; k++) row.push(cx - w / 2 + ((k % 4) + 1) * (w / 5), cy - h / 2 + (k + 1) * (h / 18), 0.9);
  return row;
}

const LEAD = candidate(200, 320, 120, 300, 0.9);
const FOLLOW = candidate(440, 330, 130, 310, 0.85);
const ROWS = [
  LEAD,
  candidate(205, 322, 118, 296, 0.6), // the same person again, weaker: NMS removes it
  FOLLOW,
  candidate(620, 160, 20, 40, 0.5), // someone small at the edge: kept by NMS, not a dancer
  candidate(320, 320, 100, 200, 0.1), // below the score threshold
];

const person = (x1: number, y1: number, x2: number, y2: number, score = 0.9, kp?: [number, number, number]): Person => ({
  box: [x1, y1, x2, y2], score, keypoints: Array.from({ length: 17 }, () => kp ?? [(x1 + x2) / 2, (y1 + y2) / 2, 0.9]),
});

describe('letterbox', () => {
  it('fits 16:9 frames with bars above and below, portrait frames with bars at the sides', () => {
    expect(letterbox(640, 360)).toEqual({ size: 640, frameWidth: 640, frameHeight: 360, scale: 1, width: 640, height: 360, padX: 0, padY: 140 });
    expect(letterbox(1280, 720)).toMatchObject({ scale: 0.5, width: 640, height: 360, padY: 140 });
    expect(letterbox(360, 640)).toMatchObject({ scale: 1, padX: 140, padY: 0 });
    expect(letterbox(320, 240)).toMatchObject({ scale: 2, width: 640, height: 480, padX: 0, padY: 80 });
  });

  it('maps input pixels back to 0..1 frame coordinates, clamping the padding', () => {
    const lb = letterbox(1280, 720);
    expect(toFramePoint(lb, 320, 320)).toEqual([0.5, 0.5]);
    expect(toFramePoint(lb, 0, 140)).toEqual([0, 0]);
    expect(toFramePoint(lb, 640, 500)).toEqual([1, 1]);
    expect(toFramePoint(lb, 160, 50)).toEqual([0.25, 0]);
    const p = toFramePoint(letterbox(360, 640), 230, 160);
    expect(p[0]).toBeCloseTo(0.25, 6);
    expect(p[1]).toBeCloseTo(0.25, 6);
  });

  it('turns HWC bytes into CHW floats in 0..1', () => {
    const rgb = new Uint8Array([255, 0, 51, 0, 255, 102, 0, 0, 255, 255, 255, 0]);
    expect(Array.from(toInputTensor(rgb, 2)).map((v) => Math.round(v * 255))).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 51, 102, 255, 0]);
    expect(() => toInputTensor(rgb, 3)).toThrow(/27 bytes/);
  });
});

describe('decoding and non-maximum suppression', () => {
  it('computes intersection over union', () => {
    expect(iou([0, 0, 10, 10], [0, 0, 10, 10])).toBe(1);
    expect(iou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(50 / 150, 10);
    expect(iou([0, 0, 10, 10], [20, 20, 30, 30])).toBe(0);
  });

  it('keeps the best of overlapping boxes (IoU > 0.45) and every box that overlaps less', () => {
    const a = person(0, 0, 10, 10, 0.9);
    const dup = person(1, 0, 11, 10, 0.7); // IoU 0.82
    const neighbour = person(6, 0, 16, 10, 0.8); // IoU with a: 4/16 = 0.25
    expect(nonMaxSuppression([dup, a, neighbour])).toEqual([a, neighbour]);
    expect(nonMaxSuppression([dup, a, neighbour], 0.2)).toEqual([a]);
  });

  it('reads the channel-major [1, 56, N] layout, drops low scores and duplicates', () => {
    const n = ROWS.length;
    const data = new Float32Array(56 * n);
    ROWS.forEach((r, i) => r.forEach((v, c) => { data[c * n + i] = v; }));
    const people = decodePoseOutput(data, [1, 56, n]);
    expect(people.map((p) => p.score)).toEqual([expect.closeTo(0.9, 6), expect.closeTo(0.85, 6), 0.5]);
    expect(people[0].box).toEqual([140, 170, 260, 470]);
    expect(people[0].keypoints).toHaveLength(17);
    const f32 = (vs: number[]) => vs.map((v) => expect.closeTo(Math.fround(v), 6));
    expect(people[0].keypoints[0]).toEqual(f32([LEAD[5], LEAD[6], LEAD[7]]));
    expect(people[1].keypoints[16]).toEqual(f32([FOLLOW[5 + 48], FOLLOW[6 + 48], FOLLOW[7 + 48]]));
    expect(() => decodePoseOutput(data, [1, 84, n])).toThrow(/YOLOv8-pose/);
    expect(decodePoseOutput(data, [1, 56, n], { scoreThreshold: 0.55 })).toHaveLength(2);
  });
});

describe('the couple', () => {
  it('takes the two big central people, not a small one at the edge', () => {
    const lead = person(0.2, 0.2, 0.45, 0.95);
    const follow = person(0.55, 0.25, 0.78, 0.95);
    const onlooker = person(0.9, 0.05, 0.98, 0.25);
    expect(mainDancers([onlooker, follow, lead])).toEqual([lead, follow]);
  });

  it('calls the left dancer lead and follows each one by nearest match as they pass each other', () => {
    const at = (x: number, y = 0.5) => person(x - 0.1, y - 0.35, x + 0.1, y + 0.35);
    // the lead passes in front of the follow (lower in the frame) from left to right
    const frames = [[at(0.6), at(0.4, 0.6)], [at(0.5, 0.62), at(0.5)], [at(0.4), at(0.6, 0.6)]];
    const track = trackCouple(frames);
    expect(track.map((c) => (c.lead!.box[0] + c.lead!.box[2]) / 2).map((x) => Math.round(x * 100) / 100)).toEqual([0.4, 0.5, 0.6]);
    expect(track.map((c) => (c.follow!.box[0] + c.follow!.box[2]) / 2).map((x) => Math.round(x * 100) / 100)).toEqual([0.6, 0.5, 0.4]);
    // a frame with one dancer: assigned to the nearer one; frames before both are visible are tracked backwards
    const partial = trackCouple([[at(0.62)], [at(0.3), at(0.6)], [at(0.32)]]);
    expect(partial[0]).toEqual({ follow: at(0.62) });
    expect(partial[2]).toEqual({ lead: at(0.32) });
    expect(trackCouple([[at(0.5)], []])).toEqual([{ lead: at(0.5) }, {}]);
  });

  it('summarises motion as mean keypoint displacement per count, per dancer', () => {
    const still = person(0.2, 0.2, 0.4, 0.9, 0.9, [0.3, 0.5, 0.9]);
    const moved = person(0.2, 0.2, 0.4, 0.9, 0.9, [0.3, 0.6, 0.9]);
    const follow = person(0.6, 0.2, 0.8, 0.9, 0.9, [0.7, 0.5, 0.9]);
    const m = motionSummary([{ lead: still, follow }, { lead: moved, follow }, { lead: moved }], [0, 2, 4]);
    expect(m).toEqual({ sampledCounts: [0, 2, 4], lead: [0.05, 0], follow: [0, null], meanLead: 0.025, meanFollow: 0 });
  });

  it('samples the start, the end and every second count of the move', () => {
    expect(sampleCounts(8)).toEqual([0, 2, 4, 6, 8]);
    expect(sampleCounts(16, 4)).toEqual([0, 4, 8, 12, 16]);
    expect(frameOfCount(8, { tempo: 120, beats: 8 }, 30, 300)).toBe(120);
    expect(frameOfCount(16, { tempo: 120, beats: 16, offset: 1 }, 30, 200)).toBe(199);
  });
});

describe('framing on the couple', () => {
  it('keeps the couple\'s box inside the window, with room for the feet, and never zooms past 2x', () => {
    const inside = (w: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
      w.x <= b.x && w.y <= b.y && w.x + w.w >= b.x + b.w && w.y + w.h >= b.y + b.h;
    // a portrait phone picture: the window is as wide as the picture, shorter, and the sides are the blurred fill
    const portrait = { x: 0, y: 0, w: 360, h: 640 }, dancers = { x: 100, y: 200, w: 150, h: 380 };
    const win = framingWindow(portrait, dancers);
    expect(win.w).toBe(360);
    expect(win.h).toBeLessThan(640);
    expect(inside(win, { ...dancers, h: dancers.h * 1.07 })).toBe(true);
    // a tiny couple far away: at most twice the plain fit
    const far = framingWindow({ x: 0, y: 0, w: 1280, h: 720 }, { x: 600, y: 300, w: 40, h: 80 });
    expect(far.w).toBeGreaterThanOrEqual(640);
    expect(far.h).toBeGreaterThanOrEqual(360);
    expect(inside(far, { x: 600, y: 300, w: 40, h: 80 })).toBe(true);
    // a couple filling the picture: the whole picture
    expect(framingWindow({ x: 10, y: 0, w: 620, h: 360 }, { x: 20, y: 5, w: 600, h: 350 })).toEqual({ x: 10, y: 0, w: 620, h: 360 });
  });
});

describe('the pose model with onnxruntime-node', () => {
  let dir: string;
  let modelFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bb-pose-'));
    modelFile = join(dir, 'yolov8-pose-like.onnx');
    writeFileSync(modelFile, yoloPoseModel(ROWS));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the hand-encoded model and decodes people from its output', async () => {
    const model = await loadPoseModel(modelFile);
    try {
      const people = await model.detect(new Float32Array(3 * 640 * 640).fill(0.5));
      expect(people.map((p) => p.score)).toEqual([expect.closeTo(0.9, 5), expect.closeTo(0.85, 5), expect.closeTo(0.5, 5)]);
      expect(people[0].box.map((v) => Math.round(v))).toEqual([140, 170, 260, 470]);
      await expect(model.detect(new Float32Array(10))).rejects.toThrow(/3×640×640/);
    } finally {
      await model.close();
    }
  });

  it('refuses a file that is not a model, with its path', async () => {
    writeFileSync(join(dir, 'broken.onnx'), 'not a model');
    await expect(loadPoseModel(join(dir, 'broken.onnx'))).rejects.toThrow(/cannot load the pose model .*broken\.onnx/);
  });

  describe('in an import', () => {
    let tdb: TestDatabase;
    let db: JobDatabase;
    let dataDir: string;
    beforeAll(async () => {
      tdb = await createTestDatabase('bb_pose');
      const orm = await initOrm(tdb.url);
      try { await migrate(orm); } finally { await orm.close(true); }
      db = new JobDatabase(tdb.url);
      dataDir = mkdtempSync(join(tmpdir(), 'bb-pose-data-'));
      mkdirSync(join(dir, 'lib/basic'), { recursive: true });
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=1280x720:r=30:d=5', '-c:v', 'libx264', '-preset', 'ultrafast', resolve(dir, 'lib/basic/basic_1.mp4')]);
      writeFileSync(join(dir, 'lib', ANNOTATION_FILE), JSON.stringify({ clips: [
        { clip_id: 'basic_1', video_path: 'basic/basic_1.mp4', move_label: 'basic', energy_level: 'medium', estimated_tempo: 120, difficulty: 'low' },
      ] }));
    });
    afterAll(async () => {
      await db?.close();
      await tdb?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('stores start and end poses (17 keypoints per dancer, in frame coordinates) and motion', async () => {
      const config = loadJobConfig({ DATABASE_URL: tdb.url, DATA_DIR: dataDir });
      const logged: string[] = [];
      const summary = await importLibrary({ directory: join(dir, 'lib'), db, storage: config.storage, workDir: join(dataDir, 'work'), poseModel: modelFile, log: (l) => logged.push(l) });
      expect(summary.failed).toEqual([]);
      expect(summary.imported).toEqual(['basic_1']);
      expect(summary.clips[0]).toMatchObject({ posed: true });
      expect(logged).not.toContain(POSE_SKIPPED_MESSAGE);
      const { rows } = await db.query(`SELECT pose_start, pose_end, motion, pose_embedding, beats FROM move_embeddings WHERE move_id = 'basic_1'`);
      const row = rows[0];
      expect(row.beats).toBe(8);
      for (const pose of [row.pose_start, row.pose_end]) {
        expect(pose.lead).toHaveLength(17);
        expect(pose.follow).toHaveLength(17);
        // the rendition is 640×360: input y 140..500 is the frame; LEAD's first keypoint is (164, 186.67)
        expect(pose.lead[0][0]).toBeCloseTo(164 / 640, 3);
        expect(pose.lead[0][1]).toBeCloseTo((LEAD[6] - 140) / 360, 3);
        expect(pose.lead[0][2]).toBeCloseTo(0.9, 3);
        expect(pose.follow[16][0]).toBeCloseTo(FOLLOW[5 + 48] / 640, 3);
        expect(pose.follow[16][1]).toBeCloseTo((FOLLOW[6 + 48] - 140) / 360, 3);
      }
      expect(row.pose_embedding).toHaveLength(2 * 17 * 3);
      expect(row.motion).toMatchObject({ sampledCounts: [0, 2, 4, 6, 8], meanLead: 0, meanFollow: 0, peoplePerFrame: [3, 3, 3, 3, 3], import: expect.any(Object) });
      expect(row.motion.lead).toEqual([0, 0, 0, 0]);

      // unchanged clip and poses already there: nothing is encoded or posed again
      const again = await importLibrary({ directory: join(dir, 'lib'), db, storage: config.storage, workDir: join(dataDir, 'work'), poseModel: modelFile, log: () => undefined });
      expect(again.skipped).toEqual(['basic_1']);
      expect(again.clips[0]).toMatchObject({ encoded: false, posed: false });
    });

    it('frames the rendition on the couple from pose data: an off-centre couple stays whole in frame, feet included', async () => {
      // a wide room (1280×720) with the couple small at the bottom left: red lead, blue follow, feet near the floor line
      const lib = join(dir, 'lib-framing');
      mkdirSync(join(lib, 'basic'), { recursive: true });
      const lead = { x1: 100, y1: 330, x2: 260, y2: 700 }, follow = { x1: 300, y1: 320, x2: 440, y2: 700 };
      const box = (b: typeof lead, c: string) => `drawbox=x=${b.x1}:y=${b.y1}:w=${b.x2 - b.x1}:h=${b.y2 - b.y1}:color=${c}:t=fill`;
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x6a7480:s=1280x720:r=30:d=4',
        '-vf', `${box(lead, 'red')},${box(follow, 'blue')},drawbox=x=900:y=80:w=200:h=120:color=0xd0d0a0:t=fill`,
        '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(lib, 'basic/offcentre.mp4')]);
      writeFileSync(join(lib, ANNOTATION_FILE), JSON.stringify({ clips: [
        { clip_id: 'offcentre', video_path: 'basic/offcentre.mp4', move_label: 'basic', energy_level: 'medium', estimated_tempo: 120, difficulty: 'low' },
      ] }));
      // the model sees them where they are: letterboxed into 640×640 the frame is scaled by 1/2 and starts at y = 140
      const inInput = (b: typeof lead, score: number) => candidate((b.x1 + b.x2) / 4, 140 + (b.y1 + b.y2) / 4, (b.x2 - b.x1) / 2, (b.y2 - b.y1) / 2, score);
      const framingModel = join(dir, 'framing.onnx');
      writeFileSync(framingModel, yoloPoseModel([inInput(lead, 0.9), inInput(follow, 0.88)]));
      const config = loadJobConfig({ DATABASE_URL: tdb.url, DATA_DIR: dataDir });
      const summary = await importLibrary({ directory: lib, db, storage: config.storage, workDir: join(dataDir, 'work-framing'), poseModel: framingModel, log: () => undefined });
      expect(summary.failed).toEqual([]);
      const { rows } = await db.query(`SELECT clip_path, motion FROM move_embeddings WHERE move_id = 'offcentre'`);
      // the crop chosen: the couple's box (with room above, below the feet and at the sides) at 16:9, centred on
      // them and kept inside the picture, not the whole wide room and not a centre crop
      const frame = rows[0].motion.import.frame;
      expect(frame).toEqual({ x: 0, y: 288, w: 768, h: 432 });
      expect(rows[0].motion.import.framedByPose).toBe(true);
      expect(renditionFilter(frame)).toContain('crop=768:432:0:288,');
      expect(framingWindow({ x: 0, y: 0, w: 1280, h: 720 }, { x: lead.x1, y: follow.y1, w: follow.x2 - lead.x1, h: lead.y2 - follow.y1 })).toEqual(frame);

      const framesDir = resolve(__dirname, '../../.data/test/frames');
      mkdirSync(framesDir, { recursive: true });
      for (const [size, w, h] of [['360p', 640, 360], ['720p', 1280, 720]] as const) {
        const file = join(dataDir, 'media', size === '360p' ? rows[0].clip_path : rows[0].clip_path.replace(/\.mp4$/, '.720p.mp4'));
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', '1', '-i', file, '-frames:v', '1', '-update', '1', join(framesDir, `pose-framing-${size}.png`)]);
        const rgb = execFileSync('ffmpeg', ['-v', 'error', '-ss', '1', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 16 << 20 });
        // where the red and the blue dancers are in the rendition
        const extent = (want: (r: number, g: number, b: number) => boolean) => {
          let x1: number = w, y1: number = h, x2 = -1, y2 = -1;
          for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 3;
            if (want(rgb[i], rgb[i + 1], rgb[i + 2])) { x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x); y2 = Math.max(y2, y); }
          }
          return { x1, y1, x2, y2 };
        };
        const red = extent((r, g, b) => r > 180 && g < 80 && b < 80);
        const blue = extent((r, g, b) => b > 180 && r < 80 && g < 80);
        // the window is 16:9 to the pixel: the picture reaches both sides (no sliver of the darker fill)
        for (const x of [0, w - 1]) {
          const i = ((h >> 1) * w + x) * 3;
          expect(Math.abs(rgb[i] - 0x6a) + Math.abs(rgb[i + 1] - 0x74) + Math.abs(rgb[i + 2] - 0x80)).toBeLessThan(24);
        }
        const k = w / 768; // source pixels → rendition pixels
        for (const [seen, was] of [[red, lead], [blue, follow]] as const) {
          // whole, feet included, with room to spare, and bigger than the whole room fitted into the frame would show them
          expect(seen.x1).toBeGreaterThan(0);
          expect(seen.y1).toBeGreaterThan(0);
          expect(seen.x2).toBeLessThan(w - 1);
          expect(seen.y2).toBeLessThan(h - 1);
          expect(Math.abs(seen.y2 - (was.y2 - 288) * k)).toBeLessThanOrEqual(3 * k);
          expect(Math.abs(seen.x1 - was.x1 * k)).toBeLessThanOrEqual(3 * k);
          expect(seen.y2 - seen.y1).toBeGreaterThan(((was.y2 - was.y1) * w) / 1280 * 1.5);
        }
      }
    });
  });
});
