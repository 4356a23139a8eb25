/**
 * Render a spec with fluidsynth (cached under .data/test-music/<hash>), decode it the way the product
 * does (ffmpeg → 44.1 kHz mono float), then apply the edits a real file has: the start cut off
 * mid-phrase, noise. The truth moves with every edit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeAudio, DECODE_SAMPLE_RATE } from '../../src/audio/decode';
import { arrange, shiftTruth, truthOf, type SongSpec, type Truth } from './arrange';
import { scoreToMidi } from './midi';
import { rng } from './random';

export const SOUNDFONT_DIRS = ['/usr/share/sounds/sf2', '/usr/share/sounds/sf3', '/usr/share/soundfonts'];
/** The General MIDI soundfonts Debian packages (fluid-soundfont-gm, timgm6mb-soundfont, opl3-soundfont, musescore-general-soundfont-small). */
export const SOUNDFONTS = ['FluidR3_GM.sf2', 'TimGM6mb.sf2', 'OPL-3_FM_128M.sf2', 'MuseScore_General_Lite.sf3'] as const;
export type SoundfontName = (typeof SOUNDFONTS)[number];

const CACHE = resolve(__dirname, '..', '..', '..', '.data', 'test-music');
/** Bump when the rendering itself changes in a way the MIDI bytes do not show. */
const RENDER_VERSION = 2;

export function soundfontPath(name: string): string | undefined {
  for (const dir of SOUNDFONT_DIRS) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Why fluidsynth songs cannot be made here, or undefined when they can. */
export function fluidsynthMissing(): string | undefined {
  const r = spawnSync('fluidsynth', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'fluidsynth is not installed (apt-get install fluidsynth)';
  const missing = SOUNDFONTS.filter((s) => !soundfontPath(s));
  if (missing.length) return `soundfonts missing: ${missing.join(', ')} (apt-get install fluid-soundfont-gm timgm6mb-soundfont opl3-soundfont musescore-general-soundfont-small)`;
  return undefined;
}

export interface RenderedSong {
  spec: SongSpec;
  samples: Float32Array;
  sampleRate: number;
  duration: number;
  truth: Truth;
  /** the cached fluidsynth render (before the cut and the noise) */
  wav: string;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => { if (err.length < 4000) err += c.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun() : reject(new Error(`${cmd} exited with ${code}: ${err.trim()}`))));
  });
}

async function renderWav(midi: Uint8Array, spec: SongSpec): Promise<string> {
  const sf = soundfontPath(spec.soundfont);
  if (!sf) throw new Error(`soundfont ${spec.soundfont} not found in ${SOUNDFONT_DIRS.join(', ')}`);
  const sfStat = statSync(sf);
  const hash = createHash('sha256').update(`${RENDER_VERSION}\n${spec.soundfont}:${sfStat.size}\n${spec.gain}\n`).update(midi).digest('hex').slice(0, 20);
  const dir = join(CACHE, hash);
  const wav = join(dir, 'song.wav');
  if (existsSync(wav)) return wav;
  mkdirSync(dir, { recursive: true });
  const mid = join(dir, `song.${process.pid}.mid`);
  writeFileSync(mid, midi);
  const tmp = join(dir, `song.${process.pid}.${Date.now()}.wav`);
  // Float output: no clipping whatever the gain; chorus off (it only smears onsets and costs time).
  await run('fluidsynth', ['-ni', '-q', '-C', '0', '-R', '1', '-o', 'synth.dynamic-sample-loading=1', '-T', 'wav', '-O', 'float', '-F', tmp, '-r', String(DECODE_SAMPLE_RATE), '-g', String(spec.gain), sf, mid]);
  renameSync(tmp, wav); // atomic: parallel test workers never read half a file
  renameSync(mid, join(dir, 'song.mid'));
  return wav;
}

export async function renderSong(spec: SongSpec): Promise<RenderedSong> {
  const arr = arrange(spec);
  const { bytes, beatTimes } = scoreToMidi(arr.score);
  const wav = await renderWav(bytes, spec);
  const decoded = await decodeAudio(wav);
  let samples = decoded.samples;
  let truth = truthOf(arr, beatTimes);

  if (arr.cutBeats > 0) {
    // An edit a few ms before the beat, as a file cut at a beat would be.
    const cut = Math.max(0, beatTimes[arr.cutBeats] - 0.01);
    samples = samples.slice(Math.round(cut * DECODE_SAMPLE_RATE));
    truth = shiftTruth(truth, -cut);
  }

  let peak = 0;
  let energy = 0;
  for (let i = 0; i < samples.length; i++) {
    peak = Math.max(peak, Math.abs(samples[i]));
    energy += samples[i] * samples[i];
  }
  const rms = Math.sqrt(energy / samples.length);
  if (spec.noise > 0) {
    const r = rng(spec.seed * 31 + 5);
    const level = spec.noise * rms;
    // Pink noise by Paul Kellet's filter, scaled to unit RMS approx.
    let b0 = 0, b1 = 0, b2 = 0;
    for (let i = 0; i < samples.length; i++) {
      const w = (r() * 2 - 1) * Math.sqrt(3); // uniform, unit variance (cheaper than Gaussian)
      let n = w;
      if (spec.noiseColour === 'pink') {
        b0 = 0.99765 * b0 + w * 0.099046;
        b1 = 0.963 * b1 + w * 0.2965164;
        b2 = 0.57 * b2 + w * 1.0526913;
        n = (b0 + b1 + b2 + w * 0.1848) * 0.3;
      }
      samples[i] += level * n;
    }
    peak = 0;
    for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i]));
  }
  const scale = 0.89 / Math.max(peak, 1e-6);
  for (let i = 0; i < samples.length; i++) samples[i] *= scale;
  return { spec, samples, sampleRate: DECODE_SAMPLE_RATE, duration: samples.length / DECODE_SAMPLE_RATE, truth, wav };
}

/** Render several songs, two fluidsynth processes at a time. */
export async function renderSongs(specs: SongSpec[], concurrency = 2): Promise<RenderedSong[]> {
  const out: RenderedSong[] = new Array(specs.length);
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const i = next++;
      out[i] = await renderSong(specs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker));
  return out;
}

/**
 * `describe` for suites that need fluidsynth songs: skipped with the reason when fluidsynth or a
 * soundfont is missing on a developer's machine, but failing in CI (CI=true), where .ci/run installs them.
 */
export function describeWithFluidsynth(name: string, fn: () => void): void {
  const missing = fluidsynthMissing();
  if (!missing) return describe(name, fn);
  if (process.env.CI) {
    return describe(name, () => {
      it('has fluidsynth and the General MIDI soundfonts (required in CI)', () => {
        throw new Error(missing);
      });
    });
  }
  console.warn(`Skipping "${name}": ${missing}.`);
  return describe.skip(name, fn);
}
