/**
 * MIREX-style F-measure for event times: an estimate matches a reference within ±tolerance, each used
 * at most once (greedy by closeness, which equals the optimal matching for sorted events this sparse).
 */
export interface EventScore {
  precision: number;
  recall: number;
  f: number;
  matched: number;
}

export function eventFMeasure(estimated: number[], reference: number[], tolerance = 0.07): EventScore {
  if (estimated.length === 0 && reference.length === 0) return { precision: 1, recall: 1, f: 1, matched: 0 };
  if (estimated.length === 0 || reference.length === 0) return { precision: 0, recall: 0, f: 0, matched: 0 };
  const est = [...estimated].sort((a, b) => a - b);
  const ref = [...reference].sort((a, b) => a - b);
  const pairs: [number, number, number][] = [];
  let j0 = 0;
  for (let i = 0; i < est.length; i++) {
    while (j0 < ref.length && ref[j0] < est[i] - tolerance) j0++;
    for (let j = j0; j < ref.length && ref[j] <= est[i] + tolerance; j++) pairs.push([Math.abs(est[i] - ref[j]), i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const usedE = new Uint8Array(est.length);
  const usedR = new Uint8Array(ref.length);
  let matched = 0;
  for (const [, i, j] of pairs) {
    if (usedE[i] || usedR[j]) continue;
    usedE[i] = 1;
    usedR[j] = 1;
    matched++;
  }
  const precision = matched / est.length;
  const recall = matched / ref.length;
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f, matched };
}

export function tempoWithin(estimatedBpm: number, trueBpm: number, tolerance = 0.02): boolean {
  return Math.abs(estimatedBpm - trueBpm) <= tolerance * trueBpm;
}

export interface TrackScore {
  name: string;
  trueBpm: number;
  bpm: number;
  tempoOk: boolean;
  beatF: number;
  downbeatF: number;
  phraseF: number;
  /** share of the music's time whose section label (intro/verse/chorus/break/outro) is right */
  sectionAgreement: number;
}

export interface AccuracySummary {
  tracks: number;
  tempoAccuracy: number;
  beatF: number;
  downbeatF: number;
  phraseF: number;
  sectionAgreement: number;
}

interface LabelledSpan { label: string; start: number; end: number }

/** Fraction of the reference sections' time where the estimated label is the same (sampled every 0.1 s). */
export function sectionLabelAgreement(estimated: LabelledSpan[], reference: LabelledSpan[]): number {
  if (reference.length === 0) return 1;
  const from = reference[0].start;
  const to = reference[reference.length - 1].end;
  const labelAt = (spans: LabelledSpan[], t: number) => spans.find((s) => t >= s.start && t < s.end)?.label;
  let same = 0;
  let total = 0;
  for (let t = from + 0.05; t < to; t += 0.1) {
    total++;
    if (labelAt(estimated, t) === labelAt(reference, t)) same++;
  }
  return total ? same / total : 1;
}

export function summarise(scores: TrackScore[]): AccuracySummary {
  const m = (k: 'beatF' | 'downbeatF' | 'phraseF' | 'sectionAgreement') => scores.reduce((s, x) => s + x[k], 0) / Math.max(1, scores.length);
  return {
    tracks: scores.length,
    tempoAccuracy: scores.filter((s) => s.tempoOk).length / Math.max(1, scores.length),
    beatF: m('beatF'),
    downbeatF: m('downbeatF'),
    phraseF: m('phraseF'),
    sectionAgreement: m('sectionAgreement'),
  };
}

export function formatScoreTable(scores: TrackScore[]): string {
  const rows = scores.map((s) => `${s.name.padEnd(34)} ${s.trueBpm.toFixed(1).padStart(6)} ${s.bpm.toFixed(1).padStart(6)} ${s.tempoOk ? ' ok ' : 'MISS'} ${s.beatF.toFixed(3)} ${s.downbeatF.toFixed(3)} ${s.phraseF.toFixed(3)} ${s.sectionAgreement.toFixed(2)}`);
  const sum = summarise(scores);
  return [
    `${'track'.padEnd(34)} ${'true'.padStart(6)} ${'bpm'.padStart(6)} tmpo beatF dbF   phrF  sect`,
    ...rows,
    `tempo within 2%: ${(sum.tempoAccuracy * 100).toFixed(0)}% of ${sum.tracks} | beat F ${sum.beatF.toFixed(3)} | downbeat F ${sum.downbeatF.toFixed(3)} | phrase F ${sum.phraseF.toFixed(3)} | section labels ${(sum.sectionAgreement * 100).toFixed(0)}% of time`,
  ].join('\n');
}

/** Score one analysis against a synthetic track's ground truth. */
export function scoreTrack(
  name: string,
  truth: { bpm: number; beats: number[]; downbeats: number[]; phrases: number[]; sections?: LabelledSpan[] },
  analysis: { bpm: number; beats: number[]; downbeats: number[]; phrases: number[]; sections?: LabelledSpan[] },
  tolerance = 0.07,
): TrackScore {
  return {
    name,
    trueBpm: truth.bpm,
    bpm: analysis.bpm,
    tempoOk: tempoWithin(analysis.bpm, truth.bpm),
    beatF: eventFMeasure(analysis.beats, truth.beats, tolerance).f,
    downbeatF: eventFMeasure(analysis.downbeats, truth.downbeats, tolerance).f,
    phraseF: eventFMeasure(analysis.phrases, truth.phrases, tolerance).f,
    sectionAgreement: truth.sections && analysis.sections ? sectionLabelAgreement(analysis.sections, truth.sections) : NaN,
  };
}
