/**
 * essentia.js, loaded once per process (the WASM module is ~2.5 MB and compiles in ~100 ms).
 * The beat grid is essentia's Degara beat tracker. `BeatTrackerDegara` is a small network: frames of
 * 2048 / 1024 (Hann), FFT, the complex-domain onset detection function, then `TempoTapDegara` (x2
 * resampling of the ODF). The first three steps are an FFT pass we already run for our own features
 * (spectrum.ts computes the same ODF in it), and through the WASM binding they cost ~90 % of the
 * tracker's time (2.2 s of 2.4 s for a 3-minute song), so the analysis calls `tapBeats` on our ODF.
 * `trackBeats` (the whole tracker on the samples) stays as the reference the tests compare against:
 * the beats are the same on every test song, synthetic, fluidsynth and real clip (201 pieces).
 * We skip RhythmExtractor2013's BPM histogram (we take the tempo from the folded, trimmed grid).
 */
interface EssentiaVector { delete?: () => void }
interface EssentiaInstance {
  version: string;
  arrayToVector(a: Float32Array): EssentiaVector;
  vectorToArray(v: EssentiaVector): Float32Array;
  BeatTrackerDegara(signal: EssentiaVector, maxTempo?: number, minTempo?: number): { ticks: EssentiaVector };
  TempoTapDegara(onsetDetections: EssentiaVector, maxTempo?: number, minTempo?: number, resample?: string, sampleRateODF?: number): { ticks: EssentiaVector };
}

let instance: EssentiaInstance | undefined;

function essentia(): EssentiaInstance {
  if (!instance) {
    // The Emscripten glue installs process-wide 'uncaughtException' / 'unhandledRejection' handlers
    // (the latter aborts the WASM runtime). The job owns its process's error policy, so remove them.
    const events = ['uncaughtException', 'unhandledRejection'];
    const emitter = process as unknown as NodeJS.EventEmitter;
    const before = events.map((ev) => emitter.listeners(ev));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Essentia, EssentiaWASM } = require('essentia.js') as { Essentia: new (wasm: unknown) => EssentiaInstance; EssentiaWASM: unknown };
    events.forEach((ev, i) => {
      for (const l of emitter.listeners(ev)) if (!before[i].includes(l)) emitter.removeListener(ev, l as (...args: unknown[]) => void);
    });
    instance = new Essentia(EssentiaWASM);
  }
  return instance;
}

/** Beat times (s) from essentia's whole BeatTrackerDegara; samples must be 44.1 kHz mono. Tempo range as RhythmExtractor2013's. */
export function trackBeats(samples: Float32Array, minTempo = 50, maxTempo = 208): number[] {
  const e = essentia();
  const signal = e.arrayToVector(samples);
  try {
    const r = e.BeatTrackerDegara(signal, maxTempo, minTempo);
    const beats = Array.from(e.vectorToArray(r.ticks));
    r.ticks.delete?.();
    return beats;
  } finally {
    signal.delete?.();
  }
}

/**
 * Beat times (s) from essentia's Degara tempo tap over a complex-domain onset detection function
 * sampled every `hopSeconds` (frame k at k · hopSeconds): the second half of `BeatTrackerDegara`, with
 * the same settings (x2 resampling, tempo range as RhythmExtractor2013's).
 */
export function tapBeats(odf: Float32Array, hopSeconds: number, minTempo = 50, maxTempo = 208): number[] {
  const e = essentia();
  const signal = e.arrayToVector(odf);
  try {
    const r = e.TempoTapDegara(signal, maxTempo, minTempo, 'x2', 1 / hopSeconds);
    const beats = Array.from(e.vectorToArray(r.ticks));
    r.ticks.delete?.();
    return beats;
  } finally {
    signal.delete?.();
  }
}

/** The reversed tap reads the music's first this many seconds (from where the music starts, so padding in front moves nothing): settled long before the start, at a third of a 3-minute song's cost. */
export const REVERSED_TAP_SECONDS = 60;

/**
 * `tapBeats` on the onset function up to `until` seconds, reversed in time, the beats given in forward
 * time (frame k at k · hopSeconds). Its lock-on is at that end, so it is settled through the song's
 * start. Each tap puts a beat about a frame before its onset peak, so these sit a frame or two later
 * than the forward tap's; `settledStart` (tempo.ts) lines the two up.
 */
export function tapBeatsReversed(odf: Float32Array, hopSeconds: number, until = Infinity): number[] {
  const head = odf.subarray(0, Math.min(odf.length, Math.round(until / hopSeconds)));
  const end = (head.length - 1) * hopSeconds;
  return tapBeats(Float32Array.from(head).reverse(), hopSeconds).map((t) => end - t).reverse();
}
