/**
 * The body model of the generated library: a dancer described by a few dance parameters (where they
 * stand, where they face, where each foot is, where the weight is, how the hips sway) is solved into
 * 3D joints and projected onto the 640×360 frame as the 17 COCO keypoints.
 *
 * The couple stands in a "couple frame": A = the lead's lateral axis (his left +), F = the lead's
 * forward (towards the follow). The camera sees that frame turned by 60° so that both the side-to-side
 * and the forward-back basic read as movement across the screen.
 */
import type { Keypoints } from '@bachata/core';

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 360;
/** pixels per metre at the floor line */
export const SCALE = 168;
/** y of the floor (z = 0) in pixels */
export const FLOOR_Y = 326;
/** a camera slightly above: nearer points sit lower in the frame */
const ELEVATION = 0.22;
const BASE_ANGLE = 60;

export const KP = {
  nose: 0, leftEye: 1, rightEye: 2, leftEar: 3, rightEar: 4,
  leftShoulder: 5, rightShoulder: 6, leftElbow: 7, rightElbow: 8, leftWrist: 9, rightWrist: 10,
  leftHip: 11, rightHip: 12, leftKnee: 13, rightKnee: 14, leftAnkle: 15, rightAnkle: 16,
} as const;

export type Vec3 = [number, number, number];
export type Role = 'lead' | 'follow';

/** How a hand is placed. Grip ids name hands that hold each other (both dancers use the same id). */
export type HandSpec =
  | { free: [number, number, number] } // (a, y, f) relative to own shoulder, own frame
  | { grip: string }
  | { on: 'back' | 'shoulder' | 'hip' | 'waist'; side: 'l' | 'r' }; // a partner's body part

export interface DancerKey {
  /** spot in the couple frame, metres */
  a: number;
  f: number;
  /** facing in degrees relative to the couple frame (0 = couple forward) */
  face: number;
  /** feet (a, f) relative to the spot in the dancer's own frame */
  lf: [number, number];
  rf: [number, number];
  /** weight on the left foot 0..1 */
  w: number;
  /** extra lateral hip offset (accent / hip roll), metres, own frame */
  sway: number;
  /** hip forward/back offset (hip roll, body wave), metres */
  hipF: number;
  /** torso lean forward (deg, + forward), side bend (deg, + to own left) */
  lean: number;
  side: number;
  /** chest forward offset (body wave), metres */
  chest: number;
  /** head tilt to own left (deg), nod forward (deg) */
  tilt: number;
  nod: number;
  /** knee bend 0..1 */
  bend: number;
  /** peak lift (metres) of each foot on the way into this key; undefined = automatic */
  liftL?: number;
  liftR?: number;
  hands: { l: HandSpec; r: HandSpec };
}

export interface GripSpec {
  /** the two hands: lead's and follow's (l/r) */
  lead: 'l' | 'r';
  follow: 'l' | 'r';
  /** height above the floor (metres), or relative to the follow's head top if overHead */
  y: number;
  overHead?: boolean;
  /** shift from the midpoint of the two shoulders, couple frame (A, F) */
  da?: number;
  df?: number;
}

export interface CoupleKey {
  /** count, 1-based; may be fractional (e.g. 4.5) */
  t: number;
  /** extra rotation of the whole couple (deg) — couple turns, shadow position facing the camera */
  phi: number;
  /**
   * how far the camera has orbited with the couple (deg): a couple turn is seen against the room
   * turning behind them, so the camera never looks along the line of the two dancers (one hiding the other)
   */
  cam?: number;
  /** position of the couple frame origin in the world (metres) */
  x: number;
  z: number;
  lead: DancerKey;
  follow: DancerKey;
  grips: Record<string, GripSpec>;
}

export interface BodySize {
  height: number;
  shoulder: number; // half width
  hip: number; // half width
}
export const BODY: Record<Role, BodySize> = {
  lead: { height: 1.78, shoulder: 0.205, hip: 0.15 },
  follow: { height: 1.64, shoulder: 0.17, hip: 0.165 },
};

/** One dancer's solved joints, world metres (x right, y up, z towards the camera). */
export interface Skeleton {
  joints: Vec3[]; // 17, COCO order
  head: Vec3; // centre of the head
  neck: Vec3;
  /** unit facing vector (world x, z) */
  facing: [number, number];
  headRadius: number;
  /** weight on the left foot 0..1 (a planted foot without weight is a tap) */
  weightLeft: number;
}

