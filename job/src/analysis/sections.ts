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

/** Beats before the first 8-count that make a section block of their own (a bar). */
const LEAD_IN_BEATS = 4;

function blockVector(f: BeatFeatures, energy: number[], b: Block): number[] {
  const slice = (v: ArrayLike<number>) => mean(Array.from(v).slice(b.startBeat, b.endBeat));
  return [slice(energy), slice(f.loudnessDb), ...f.bandLog.map((v) => slice(v)), slice(f.airActivity), slice(f.busyness), slice(f.bassOnset)];
}

/**
 * Sections: consecutive 8-counts are grouped while their texture stays alike; a new section starts at
 * an 8-count whose texture differs clearly from the one before. Sections that sound alike (the same
 * texture, wherever they are in the song) are one kind: a verse comes back as a verse, a chorus as a
 * chorus. Then labels from that structure: see labelSections.
 */
export function findSections(f: BeatFeatures, energy: number[], phraseBeatIdx: number[], duration: number): Section[] {
  const times = f.times;
  if (times.length === 0) return [{ label: 'verse', start: 0, end: round3(duration), energy: 0 }];
  const starts = phraseBeatIdx.length ? [...phraseBeatIdx] : [0];
  const blocks: Block[] = starts.map((s, k) => ({ startBeat: s, endBeat: k + 1 < starts.length ? starts[k + 1] : times.length }));
  // A bar or more of music before the first 8-count (a pickup into a quiet intro, a song cut
  // mid-phrase) is a block of its own: it sounds like whatever it is, not like the 8-count after it.
  if (starts[0] >= LEAD_IN_BEATS) blocks.unshift({ startBeat: 0, endBeat: starts[0] });
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
  const scaled = (b: Block) => blockVector(f, energy, b).map((x, d) => x / spread[d]);
  const vecs = blocks.map(scaled);
  const jumps = vecs.map((v, k) => (k === 0 ? 0 : distance(v, vecs[k - 1])));
  // Most consecutive 8-counts belong to the same section, so the lower quartile of the jumps is the
  // song's own "no change" level; a boundary is a jump well above it (twice: a verse→chorus change
  // of a band that only adds percussion is about that much; the labels below merge what is alike).
  // Only jumps between two whole 8-counts: a bridge or a lead-in of a bar or two is too short for its
  // mean to be the count's own rhythm averaged out, and one more or less of them must not move the level.
  const whole = (k: number) => blocks[k].endBeat - blocks[k].startBeat >= 8;
  const phraseJumps = jumps.filter((_, k) => k > 0 && whole(k) && whole(k - 1));
  const quiet = percentile(phraseJumps.length >= 4 ? phraseJumps : jumps.slice(1), 25);
  const threshold = Math.max(1.5, 2 * quiet);
  const groups: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (k === 0 || jumps[k] >= threshold) groups.push({ ...blocks[k] });
    else groups[groups.length - 1].endBeat = blocks[k].endBeat;
  }
  const groupEnergy = groups.map((g) => mean(energy.slice(g.startBeat, g.endBeat)));
  const kinds = soundKinds(groups.map(scaled), threshold, groupEnergy);
  const labels = labelSections(groupEnergy, mean(energy), kinds, groups.map((g) => g.endBeat - g.startBeat));
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

const distance = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, x, d) => s + (x - b[d]) ** 2, 0));

/**
 * Which sections sound alike: average-linkage clustering of the sections' texture vectors, joining
 * while two clusters are closer than `threshold` (the same distance that separates two sections).
 * Returns a kind number per section, numbered in order of first appearance.
 */
export function soundKinds(vectors: number[][], threshold: number, energy?: number[]): number[] {
  let clusters = vectors.map((_, i) => [i]);
  // Sections whose energies differ clearly are never one kind, however alike the rest of the texture.
  const apart = (a: number[], b: number[]) => !!energy && Math.abs(mean(a.map((i) => energy[i])) - mean(b.map((i) => energy[i]))) > MAX_KIND_ENERGY_GAP;
  const link = (a: number[], b: number[]) => (apart(a, b) ? Infinity : mean(a.flatMap((i) => b.map((j) => distance(vectors[i], vectors[j])))));
  for (;;) {
    let best: { a: number; b: number; d: number } | undefined;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const d = link(clusters[a], clusters[b]);
        if (!best || d < best.d) best = { a, b, d };
      }
    }
    if (!best || best.d >= threshold) break;
    clusters[best.a] = [...clusters[best.a], ...clusters[best.b]];
    clusters = clusters.filter((_, k) => k !== best.b);
  }
  const kindOf = new Array<number>(vectors.length);
  clusters.sort((x, y) => Math.min(...x) - Math.min(...y)).forEach((c, k) => c.forEach((i) => (kindOf[i] = k)));
  return kindOf;
}

