/**
 * The built-in moves, as keyframes on the counts. Bachata timing throughout: a step lands on 1, 2, 3
 * and on 5, 6, 7; 4 and 8 are a tap (or a golpe) with the hip accent, the feet staying where they are.
 */
import type { MoveClip, Position } from '@bachata/core';
import type { CoupleKey, DancerKey, GripSpec, HandSpec } from './body';

type Num = Partial<Record<keyof DancerKey, number>>;

/** A built-in move: the library's annotations (as on every MoveClip) plus its poses as data. */
export interface GeneratedMove extends Pick<MoveClip, 'moveId' | 'name' | 'label' | 'difficulty' | 'energy' | 'style'> {
  /** reference tempo (BPM); beats × 60 / tempo × 30 is a whole number of frames */
  tempo: number;
  beats: 8 | 16;
  startPosition: Position;
  endPosition: Position;
  /** 'basic' = steps on 1-2-3 / 5-6-7 and a tap on 4 / 8 for both dancers (asserted by tests) */
  footwork: 'basic' | 'free';
  /** keys on counts 1..beats+1 (the last is the pose the next move starts from) */
  keys: CoupleKey[];
  /** additive, continuous motion on top of the keys (hip rolls, waves) */
  overlay?: (count: number) => { lead?: Num; follow?: Num };
}

interface Feet { lf: [number, number]; rf: [number, number]; w: number; sway: number; liftL?: number; liftR?: number }

/** Lead's side-to-side basic: 1 L side, 2 R closes, 3 L side (R drawn in), 4 R taps; then back to the right. */
const SIDE: Feet[] = [
  { lf: [0.07, 0], rf: [-0.32, 0], w: 1, sway: 0.01 },
  { lf: [0.07, 0], rf: [-0.07, 0], w: 0, sway: 0 },
  { lf: [0.32, 0], rf: [0.18, 0], w: 1, sway: 0.01 },
  { lf: [0.32, 0], rf: [0.195, 0.01], w: 1, sway: 0.055, liftR: 0.035 },
  { lf: [0.32, 0], rf: [-0.05, 0], w: 0, sway: -0.01 },
  { lf: [0.09, 0], rf: [-0.05, 0], w: 1, sway: 0 },
  { lf: [-0.18, 0], rf: [-0.32, 0], w: 0, sway: -0.01 },
  { lf: [-0.165, 0.01], rf: [-0.32, 0], w: 0, sway: -0.055, liftL: 0.035 },
];

/** Lead's forward-back basic: 1 L forward, 2 R replaces, 3 L closes, 4 R taps; 5 R back, 6 L replaces, 7 R closes, 8 L taps. */
const FORWARD: Feet[] = [
  { lf: [0.07, 0.24], rf: [-0.07, 0], w: 1, sway: 0 },
  { lf: [0.07, 0.24], rf: [-0.07, -0.1], w: 0, sway: 0 },
  { lf: [0.07, -0.08], rf: [-0.07, -0.1], w: 1, sway: 0 },
  { lf: [0.07, -0.08], rf: [-0.075, -0.09], w: 1, sway: 0.05, liftR: 0.035 },
  { lf: [0.07, -0.08], rf: [-0.07, -0.32], w: 0, sway: 0 },
  { lf: [0.07, 0.02], rf: [-0.07, -0.32], w: 1, sway: 0 },
  { lf: [0.07, 0.02], rf: [-0.07, 0], w: 0, sway: 0 },
  { lf: [0.075, 0.01], rf: [-0.07, 0], w: 0, sway: -0.05, liftL: 0.035 },
];

