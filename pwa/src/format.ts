export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
export const DIFFICULTIES = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;
export const ENERGY_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const STYLES = ['ROMANTIC', 'SENSUAL', 'ENERGETIC', 'PLAYFUL'] as const;
export const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
