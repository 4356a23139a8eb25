// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const { max, min, round, sqrt } = Math;

export function median(values: ArrayLike<number>): number {
  const a = Array.from(values).filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (a.length === 0) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : 0.5 * (a[m - 1] + a[m]);
}

export function percentile(values: ArrayLike<number>, p: number): number {
  const a = Array.from(values).filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (a.length === 0) return NaN;
  const idx = min(a.length - 1, max(0, round((p / 100) * (a.length - 1))));
  return a[idx];
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : 0;
}

/**
 * z-score against a sliding window of ±radius items, so slow changes (a louder chorus) don't dominate.
 * Unknown values (NaN) are left out of the statistics and score 0: no evidence either way.
 */
export function localZ(values: ArrayLike<number>, radius: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) continue;
    const a = max(0, i - radius);
    const b = min(n, i + radius + 1);
    let s = 0;
    let s2 = 0;
    let c = 0;
    for (let j = a; j < b; j++) {
      const v = values[j];
      if (!Number.isFinite(v)) continue;
      s += v; s2 += v * v; c++;
    }
    const m = s / c;
    const sd = sqrt(max(0, s2 / c - m * m));
    out[i] = sd > 1e-9 ? (values[i] - m) / sd : 0;
  }
  return out;
}

/**
 * z-score over the whole series (unknown values left out of the statistics and kept unknown),
 * optionally clipped to ±clip. A constant series scores 0.
 */
export function songZ(values: ArrayLike<number>, clip = Infinity): Float64Array {
  const n = values.length;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) { s += values[i]; c++; }
  const m = c ? s / c : 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) s2 += (values[i] - m) ** 2;
  const sd = sqrt(s2 / (c || 1)) || 1;
  return Float64Array.from({ length: n }, (_, i) => (Number.isFinite(values[i]) ? max(-clip, min(clip, (values[i] - m) / sd)) : NaN));
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function round3(t: number): number {
  return round(t * 1000) / 1000;
}