/** Steps almost in place, for a dancer who turns (the turn itself moves the feet). */
const TURN: Feet[] = [
  { lf: [0.08, 0.02], rf: [-0.08, 0], w: 1, sway: 0 },
  { lf: [0.08, 0], rf: [-0.08, 0.03], w: 0, sway: 0 },
  { lf: [0.08, 0.03], rf: [-0.08, 0], w: 1, sway: 0 },
  { lf: [0.08, 0.03], rf: [-0.075, 0.01], w: 1, sway: 0.04, liftR: 0.03 },
  { lf: [0.08, 0], rf: [-0.08, 0.03], w: 0, sway: 0 },
  { lf: [0.08, 0.03], rf: [-0.08, 0], w: 1, sway: 0 },
  { lf: [0.08, 0], rf: [-0.08, 0.03], w: 0, sway: 0 },
  { lf: [0.075, 0.01], rf: [-0.08, 0.03], w: 0, sway: -0.04, liftL: 0.03 },
];

/** The partner facing the lead does the same step with the other foot, in the same direction. */
function mirror(f: Feet): Feet {
  return { lf: [-f.rf[0], -f.rf[1]], rf: [-f.lf[0], -f.lf[1]], w: 1 - f.w, sway: -f.sway, liftL: f.liftR, liftR: f.liftL };
}

const pattern = (p: Feet[], count: number) => p[(((count - 1) % 8) + 8) % 8];

type Where = { a: number; f: number; face: number };
const SPOTS: Record<Position, { lead: Where; follow: Where; phi: number }> = {
  closed: { lead: { a: 0, f: -0.25, face: 0 }, follow: { a: 0, f: 0.25, face: 180 }, phi: 0 },
  open: { lead: { a: 0, f: -0.4, face: 0 }, follow: { a: 0, f: 0.4, face: 180 }, phi: 0 },
  // facing the camera, the follow in front and a little to the side
  shadow: { lead: { a: -0.12, f: -0.2, face: 0 }, follow: { a: 0.1, f: 0.16, face: 0 }, phi: -60 },
};

const GRIPS: Record<string, GripSpec> = {
  hold: { lead: 'l', follow: 'r', y: 1.3, da: 0.2 },
  lr: { lead: 'l', follow: 'r', y: 0.98, da: 0.1 },
  rl: { lead: 'r', follow: 'l', y: 0.98, da: -0.1 },
  up: { lead: 'l', follow: 'r', y: 0.12, overHead: true, da: 0.05 },
  upr: { lead: 'r', follow: 'r', y: 0.12, overHead: true },
  sl: { lead: 'l', follow: 'l', y: 1.12, da: 0.3, df: 0.05 },
  sr: { lead: 'r', follow: 'r', y: 1.12, da: -0.3, df: 0.05 },
  lowr: { lead: 'l', follow: 'r', y: 1.0, da: 0 },
};

type Hands = { l: HandSpec; r: HandSpec };
const HANDS: Record<string, { lead: Hands; follow: Hands }> = {
  closed: { lead: { l: { grip: 'hold' }, r: { on: 'back', side: 'l' } }, follow: { l: { on: 'shoulder', side: 'r' }, r: { grip: 'hold' } } },
  open: { lead: { l: { grip: 'lr' }, r: { grip: 'rl' } }, follow: { l: { grip: 'rl' }, r: { grip: 'lr' } } },
  one: { lead: { l: { grip: 'lr' }, r: { free: [0.06, -0.5, 0.08] } }, follow: { l: { free: [0.1, -0.45, 0.05] }, r: { grip: 'lr' } } },
  turn: { lead: { l: { grip: 'up' }, r: { free: [0.08, -0.48, 0.1] } }, follow: { l: { free: [0.22, -0.3, 0] }, r: { grip: 'up' } } },
  shadow: { lead: { l: { grip: 'sl' }, r: { grip: 'sr' } }, follow: { l: { grip: 'sl' }, r: { grip: 'sr' } } },
  shadowHips: { lead: { l: { on: 'hip', side: 'l' }, r: { on: 'hip', side: 'r' } }, follow: { l: { free: [0.12, -0.42, 0.12] }, r: { free: [0.12, -0.42, 0.12] } } },
  free: { lead: { l: { free: [0.08, -0.5, 0.06] }, r: { free: [0.08, -0.5, 0.06] } }, follow: { l: { free: [0.08, -0.47, 0.05] }, r: { free: [0.08, -0.47, 0.05] } } },
  styling: { lead: { l: { grip: 'lowr' }, r: { free: [0.45, 0.05, 0.1] } }, follow: { l: { free: [0.35, 0.35, 0.05] }, r: { grip: 'lowr' } } },
  hammer: { lead: { l: { on: 'waist', side: 'r' }, r: { on: 'back', side: 'l' } }, follow: { l: { on: 'shoulder', side: 'r' }, r: { free: [0.02, -0.38, -0.22] } } },
  dip: { lead: { l: { grip: 'hold' }, r: { on: 'back', side: 'l' } }, follow: { l: { on: 'shoulder', side: 'r' }, r: { grip: 'hold' } } },
};

