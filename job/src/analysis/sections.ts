import type { Section, SectionLabel } from '@bachata/core';
import type { BeatFeatures } from './beatFeatures';
import { clamp01, mean, percentile, round3 } from './stats';

/**
 * Per-beat energy 0..1: loudness (relative to the song's own quiet and loud parts) blended with how busy
 * the beat is (a chorus with güira sixteenths is more energetic than a verse at the same level).
 */
export function beatEnergy(f: BeatFeatures): number[] {
  const loud = Array.from(f.loudnessDb);
  const busy = Array.from(f.busyness);
  const lLo = percentile(loud, 5), lHi = percentile(loud, 98);
  const bLo = percentile(busy, 5), bHi = percentile(busy, 98);
  return loud.map((l, i) => {
    const a = lHi > lLo ? clamp01((l - lLo) / (lHi - lLo)) : 0.5;
    const b = bHi > bLo ? clamp01((busy[i] - bLo) / (bHi - bLo)) : 0.5;
    return round3(0.5 * a + 0.5 * b);
  });
}

interface Block { startBeat: number; endBeat: number }

function blockVector(f: BeatFeatures, energy: number[], b: Block): number[] {
  const slice = (v: ArrayLike<number>) => mean(Array.from(v).slice(b.startBeat, b.endBeat));
  return [slice(energy), slice(f.loudnessDb), ...f.bandLog.map((v) => slice(v)), slice(f.airActivity), slice(f.busyness), slice(f.bassOnset)];
}

/**
 * Sections: consecutive 8-counts are grouped while their texture stays alike; a new section starts at
 * an 8-count whose texture differs clearly from the one before. Then labels by energy and position.
 */
export function findSections(f: BeatFeatures, energy: number[], phraseBeatIdx: number[], duration: number): Section[] {
  const times = f.times;
  if (times.length === 0) return [{ label: 'verse', start: 0, end: round3(duration), energy: 0 }];
  const starts = phraseBeatIdx.length ? [...phraseBeatIdx] : [0];
  const blocks: Block[] = starts.map((s, k) => ({ startBeat: s, endBeat: k + 1 < starts.length ? starts[k + 1] : times.length }));
  // A final fragment shorter than an 8-count (the last hit ringing out) belongs to the section it ends.
  if (blocks.length > 1 && blocks[blocks.length - 1].endBeat - blocks[blocks.length - 1].startBeat < 8) {
    blocks[blocks.length - 2].endBeat = blocks.pop()!.endBeat;
  }
  // Scale each feature by how much it varies from beat to beat: an 8-count mean that moves by more
  // than that beat-level spread is a real change of texture, not the count's own rhythm.
  const beatVecs = f.times.map((_, i) => blockVector(f, energy, { startBeat: i, endBeat: i + 1 }));
  const dims = beatVecs[0].length;
  const spread = Array.from({ length: dims }, (_, d) => {
    const col = beatVecs.map((v) => v[d]);
    const m = mean(col);
    return Math.sqrt(mean(col.map((x) => (x - m) ** 2))) || 1;
  });
  const vecs = blocks.map((b) => blockVector(f, energy, b).map((x, d) => x / spread[d]));
  const jumps = vecs.map((v, k) => (k === 0 ? 0 : Math.sqrt(v.reduce((s, x, d) => s + (x - vecs[k - 1][d]) ** 2, 0))));
  // Most consecutive 8-counts belong to the same section, so the lower quartile of the jumps is the
  // song's own "no change" level; a boundary is a jump well above it.
  const quiet = percentile(jumps.slice(1), 25);
  const threshold = Math.max(1.5, 2.5 * quiet);
  const groups: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (k === 0 || jumps[k] >= threshold) groups.push({ ...blocks[k] });
    else groups[groups.length - 1].endBeat = blocks[k].endBeat;
  }
  const labels = labelSections(groups.map((g) => mean(energy.slice(g.startBeat, g.endBeat))), mean(energy));
  const groupEnergy = groups.map((g) => mean(energy.slice(g.startBeat, g.endBeat)));
  const sections: Section[] = groups.map((g, k) => ({
    label: labels[k],
    start: round3(k === 0 ? 0 : times[g.startBeat]),
    end: round3(k === groups.length - 1 ? duration : times[groups[k + 1].startBeat]),
    energy: round3(groupEnergy[k]),
  }));
  // Neighbours that ended up with the same label are one section.
  const merged: Section[] = [];
  for (const s of sections) {
    const prev = merged[merged.length - 1];
    if (prev && prev.label === s.label) {
      const wa = prev.end - prev.start, wb = s.end - s.start;
      prev.energy = round3((prev.energy * wa + s.energy * wb) / Math.max(1e-9, wa + wb));
      prev.end = s.end;
    } else merged.push({ ...s });
  }
  return merged;
}

/**
 * Labels from energy and position: quiet sections before the band gets going are the intro, quiet
 * ones at the end the outro; in between, the louder/busier cluster is chorus, the rest verse, and a
 * section clearly quieter than the verses right after a chorus is a break.
 */
export function labelSections(groupEnergy: number[], songLevel: number): SectionLabel[] {
  const n = groupEnergy.length;
  const labels: SectionLabel[] = groupEnergy.map(() => 'verse');
  const quiet = (k: number) => groupEnergy[k] < songLevel - 0.1;
  let a = 0;
  while (a < n - 1 && quiet(a)) labels[a++] = 'intro';
  let b = n;
  while (b - 1 > a && quiet(b - 1)) labels[--b] = 'outro';
  const body = groupEnergy.slice(a, b);
  if (body.length === 0) return labels;
  // Split the body's section energies into louder / quieter (the split that leaves the least spread
  // within each side). A chorus-less song has no clear split and stays verse throughout.
  const high = bestSplit(body);
  if (high === undefined || high.gap < 0.08) return labels;
  const low = bestSplit(body.filter((e) => e < high.threshold));
  for (let k = a; k < b; k++) {
    if (groupEnergy[k] >= high.threshold) labels[k] = 'chorus';
    // A clearly quieter level below the verses, right after a chorus: the band drops out for a break.
    else if (low && low.gap >= 0.12 && groupEnergy[k] < low.threshold && k > a && labels[k - 1] === 'chorus') labels[k] = 'break';
    else labels[k] = 'verse';
  }
  return labels;
}

/** The threshold splitting 1-D values into two groups with the least within-group variance. */
function bestSplit(values: number[]): { threshold: number; gap: number } | undefined {
  const v = [...values].sort((x, y) => x - y);
  if (v.length < 2) return undefined;
  let best: { cost: number; threshold: number; gap: number } | undefined;
  for (let i = 1; i < v.length; i++) {
    if (v[i] === v[i - 1]) continue;
    const lo = v.slice(0, i);
    const hi = v.slice(i);
    const ml = mean(lo);
    const mh = mean(hi);
    const cost = lo.reduce((s, x) => s + (x - ml) ** 2, 0) + hi.reduce((s, x) => s + (x - mh) ** 2, 0);
    if (!best || cost < best.cost) best = { cost, threshold: 0.5 * (v[i - 1] + v[i]), gap: mh - ml };
  }
  return best;
}
