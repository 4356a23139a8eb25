import { MAX_BRIDGE_BEATS, SONG_ANALYSIS_VERSION, type SongAnalysis } from '@bachata/core';
import { MIN_ANALYSIS_SECONDS, AudioDecodeError } from '../audio/decode';
import { computeBeatFeatures } from './beatFeatures';
import { bassWeightedOdf, PHASE_CHECK_MIN_BEATS, preferSecond, sameGrid } from './beatPhase';
import { countPositions, type CountResult } from './count';
import { barEvidence } from './downbeats';
import { REVERSED_TAP_SECONDS, tapBeats, tapBeatsReversed } from './essentia';
import { phraseEvidence } from './phrases';
import { freeTimeBeats, NoSteadyBeatError, pulseClarity } from './pulse';
import { beatEnergy, findSections } from './sections';
import { computeFrameFeatures } from './spectrum';
import { round3 } from './stats';
import { bpmOf, extendToMusicStart, foldTempo, musicExtent, onsetLookup, settledStart, steadyStart, trimToMusic } from './tempo';

/**
 * Below this the onset envelope does not repeat at the beat period: noise, a drone, speech. White noise
 * and sustained tones score 0; the 149 real bachata clips of 6–17 s score 0.11–0.77 (median 0.48).
 */
export const MIN_PULSE_CLARITY = 0.05;
/** Fewer beats than this (two bars, one 8-count) cannot carry bars and 8-counts; short clips get a low confidence instead. */
const MIN_BEATS = 8;

export interface AnalysisDiagnostics {
  trackerBpm: number;
  pulseClarity: number;
  musicStart: number;
  musicEnd: number;
  /** which beat grid was kept: the tracker on the onset function, or on it with the bass's onsets added */
  grid?: 'onsets' | 'bass-weighted';
  /** where the two grids disagreed: > 0 preferred the bass-weighted one (beatPhase.ts) */
  gridPreference?: number;
  /** evidence margins behind the confidence (for calibration) */
  countMargins?: CountResult['margins'];
}

/** Tempo, beats, downbeats, 8-counts, sections and energy of 44.1 kHz mono samples. Pure. */
export function analyzeSamples(samples: Float32Array, sampleRate: number, diagnostics?: (d: AnalysisDiagnostics) => void): SongAnalysis {
  if (sampleRate !== 44100) throw new Error(`analyzeSamples needs 44100 Hz samples, got ${sampleRate}`);
  const duration = samples.length / sampleRate;
  if (duration < MIN_ANALYSIS_SECONDS) {
    throw new AudioDecodeError('too-short', `This audio is too short (${duration.toFixed(1)} s); at least ${MIN_ANALYSIS_SECONDS} s of music is needed.`);
  }
  const ff = computeFrameFeatures(samples, sampleRate);
  const extent = musicExtent(ff);
  const onsetAt = onsetLookup(ff);
  // The tracker locks on over its first beats, so what it does there depends on where the file starts.
  // The same tap on the onset function reversed in time is settled through the song's start: its beats
  // are kept up to where the two taps agree (`settledStart`). Not before a free-time intro, where it
  // would carry a steady grid through the rubato (on the tuning pool that moved four songs' 8-counts).
  const tap = (odf: Float32Array) => {
    const forward = tapBeats(odf, ff.hopSeconds);
    if (forward.length < MIN_BEATS || freeTimeBeats(ff, forward, 60 / bpmOf(forward)) > 0) return forward;
    return settledStart(forward, tapBeatsReversed(odf, ff.hopSeconds, extent.start + REVERSED_TAP_SECONDS));
  };
  const tracked = tap(ff.complexOdf);
  if (tracked.length < MIN_BEATS) throw new NoSteadyBeatError();
  const inMusic = (ticks: number[]) => extendToMusicStart(steadyStart(trimToMusic(foldTempo(ticks, onsetAt), extent, onsetAt)), extent.start, onsetAt);
  const clarityOf = (grid: number[]) => pulseClarity(ff, 60 / bpmOf(grid), extent.start, extent.end);
  const beatsInMusic = inMusic(tracked);
  const clarity = clarityOf(beatsInMusic);
  const diag: AnalysisDiagnostics = { trackerBpm: bpmOf(tracked), pulseClarity: clarity, musicStart: extent.start, musicEnd: extent.end, grid: 'onsets' };
  if (beatsInMusic.length < MIN_BEATS || clarity < MIN_PULSE_CLARITY) {
    diagnostics?.(diag);
    throw new NoSteadyBeatError();
  }

  const countOn = (grid: number[]) => {
    const f = computeBeatFeatures(ff, grid, duration);
    return { beats: grid, features: f, count: countPositions(barEvidence(f), phraseEvidence(f)) };
  };
  // The half-beat phase (beatPhase.ts): the same tracker with the bass's onsets added gives a second
  // grid; where it disagrees, the grid the bar model explains better (and the bass agrees with) is kept.
  let chosen = countOn(beatsInMusic);
  if (beatsInMusic.length >= PHASE_CHECK_MIN_BEATS) {
    const second = inMusic(tap(bassWeightedOdf(ff)));
    if (second.length >= MIN_BEATS && !sameGrid(beatsInMusic, second) && clarityOf(second) >= MIN_PULSE_CLARITY) {
      const alt = countOn(second);
      const a = { beats: beatsInMusic, downbeatConfidence: chosen.count.confidence.downbeats };
      const b = { beats: second, downbeatConfidence: alt.count.confidence.downbeats };
      diag.gridPreference = preferSecond(ff, a, b);
      if (diag.gridPreference > 0) {
        chosen = alt;
        diag.grid = 'bass-weighted';
      }
    }
  }
  const { beats, features, count } = chosen;
  diagnostics?.({ ...diag, countMargins: count.margins });
  const downbeatIdx = count.positions.flatMap((p, i) => (p % 4 === 0 ? [i] : []));
  // No 8-count starts in a free-time intro: the couple waits for the groove.
  const free = freeTimeBeats(ff, beats, 60 / bpmOf(beats));
  const starts = count.positions.flatMap((p, i) => (p === 0 && i >= free ? [i] : []));
  // A 2-beat or one-bar bridge: the count re-phases fewer than 6 beats after an 8-count start. That
  // start opens no 8-count (its 2–4 beats are the bridge); the new grid's "1" does.
  const phraseIdx = starts.filter((i, k) => k + 1 === starts.length || starts[k + 1] - i >= MAX_BRIDGE_BEATS);
  const energy = beatEnergy(features);
  // Sections are cut on every start the count found, bridges included (a bridge often ends a section).
  const sections = findSections(features, energy, starts, duration);
  return {
    version: SONG_ANALYSIS_VERSION,
    duration: round3(duration),
    bpm: Math.round(bpmOf(beats) * 10) / 10,
    beats: beats.map(round3),
    downbeats: downbeatIdx.map((i) => round3(beats[i])),
    phrases: phraseIdx.map((i) => round3(beats[i])),
    sections,
    energy,
    confidence: count.confidence,
  };
}
