import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIFFICULTIES, ENERGY_LEVELS, POSITIONS, STYLES, type MoveClip } from '@bachata/core';
import { buildGeneratedLibrary, countPoses, GENERATED_MOVES, MANIFEST_FILE, POSES_FILE, readGeneratedLibrary } from '../src/library/generated';
import { ffprobe } from '../src/media/ffmpeg';
import { coupleAt } from '../src/library/generated/timeline';
import { project } from '../src/library/generated/body';
import { drawCouple } from '../src/library/generated/figure';
import { Raster } from '../src/library/generated/raster';

const REQUIRED = [
  'basic_side', 'basic_forward_back', 'basic_turn', 'cross_body_lead', 'ladys_left_turn', 'ladys_right_turn', 'leads_spin',
  'hammerlock', 'shadow_entry', 'shadow_exit', 'hip_roll', 'body_wave', 'head_roll', 'dip', 'golpes', 'intro', 'outro',
];
const ANKLES = [15, 16];
const px = (a: number[], b: number[]) => Math.hypot((a[0] - b[0]) * 640, (a[1] - b[1]) * 360);

describe('generated move data', () => {
  it('has every required figure with valid annotations', () => {
    expect(GENERATED_MOVES.length).toBeGreaterThanOrEqual(16);
    const labels = GENERATED_MOVES.map((m) => m.label);
    for (const l of REQUIRED) expect(labels).toContain(l);
    expect(new Set(GENERATED_MOVES.map((m) => m.moveId)).size).toBe(GENERATED_MOVES.length);
    for (const m of GENERATED_MOVES) {
      expect([8, 16]).toContain(m.beats);
      expect(DIFFICULTIES).toContain(m.difficulty);
      expect(ENERGY_LEVELS).toContain(m.energy);
      expect(STYLES).toContain(m.style);
      expect(POSITIONS).toContain(m.startPosition);
      expect(POSITIONS).toContain(m.endPosition);
      // a whole number of frames at 30 fps
      expect(Number.isInteger((m.beats * 60 * 30) / m.tempo)).toBe(true);
    }
  });

  it('gives 17 keypoints inside the frame for both dancers on every count', () => {
    for (const m of GENERATED_MOVES) {
      const poses = countPoses(m);
      expect(poses).toHaveLength(m.beats + 1);
      for (const p of poses) for (const kp of [p.lead, p.follow]) {
        expect(kp).toHaveLength(17);
        for (const [x, y] of kp) {
          expect(x).toBeGreaterThan(0.02); expect(x).toBeLessThan(0.98);
          expect(y).toBeGreaterThan(0.0); expect(y).toBeLessThan(1);
        }
      }
    }
  });

  it('keeps bachata timing: a step on 1-2-3 and 5-6-7, a tap on 4 and 8 with the hips moving', () => {
    const basic = GENERATED_MOVES.filter((m) => m.footwork === 'basic');
    expect(basic.length).toBeGreaterThanOrEqual(12);
    for (const m of basic) {
      const poses = countPoses(m);
      for (let k = 0; k < m.beats; k++) {
        const landing = ((k + 1) % 8) + 1; // the count the movement from count k+1 lands on
        for (const role of ['lead', 'follow'] as const) {
          const a = poses[k][role], b = poses[k + 1][role];
          const moved = Math.max(...ANKLES.map((i) => px(a[i], b[i])));
          const where = `${m.moveId} ${role} count ${landing} (${k + 2})`;
          if (landing === 4 || landing === 8) {
            expect([where, moved < 4]).toEqual([where, true]);
            const hips = px([(a[11][0] + a[12][0]) / 2, (a[11][1] + a[12][1]) / 2], [(b[11][0] + b[12][0]) / 2, (b[11][1] + b[12][1]) / 2]);
            if (m.label === 'basic_side') expect(hips).toBeGreaterThan(1.5);
          } else {
            expect([where, moved > 6]).toEqual([where, true]);
          }
        }
      }
    }
  });

  it('differs from count to count inside a beat (eased motion, not a slideshow)', () => {
    const m = GENERATED_MOVES.find((x) => x.label === 'basic_side')!;
    const poses = countPoses(m);
    expect(px(poses[0].lead[15], poses[0].lead[16])).toBeGreaterThan(10);
    // the end pose is the start pose again: the basic loops
    for (let i = 0; i < 17; i++) expect(px(poses[0].lead[i], poses[8].lead[i])).toBeLessThan(0.5);
  });
});