/** Two sections further apart in mean energy than this are not one kind. */
const MAX_KIND_ENERGY_GAP = 0.12;

/** Without texture: sections whose energies are within this much of each other are taken as one kind. */
const SAME_KIND_ENERGY = 0.06;

function kindsByEnergy(groupEnergy: number[]): number[] {
  const order = groupEnergy.map((e, i) => [e, i] as const).sort((x, y) => x[0] - y[0]);
  const kind = new Array<number>(groupEnergy.length);
  let k = -1, last = -Infinity;
  for (const [e, i] of order) {
    if (e - last > SAME_KIND_ENERGY) k++;
    kind[i] = k;
    last = e;
  }
  return kind;
}

/**
 * Labels from the song's structure: quiet sections before the band gets going are the intro, quiet
 * ones at the end the outro. In between, the loudest kind of section that comes back (or lasts two
 * 8-counts or more) is the chorus, when it is clearly louder than the rest and not most of the song;
 * everything else is verse, except a section clearly quieter than the
 * verses after a chorus: the band drops out for a break (or a bridge). A song without such a kind
 * (no repetition, no louder part) is verse throughout. `kinds`: which sections sound alike (default:
 * alike in energy); `beats`: each section's length in beats (default: one 8-count each).
 */
export function labelSections(groupEnergy: number[], songLevel: number, kinds: number[] = kindsByEnergy(groupEnergy), beats: number[] = groupEnergy.map(() => 8)): SectionLabel[] {
  const n = groupEnergy.length;
  const labels: SectionLabel[] = groupEnergy.map(() => 'verse');
  const quiet = (k: number) => groupEnergy[k] < songLevel - 0.1;
  let a = 0;
  while (a < n - 1 && quiet(a)) labels[a++] = 'intro';
  let b = n;
  while (b - 1 > a && quiet(b - 1)) labels[--b] = 'outro';
  if (b <= a) return labels;
  // Each kind in the body: how often it comes, how long it lasts, how loud it is.
  const stats = new Map<number, { count: number; beats: number; energy: number }>();
  for (let k = a; k < b; k++) {
    const s = stats.get(kinds[k]) ?? { count: 0, beats: 0, energy: 0 };
    s.count++;
    s.beats += beats[k];
    s.energy += groupEnergy[k] * beats[k];
    stats.set(kinds[k], s);
  }
  const kindList = [...stats.entries()].map(([kind, s]) => ({ kind, count: s.count, beats: s.beats, energy: s.energy / s.beats }));
  const bodyBeats = kindList.reduce((t, k) => t + k.beats, 0);
  // A kind that comes back, or lasts at least two 8-counts: one loud phrase alone is not a chorus.
  const lasting = kindList.filter((k) => k.count >= 2 || k.beats >= 16);
  const loudest = (lasting.length ? lasting : kindList).reduce((x, y) => (y.energy > x.energy ? y : x));
  const rest = kindList.filter((k) => k.kind !== loudest.kind);
  const restBeats = rest.reduce((t, k) => t + k.beats, 0);
  const restEnergy = restBeats ? rest.reduce((t, k) => t + k.energy * k.beats, 0) / restBeats : 0;
  // The chorus is clearly louder than the rest, which must be verses (two 8-counts or more, not one
  // lone break), and it is not most of the song: a song that is mostly one sound is mostly verse (the
  // old labels, one split by energy, called almost every phrase of such a song chorus).
  const chorus = restBeats >= 16 && loudest.beats <= 0.6 * bodyBeats && loudest.energy - restEnergy >= 0.08 ? loudest.kind : undefined;
  // Kinds as loud as the chorus (within the same-kind margin) are the chorus too: a chorus that came back a little different.
  const chorusEnergy = chorus === undefined ? Infinity : stats.get(chorus)!.energy / stats.get(chorus)!.beats;
  const isChorus = (k: number) => chorus !== undefined && (kinds[k] === chorus || groupEnergy[k] >= chorusEnergy - SAME_KIND_ENERGY / 2);
  const verseLevel = (() => {
    const v = kindList.filter((k) => k.kind !== chorus);
    const total = v.reduce((s, k) => s + k.beats, 0);
    return total ? v.reduce((s, k) => s + k.energy * k.beats, 0) / total : restEnergy;
  })();
  let chorusSeen = false;
  for (let k = a; k < b; k++) {
    if (isChorus(k)) { labels[k] = 'chorus'; chorusSeen = true; continue; }
    // A clearly quieter level below the verses, after a chorus: the band drops out for a break.
    labels[k] = chorusSeen && groupEnergy[k] < verseLevel - 0.12 ? 'break' : 'verse';
  }
  return labels;
}
