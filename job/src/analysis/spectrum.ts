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
  /** sum over the same bins of the log magnitude: the frame's spectral content, the scale `flux` is read against */
  logMagnitude: Float32Array;
  /** mean square of the samples in the hop */
  power: Float32Array;
  /**
   * Complex-domain onset detection function (Bello et al. 2004), exactly as essentia's
   * `OnsetDetection(method: 'complex')` over the frames `BeatTrackerDegara` cuts (2048 / 1024, Hann,
   * frames from sample 0): the beat tracker's input, see essentia.ts.
   */
  complexOdf: Float32Array;
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
  /** X[k] = re[k] + i·im[k] for k = 0..n/2 (DC to Nyquist) of the real frame. */
  spectrum(frame: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
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
      outRe[k] = er + wr[k] * or - wi[k] * oi;
      outIm[k] = ei + wr[k] * oi + wi[k] * or;
    }
    outRe[m] = re[0] - im[0];
    outIm[m] = 0;
  }
}

const fftCache = new Map<number, RealFft>();

export function computeFrameFeatures(samples: Float32Array, sampleRate: number): FrameFeatures {
  const n = FRAME_SIZE;
  const hop = HOP_SIZE;
  const frameCount = max(1, floor((samples.length - n) / hop) + 1);
  // essentia's FrameCutter (startFromZero) goes on until a frame reaches the end, zero-padding it.
  const odfFrames = max(frameCount, ceil((samples.length - n) / hop) + 1);
  let fft = fftCache.get(n);
  if (!fft) { fft = new RealFft(n); fftCache.set(n, fft); }
  const window = new Float64Array(n);
  for (let i = 0; i < n; i++) window[i] = 0.5 - 0.5 * cos((2 * Math.PI * i) / (n - 1));
  // essentia's Windowing('hann', normalized): area 2. Only the complex ODF uses this scale.
  let windowSum = 0;
  for (let i = 0; i < n; i++) windowSum += window[i];
  const odfScale = 2 / windowSum;
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
  const logMagnitude = new Float32Array(frameCount);
  const power = new Float32Array(frameCount);
  const complexOdf = new Float32Array(odfFrames);
  const frame = new Float64Array(n);
  const xr = new Float64Array(bins + 1);
  const xi = new Float64Array(bins + 1);
  // The complex ODF's memory of the two previous frames: magnitude, and unit phasors e^{iφ}.
  const mag1 = new Float64Array(bins + 1);
  const u1r = new Float64Array(bins + 1).fill(1), u1i = new Float64Array(bins + 1);
  const u2r = new Float64Array(bins + 1).fill(1), u2i = new Float64Array(bins + 1);
  let prevLogMag = new Float32Array(bins);
  let logMag = new Float32Array(bins);
  const bandE = new Float64Array(BAND_COUNT);
  const mag = new Float64Array(bins + 1);

  for (let f = 0; f < odfFrames; f++) {
    const off = f * hop;
    let p = 0;
    for (let i = 0; i < n; i++) {
      const x = off + i < samples.length ? samples[off + i] : 0;
      frame[i] = x * window[i];
      if (i >= (n - hop) / 2 && i < (n + hop) / 2) p += x * x;
    }
    fft.spectrum(frame, xr, xi);
    complexOdf[f] = complexDomainStep(xr, xi, odfScale, mag1, u1r, u1i, u2r, u2i);
    if (f >= frameCount) continue;
    power[f] = p / hop;
    bandE.fill(0);
    let fl = 0;
    let lms = 0;
    for (let k = 1; k < bins; k++) {
      const m2 = xr[k] * xr[k] + xi[k] * xi[k];
      const b = bandOfBin[k];
      if (b >= 0) bandE[b] += m2;
      if (k > fluxHi) continue;
      const mk = sqrt(m2);
      mag[k] = mk;
      const lm = log1p(100 * mk);
      logMag[k] = lm;
      lms += lm;
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
    logMagnitude[f] = lms;
    for (let b = 0; b < BAND_COUNT; b++) {
      const v = log1p(1000 * bandE[b]);
      bandLog[b][f] = v;
      const d = v - (f === 0 ? 0 : bandLog[b][f - 1]);
      bandOnset[b][f] = d > 0 ? d : 0;
    }
    const t = prevLogMag; prevLogMag = logMag; logMag = t;
  }
  return { sampleRate, frameCount, hopSeconds: hop / sampleRate, offset: n / 2 / sampleRate, bandLog, bandOnset, chroma, flux, logMagnitude, power, complexOdf };
}

/**
 * One frame of essentia's complex-domain ODF: Σ_k |S₁[k] − S[k]·e^{i(φ[k] − (2φ₁[k] − φ₂[k]))}|, the
 * distance of each bin from where steady amplitude and phase would have put it. Phasors instead of
 * angles (e^{i(φ−2φ₁+φ₂)} = u·conj(u₁)²·u₂), so no atan2; a silent bin has phase 0 (u = 1), as atan2(0, 0).
 * Updates the two-frame memory in place.
 */
function complexDomainStep(
  xr: Float64Array, xi: Float64Array, scale: number,
  mag1: Float64Array, u1r: Float64Array, u1i: Float64Array, u2r: Float64Array, u2i: Float64Array,
): number {
  let sum = 0;
  for (let k = 0; k < xr.length; k++) {
    const re = xr[k] * scale, im = xi[k] * scale;
    const m = sqrt(re * re + im * im);
    const ur = m > 0 ? re / m : 1, ui = m > 0 ? im / m : 0;
    // c = conj(u1)^2 · u2
    const ar = u1r[k], ai = -u1i[k];
    const sr = ar * ar - ai * ai, si = 2 * ar * ai;
    const cr = sr * u2r[k] - si * u2i[k], ci = sr * u2i[k] + si * u2r[k];
    // rotated current bin: m · u · c
    const rr = m * (ur * cr - ui * ci), ri = m * (ur * ci + ui * cr);
    const dr = mag1[k] - rr;
    sum += sqrt(dr * dr + ri * ri);
    u2r[k] = u1r[k]; u2i[k] = u1i[k];
    u1r[k] = ur; u1i[k] = ui;
    mag1[k] = m;
  }
  return sum;
}

export function frameAt(ff: FrameFeatures, t: number): number {
  return round((t - ff.offset) / ff.hopSeconds);
}