const SUBSET = ['gen_basic_side', 'gen_basic_turn', 'gen_golpes', 'gen_hip_roll'];

describe('figures that teach', () => {
  const move = (label: string) => GENERATED_MOVES.find((m) => m.label === label)!;
  const samples = (m: (typeof GENERATED_MOVES)[number]) => Array.from({ length: m.beats * 4 + 1 }, (_, i) => 1 + i / 4);
  /** screen x of a dancer's body: the middle of hips and shoulders */
  const bodyX = (s: { joints: number[][] }) => [5, 6, 11, 12].reduce((a, j) => a + project(s.joints[j] as [number, number, number])[0], 0) / 4;

  it('keeps both dancers visible through the couple turn: the camera never looks along the line between them', () => {
    const m = move('basic_turn');
    for (const c of samples(m)) {
      const p = coupleAt(m, c);
      // closed hold is about 0.5 m apart; seen from along that line they would stand on the same spot
      expect(Math.abs(bodyX(p.lead) - bodyX(p.follow))).toBeGreaterThan(40);
    }
    // the turn is still seen: the camera has orbited a full circle with the couple over the move
    expect(Math.abs(coupleAt(m, 17).cam - coupleAt(m, 1).cam)).toBeCloseTo(360, 0);
  });

  it('draws the follow\'s skirt over her thighs from every side', () => {
    const r = new Raster(640, 360);
    const skin = [0xe0, 0xa9, 0x82];
    for (const label of ['basic_side', 'basic_turn', 'ladys_right_turn']) {
      const m = move(label);
      for (const c of samples(m)) {
        const p = coupleAt(m, c);
        drawCouple(r, p);
        for (const [hip, knee] of [[11, 13], [12, 14]]) {
          // a third of the way from hip to knee is under the skirt
          const a = project(p.follow.joints[hip] as [number, number, number]), b = project(p.follow.joints[knee] as [number, number, number]);
          const x = Math.round(a[0] + (b[0] - a[0]) / 3), y = Math.round(a[1] + (b[1] - a[1]) / 3);
          const i = (y * 640 + x) * 3;
          const d = Math.abs(r.data[i] - skin[0]) + Math.abs(r.data[i + 1] - skin[1]) + Math.abs(r.data[i + 2] - skin[2]);
          expect(d).toBeGreaterThan(40);
        }
      }
    }
  });

  it('makes golpes a stomp (the free foot knee-high) where the basic only taps', () => {
    const maxLift = (label: string, from: number, to: number) => {
      const m = move(label);
      let top = 0;
      for (let c = from; c <= to; c += 0.05) {
        const p = coupleAt(m, c);
        for (const s of [p.lead, p.follow]) for (const a of ANKLES) top = Math.max(top, s.joints[a][1]);
      }
      return top - 0.045 * 1.78;
    };
    expect(maxLift('golpes', 3, 4)).toBeGreaterThan(0.15);
    expect(maxLift('golpes', 7, 8)).toBeGreaterThan(0.15);
    expect(maxLift('basic_forward_back', 3, 4)).toBeLessThan(0.06);
  });

  it('marks a weighted foot on the floor more strongly than one that only touches it', () => {
    // count 1 of the side basic: the lead has stepped onto his left, the right touches the floor without weight
    const p = coupleAt(move('basic_side'), 1);
    expect(p.lead.weightLeft).toBe(1);
    const r = new Raster(640, 360);
    drawCouple(r, p);
    const blueAt = (ankle: number) => {
      const a = p.lead.joints[ankle] as [number, number, number];
      let best = 0;
      // the mark shows around the shoe on the floor: the bluest pixel near the foot
      const [x0, y0] = project([a[0] + p.lead.facing[0] * 0.06, 0, a[2] + p.lead.facing[1] * 0.06]);
      for (let dy = 0; dy <= 8; dy++) for (let dx = -8; dx <= 8; dx++) {
        const i = (Math.round(y0 + dy) * 640 + Math.round(x0 + dx)) * 3;
        best = Math.max(best, r.data[i + 2] - (r.data[i] + r.data[i + 1]) / 2);
      }
      return best;
    };
    expect(blueAt(15)).toBeGreaterThan(blueAt(16) + 15);
  });
});

