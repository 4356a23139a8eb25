/**
 * One vocabulary per concept. The old app used several spellings for the same idea; every legacy
 * spelling is accepted on input and mapped here, and only the canonical values are ever written.
 */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const ENERGY_LEVELS = ['low', 'medium', 'high'] as const;
export type EnergyLevel = (typeof ENERGY_LEVELS)[number];

/** Move style, as the move library annotates it and as a dancer asks for it. */
export const STYLES = ['romantic', 'sensual', 'energetic', 'playful'] as const;
export type Style = (typeof STYLES)[number];

export const TASK_STATUSES = ['started', 'running', 'completed', 'failed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Dance positions a move starts and ends in, so the planner can chain moves that connect. */
export const POSITIONS = ['closed', 'open', 'shadow'] as const;
export type Position = (typeof POSITIONS)[number];

export const SECTION_LABELS = ['intro', 'verse', 'chorus', 'break', 'outro'] as const;
export type SectionLabel = (typeof SECTION_LABELS)[number];

/** Task stages, in the order the job goes through them. */
export const TASK_STAGES = ['queued', 'analysing', 'planning', 'rendering', 'storing', 'done', 'failed'] as const;
export type TaskStage = (typeof TASK_STAGES)[number];

// The old annotations used low/medium/high for difficulty (the old app mapped them like this).
const LEGACY_DIFFICULTY: Record<string, Difficulty> = { low: 'beginner', medium: 'intermediate', high: 'advanced' };
// The old request API offered traditional/modern styles, which the move data never used.
const LEGACY_STYLE: Record<string, Style> = { traditional: 'romantic', modern: 'energetic' };
const LEGACY_STATUS: Record<string, TaskStatus> = { pending: 'started' };

function normalise(value: string): string {
  return value.trim().toLowerCase();
}

export function toDifficulty(value: string): Difficulty | undefined {
  const v = normalise(value);
  return (DIFFICULTIES as readonly string[]).includes(v) ? (v as Difficulty) : LEGACY_DIFFICULTY[v];
}

export function toEnergyLevel(value: string): EnergyLevel | undefined {
  const v = normalise(value);
  return (ENERGY_LEVELS as readonly string[]).includes(v) ? (v as EnergyLevel) : undefined;
}

export function toStyle(value: string): Style | undefined {
  const v = normalise(value);
  return (STYLES as readonly string[]).includes(v) ? (v as Style) : LEGACY_STYLE[v];
}

export function toTaskStatus(value: string): TaskStatus | undefined {
  const v = normalise(value);
  return (TASK_STATUSES as readonly string[]).includes(v) ? (v as TaskStatus) : LEGACY_STATUS[v];
}

export function toPosition(value: string): Position | undefined {
  const v = normalise(value);
  return (POSITIONS as readonly string[]).includes(v) ? (v as Position) : undefined;
}

/** Numeric energy (0..1) of a level, used to correlate music energy with move energy. */
export const ENERGY_VALUE: Record<EnergyLevel, number> = { low: 0.2, medium: 0.5, high: 0.85 };