interface KeyOpts {
  pos?: Position;
  hands?: keyof typeof HANDS;
  phi?: number;
  cam?: number;
  lead?: Partial<DancerKey>;
  follow?: Partial<DancerKey>;
  /** footwork pattern of each dancer (the follow's is mirrored unless in shadow position) */
  steps?: Feet[];
  followSteps?: Feet[];
  leadSteps?: Feet[];
  /** count used to pick the step from the pattern (defaults to t) */
  stepCount?: number;
}

function dancer(where: Where, feet: Feet, over: Partial<DancerKey> | undefined, hands: Hands): DancerKey {
  return {
    a: where.a, f: where.f, face: where.face, lf: feet.lf, rf: feet.rf, w: feet.w, sway: feet.sway,
    liftL: feet.liftL, liftR: feet.liftR,
    hipF: 0, lean: 0, side: 0, chest: 0, tilt: 0, nod: 0, bend: 0.12, hands, ...over,
  };
}

function key(t: number, o: KeyOpts = {}): CoupleKey {
  const pos = o.pos ?? 'closed';
  const spots = SPOTS[pos];
  const hands = HANDS[o.hands ?? (pos === 'shadow' ? 'shadow' : pos)];
  const sc = o.stepCount ?? t;
  const leadFeet = pattern(o.leadSteps ?? o.steps ?? SIDE, sc);
  const fp = pattern(o.followSteps ?? o.steps ?? SIDE, sc);
  const followFeet = pos === 'shadow' && !o.followSteps ? fp : o.followSteps ? fp : mirror(fp);
  return {
    t, phi: o.phi ?? spots.phi, cam: o.cam, x: 0, z: 0,
    lead: dancer(spots.lead, leadFeet, o.lead, hands.lead),
    follow: dancer(spots.follow, followFeet, o.follow, hands.follow),
    grips: GRIPS,
  };
}

/** keys for counts from..to (inclusive) with the same options */
function run(from: number, to: number, o: KeyOpts | ((t: number) => KeyOpts)): CoupleKey[] {
  const out: CoupleKey[] = [];
  for (let t = from; t <= to; t++) out.push(key(t, typeof o === 'function' ? o(t) : o));
  return out;
}

const meta = (m: Omit<GeneratedMove, 'keys' | 'overlay' | 'footwork'> & { footwork?: 'basic' | 'free' }) => ({ footwork: 'basic' as const, ...m });

// follow spins on 5-7 by `dir` × 360° around her own spot
const followTurn = (t: number, from: number, dir: 1 | -1, start = 180) =>
  start + dir * 360 * Math.min(1, Math.max(0, (t - from) / 3));

