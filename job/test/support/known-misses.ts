/**
 * Issue 14 is not finished. These per-item gates fail with today's analysis; each one still runs, as
 * jest's `it.failing`: it is reported as an expected failure, and it turns the suite red on the day the
 * analysis gets it right — then delete its entry here. Nothing else is relaxed: every item not listed
 * must pass its gate, and the gates themselves (F >= 0.9 per song, per clip, per cut) are unchanged.
 * Measured on main of 2026-12-02 (numbers in docs/benchmarks.md, "Where the analysis stands").
 */

/** Real clips (`../shared/moves/original`, by id, or by file where two share an id) whose bar "1"s move when 1–3 beats are trimmed off the start. */
export const REAL_TRIM_MISSES = new Set([
  'arm_styling/paseala',
  'basic_front', 'basic_intro', 'bodywaves', 'completo_paseala',
  'energetic_arms_cross_sensual_shadow', 'energetic_basic_madrid', 'energetic_golpes_spin',
  'energetic_hammerlock', 'energetic_shadow_golpes', 'hammerlock_hiproll', 'hiproll_basic2', 'intro',
  'intro5', 'ladyturn_left_hammerlock',
  'machete_bodywave_doublespin', 'machete_completo', 'ochos_1', 'ochos_2', 'outro',
  'outro3', 'outro4', 'paseala2', 'sensual_basic3', 'sensual_basic_headroll', 'shadow_basic3', 'shadow_completo', 'sidedip_back', 'slow_left_spin',
  'triple_bodywave2',
]);

/**
 * Fluidsynth REPORT songs (by seed) and the gate each misses: `tempo`, `downbeats`, `phrases` or `shift`
 * (following the 8-count grid after a bridge or an odd break).
 */
export const OUTSIDE_MUSIC_MISSES = new Set<string>([]);

/** Songs whose counts move when the same audio is cut at a beat or padded (synthetic: test name; fluidsynth: seed). */
export const METAMORPHIC_MISSES = new Set<string>([]);

/** REPORT songs (by seed) whose plans put fewer than 90 % of the moves on a true 8-count start. */
export const PLANNER_TRUTH_MISSES = new Set<string>([]);

/** The seed part of a song name ("s5003 157bpm …" → "s5003"). */
export const seedOf = (name: string): string => name.split(' ')[0];

/** `it`, or `it.failing` for a listed miss. */
export const gate = (known: boolean): jest.It => (known ? it.failing : it) as jest.It;
