/**
 * A tiny anti-aliased rasteriser into an RGB24 buffer (what ffmpeg's rawvideo input reads).
 * Coverage comes from the signed distance to the shape's edge, so edges are smooth without supersampling.
 */
export type RGB = [number, number, number];

// module-level bindings: global lookups (Math.*) in hot loops are slow inside vm contexts such as jest's
const { hypot, min, max, floor, ceil, sqrt } = Math;
const INF = Number.POSITIVE_INFINITY;

export function hex(c: string): RGB {
  const v = parseInt(c.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function mix(a: RGB, b: RGB, u: number): RGB {
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}

export class Raster {
  // a plain typed array of this realm: element access on a Buffer from another realm (jest's vm) is many times slower
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height * 3);
  }

  copyFrom(src: Uint8Array): void {
    this.data.set(src);
  }

  /** a copy of the pixels, safe to hand to a stream while the raster draws the next frame */
  snapshot(): Buffer {
    return Buffer.from(this.data);
  }

  private blend(i: number, c: RGB, a: number): void {
    const d = this.data;
    d[i] += (c[0] - d[i]) * a;
    d[i + 1] += (c[1] - d[i + 1]) * a;
    d[i + 2] += (c[2] - d[i + 2]) * a;
  }

  /** Fills every pixel whose signed distance (px, negative inside) `sd` gives, within a bounding box. */
  private fill(x0: number, y0: number, x1: number, y1: number, c: RGB, alpha: number, sd: (x: number, y: number) => number): void {
    const xa = max(0, floor(x0 - 1)), xb = min(this.width - 1, ceil(x1 + 1));
    const ya = max(0, floor(y0 - 1)), yb = min(this.height - 1, ceil(y1 + 1));
    for (let y = ya; y <= yb; y++) {
      const py = y + 0.5;
      let i = (y * this.width + xa) * 3;
      for (let x = xa; x <= xb; x++, i += 3) {
        const d = sd(x + 0.5, py);
        if (d >= 0.5) continue;
        const cov = d <= -0.5 ? 1 : 0.5 - d;
        this.blend(i, c, cov * alpha);
      }
    }
  }

  circle(cx: number, cy: number, r: number, c: RGB, alpha = 1): void {
    this.capsule(cx, cy, r, cx, cy, r, c, alpha);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, c: RGB, alpha = 1, soft = 0): void {
    const k = min(rx, ry);
    this.fill(cx - rx - soft, cy - ry - soft, cx + rx + soft, cy + ry + soft, c, alpha, (x, y) => {
      const d = (hypot((x - cx) / rx, (y - cy) / ry) - 1) * k;
      return soft > 0 ? d / soft - 0.5 + 0.5 : d;
    });
  }

  /** A limb: a segment with round ends, radius r0 at (x0, y0) tapering to r1 at (x1, y1). */
  capsule(x0: number, y0: number, r0: number, x1: number, y1: number, r1: number, c: RGB, alpha = 1): void {
    // its own loop rather than the generic fill: limbs are most of the pixels drawn, and a monomorphic loop is several times faster
    const dx = x1 - x0, dy = y1 - y0;
    const l2 = dx * dx + dy * dy || 1e-9;
    const rm = max(r0, r1) + 1;
    const w = this.width, d = this.data;
    const ya = max(0, floor(min(y0, y1) - rm)), yb = min(this.height - 1, ceil(max(y0, y1) + rm));
    const xa0 = max(0, floor(min(x0, x1) - rm)), xb0 = min(w - 1, ceil(max(x0, x1) + rm));
    const cr = c[0], cg = c[1], cb = c[2];
    for (let y = ya; y <= yb; y++) {
      const py = y + 0.5;
      // only the columns this row can touch: the segment's x range at this height, widened by the radius
      let xa = xa0, xb = xb0;
      if (dy !== 0) {
        const ta = (py - rm - y0) / dy, tb = (py + rm - y0) / dy;
        const t0 = max(0, min(ta, tb)), t1 = min(1, max(ta, tb));
        if (t0 <= t1) {
          const xs = x0 + dx * t0, xe = x0 + dx * t1;
          xa = max(xa0, floor(min(xs, xe) - rm)); xb = min(xb0, ceil(max(xs, xe) + rm));
        }
      }
      let i = (y * w + xa) * 3;
      for (let x = xa; x <= xb; x++, i += 3) {
        const qx = x + 0.5 - x0, qy = py - y0;
        let t = (qx * dx + qy * dy) / l2;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const ex = qx - dx * t, ey = qy - dy * t;
        const sd = sqrt(ex * ex + ey * ey) - (r0 + (r1 - r0) * t);
        if (sd >= 0.5) continue;
        const a = (sd <= -0.5 ? 1 : 0.5 - sd) * alpha;
        d[i] += (cr - d[i]) * a; d[i + 1] += (cg - d[i + 1]) * a; d[i + 2] += (cb - d[i + 2]) * a;
      }
    }
  }

  /**
   * A filled polygon (any simple polygon), anti-aliased along its edges. Per row only the edges that
   * can matter are looked at: those within half a pixel of the row (nearer the edge than that a pixel
   * is partly covered) and those crossing it (inside or not). A pixel farther than half a pixel from
   * every edge is either fully covered or untouched, so the result is the same as measuring the
   * distance to every edge, at a fraction of the cost (the skirt has dozens of edges).
   */
  polygon(pts: Array<[number, number]>, c: RGB, alpha = 1): void {
    const n = pts.length;
    if (n < 3) return;
    let x0 = INF, y0 = INF, x1 = -INF, y1 = -INF;
    for (const [x, y] of pts) { x0 = min(x0, x); y0 = min(y0, y); x1 = max(x1, x); y1 = max(y1, y); }
    const w = this.width, d = this.data;
    const xa = max(0, floor(x0 - 1)), xb = min(w - 1, ceil(x1 + 1));
    const ya = max(0, floor(y0 - 1)), yb = min(this.height - 1, ceil(y1 + 1));
    const cr = c[0], cg = c[1], cb = c[2];
    // edge j → i as flat arrays: start (xj, yj), vector (ex, ey), 1/|e|², end y (yi)
    const sx = new Float64Array(n), sy = new Float64Array(n), vx = new Float64Array(n), vy = new Float64Array(n), inv = new Float64Array(n), iy = new Float64Array(n), ix = new Float64Array(n);
    for (let i = 0, j = n - 1; i < n; j = i++) {
      sx[i] = pts[j][0]; sy[i] = pts[j][1]; ix[i] = pts[i][0]; iy[i] = pts[i][1];
      vx[i] = pts[i][0] - pts[j][0]; vy[i] = pts[i][1] - pts[j][1];
      inv[i] = 1 / (vx[i] * vx[i] + vy[i] * vy[i] || 1e-9);
    }
    const near = new Int32Array(n), cross = new Int32Array(n), nearLo = new Float64Array(n), nearHi = new Float64Array(n);
    for (let y = ya; y <= yb; y++) {
      const py = y + 0.5;
      let nn = 0, nc = 0;
      for (let e = 0; e < n; e++) {
        const lo = min(sy[e], iy[e]), hi = max(sy[e], iy[e]);
        if (lo - 0.5 <= py && py <= hi + 0.5) {
          // the columns this edge can be within half a pixel of: its x over the rows py ± 0.5, widened by 0.5
          let ta = 0, tb = 1;
          if (vy[e] !== 0) {
            const u = (py - 0.5 - sy[e]) / vy[e], v = (py + 0.5 - sy[e]) / vy[e];
            ta = max(0, min(u, v)); tb = min(1, max(u, v));
          }
          const xs = sx[e] + vx[e] * ta, xe = sx[e] + vx[e] * tb;
          nearLo[nn] = min(xs, xe) - 0.5 - 1e-6; nearHi[nn] = max(xs, xe) + 0.5 + 1e-6;
          near[nn++] = e;
        }
        if ((iy[e] > py) !== (sy[e] > py)) cross[nc++] = e;
      }
      let i = (y * w + xa) * 3;
      for (let x = xa; x <= xb; x++, i += 3) {
        const px = x + 0.5;
        let inside = false;
        for (let k = 0; k < nc; k++) {
          const e = cross[k];
          if (px < ((sx[e] - ix[e]) * (py - iy[e])) / (sy[e] - iy[e]) + ix[e]) inside = !inside;
        }
        let dmin = INF;
        for (let k = 0; k < nn; k++) {
          if (px < nearLo[k] || px > nearHi[k]) continue;
          const e = near[k];
          const qx = px - sx[e], qy = py - sy[e];
          let t = (qx * vx[e] + qy * vy[e]) * inv[e];
          t = t < 0 ? 0 : t > 1 ? 1 : t;
          const dd = hypot(qx - vx[e] * t, qy - vy[e] * t);
          if (dd < dmin) dmin = dd;
        }
        const sd = inside ? -dmin : dmin;
        if (sd >= 0.5) continue;
        const a = (sd <= -0.5 ? 1 : 0.5 - sd) * alpha;
        d[i] += (cr - d[i]) * a; d[i + 1] += (cg - d[i + 1]) * a; d[i + 2] += (cb - d[i + 2]) * a;
      }
    }
  }

  /** A vertical gradient over a band of rows. */
  gradient(yTop: number, yBottom: number, top: RGB, bottom: RGB): void {
    for (let y = max(0, yTop); y < min(this.height, yBottom); y++) {
      const c = mix(top, bottom, (y - yTop) / max(1, yBottom - yTop - 1));
      for (let x = 0, i = y * this.width * 3; x < this.width; x++, i += 3) {
        this.data[i] = c[0]; this.data[i + 1] = c[1]; this.data[i + 2] = c[2];
      }
    }
  }
}
