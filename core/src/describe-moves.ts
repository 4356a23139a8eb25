/**
 * Kinds of figure a dancer can ask for or against ("lots of body waves", "sin giros"). The libraries
 * spell their labels differently (`bodywaves`, `body_wave`; `ladyturn`, `ladys_right_turn`), so a
 * kind matches a move by the letters of its label, not by one exact id.
 */
export const MOVE_FAMILIES = [
  'basic', 'body_wave', 'hip_roll', 'head_roll', 'turn', 'spin', 'dip', 'shadow', 'hammerlock',
  'cross_body_lead', 'footwork', 'golpes', 'bolero', 'arm_styling',
] as const;
export type MoveFamily = (typeof MOVE_FAMILIES)[number];

/** What a label must contain (letters and digits only) to be of the family. */
const LABEL_KEYS: Record<MoveFamily, string[]> = {
  basic: ['basic'],
  body_wave: ['bodywave', 'bodyroll'],
  hip_roll: ['hiproll'],
  head_roll: ['headroll'],
  turn: ['turn'],
  spin: ['spin'],
  dip: ['dip'],
  shadow: ['shadow'],
  hammerlock: ['hammerlock'],
  cross_body_lead: ['crossbody'],
  footwork: ['footwork'],
  golpes: ['golpe'],
  bolero: ['bolero'],
  arm_styling: ['armstyl'],
};

/** Dancer-readable names, for reasons and the PWA. */
export const MOVE_FAMILY_NAMES: Record<MoveFamily, { en: string; es: string }> = {
  basic: { en: 'basic steps', es: 'pasos básicos' },
  body_wave: { en: 'body waves', es: 'ondas de cuerpo' },
  hip_roll: { en: 'hip rolls', es: 'movimientos de cadera' },
  head_roll: { en: 'head rolls', es: 'giros de cabeza' },
  turn: { en: 'turns', es: 'vueltas' },
  spin: { en: 'spins', es: 'piruetas' },
  dip: { en: 'dips', es: 'caídas' },
  shadow: { en: 'shadow position', es: 'posición de sombra' },
  hammerlock: { en: 'hammerlocks', es: 'candados' },
  cross_body_lead: { en: 'cross body leads', es: 'cross body leads' },
  footwork: { en: 'footwork', es: 'juego de pies' },
  golpes: { en: 'golpes', es: 'golpes' },
  bolero: { en: 'bolero', es: 'bolero' },
  arm_styling: { en: 'arm styling', es: 'estilo de brazos' },
};

export function toMoveFamily(value: string): MoveFamily | undefined {
  const v = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (MOVE_FAMILIES as readonly string[]).includes(v) ? (v as MoveFamily) : undefined;
}

/** Whether a move (by its library label) is of the family. */
export function isMoveOfFamily(move: { label: string }, family: MoveFamily): boolean {
  const label = move.label.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return LABEL_KEYS[family].some((k) => label.includes(k));
}