const rad = (d: number) => (d * Math.PI) / 180;
const add = (p: Vec3, q: Vec3): Vec3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]];
const sub = (p: Vec3, q: Vec3): Vec3 => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
const mul = (p: Vec3, s: number): Vec3 => [p[0] * s, p[1] * s, p[2] * s];
const len = (p: Vec3) => Math.hypot(p[0], p[1], p[2]);
const lerp3 = (p: Vec3, q: Vec3, u: number): Vec3 => [p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u, p[2] + (q[2] - p[2]) * u];
const cross = (p: Vec3, q: Vec3): Vec3 => [p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]];
const norm = (p: Vec3): Vec3 => { const l = len(p) || 1; return [p[0] / l, p[1] / l, p[2] / l]; };

/** World frame of one dancer: origin at the spot, unit vectors left and forward (x, z). */
interface Frame { o: Vec3; left: Vec3; fwd: Vec3 }

function coupleToWorld(k: CoupleKey, a: number, f: number): Vec3 {
  const psi = rad(BASE_ANGLE + k.phi - (k.cam ?? 0));
  // couple forward F seen at angle psi from the camera axis: (sin psi, cos psi); lateral A = (cos psi, -sin psi)
  return [k.x + a * Math.cos(psi) + f * Math.sin(psi), 0, k.z - a * Math.sin(psi) + f * Math.cos(psi)];
}

function dancerFrame(k: CoupleKey, d: DancerKey): Frame {
  const o = coupleToWorld(k, d.a, d.f);
  const th = rad(BASE_ANGLE + k.phi - (k.cam ?? 0) + d.face);
  return { o, left: [Math.cos(th), 0, -Math.sin(th)], fwd: [Math.sin(th), 0, Math.cos(th)] };
}

const local = (fr: Frame, a: number, y: number, f: number): Vec3 =>
  add(add(fr.o, mul(fr.left, a)), add([0, y, 0], mul(fr.fwd, f)));

/** Two-bone IK: the middle joint, bending towards `pole`. */
function solveLimb(root: Vec3, target: Vec3, l1: number, l2: number, pole: Vec3): { mid: Vec3; end: Vec3 } {
  let d = sub(target, root);
  let dist = len(d);
  const reach = (l1 + l2) * 0.999;
  let end = target;
  if (dist > reach) {
    end = add(root, mul(d, reach / dist));
    d = sub(end, root);
    dist = reach;
  }
  dist = Math.max(dist, Math.abs(l1 - l2) + 1e-3);
  const dir = norm(d);
  const a = (l1 * l1 - l2 * l2 + dist * dist) / (2 * dist);
  const h = Math.sqrt(Math.max(0, l1 * l1 - a * a));
  // component of the pole perpendicular to the limb
  let side = sub(pole, mul(dir, pole[0] * dir[0] + pole[1] * dir[1] + pole[2] * dir[2]));
  if (len(side) < 1e-6) side = cross(dir, [0, 0, 1]);
  side = norm(side);
  return { mid: add(add(root, mul(dir, a)), mul(side, h)), end };
}

