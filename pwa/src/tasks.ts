/** How a generation is named and what state it is in, the same on every screen. */
import type { Difficulty, EnergyLevel, Style, TaskStatus } from './graphql/generated/graphql';
import { titleCase } from './format';

interface TaskLike {
  status: TaskStatus; message: string; error?: string | null;
  song?: { title: string } | null;
  parameters?: { difficulty?: Difficulty | null; energyLevel?: EnergyLevel | null; style?: Style | null } | null;
}

export type TaskState = 'waiting' | 'running' | 'ready' | 'failed' | 'cancelled';

/** The API ends a cancelled task as failed with error "cancelled"; the dancer did that on purpose. */
export function taskState(t: Pick<TaskLike, 'status' | 'message' | 'error'>): TaskState {
  if (t.status === 'COMPLETED') return 'ready';
  if (t.status === 'FAILED') return t.error === 'cancelled' || t.message === 'Cancelled by user' ? 'cancelled' : 'failed';
  return t.status === 'RUNNING' ? 'running' : 'waiting';
}

export const STATE_LABELS: Record<TaskState, string> = { waiting: 'Waiting', running: 'Making', ready: 'Ready', failed: 'Did not work', cancelled: 'Cancelled' };

export const isActive = (t: Pick<TaskLike, 'status'>) => t.status === 'STARTED' || t.status === 'RUNNING';

export function taskTitle(t: TaskLike): string {
  return t.song ? `${t.song.title} (${titleCase(t.parameters?.style ?? 'ROMANTIC')})` : 'My choreography';
}

export function optionsLabel(t: TaskLike): string {
  const p = t.parameters;
  return p ? [p.difficulty, p.energyLevel && `${titleCase(p.energyLevel)} energy`, p.style].filter(Boolean).map((s) => (s!.includes(' ') ? s! : titleCase(s!))).join(' · ') : '';
}

/**
 * The job's message can carry the percent of its own stage ("Rendering the video… 0 %") while the bar
 * shows the whole task's percent: the bar's number is the one shown, the stage percent is dropped.
 */
export function progressMessage(message: string): string {
  return message.replace(/\s*\d{1,3}\s*%\s*$/, '').trim();
}
