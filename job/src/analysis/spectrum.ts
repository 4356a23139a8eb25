/**
 * Frame-level features from our own FFT: band energies (bass / low-mid / mid / high / air), their onsets,
 * a 12-bin chroma (which notes sound, to hear chord changes) and the total spectral flux (the onset
 * envelope used to judge whether a steady pulse exists at all).
 */
// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const { ceil, cos, floor, log1p, log2, max, round, sin, sqrt } = Math;

export const FRAME_SIZE = 2048;
export const HOP_SIZE = 1024;

/** Band edges in Hz: bass (bass guitar, bongo body), low-mid, mid (bongo slap, guitar), high, air (güira). */
export const BAND_EDGES = [35, 160, 600, 2500, 7000, 16000];
export const BAND_COUNT = BAND_EDGES.length - 1;
export const BAND = { bass: 0, lowMid: 1, mid: 2, high: 3, air: 4 } as const;

export interface FrameFeatures {
  sampleRate: number;
  frameCount: number;
  /** seconds per hop */
  hopSeconds: number;
  /** centre time of frame k = offset + k * hopSeconds */
  offset: number;
  /** log(1 + energy) per band, band-major: bandLog[b][k] */
  bandLog: Float32Array[];
  /** half-wave rectified frame-to-frame rise of bandLog */
  bandOnset: Float32Array[];
  /** 12 chroma bins per frame, frame-major */
  chroma: Float32Array;
  /** sum over bins of the rectified rise in log magnitude */
  flux: Float32Array;
  /** mean square of the samples in the hop */
  power: Float32Array;
}

class Fft {
  private readonly rev: Uint32Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  constructor(readonly n: number) {
    const bits = log2(n);
    this.rev = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.rev[i] = r;
    }
    this.cos = new Float64Array(n / 2);
    this.sin = new Float64Array(n / 2);
    for (let i = 0; i < n / 2; i++) {
      this.cos[i] = cos((2 * Math.PI * i) / n);
      this.sin[i] = -sin((2 * Math.PI * i) / n);
    }
  }
  /** In-place complex FFT of (re, im). */
  transform(re: Float64Array, im: Float64Array): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const j = this.rev[i];
      if (j > i) {
        let t = re[i]; re[i] = re[j]; re[j] = t;
        t = im[i]; im[i] = im[j]; im[j] = t;
      }
    }
    for (let size = 2; size <= n; size <<= 1) {
      const half = size >> 1;
      const step = n / size;
      for (let start = 0; start < n; start += size) {
        for (let k = 0; k < half; k++) {
          const wr = this.cos[k * step];
          const wi = this.sin[k * step];
          const a = start + k;
          const b = a + half;
          const xr = re[b] * wr - im[b] * wi;
          const xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr; im[b] = im[a] - xi;
          re[a] += xr; im[a] += xi;
        }
      }
    }
  }
}

/**
 * Power spectrum of a real frame of length 2M via one M-point complex FFT (even samples as real part,
 * odd as imaginary), half the work of a full complex transform.
 */
class RealFft {
  private readonly half: Fft;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly wr: Float64Array;
  private readonly wi: Float64Array;
  constructor(readonly n: number) {
    const m = n / 2;
    this.half = new Fft(m);
    this.re = new Float64Array(m);
    this.im = new Float64Array(m);
    this.wr = new Float64Array(m);
    this.wi = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      this.wr[k] = cos((2 * Math.PI * k) / n);
      this.wi[k] = -sin((2 * Math.PI * k) / n);
    }
  }
  /** power[k] = |X[k]|^2 for k = 0..n/2-1 */
  power(frame: Float64Array, power: Float64Array): void {
    const m = this.n / 2;
    const { re, im, wr, wi } = this;
    for (let k = 0; k < m; k++) { re[k] = frame[2 * k]; im[k] = frame[2 * k + 1]; }
    this.half.transform(re, im);
    for (let k = 0; k < m; k++) {
      const k2 = k === 0 ? 0 : m - k;
      const er = 0.5 * (re[k] + re[k2]);
      const ei = 0.5 * (im[k] - im[k2]);
      const or = 0.5 * (im[k] + im[k2]);
      const oi = -0.5 * (re[k] - re[k2]);
      const xr = er + wr[k] * or - wi[k] * oi;
      const xi = ei + wr[k] * oi + wi[k] * or;
      power[k] = xr * xr + xi * xi;
    }
  }
}