/** Solves a dancer's body without arms (arms need the partner's body for grips). */
function solveBody(role: Role, k: CoupleKey, d: DancerKey, lift: { l: number; r: number }) {
  const S = BODY[role];
  const H = S.height;
  const fr = dancerFrame(k, d);
  const ankleY = 0.045 * H;
  const la = local(fr, d.lf[0], ankleY + lift.l, d.lf[1]);
  const ra = local(fr, d.rf[0], ankleY + lift.r, d.rf[1]);
  const thigh = 0.245 * H, shin = 0.245 * H;
  // hips over the weighted foot (not entirely: dancers keep the centre between the feet a little)
  const w = Math.min(1, Math.max(0, d.w));
  const ca = (d.rf[0] + (d.lf[0] - d.rf[0]) * (0.15 + 0.7 * w)) + d.sway;
  const cf = (d.rf[1] + (d.lf[1] - d.rf[1]) * (0.15 + 0.7 * w)) * 0.9 + d.hipF;
  // hip drop: the hip over the standing leg rises, the free one drops (the bachata hip)
  const drop = (w - 0.5) * 0.035 + d.sway * 0.25;
  let hipY = 0.53 * H - d.bend * 0.12 * H;
  const hipL0 = local(fr, ca + S.hip, 0, cf);
  const hipR0 = local(fr, ca - S.hip, 0, cf);
  // lower the hips when a wide step would otherwise overstretch a leg
  for (const [hp, an] of [[hipL0, la], [hipR0, ra]] as Array<[Vec3, Vec3]>) {
    const horiz = Math.hypot(hp[0] - an[0], hp[2] - an[2]);
    const maxY = an[1] + Math.sqrt(Math.max(0, (thigh + shin) ** 2 * 0.985 - horiz * horiz));
    hipY = Math.min(hipY, maxY - Math.abs(drop));
  }
  const hipL: Vec3 = [hipL0[0], hipY + drop, hipL0[2]];
  const hipR: Vec3 = [hipR0[0], hipY - drop, hipR0[2]];
  const kneePole = add(fr.fwd, [0, 0, 0]);
  const lk = solveLimb(hipL, la, thigh, shin, kneePole);
  const rk = solveLimb(hipR, ra, thigh, shin, kneePole);

  const hipC = lerp3(hipL, hipR, 0.5);
  const torso = 0.29 * H;
  const lean = rad(d.lean), side = rad(d.side);
  // upper body counter-moves the hips a little, so the hips read as moving
  const up: Vec3 = norm(add(add([0, Math.cos(lean) * Math.cos(side), 0], mul(fr.fwd, Math.sin(lean))), mul(fr.left, Math.sin(side) - d.sway * 0.9)));
  const chestC = add(add(hipC, mul(up, torso)), mul(fr.fwd, d.chest));
  const shL = add(chestC, mul(fr.left, S.shoulder));
  const shR = add(chestC, mul(fr.left, -S.shoulder));
  const neck = add(chestC, mul(up, 0.05 * H));
  const tilt = rad(d.tilt), nod = rad(d.nod);
  const headUp = norm(add(add(mul(up, 1), mul(fr.left, Math.sin(tilt))), mul(fr.fwd, Math.sin(nod))));
  const headR = 0.066 * H;
  const head = add(neck, mul(headUp, 0.07 * H));
  const face = norm(sub(fr.fwd, mul(headUp, fr.fwd[0] * headUp[0] + fr.fwd[1] * headUp[1] + fr.fwd[2] * headUp[2])));
  // cross(up, forward) is the dancer's left in this (x right, y up, z to camera) world
  const hl = norm(cross(headUp, face));
  const nose = add(add(head, mul(face, headR * 0.95)), mul(headUp, -headR * 0.2));
  const eyeL = add(add(add(head, mul(face, headR * 0.8)), mul(hl, headR * 0.38)), mul(headUp, headR * 0.12));
  const eyeR = add(add(add(head, mul(face, headR * 0.8)), mul(hl, -headR * 0.38)), mul(headUp, headR * 0.12));
  const earL = add(add(head, mul(hl, headR * 0.95)), mul(face, -headR * 0.1));
  const earR = add(add(head, mul(hl, -headR * 0.95)), mul(face, -headR * 0.1));
  return { fr, S, hipL, hipR, lk, rk, shL, shR, neck, head, headR, nose, eyeL, eyeR, earL, earR, up };
}

type Body = ReturnType<typeof solveBody>;

function gripPoint(k: CoupleKey, g: GripSpec, lead: Body, follow: Body): Vec3 {
  const ls = g.lead === 'l' ? lead.shL : lead.shR;
  const fs = g.follow === 'l' ? follow.shL : follow.shR;
  let p = lerp3(ls, fs, 0.5);
  const dA = coupleToWorld({ ...k, x: 0, z: 0 }, g.da ?? 0, g.df ?? 0);
  p = add(p, dA);
  p[1] = g.overHead ? follow.head[1] + follow.headR + g.y : g.y;
  return p;
}

