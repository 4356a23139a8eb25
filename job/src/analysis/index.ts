import type { SongAnalysis } from '@bachata/core';
import { decodeAudio } from '../audio/decode';
import { analyzeSamples } from './analyze';

export { analyzeSamples, MIN_PULSE_CLARITY } from './analyze';
export type { AnalysisDiagnostics } from './analyze';
export { NoSteadyBeatError } from './pulse';
export { AudioDecodeError } from '../audio/decode';

/** Decode any audio file with ffmpeg and analyse it. Throws AudioDecodeError or NoSteadyBeatError for bad input. */
export async function analyzeAudioFile(path: string): Promise<SongAnalysis> {
  const { samples, sampleRate } = await decodeAudio(path);
  return analyzeSamples(samples, sampleRate);
}
