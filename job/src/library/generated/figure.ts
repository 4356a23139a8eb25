/**
 * Draws the couple: the lead in a dark blue shirt and trousers, the follow in a red-magenta dress with
 * long hair. Body parts of both dancers are painted far to near, so arms wrap around the partner and
 * a turning dancer's arm passes in front of or behind the body as it should. The feet are what a
 * learner copies, so they are drawn light against the dark floor, and every foot on the floor leaves a
 * mark in its dancer's colour: solid where the weight is (a step), faint where it only touches (a tap).
 */
import { BODY, FRAME_HEIGHT, FRAME_WIDTH, FLOOR_Y, KP, SCALE, project, type CouplePose, type Role, type Skeleton, type Vec3 } from './body';
import { hex, mix, Raster } from './raster';

const C = {
  wallTop: hex('#2b2f3a'), wallBottom: hex('#3d4250'), floorTop: hex('#5a4a3f'), floorBottom: hex('#3e332c'),
  skinLead: hex('#c68a62'), skinFollow: hex('#e0a982'),
  shirt: hex('#1f3f8f'), shirtShade: hex('#17306e'), trousers: hex('#22262f'), shoesLead: hex('#e9edf5'),
  dress: hex('#d3165e'), dressShade: hex('#a80f49'), shoesFollow: hex('#f4c04a'),
  markLead: hex('#5b8cff'), markFollow: hex('#ff5fa8'),
  hairLead: hex('#1c1410'), hairFollow: hex('#3a2116'), eye: hex('#1a1a1a'), shadow: hex('#000000'),
};

/** The room all around (360° over four frame widths), so an orbiting camera sees it turn behind the couple. */
const PANORAMA = FRAME_WIDTH * 4;
let panorama: Uint8Array | undefined;
function roomPanorama(): Uint8Array {
  if (panorama) return panorama;
  const r = new Raster(PANORAMA, FRAME_HEIGHT);
  const horizon = FLOOR_Y - 62;
  r.gradient(0, horizon, C.wallTop, C.wallBottom);
  r.gradient(horizon, FRAME_HEIGHT, C.floorTop, C.floorBottom);
  r.capsule(0, horizon, 1, PANORAMA, horizon, 1, hex('#6d5b4d'));
  for (let i = 0; i < 4; i++) {
    const cx = FRAME_WIDTH / 2 + i * FRAME_WIDTH;
    // a soft light on the wall, and wall panels and floor boards that show the room turning
    r.ellipse(cx, horizon - 70, 230, 120, hex('#4a5062'), 0.35, 60);
    for (const dx of [-250, 250]) r.capsule(cx + dx, 40, 5, cx + dx, horizon - 4, 5, hex('#353a47'));
    r.ellipse(cx + (i % 2 ? -140 : 150), horizon - 150, 34, 48, hex('#565d70'), 0.5, 4);
  }
  for (let x = 40; x < PANORAMA; x += 160) r.capsule(x, horizon + 3, 0.8, x - 12, FRAME_HEIGHT, 1.2, hex('#4a3d34'), 0.6);
  panorama = r.data.slice();
  return panorama;
}

/** The background for a camera orbit of `cam` degrees: the window of the panorama it looks at. */
export function backgroundFrame(cam = 0, out: Uint8Array = new Uint8Array(FRAME_WIDTH * FRAME_HEIGHT * 3)): Uint8Array {
  // written into `out` (the raster's own pixels when drawing): no frame-sized allocation per frame
  const src = roomPanorama();
  const x0 = ((Math.round((-cam / 360) * PANORAMA) % PANORAMA) + PANORAMA) % PANORAMA;
  const first = Math.min(FRAME_WIDTH, PANORAMA - x0);
  for (let y = 0; y < FRAME_HEIGHT; y++) {
    const row = y * PANORAMA * 3, o = y * FRAME_WIDTH * 3;
    out.set(src.subarray(row + x0 * 3, row + (x0 + first) * 3), o);
    if (first < FRAME_WIDTH) out.set(src.subarray(row, row + (FRAME_WIDTH - first) * 3), o + first * 3);
  }
  return out;
}

type P = [number, number, number];
interface Item { z: number; draw: (r: Raster) => void }

function px(p: Vec3): P {
  return project(p) as P;
}

