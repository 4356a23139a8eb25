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
  return [slice(energy) * 4, ...f.bandLog.map((v) => slice(v)), slice(f.airOnset), slice(f.midOnset)];
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
  const vecs = blocks.map((b) => blockVector(f, energy, b));
  // Standardise each dimension over the song so no single band dominates the distance.
  const dims = vecs[0].length;
  for (let d = 0; d < dims; d++) {
    const col = vecs.map((v) => v[d]);
    const m = mean(col);
    const sd = Math.sqrt(mean(col.map((x) => (x - m) ** 2))) || 1;
    for (const v of vecs) v[d] = (v[d] - m) / sd;
  }
  const jumps = vecs.map((v, k) => (k === 0 ? 0 : Math.sqrt(v.reduce((s, x, d) => s + (x - vecs[k - 1][d]) ** 2, 0))));
  const typical = percentile(jumps.slice(1), 50);
  const threshold = Math.max(1.2, 2.2 * typical);
  const groups: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (k === 0 || jumps[k] >= threshold) groups.push({ ...blocks[k] });
    else groups[groups.length - 1].endBeat = blocks[k].endBeat;
  }

  const groupEnergy = groups.map((g) => mean(energy.slice(g.startBeat, g.endBeat)));
  const labels: SectionLabel[] = groups.map(() => 'verse');
  const songLevel = mean(energy.filter((e) => e > 0.05));
  let body = [0, groups.length];
  if (groups.length >= 3 && groupEnergy[0] < songLevel - 0.08) { labels[0] = 'intro'; body = [1, body[1]]; }
  const last = groups.length - 1;
  if (groups.length >= 3 && last >= body[0] + 1 && (groupEnergy[last] < songLevel - 0.08 || groups[last].endBeat - groups[last].startBeat <= 8)) {
    labels[last] = 'outro';
    body = [body[0], last];
  }
  const bodyEnergies = groupEnergy.slice(body[0], body[1]);
  if (bodyEnergies.length) {
    const hi = Math.max(...bodyEnergies);
    const lo = Math.min(...bodyEnergies);
    if (hi - lo >= 0.08) {
      const mid = 0.5 * (hi + lo);
      const verseLevels = bodyEnergies.filter((e) => e < mid);
      const verseLevel = verseLevels.length ? mean(verseLevels) : lo;
      for (let k = body[0]; k < body[1]; k++) {
        if (groupEnergy[k] >= mid) labels[k] = 'chorus';
        else if (k > body[0] && labels[k - 1] === 'chorus' && groupEnergy[k] < verseLevel - 0.05) labels[k] = 'break';
        else labels[k] = 'verse';
      }
    }
  }
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
