export { planChoreography, PlanningError } from './plan';
export { measurePlan } from './metrics';
export { mulberry32 } from './random';
export {
  DIFFICULTY_FALLBACK,
  MAX_TEMPO_RATIO,
  MIN_TEMPO_RATIO,
  MIN_MOVES_PER_DIFFICULTY,
  fitsTempo,
  selectMovePool,
  tempoRatio,
} from './library';
export type { MovePool } from './library';
export { energyTargets, songPhrases, songSections, FRAME } from './music';
export type { Phrase } from './music';