function dancerItems(role: Role, s: Skeleton, spin: number): Item[] {
  const H = BODY[role].height;
  const k = SCALE; // px per metre
  const j = s.joints.map(px);
  const items: Item[] = [];
  const lead = role === 'lead';
  const skin = lead ? C.skinLead : C.skinFollow;
  const top = lead ? C.shirt : C.dress;
  const zOf = (...ps: P[]) => ps.reduce((a, p) => a + p[2], 0) / ps.length;
  const head = px(s.head), neck = px(s.neck);
  const hr = s.headRadius * k;
  const fx = s.facing[0], fz = s.facing[1];

  // where each foot is on the floor: solid under the weight, faint for a tap; none while it is in the air
  const ankleY = 0.045 * H;
  for (const [ai, weight] of [[KP.leftAnkle, s.weightLeft], [KP.rightAnkle, 1 - s.weightLeft]] as const) {
    const aw = s.joints[ai];
    const planted = Math.max(0, 1 - (aw[1] - ankleY) / 0.025);
    if (planted <= 0) continue;
    const m = px([aw[0] + fx * 0.06, 0, aw[2] + fz * 0.06]);
    const alpha = planted * (0.25 + 0.6 * weight);
    items.push({ z: -99, draw: (r) => r.ellipse(m[0], m[1] + 2, 0.12 * k, 0.04 * k, lead ? C.markLead : C.markFollow, alpha, 2) });
  }

  // shadow on the floor
  const feetMid = px([(s.joints[KP.leftAnkle][0] + s.joints[KP.rightAnkle][0]) / 2, 0, (s.joints[KP.leftAnkle][2] + s.joints[KP.rightAnkle][2]) / 2]);
  items.push({ z: -100, draw: (r) => r.ellipse(feetMid[0], feetMid[1] + 3, 0.32 * k, 0.06 * k, C.shadow, 0.35, 6) });

  // legs: thigh, shin, shoe
  let thighZ = -Infinity;
  for (const [hip, knee, ankle] of [[KP.leftHip, KP.leftKnee, KP.leftAnkle], [KP.rightHip, KP.rightKnee, KP.rightAnkle]]) {
    const [h, kn, a] = [j[hip], j[knee], j[ankle]];
    const legC = lead ? C.trousers : skin;
    const rT = (lead ? 0.072 : 0.062) * H * k * 0.75, rS = (lead ? 0.055 : 0.042) * H * k * 0.75;
    const toe: P = [a[0] + fx * 0.15 * k, a[1] + fz * 0.15 * k * 0.22 + 2, a[2] + fz * 0.15];
    thighZ = Math.max(thighZ, zOf(h, kn) - 0.02);
    items.push({ z: zOf(h, kn) - 0.02, draw: (r) => r.capsule(h[0], h[1], rT, kn[0], kn[1], rS * 1.15, legC) });
    items.push({ z: zOf(kn, a) - 0.015, draw: (r) => r.capsule(kn[0], kn[1], rS * 1.1, a[0], a[1], rS * 0.8, legC) });
    // a dark sole under a light shoe: the foot reads against the floor and against the other dancer's legs
    items.push({ z: zOf(a, toe) - 0.01, draw: (r) => {
      r.capsule(a[0], a[1] + 2.5, rS * 1.0, toe[0], toe[1] + 0.5, rS * 0.85, C.shadow, 0.8);
      r.capsule(a[0], a[1] + 2, rS * 0.85, toe[0], toe[1], rS * 0.7, lead ? C.shoesLead : C.shoesFollow);
    } });
  }

  const ls = j[KP.leftShoulder], rs = j[KP.rightShoulder], lh = j[KP.leftHip], rh = j[KP.rightHip];
  const shC: P = [(ls[0] + rs[0]) / 2, (ls[1] + rs[1]) / 2, (ls[2] + rs[2]) / 2];
  const hipC: P = [(lh[0] + rh[0]) / 2, (lh[1] + rh[1]) / 2, (lh[2] + rh[2]) / 2];
  const torsoZ = zOf(ls, rs, lh, rh);
  // depth thickness: a profile torso must not collapse into a line
  const thick = (lead ? 0.12 : 0.1) * H * k * 0.75;
  const side = Math.abs(fx);

  if (!lead) {
    // skirt: from the waist flaring past the knees, swinging out when she turns
    const lk = j[KP.leftKnee], rk = j[KP.rightKnee];
    const flare = 0.08 * k + Math.min(0.22 * k, Math.abs(spin) * 0.03 * k);
    const hemY = Math.max(lk[1], rk[1]) + 0.06 * k;
    const hl = Math.min(lk[0], rk[0], lh[0], rh[0]) - flare, hrx = Math.max(lk[0], rk[0], lh[0], rh[0]) + flare;
    const waistW = Math.max(Math.abs(lh[0] - rh[0]) / 2, thick * 0.9) + 2;
    const sway = (hipC[0] - (lk[0] + rk[0]) / 2) * 0.3;
    const skirt: Array<[number, number]> = [
      [hipC[0] - waistW, hipC[1] - 0.04 * k], [hipC[0] + waistW, hipC[1] - 0.04 * k],
      [hrx - sway, hemY], [(hl + hrx) / 2 - sway, hemY + 0.025 * k], [hl - sway, hemY],
    ];
    // over her thighs whatever the angle: the legs show below the hem, never through the skirt
    items.push({ z: Math.max(torsoZ, thighZ) + 0.005, draw: (r) => { r.polygon(skirt, C.dressShade); r.polygon(skirt.map(([x, y]) => [x + (x - hipC[0]) * -0.08, y - 2] as [number, number]), C.dress); } });
  }

  items.push({
    z: torsoZ,
    draw: (r) => {
      const halfW = (p: P, q: P, min: number) => Math.max(Math.abs(p[0] - q[0]) / 2, min);
      const sw = halfW(ls, rs, thick) + 2, hw = halfW(lh, rh, thick * 0.9) + 1;
      const waistY = hipC[1] - (hipC[1] - shC[1]) * 0.35;
      const waistX = hipC[0] + (shC[0] - hipC[0]) * 0.35;
      const ww = lead ? hw * 0.98 : hw * 0.72;
      const body: Array<[number, number]> = [
        [shC[0] - sw, shC[1] - 2], [shC[0] + sw, shC[1] - 2],
        [waistX + ww, waistY], [hipC[0] + hw, hipC[1] + 4], [hipC[0] - hw, hipC[1] + 4], [waistX - ww, waistY],
      ];
      r.polygon(body, lead ? C.shirt : C.dress);
      r.capsule(shC[0] - sw + 3, shC[1] + 2, 5, shC[0] + sw - 3, shC[1] + 2, 5, top); // round the shoulders
      if (lead) {
        r.polygon([[hipC[0] - hw, hipC[1] - 6], [hipC[0] + hw, hipC[1] - 6], [hipC[0] + hw, hipC[1] + 6], [hipC[0] - hw, hipC[1] + 6]], C.trousers);
        r.capsule(shC[0], shC[1] + 3, 2.2, waistX, waistY, 1.6, C.shirtShade, 0.8 * (1 - side)); // placket
      } else {
        r.capsule(shC[0] - sw * 0.45, shC[1] - 1, 2.2, shC[0] + sw * 0.45, shC[1] - 1, 2.2, skin, fz > 0 ? 0.9 : 0); // neckline
      }
    },
  });

  // neck and head
  const towards = fz; // >0: face visible
  const hairC = lead ? C.hairLead : C.hairFollow;
  items.push({ z: zOf(shC, head) + 0.01, draw: (r) => r.capsule(neck[0], neck[1] + 4, 0.3 * hr, head[0], head[1], 0.34 * hr, mix(skin, [0, 0, 0], 0.12)) });
  const backX = -fx * hr * 0.35;
  if (!lead) {
    // long hair falling behind the head, over the back when she faces away
    const hairZ = head[2] - fz * 0.08;
    items.push({
      z: hairZ,
      draw: (r) => {
        r.ellipse(head[0] + backX * 0.6, head[1] + hr * 0.9, hr * 1.05, hr * 1.5, hairC);
        r.capsule(head[0] + backX, head[1], hr * 1.02, head[0] + backX * 1.2, head[1] + hr * 2.1, hr * 0.75, hairC);
      },
    });
  }
  items.push({
    z: head[2] + 0.02,
    draw: (r) => {
      r.circle(head[0], head[1], hr, skin);
      // hair cap on the back/top of the head; covers the face when turned away
      const cover = towards < -0.3 ? 1 : 0;
      if (cover) r.circle(head[0], head[1] - 0.05 * hr, hr * 1.04, hairC);
      else {
        r.circle(head[0] + backX, head[1] - hr * (lead ? 0.32 : 0.25), hr * (lead ? 0.86 : 0.95), hairC);
        r.circle(head[0] - fx * hr * 0.18, head[1] + hr * 0.12, hr * 0.78, skin);
      }
      if (towards > 0.2) {
        for (const e of [KP.leftEye, KP.rightEye]) r.circle(j[e][0], j[e][1], Math.max(1.2, hr * 0.11), C.eye, Math.min(1, towards * 1.5));
        const n = j[KP.nose];
        r.circle(n[0], n[1] + hr * 0.3, hr * 0.1, hex('#9c4a3c'), 0.7 * towards);
      }
    },
  });

  // arms: upper arm in the sleeve, forearm (sleeve for him, skin for her), hand
  for (const [sh, el, wr] of [[KP.leftShoulder, KP.leftElbow, KP.leftWrist], [KP.rightShoulder, KP.rightElbow, KP.rightWrist]]) {
    const [a, b, c] = [j[sh], j[el], j[wr]];
    const rU = (lead ? 0.05 : 0.038) * H * k * 0.75, rF = (lead ? 0.042 : 0.03) * H * k * 0.75;
    const sleeve = lead ? C.shirt : C.dress;
    items.push({ z: zOf(a, b) + 0.005, draw: (r) => r.capsule(a[0], a[1] + 2, rU, b[0], b[1], rF * 1.05, sleeve) });
    items.push({
      z: zOf(b, c) + 0.006,
      draw: (r) => {
        r.capsule(b[0], b[1], rF, c[0], c[1], rF * 0.8, lead ? C.shirt : skin);
        r.circle(c[0] + (c[0] - b[0]) * 0.12, c[1] + (c[1] - b[1]) * 0.12, rF * 1.05, skin);
      },
    });
  }
  return items;
}

/** Paints one frame of the couple (background included) into `r`. `spin` is the follow's turn speed (deg/count). */
export function drawCouple(r: Raster, pose: CouplePose, spin = 0): void {
  backgroundFrame(pose.cam ?? 0, r.data);
  const items = [...dancerItems('lead', pose.lead, 0), ...dancerItems('follow', pose.follow, spin)];
  items.sort((a, b) => a.z - b.z);
  for (const it of items) it.draw(r);
}