export const GENERATED_MOVES: GeneratedMove[] = [
  {
    ...meta({ moveId: 'gen_basic_side', name: 'Basic side to side', label: 'basic_side', difficulty: 'beginner', energy: 'low', style: 'romantic', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: run(1, 9, {}),
  },
  {
    ...meta({ moveId: 'gen_basic_forward_back', name: 'Basic forward and back', label: 'basic_forward_back', difficulty: 'beginner', energy: 'medium', style: 'romantic', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: run(1, 9, { steps: FORWARD }),
  },
  {
    ...meta({ moveId: 'gen_basic_open', name: 'Basic in open position', label: 'basic_open', difficulty: 'beginner', energy: 'low', style: 'playful', tempo: 120, beats: 8, startPosition: 'open', endPosition: 'open' }),
    keys: run(1, 9, { pos: 'open' }),
  },
  {
    ...meta({ moveId: 'gen_basic_turn', name: 'Basic with turn of the couple', label: 'basic_turn', difficulty: 'beginner', energy: 'medium', style: 'romantic', tempo: 120, beats: 16, startPosition: 'closed', endPosition: 'closed' }),
    // the couple rotates a full circle over two basics, stepping on 1-2-3 and turning less on the taps;
    // the camera orbits with them (the room turns behind), so the view swings only ±25° and both stay visible
    keys: run(1, 17, (t) => ({ phi: -360 * coupleTurn(t), cam: -360 * coupleTurn(t) - 25 * Math.sin((-2 * Math.PI) * coupleTurn(t)) })),
  },
  {
    ...meta({ moveId: 'gen_cross_body_lead', name: 'Cross body lead', label: 'cross_body_lead', difficulty: 'intermediate', energy: 'medium', style: 'playful', tempo: 120, beats: 16, startPosition: 'open', endPosition: 'open' }),
    keys: crossBodyLead(),
  },
  {
    ...meta({ moveId: 'gen_ladys_right_turn', name: "Lady's right turn", label: 'ladys_right_turn', difficulty: 'beginner', energy: 'medium', style: 'playful', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: ladysTurn(1),
  },
  {
    ...meta({ moveId: 'gen_ladys_left_turn', name: "Lady's left turn", label: 'ladys_left_turn', difficulty: 'intermediate', energy: 'medium', style: 'playful', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: ladysTurn(-1),
  },
  {
    ...meta({ moveId: 'gen_leads_spin', name: "Lead's spin", label: 'leads_spin', difficulty: 'intermediate', energy: 'high', style: 'energetic', tempo: 120, beats: 8, startPosition: 'open', endPosition: 'open' }),
    keys: [
      ...run(1, 4, { pos: 'open', hands: 'open' }),
      ...run(5, 8, (t) => ({ pos: 'open', hands: 'free', leadSteps: TURN, followSteps: mirrorAll(SIDE), lead: { face: -360 * Math.min(1, (t - 4) / 3) } })),
      key(9, { pos: 'open', lead: { face: -360 } }),
    ],
  },
  {
    ...meta({ moveId: 'gen_hammerlock', name: 'Hammerlock', label: 'hammerlock', difficulty: 'intermediate', energy: 'medium', style: 'sensual', tempo: 120, beats: 16, startPosition: 'closed', endPosition: 'closed' }),
    keys: [
      ...run(1, 3, {}),
      key(4, { hands: 'one' }),
      ...run(5, 7, (t) => ({ hands: 'turn', followSteps: TURN, follow: { face: followTurn(t, 4, 1), f: 0.32 } })),
      key(8, { hands: 'hammer', followSteps: TURN, follow: { face: 540, f: 0.32 } }),
      ...run(9, 12, { hands: 'hammer', follow: { face: 540, f: 0.2, sway: 0.02 } }),
      key(13, { hands: 'turn', followSteps: TURN, follow: { face: 540, f: 0.3 } }),
      ...run(14, 15, (t) => ({ hands: 'turn', followSteps: TURN, follow: { face: 540 - 180 * (t - 13), f: 0.32 } })),
      key(16, { hands: 'one', followSteps: TURN, follow: { face: 180, f: 0.32 } }),
      key(17, {}),
    ],
  },
  {
    ...meta({ moveId: 'gen_shadow_entry', name: 'Shadow position entry', label: 'shadow_entry', difficulty: 'intermediate', energy: 'medium', style: 'sensual', tempo: 120, beats: 8, startPosition: 'open', endPosition: 'shadow' }),
    keys: [
      ...run(1, 3, { pos: 'open' }),
      key(4, { pos: 'open', hands: 'one' }),
      key(5, { pos: 'open', hands: 'turn', followSteps: TURN, phi: -20, follow: { face: 240, f: 0.3 } }),
      key(6, { pos: 'open', hands: 'turn', followSteps: TURN, phi: -40, follow: { face: 300, f: 0.22 } }),
      key(7, { pos: 'shadow', hands: 'turn', followSteps: TURN, follow: { face: 360 } }),
      key(8, { pos: 'shadow', followSteps: TURN, follow: { face: 360 } }),
      key(9, { pos: 'shadow', follow: { face: 360 } }),
    ],
  },
  {
    ...meta({ moveId: 'gen_shadow_basic', name: 'Basic in shadow position', label: 'shadow_basic', difficulty: 'intermediate', energy: 'low', style: 'sensual', tempo: 120, beats: 8, startPosition: 'shadow', endPosition: 'shadow' }),
    keys: run(1, 9, (t) => ({ pos: 'shadow', hands: t >= 5 && t <= 8 ? 'shadowHips' : 'shadow' })),
  },
  {
    ...meta({ moveId: 'gen_shadow_exit', name: 'Shadow position exit', label: 'shadow_exit', difficulty: 'intermediate', energy: 'medium', style: 'sensual', tempo: 120, beats: 8, startPosition: 'shadow', endPosition: 'closed' }),
    keys: [
      ...run(1, 3, { pos: 'shadow' }),
      key(4, { pos: 'shadow', hands: 'one' }),
      key(5, { pos: 'shadow', hands: 'turn', followSteps: TURN, phi: -40, follow: { face: 60 } }),
      key(6, { pos: 'closed', hands: 'turn', followSteps: TURN, phi: -20, follow: { face: 120, f: 0.33 } }),
      key(7, { pos: 'closed', hands: 'turn', followSteps: TURN, follow: { face: 180, f: 0.3 } }),
      key(8, { pos: 'closed', hands: 'closed', followSteps: TURN, follow: { face: 180, f: 0.3 } }),
      key(9, {}),
    ],
  },
  {
    ...meta({ moveId: 'gen_hip_roll', name: 'Hip roll', label: 'hip_roll', difficulty: 'intermediate', energy: 'medium', style: 'sensual', tempo: 100, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: run(1, 9, { lead: { bend: 0.2 }, follow: { bend: 0.22 } }),
    overlay: (c) => {
      const ph = (2 * Math.PI * (c - 1)) / 4;
      return { lead: { sway: 0.03 * Math.sin(ph), hipF: 0.03 * Math.cos(ph) }, follow: { sway: -0.06 * Math.sin(ph), hipF: 0.06 * Math.cos(ph), side: 4 * Math.sin(ph) } };
    },
  },
  {
    ...meta({ moveId: 'gen_body_wave', name: 'Body wave', label: 'body_wave', difficulty: 'advanced', energy: 'low', style: 'sensual', tempo: 100, beats: 8, startPosition: 'closed', endPosition: 'closed', footwork: 'free' }),
    keys: [...run(1, 4, (t) => ({ steps: TURN, stepCount: t })), ...run(5, 9, {})],
    overlay: (c) => {
      if (c > 5) return {};
      const u = (c - 1) / 4; // one wave over counts 1-4, chest leads, hips follow
      const chest = 0.08 * Math.sin(2 * Math.PI * u);
      const hips = 0.07 * Math.sin(2 * Math.PI * u - 1.2);
      const env = Math.sin(Math.PI * u);
      return {
        lead: { chest: chest * 0.5, hipF: hips * 0.4, lean: -6 * env * Math.sin(2 * Math.PI * u) },
        follow: { chest: chest, hipF: hips, lean: -14 * env * Math.sin(2 * Math.PI * u), nod: -12 * env, bend: 0.15 * env },
      };
    },
  },
  {
    ...meta({ moveId: 'gen_head_roll', name: 'Head roll', label: 'head_roll', difficulty: 'advanced', energy: 'low', style: 'sensual', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    keys: run(1, 9, {}),
    overlay: (c) => {
      if (c > 5) return {};
      const u = (c - 1) / 4;
      const env = Math.sin(Math.PI * u);
      const ph = 2 * Math.PI * u;
      return {
        follow: { tilt: 28 * env * Math.sin(ph), nod: 25 * env * Math.cos(ph) - 10 * env, lean: -12 * env, side: 8 * env * Math.sin(ph) },
        lead: { lean: 5 * env },
      };
    },
  },
  {
    ...meta({ moveId: 'gen_dip', name: 'Dip', label: 'dip', difficulty: 'advanced', energy: 'low', style: 'romantic', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'closed', footwork: 'free' }),
    keys: [
      ...run(1, 4, {}),
      key(5, { hands: 'dip', steps: TURN, stepCount: 5, lead: { bend: 0.45, lean: 14, lf: [0.12, 0.3], rf: [-0.1, -0.2], w: 0.8 }, follow: { bend: 0.35, lean: -30, nod: -25, f: 0.22, rf: [-0.08, -0.1], lf: [0.1, 0.28], w: 0.2 } }),
      key(6, { hands: 'dip', steps: TURN, stepCount: 6, lead: { bend: 0.6, lean: 24, lf: [0.12, 0.34], rf: [-0.1, -0.2], w: 0.85 }, follow: { bend: 0.45, lean: -55, nod: -40, f: 0.2, rf: [-0.08, -0.1], lf: [0.1, 0.3], w: 0.15 } }),
      key(7, { hands: 'dip', steps: TURN, stepCount: 7, lead: { bend: 0.3, lean: 8, lf: [0.1, 0.15], w: 0.5 }, follow: { bend: 0.2, lean: -15, nod: -10 } }),
      key(8, { stepCount: 8 }),
      key(9, {}),
    ],
  },
  {
    ...meta({ moveId: 'gen_golpes', name: 'Golpes', label: 'golpes', difficulty: 'intermediate', energy: 'high', style: 'energetic', tempo: 144, beats: 8, startPosition: 'closed', endPosition: 'closed' }),
    // the 4 and the 8 become stomps: the free foot rises knee-high and hits the floor in place, the
    // body sinking into the hit — nothing like the small tap of a basic
    keys: run(1, 9, (t) => {
      const golpe = t === 4 || t === 8;
      const ft = pattern(SIDE, t);
      const feet = golpe ? { ...ft, sway: ft.sway * 1.6, liftL: ft.liftL ? 0.2 : undefined, liftR: ft.liftR ? 0.2 : undefined } : ft;
      const accent = golpe ? { bend: 0.38, lean: 7 } : { bend: 0.18 };
      return { steps: [feet], stepCount: 1, lead: accent, follow: accent };
    }),
  },
  {
    ...meta({ moveId: 'gen_intro', name: 'Intro: walk in and take the hold', label: 'intro', difficulty: 'beginner', energy: 'low', style: 'romantic', tempo: 120, beats: 8, startPosition: 'open', endPosition: 'closed', footwork: 'free' }),
    keys: [
      key(1, { pos: 'open', hands: 'free', lead: { f: -0.75, face: -60, w: 0.5, lf: [0.1, 0], rf: [-0.1, 0] }, follow: { f: 0.75, face: 300, w: 0.5, lf: [0.1, 0], rf: [-0.1, 0] } }),
      key(2, { pos: 'open', hands: 'free', lead: { f: -0.72, face: -45, w: 0.5, lf: [0.1, 0], rf: [-0.1, 0] }, follow: { f: 0.72, face: 270, w: 0.5, lf: [0.1, 0], rf: [-0.1, 0] } }),
      key(3, { pos: 'open', hands: 'free', lead: { f: -0.62, face: -20, lf: [0.08, 0.12], rf: [-0.08, -0.05], w: 1 }, follow: { f: 0.62, face: 215, lf: [0.08, 0.05], rf: [-0.08, -0.12], w: 0 } }),
      key(4, { pos: 'open', hands: 'one', lead: { f: -0.5, face: 0, lf: [0.08, 0.1], rf: [-0.08, 0.12], w: 0 }, follow: { f: 0.5, lf: [0.08, -0.1], rf: [-0.08, -0.12], w: 1 } }),
      key(5, { pos: 'closed', stepCount: 5, hands: 'closed', lead: { f: -0.32 }, follow: { f: 0.32 } }),
      ...run(6, 9, {}),
    ],
  },
  {
    ...meta({ moveId: 'gen_outro', name: 'Outro: turn out and final pose', label: 'outro', difficulty: 'beginner', energy: 'low', style: 'romantic', tempo: 120, beats: 8, startPosition: 'closed', endPosition: 'open', footwork: 'free' }),
    keys: [
      ...run(1, 3, {}),
      key(4, { hands: 'one' }),
      key(5, { hands: 'turn', followSteps: TURN, follow: { face: 300, f: 0.35 } }),
      key(6, { pos: 'open', hands: 'turn', followSteps: TURN, follow: { face: 450, f: 0.45 } }),
      key(7, { pos: 'open', hands: 'styling', followSteps: TURN, lead: { face: -35 }, follow: { face: 600, f: 0.5 } }),
      key(8, { pos: 'open', hands: 'styling', leadSteps: TURN, followSteps: TURN, stepCount: 3, lead: { face: -45, lean: -4 }, follow: { face: 650, f: 0.5, side: 6, tilt: 10 } }),
      key(9, { pos: 'open', hands: 'styling', leadSteps: TURN, followSteps: TURN, stepCount: 3, lead: { face: -45, lean: -4 }, follow: { face: 650, f: 0.5, side: 6, tilt: 10 } }),
    ],
  },
];

function mirrorAll(p: Feet[]): Feet[] {
  return p.map(mirror);
}

/** couple turn progress 0..1 over 16 counts: turning on the steps, pausing on the taps */
function coupleTurn(t: number): number {
  const steps = [0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 8, 9, 10, 11, 11, 12];
  return steps[Math.min(16, t - 1)] / 12;
}

function ladysTurn(dir: 1 | -1): CoupleKey[] {
  return [
    ...run(1, 3, {}),
    key(4, { hands: 'one' }),
    ...run(5, 7, (t) => ({ hands: 'turn', followSteps: TURN, follow: { face: followTurn(t, 4, dir), f: 0.32 } })),
    key(8, { hands: 'one', followSteps: TURN, follow: { face: 180 + dir * 360, f: 0.32 } }),
    key(9, { follow: { face: 180 + dir * 360 } }),
  ];
}

function crossBodyLead(): CoupleKey[] {
  const P = (t: number, lead: Where, follow: Where, hands: keyof typeof HANDS = 'one'): CoupleKey =>
    key(t, { pos: 'open', hands, lead: { ...lead }, follow: { ...follow } });
  return [
    ...run(1, 3, { pos: 'open' }),
    P(4, { a: 0, f: -0.4, face: 0 }, { a: 0, f: 0.4, face: 180 }),
    P(5, { a: 0.3, f: -0.2, face: 60 }, { a: 0, f: 0.1, face: 180 }),
    P(6, { a: 0.3, f: 0.2, face: 120 }, { a: -0.05, f: -0.3, face: 250 }),
    P(7, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(8, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(9, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(10, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(11, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(12, { a: 0, f: 0.4, face: 180 }, { a: 0, f: -0.4, face: 360 }),
    P(13, { a: -0.3, f: 0.2, face: 240 }, { a: 0, f: -0.1, face: 360 }),
    P(14, { a: -0.3, f: -0.2, face: 300 }, { a: 0.05, f: 0.3, face: 430 }),
    P(15, { a: 0, f: -0.4, face: 360 }, { a: 0, f: 0.4, face: 540 }),
    P(16, { a: 0, f: -0.4, face: 360 }, { a: 0, f: 0.4, face: 540 }),
    key(17, { pos: 'open', lead: { face: 360 }, follow: { face: 540 } }),
  ];
}

export function generatedMove(moveId: string): GeneratedMove | undefined {
  return GENERATED_MOVES.find((m) => m.moveId === moveId);
}