const fftCache = new Map<number, RealFft>();

export function computeFrameFeatures(samples: Float32Array, sampleRate: number): FrameFeatures {
  const n = FRAME_SIZE;
  const hop = HOP_SIZE;
  const frameCount = max(1, floor((samples.length - n) / hop) + 1);
  let fft = fftCache.get(n);
  if (!fft) { fft = new RealFft(n); fftCache.set(n, fft); }
  const window = new Float64Array(n);
  for (let i = 0; i < n; i++) window[i] = 0.5 - 0.5 * cos((2 * Math.PI * i) / n);
  const binHz = sampleRate / n;
  const bins = n / 2;
  const bandOfBin = new Int8Array(bins).fill(-1);
  for (let k = 0; k < bins; k++) {
    const f = k * binHz;
    for (let b = 0; b < BAND_COUNT; b++) if (f >= BAND_EDGES[b] && f < BAND_EDGES[b + 1]) bandOfBin[k] = b;
  }
  // Chroma from ~100 Hz (below that one bin spans several semitones) to 2 kHz.
  const chromaLo = ceil(100 / binHz);
  const chromaHi = floor(2000 / binHz);
  const fluxHi = floor(11000 / binHz);

  const bandLog = Array.from({ length: BAND_COUNT }, () => new Float32Array(frameCount));
  const bandOnset = Array.from({ length: BAND_COUNT }, () => new Float32Array(frameCount));
  const chroma = new Float32Array(frameCount * 12);
  const flux = new Float32Array(frameCount);
  const power = new Float32Array(frameCount);
  const frame = new Float64Array(n);
  const pw = new Float64Array(bins);
  let prevLogMag = new Float32Array(bins);
  let logMag = new Float32Array(bins);
  const bandE = new Float64Array(BAND_COUNT);
  const mag = new Float64Array(bins + 1);

  for (let f = 0; f < frameCount; f++) {
    const off = f * hop;
    let p = 0;
    for (let i = 0; i < n; i++) {
      const x = off + i < samples.length ? samples[off + i] : 0;
      frame[i] = x * window[i];
      if (i >= (n - hop) / 2 && i < (n + hop) / 2) p += x * x;
    }
    power[f] = p / hop;
    fft.power(frame, pw);
    bandE.fill(0);
    let fl = 0;
    for (let k = 1; k < bins; k++) {
      const m2 = pw[k];
      const b = bandOfBin[k];
      if (b >= 0) bandE[b] += m2;
      if (k > fluxHi) continue;
      const mk = sqrt(m2);
      mag[k] = mk;
      const lm = log1p(100 * mk);
      logMag[k] = lm;
      const d = lm - prevLogMag[k];
      if (d > 0) fl += d;
    }
    // Chroma from spectral peaks with parabolic interpolation: a bin is ~21 Hz wide, wider than a
    // semitone below ~370 Hz, but a peak's interpolated frequency still names its note.
    for (let k = chromaLo; k <= chromaHi; k++) {
      if (!(mag[k] > mag[k - 1] && mag[k] >= mag[k + 1])) continue;
      const al = logMag[k - 1], be = logMag[k], ga = logMag[k + 1];
      const den = al - 2 * be + ga;
      const delta = den < 0 ? (0.5 * (al - ga)) / den : 0;
      const midi = 69 + 12 * log2(((k + delta) * binHz) / 440);
      chroma[f * 12 + ((((round(midi) % 12) + 12) % 12))] += mag[k];
    }
    flux[f] = fl; // frame 0 rises from the silence before the file
    for (let b = 0; b < BAND_COUNT; b++) {
      const v = log1p(1000 * bandE[b]);
      bandLog[b][f] = v;
      const d = v - (f === 0 ? 0 : bandLog[b][f - 1]);
      bandOnset[b][f] = d > 0 ? d : 0;
    }
    const t = prevLogMag; prevLogMag = logMag; logMag = t;
  }
  return { sampleRate, frameCount, hopSeconds: hop / sampleRate, offset: n / 2 / sampleRate, bandLog, bandOnset, chroma, flux, power };
}

export function frameAt(ff: FrameFeatures, t: number): number {
  return round((t - ff.offset) / ff.hopSeconds);
}