describe('drawing', () => {
  it('draws two different, sizeable figures with smooth edges', () => {
    const r = new Raster(640, 360);
    drawCouple(r, coupleAt(GENERATED_MOVES.find((m) => m.label === 'basic_side')!, 1));
    let blue = 0, magenta = 0, edges = 0;
    const near = (i: number, c: number[]) => Math.abs(r.data[i] - c[0]) + Math.abs(r.data[i + 1] - c[1]) + Math.abs(r.data[i + 2] - c[2]) < 30;
    for (let i = 0; i < r.data.length; i += 3) {
      if (near(i, [0x1f, 0x3f, 0x8f])) blue++;
      if (near(i, [0xd3, 0x16, 0x5e])) magenta++;
    }
    // a partly covered pixel between the dark-blue shirt and the wall exists somewhere along each edge
    for (let i = 0; i < r.data.length; i += 3) if (r.data[i + 2] > 0x60 && r.data[i + 2] < 0x8a && r.data[i] < 0x30) edges++;
    expect(blue).toBeGreaterThan(2500); // the lead's shirt
    expect(magenta).toBeGreaterThan(2500); // the follow's dress
    expect(edges).toBeGreaterThan(20);
  });
});

describe('buildGeneratedLibrary', () => {
  let dir: string;
  let clips: MoveClip[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'genlib-'));
    // a subset covering every tempo and both lengths keeps the test quick; `npm run library:build` renders all
    clips = await buildGeneratedLibrary(dir, { moves: SUBSET });
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every move as H.264 640x360 30 fps, exactly beats x 60 / tempo long, no audio', async () => {
    expect(clips.map((c) => c.moveId).sort()).toEqual([...SUBSET].sort());
    expect(new Set(clips.map((c) => `${c.tempo}/${c.beats}`)).size).toBe(4);
    for (const c of clips) {
      const p = await ffprobe(c.clip, { extra: ['-count_packets'] });
      const v = p.streams.filter((s) => s.codec_type === 'video');
      expect(v).toHaveLength(1);
      expect(p.streams.filter((s) => s.codec_type === 'audio')).toHaveLength(0);
      expect(v[0]).toMatchObject({ codec_name: 'h264', width: 640, height: 360, r_frame_rate: '30/1', pix_fmt: 'yuv420p' });
      const frames = Number((v[0] as unknown as { nb_read_packets: string }).nb_read_packets);
      expect(frames).toBe(Math.round((c.beats * 60 * 30) / c.tempo));
      expect(Math.abs(Number(p.format.duration) - c.duration)).toBeLessThan(1 / 30);
      expect(c.poseStart?.lead).toHaveLength(17);
      expect(c.poseEnd?.follow).toHaveLength(17);
    }
  });

  it('writes a manifest and skips clips that are up to date', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    expect(manifest.moves).toHaveLength(SUBSET.length);
    const poses = JSON.parse(readFileSync(join(dir, POSES_FILE), 'utf8'));
    expect(Object.keys(poses).sort()).toEqual([...SUBSET].sort());
    expect(poses.gen_basic_turn).toHaveLength(17);
    expect(poses.gen_basic_turn[0].follow).toHaveLength(17);
    expect(readGeneratedLibrary(dir)!.map((c) => c.clip)).toEqual(clips.map((c) => c.clip));
    const before = statSync(clips[0].clip).mtimeMs;
    const rendered: string[] = [];
    await buildGeneratedLibrary(dir, { moves: SUBSET, onClip: (id, r) => { if (r) rendered.push(id); } });
    expect(rendered).toEqual([]);
    expect(statSync(clips[0].clip).mtimeMs).toBe(before);
  });
});