function handTarget(k: CoupleKey, spec: HandSpec, self: Body, partner: Body, side: 'l' | 'r', role: Role): Vec3 {
  const sh = side === 'l' ? self.shL : self.shR;
  if ('free' in spec) {
    const [a, y, f] = spec.free;
    const sign = side === 'l' ? 1 : -1;
    return add(add(sh, mul(self.fr.left, a * sign)), add([0, y, 0], mul(self.fr.fwd, f)));
  }
  if ('grip' in spec) {
    const g = k.grips[spec.grip];
    if (!g) throw new Error(`unknown grip ${spec.grip}`);
    return role === 'lead' ? gripPoint(k, g, self, partner) : gripPoint(k, g, partner, self);
  }
  const psh = spec.side === 'l' ? partner.shL : partner.shR;
  const phip = spec.side === 'l' ? partner.hipL : partner.hipR;
  switch (spec.on) {
    case 'shoulder': return add(psh, [0, 0.03, 0]);
    case 'back': return add(add(lerp3(psh, phip, 0.3), mul(partner.fr.fwd, -0.1)), mul(sub(psh, lerp3(partner.shL, partner.shR, 0.5)), -0.3));
    case 'hip': return add(phip, mul(sub(phip, lerp3(partner.hipL, partner.hipR, 0.5)), 0.35));
    case 'waist': return add(lerp3(psh, phip, 0.7), mul(partner.fr.fwd, -0.06));
  }
}

export interface CouplePose {
  lead: Skeleton;
  follow: Skeleton;
  /** the camera's orbit (deg), for the background */
  cam: number;
}

/**
 * Solves both dancers. `hands` gives, for each hand, one or two specs with a blend weight
 * (blending targets while moving from one hold to another).
 */
export function solveCouple(
  k: CoupleKey,
  lifts: { lead: { l: number; r: number }; follow: { l: number; r: number } },
  handBlend?: { from: CoupleKey; u: number },
): CouplePose {
  const lead = solveBody('lead', k, k.lead, lifts.lead);
  const follow = solveBody('follow', k, k.follow, lifts.follow);
  const bodies = { lead, follow };
  const out = { cam: k.cam ?? 0 } as CouplePose;
  for (const role of ['lead', 'follow'] as Role[]) {
    const self = bodies[role];
    const partner = bodies[role === 'lead' ? 'follow' : 'lead'];
    const H = BODY[role].height;
    const arm: Record<'l' | 'r', { mid: Vec3; end: Vec3 }> = {} as never;
    for (const side of ['l', 'r'] as const) {
      let target = handTarget(k, k[role].hands[side], self, partner, side, role);
      if (handBlend && handBlend.u < 1) {
        const prev = handTarget({ ...k, grips: handBlend.from.grips }, handBlend.from[role].hands[side], self, partner, side, role);
        target = lerp3(prev, target, handBlend.u);
      }
      const sh = side === 'l' ? self.shL : self.shR;
      const out3 = mul(self.fr.left, side === 'l' ? 1 : -1);
      const pole = add(add([0, -1, 0], mul(out3, 0.8)), mul(self.fr.fwd, -0.3));
      arm[side] = solveLimb(sh, target, 0.175 * H, 0.165 * H, pole);
    }
    const joints: Vec3[] = [
      self.nose, self.eyeL, self.eyeR, self.earL, self.earR,
      self.shL, self.shR, arm.l.mid, arm.r.mid, arm.l.end, arm.r.end,
      self.hipL, self.hipR, self.lk.mid, self.rk.mid, self.lk.end, self.rk.end,
    ];
    out[role] = { joints, head: self.head, neck: self.neck, facing: [self.fr.fwd[0], self.fr.fwd[2]], headRadius: self.headR, weightLeft: Math.min(1, Math.max(0, k[role].w)) };
  }
  return out;
}

/** World metres → pixels of the 640×360 frame (z kept for drawing order). */
export function project(p: Vec3): Vec3 {
  return [FRAME_WIDTH / 2 + p[0] * SCALE, FLOOR_Y - p[1] * SCALE + p[2] * SCALE * ELEVATION, p[2]];
}

/** The 17 COCO keypoints of a skeleton, normalised to the frame; confidence 1, or 0.5 for face points turned away. */
export function toKeypoints(s: Skeleton): Keypoints {
  const towardsCamera = s.facing[1] > -0.2;
  return s.joints.map((j, i) => {
    const [x, y] = project(j);
    const c = i <= 4 && !towardsCamera ? 0.5 : 1;
    return [round4(x / FRAME_WIDTH), round4(y / FRAME_HEIGHT), c] as [number, number, number];
  });
}

const round4 = (v: number) => Math.round(v * 10000) / 10000;
