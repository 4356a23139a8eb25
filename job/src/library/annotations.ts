/**
 * The original app's move annotations (`bachata_annotations.json`): parsing and the rules that turn
 * one annotated clip into the planner's vocabulary. Pure: no file or process I/O here.
 */
import {
  toDifficulty,
  toEnergyLevel,
  STYLES,
  type Difficulty,
  type EnergyLevel,
  type MoveClip,
  type Style,
} from '@bachata/core';

/** One clip as the old annotation file describes it, with the values already in our vocabulary. */
export interface ClipAnnotation {
  clipId: string;
  /** relative to the annotation directory */
  videoPath: string;
  /** our label (see moveLabel): "basic", "spin", "intro", "outro", … */
  label: string;
  /** the annotation's own category, kept for names and style */
  category: string;
  difficulty: Difficulty;
  energy: EnergyLevel;
  style: Style;
  /** BPM of the music in the clip; undefined when the annotation has none (measure it) */
  tempo?: number;
}

export interface ParsedAnnotations {
  clips: ClipAnnotation[];
  /** one human line per entry that could not be used */
  problems: string[];
}

// The old categories are plural where ours are singular; the planner looks for 'intro' and 'outro'.
const LABEL_ALIASES: Record<string, string> = { intros: 'intro', outros: 'outro' };

export function moveLabel(category: string): string {
  const c = category.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return LABEL_ALIASES[c] ?? c;
}

/**
 * Style of a clip. The annotations have no style field, so it is derived, in this order:
 * 1. a style word in the clip's own name wins ("sensual_basic", "energetic_hammerlock": the dancers
 *    who named the clip said what it is); the first such word counts;
 * 2. otherwise the category: body isolations (bodywaves, headrolls, hiprolls) are sensual; footwork
 *    and golpes are energetic; turns, arm styling, shadow and styling figures are playful; basics,
 *    bolero, cross body leads, intros and outros are romantic;
 * 3. energy then nudges the category default (never a named style): a high-energy romantic figure
 *    is danced energetic, a low-energy energetic one romantic.
 */
export function styleForClip(clipId: string, category: string, energy: EnergyLevel): Style {
  const words = clipId.toLowerCase().split(/[^a-z]+/);
  // Only the canonical words: "modern" in a clip name says nothing about how it is danced.
  const named = words.find((w) => (STYLES as readonly string[]).includes(w));
  if (named) return named as Style;
  const byCategory = CATEGORY_STYLE[moveLabel(category)] ?? 'romantic';
  if (byCategory === 'romantic' && energy === 'high') return 'energetic';
  if (byCategory === 'energetic' && energy === 'low') return 'romantic';
  return byCategory;
}

const CATEGORY_STYLE: Record<string, Style> = {
  bodywaves: 'sensual',
  headrolls: 'sensual',
  hiprolls: 'sensual',
  footwork: 'energetic',
  golpes: 'energetic',
  spin: 'playful',
  ladyturn: 'playful',
  arm_styling: 'playful',
  style: 'playful',
  shadow: 'playful',
  hammerlock: 'playful',
  basic: 'romantic',
  bolero: 'romantic',
  cross_body_lead: 'romantic',
  intro: 'romantic',
  outro: 'romantic',
};

/**
 * Annotated tempi below 90 BPM are half-time readings (bachata is danced at about 110..160 BPM and
 * an 8-count never takes 7 seconds), so they are doubled; the clip's counts are derived from it.
 */
export function foldTempo(bpm: number): number {
  let t = bpm;
  while (t > 0 && t < 90) t *= 2;
  return t;
}

/** A readable name from a clip id: "sensual_basic2" → "Sensual basic 2". */
export function clipName(clipId: string): string {
  const words = (clipId.split('/').pop() ?? clipId)
    .replace(/\.\d+$/, (m) => ` ${m.slice(1)}`)
    .replace(/([a-z])(\d+)$/i, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Parse the annotation file's JSON (already JSON.parse'd). Bad entries are reported, not thrown. */
export function parseAnnotations(json: unknown): ParsedAnnotations {
  const clips: ClipAnnotation[] = [];
  const problems: string[] = [];
  const list = (json as { clips?: unknown } | null)?.clips;
  if (!Array.isArray(list)) {
    return { clips, problems: ['annotation file has no "clips" list'] };
  }
  const seen = new Set<string>();
  list.forEach((raw: Record<string, unknown>, i) => {
    const clipId = text(raw?.clip_id);
    const videoPath = text(raw?.video_path);
    const category = text(raw?.move_label);
    const where = clipId ? `clip "${clipId}"` : `clip #${i + 1}`;
    if (!clipId || !videoPath || !category) {
      problems.push(`${where}: needs clip_id, video_path and move_label`);
      return;
    }
    // The old library reuses a few names in two folders (arm_styling/paseala, bolero/paseala): both
    // are real clips, so the later one is keyed by its path, which is unique in a directory.
    let id = clipId;
    if (seen.has(id)) {
      id = videoPath.replace(/\.[^./\\]+$/, '');
      problems.push(`${where}: clip_id used twice; ${videoPath} is indexed as "${id}"`);
      if (seen.has(id)) return;
    }
    // The old app defaulted missing levels to medium; unknown spellings are an error, not a guess.
    const energyRaw = text(raw.energy_level) ?? 'medium';
    const difficultyRaw = text(raw.difficulty) ?? 'medium';
    const energy = toEnergyLevel(energyRaw);
    const difficulty = toDifficulty(difficultyRaw);
    if (!energy || !difficulty) {
      problems.push(`${where}: unknown ${!energy ? `energy_level "${energyRaw}"` : `difficulty "${difficultyRaw}"`}`);
      return;
    }
    const tempoRaw = typeof raw.estimated_tempo === 'string' ? Number(raw.estimated_tempo) : raw.estimated_tempo;
    const tempo = typeof tempoRaw === 'number' && Number.isFinite(tempoRaw) && tempoRaw > 0 ? foldTempo(tempoRaw) : undefined;
    seen.add(id);
    clips.push({
      clipId: id,
      videoPath,
      label: moveLabel(category),
      category,
      difficulty,
      energy,
      style: styleForClip(clipId, category, energy),
      tempo,
    });
  });
  return { clips, problems };
}

/**
 * The MoveClip of an annotated clip, once its tempo and duration are known. One mapping for the
 * annotation-directory index and the importer. `countsInClip` is passed in to keep this module free of
 * the index's probing code.
 */
export function annotatedMoveClip(a: ClipAnnotation, tempo: number, duration: number, beats: number, clip: string): MoveClip {
  return { moveId: a.clipId, name: clipName(a.clipId), label: a.label, difficulty: a.difficulty, energy: a.energy, style: a.style, tempo, beats, duration, offset: 0, clip };
}
