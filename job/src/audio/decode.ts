import { execFfmpeg, MediaToolMissingError } from '@bachata/core';
import { access, stat } from 'node:fs/promises';

export const DECODE_SAMPLE_RATE = 44100;
/** Shorter than this there is not enough music to find bars and 8-counts. */
export const MIN_ANALYSIS_SECONDS = 5;
/** Longer than any dance track; past this decoding stops instead of filling memory (4 bytes × 44100/s). */
export const MAX_ANALYSIS_SECONDS = 20 * 60;

export type AudioDecodeReason = 'missing' | 'not-audio' | 'undecodable' | 'silent' | 'too-short' | 'too-long' | 'ffmpeg-missing';

/** Bad input a dancer can fix by choosing another file; `message` is one human sentence. */
export class AudioDecodeError extends Error {
  constructor(readonly reason: AudioDecodeReason, message: string) {
    super(message);
    this.name = 'AudioDecodeError';
  }
}

export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: typeof DECODE_SAMPLE_RATE;
  duration: number;
}

/** Peak below this (about -60 dBFS) counts as silence. */
const SILENCE_PEAK = 0.001;

/**
 * The song is a dancer's upload: ffmpeg may open only that one local file, and only as one of the audio
 * containers the api accepts (plus mov for the clip library), so a playlist or concat list stored before
 * the api checked formats cannot make it read anything else.
 */
const LOCAL_AUDIO_ONLY = ['-protocol_whitelist', 'file', '-format_whitelist', 'mp3,wav,flac,ogg,mov,aac'];

/** Any audio file ffmpeg understands → 44.1 kHz mono float samples. */
export async function decodeAudio(path: string): Promise<DecodedAudio> {
  try {
    await access(path);
  } catch {
    throw new AudioDecodeError('missing', `Audio file not found: ${path}`);
  }
  if ((await stat(path)).isDirectory()) throw new AudioDecodeError('missing', `Not a file: ${path}`);

  const { pcm, stderr, code, tooLong } = await runFfmpeg(path, MAX_ANALYSIS_SECONDS * DECODE_SAMPLE_RATE * 4);
  if (tooLong) throw new AudioDecodeError('too-long', `This audio is too long; at most ${MAX_ANALYSIS_SECONDS / 60} minutes can be analysed.`);
  if (code !== 0) {
    if (/does not contain any stream|Output file does not contain|matches no streams|Invalid data found|could not find codec|Invalid argument/i.test(stderr)) {
      throw new AudioDecodeError('not-audio', 'This file is not an audio file (no audio stream could be read).');
    }
    throw new AudioDecodeError('undecodable', `This audio file could not be decoded (${lastLine(stderr)}).`);
  }
  const usable = pcm.length - (pcm.length % 4);
  const samples = new Float32Array(usable / 4);
  // Copy out of the Buffer pool so the Float32Array is aligned and owns its memory.
  new Uint8Array(samples.buffer).set(pcm.subarray(0, usable));
  if (samples.length === 0) throw new AudioDecodeError('not-audio', 'This file is not an audio file (it contains no audio samples).');
  const duration = samples.length / DECODE_SAMPLE_RATE;
  if (duration < MIN_ANALYSIS_SECONDS) {
    throw new AudioDecodeError('too-short', `This audio is too short (${duration.toFixed(1)} s); at least ${MIN_ANALYSIS_SECONDS} s of music is needed.`);
  }
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = Math.abs(samples[i]);
    if (a > peak) peak = a;
  }
  if (!(peak > SILENCE_PEAK)) throw new AudioDecodeError('silent', 'This audio is silent.');
  return { samples, sampleRate: DECODE_SAMPLE_RATE, duration };
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? 'unknown ffmpeg error';
}

async function runFfmpeg(path: string, maxBytes: number): Promise<{ pcm: Buffer; stderr: string; code: number | null; tooLong: boolean }> {
  const args = ['-nostdin', '-hide_banner', '-loglevel', 'error', ...LOCAL_AUDIO_ONLY, '-i', path, '-vn', '-map', '0:a:0', '-ac', '1', '-ar', String(DECODE_SAMPLE_RATE), '-f', 'f32le', 'pipe:1'];
  try {
    const r = await execFfmpeg(args, { captureStdout: true, maxStdoutBytes: maxBytes, stderrTail: 20000 });
    return { pcm: r.stdout, stderr: r.stderr, code: r.code, tooLong: r.overflow };
  } catch (err) {
    if (err instanceof MediaToolMissingError && err.code === 'ENOENT') throw new AudioDecodeError('ffmpeg-missing', 'ffmpeg is not installed, so audio cannot be decoded.');
    throw err;
  }
}
