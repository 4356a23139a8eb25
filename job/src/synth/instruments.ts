/**
 * The four voices of a bachata band, synthesised simply but musically: a plucked requinto/segunda
 * guitar (Karplus-Strong), an electric bass, a güira (scraped metal: high-passed noise with ridges) and
 * a bongo (tuned membranes and a slap). Each adds into a shared buffer at a time in seconds.
 */
// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const TWO_PI = 2 * Math.PI;
const { abs, exp, max, min, pow, round, sin } = Math;

export const SYNTH_SAMPLE_RATE = 44100;

export function midiToHz(midi: number): number {
  return 440 * pow(2, (midi - 69) / 12);
}

function startIndex(out: Float32Array, t: number, sr: number): number {
  return round(t * sr);
}

/** A plucked nylon/steel string. brightness 0..1 sets how much the initial noise burst is smoothed. */
export function pluck(out: Float32Array, t: number, freq: number, dur: number, amp: number, rand: () => number, brightness = 0.6, sr = SYNTH_SAMPLE_RATE): void {
  const start = startIndex(out, t, sr);
  const period = max(2, round(sr / freq));
  const buf = new Float32Array(period);
  for (let i = 0; i < period; i++) buf[i] = rand() * 2 - 1;
  // Darker strings: smooth the excitation; a pick on steel (requinto) keeps more highs.
  const passes = round((1 - brightness) * 4);
  for (let p = 0; p < passes; p++) for (let i = 1; i < period; i++) buf[i] = 0.5 * (buf[i] + buf[i - 1]);
  let mean = 0;
  for (let i = 0; i < period; i++) mean += buf[i];
  mean /= period;
  for (let i = 0; i < period; i++) buf[i] -= mean;
  const len = min(round(dur * sr), out.length - start);
  const damp = 0.996;
  const fade = min(len, round(0.02 * sr));
  let p = 0;
  for (let i = 0; i < len; i++) {
    if (start + i < 0) continue;
    const y = buf[p];
    const q = p + 1 === period ? 0 : p + 1;
    buf[p] = damp * 0.5 * (buf[p] + buf[q]);
    p = q;
    const g = i > len - fade ? (len - i) / fade : 1;
    out[start + i] += amp * y * g;
  }
}

/** Electric bass: a round fundamental with a little 2nd/3rd harmonic and a soft finger attack. */
export function bassNote(out: Float32Array, t: number, freq: number, dur: number, amp: number, sr = SYNTH_SAMPLE_RATE): void {
  const start = startIndex(out, t, sr);
  const len = min(round(dur * sr), out.length - start);
  const w = (TWO_PI * freq) / sr;
  const attack = round(0.004 * sr);
  const release = round(0.03 * sr);
  for (let i = 0; i < len; i++) {
    if (start + i < 0) continue;
    const tt = i / sr;
    let env = exp(-tt / 0.45);
    if (i < attack) env *= i / attack;
    if (i > len - release) env *= (len - i) / release;
    const ph = w * i;
    const tone = sin(ph) + 0.35 * sin(2 * ph) * exp(-tt / 0.12) + 0.12 * sin(3 * ph) * exp(-tt / 0.06);
    out[start + i] += amp * env * tone;
  }
}

/** One güira stroke: a scrape of `dur` seconds across the ridges (about 180 ridges a second). */
export function guiraStroke(out: Float32Array, t: number, dur: number, amp: number, rand: () => number, sr = SYNTH_SAMPLE_RATE): void {
  const start = startIndex(out, t, sr);
  const len = min(round(dur * sr), out.length - start);
  let prev = 0;
  let prev2 = 0;
  const ridge = (TWO_PI * (150 + rand() * 60)) / sr;
  for (let i = 0; i < len; i++) {
    if (start + i < 0) continue;
    const x = rand() * 2 - 1;
    // Two first differences = a steep high-pass: the metal's hiss sits above ~4 kHz.
    const hp = x - 2 * prev + prev2;
    prev2 = prev;
    prev = x;
    const pos = i / len;
    const env = pos < 0.15 ? pos / 0.15 : pow(1 - (pos - 0.15) / 0.85, 1.5);
    const ridges = 0.6 + 0.4 * abs(sin(ridge * i));
    out[start + i] += amp * 0.25 * hp * env * ridges;
  }
}

/** A bongo hit: an open tone (pitch settles from above) or a slap (a cracking noise burst with a short tone). */
export function bongoHit(out: Float32Array, t: number, freq: number, amp: number, slap: boolean, rand: () => number, sr = SYNTH_SAMPLE_RATE): void {
  const start = startIndex(out, t, sr);
  const dur = slap ? 0.09 : 0.22;
  const len = min(round(dur * sr), out.length - start);
  let phase = 0;
  let lp = 0;
  for (let i = 0; i < len; i++) {
    if (start + i < 0) continue;
    const tt = i / sr;
    const f = freq * (1 + 0.25 * exp(-tt / 0.012));
    phase += (TWO_PI * f) / sr;
    let y: number;
    if (slap) {
      const n = rand() * 2 - 1;
      lp += 0.45 * (n - lp);
      y = (n - lp) * exp(-tt / 0.018) * 0.9 + sin(phase) * exp(-tt / 0.03) * 0.6;
    } else {
      y = sin(phase) * exp(-tt / 0.07) + (rand() * 2 - 1) * 0.15 * exp(-tt / 0.004);
    }
    out[start + i] += amp * y;
  }
}
