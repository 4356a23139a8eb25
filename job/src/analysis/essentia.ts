/**
 * essentia.js, loaded once per process (the WASM module is ~2.5 MB and compiles in ~100 ms).
 * Its beat tracker (RhythmExtractor2013, Degara method) gives the beat grid and a first tempo.
 */
interface EssentiaVector { delete?: () => void }
interface EssentiaInstance {
  version: string;
  arrayToVector(a: Float32Array): EssentiaVector;
  vectorToArray(v: EssentiaVector): Float32Array;
  RhythmExtractor2013(signal: EssentiaVector, maxTempo?: number, method?: string, minTempo?: number): {
    bpm: number; ticks: EssentiaVector; confidence: number; estimates: EssentiaVector; bpmIntervals: EssentiaVector;
  };
}

let instance: EssentiaInstance | undefined;

function essentia(): EssentiaInstance {
  if (!instance) {
    // The WASM glue registers process-wide handlers when loaded; loading lazily keeps that out of
    // processes that never analyse audio.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Essentia, EssentiaWASM } = require('essentia.js') as { Essentia: new (wasm: unknown) => EssentiaInstance; EssentiaWASM: unknown };
    instance = new Essentia(EssentiaWASM);
  }
  return instance;
}

export interface TrackedBeats {
  bpm: number;
  beats: number[];
}

/** Beat times (s) and tempo from essentia; samples must be 44.1 kHz mono. */
export function trackBeats(samples: Float32Array, minTempo = 50, maxTempo = 208): TrackedBeats {
  const e = essentia();
  const signal = e.arrayToVector(samples);
  try {
    const r = e.RhythmExtractor2013(signal, maxTempo, 'degara', minTempo);
    const beats = Array.from(e.vectorToArray(r.ticks));
    for (const v of [r.ticks, r.estimates, r.bpmIntervals]) v.delete?.();
    return { bpm: r.bpm, beats };
  } finally {
    signal.delete?.();
  }
}
