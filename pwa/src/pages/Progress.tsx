import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { print } from 'graphql';
import { CancelTaskDocument, GenerateDocument, TaskDocument, TaskUpdatedDocument } from '../graphql/documents';
import type { TaskFieldsFragment } from '../graphql/generated/graphql';
import type { WsHandle } from '../apollo';
import { useSessionObject } from '../auth/AuthContext';
import { navigate } from '../router';
import { problemsOf } from '../errors';
import { NotFound } from './NotFound';
import { collectionChanged } from '../collection-cache';
import { progressMessage, taskState } from '../tasks';
import { RotateCcw, X } from 'lucide-react';
import { TASK_STAGES, type TaskStage } from '@bachata/core/browser';

const STAGE_LABELS: Record<Exclude<TaskStage, 'failed'>, string> = {
  queued: 'Waiting for the video job', analysing: 'Listening: beats, the "1" and the 8-counts',
  planning: 'Choosing moves for each phrase', rendering: 'Rendering the video', storing: 'Saving the video', done: 'Ready',
};

/** The stages the video job reports (core's TASK_STAGES), in order; unknown stages are shown as they come. */
export const STAGES: Array<[string, string]> = TASK_STAGES.filter((s): s is Exclude<TaskStage, 'failed'> => s !== 'failed').map((s) => [s, STAGE_LABELS[s]]);

/**
 * Follows a task live over graphql-ws (taskUpdated sends the current state first, then every change).
 * While the socket is down (no first message within 4 s, or a close), the task is polled every 2 s; the
 * socket keeps retrying and a live message stops the polling. A 4401 close (expired access token) is
 * fatal for graphql-ws: refresh once and subscribe again.
 */
export function useTaskUpdates(taskId: string, ws: WsHandle): { task: TaskFieldsFragment | null; mode: 'live' | 'polling'; error: string | null; notFound: boolean } {
  const client = useApolloClient();
  const session = useSessionObject();
  const [task, setTask] = useState<TaskFieldsFragment | null>(null);
  const [mode, setMode] = useState<'live' | 'polling'>('live');
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let finished = false;
    let unsubscribe: (() => void) | null = null;
    let pollTimer: ReturnType<typeof setInterval> | null = null;
    let refreshedOnce = false;
    let gotLive = false;
    const accept = (t: TaskFieldsFragment) => {
      setTask(t);
      setError(null);
      if (t.status === 'COMPLETED' || t.status === 'FAILED') { finished = true; stopPolling(); }
    };
    const stopPolling = () => { if (pollTimer) { clearInterval(pollTimer); pollTimer = null; } };
    const startPolling = () => {
      if (pollTimer || finished || cancelled) return;
      setMode('polling');
      const tick = async () => {
        try {
          const { data } = await client.query({ query: TaskDocument, variables: { id: taskId }, fetchPolicy: 'network-only' });
          if (!cancelled && data) accept(data.task);
        } catch (err) {
          if (cancelled) return;
          const p = problemsOf(err)[0];
          if (p.code === 'NOT_FOUND') { finished = true; stopPolling(); setNotFound(true); } else setError(p.message);
        }
      };
      void tick();
      pollTimer = setInterval(tick, 2000);
    };
    const subscribe = () => {
      unsubscribe = ws.client.subscribe<{ taskUpdated: TaskFieldsFragment }>(
        { query: print(TaskUpdatedDocument), variables: { taskId } },
        {
          next: (r) => {
            if (cancelled || !r.data) return;
            gotLive = true;
            stopPolling();
            setMode('live');
            accept(r.data.taskUpdated);
          },
          error: async (err) => {
            if (cancelled) return;
            if ((err as { code?: number })?.code === 4401 && !refreshedOnce) {
              refreshedOnce = true;
              if (await session.refresh()) { subscribe(); return; }
            }
            if (Array.isArray(err)) {
              const first = (err as Array<{ message: string; extensions?: { code?: string } }>)[0];
              if (first?.extensions?.code === 'NOT_FOUND') { finished = true; setNotFound(true); return; }
              setError(first?.message ?? 'Error');
            }
            startPolling();
          },
          complete: () => {},
        },
      );
    };
    const watchdog = setTimeout(() => { if (!gotLive) startPolling(); }, 4000);
    const offClosed = ws.client.on('closed', () => startPolling());
    subscribe();
    return () => { cancelled = true; clearTimeout(watchdog); offClosed(); unsubscribe?.(); stopPolling(); };
  }, [taskId, ws, client, session]);
  return { task, mode, error, notFound };
}

/**
 * "Save finished choreographies automatically" happens on the server, in the same write that completes
 * the task (even with the app closed): a completed task already says whether it is in the collection,
 * so the app only forgets its cached collection lists and stats when it is.
 */
export function Progress({ taskId, ws }: { taskId: string; ws: WsHandle }) {
  const { task, mode, error, notFound } = useTaskUpdates(taskId, ws);
  const { cache } = useApolloClient();
  const [cancelTask, cancelState] = useMutation(CancelTaskDocument);
  const [generate, generateState] = useMutation(GenerateDocument);
  const [actionError, setActionError] = useState<string | null>(null);
  const went = useRef(false);

  useEffect(() => {
    if (task?.status === 'COMPLETED' && !went.current) {
      went.current = true;
      if (task.savedChoreographyId) collectionChanged(cache, { entries: true });
      navigate(`/play/task/${task.id}`, { replace: true });
    }
  }, [task]); // eslint-disable-line react-hooks/exhaustive-deps

  const stageIndex = task ? STAGES.findIndex(([s]) => s === task.stage) : -1;
  const retry = async () => {
    if (!task?.songId || !task.parameters) return;
    const p = task.parameters;
    try {
      const { data } = await generate({ variables: { input: { songId: task.songId, difficulty: p.difficulty ?? 'BEGINNER', energyLevel: p.energyLevel ?? 'MEDIUM', style: p.style ?? 'ROMANTIC', seed: p.seed } } });
      if (data) navigate(`/tasks/${data.generateChoreography.id}`, { replace: true });
    } catch (err) { setActionError(problemsOf(err)[0].message); }
  };
  const cancel = async () => {
    try { await cancelTask({ variables: { id: taskId } }); } catch (err) { setActionError(problemsOf(err)[0].message); }
  };
  const running = task && (task.status === 'STARTED' || task.status === 'RUNNING');
  const state = task ? taskState(task) : null;
  if (notFound) return <NotFound what="task" />;

  return (
    <section className="page narrow">
      <h1 tabIndex={-1}>{state === 'cancelled' ? 'Cancelled' : state === 'failed' ? 'This one did not work out' : 'Making your choreography'}</h1>
      {task?.song && <p className="muted">{[task.song.title, task.song.artist].filter(Boolean).join(' — ')}</p>}
      {state !== 'cancelled' && state !== 'failed' && (
        <div className="progress-wrap">
          <progress max={100} value={task?.progress ?? 0} aria-label="Progress">{task?.progress ?? 0}%</progress>
          <span className="pct" aria-hidden="true">{task?.progress ?? 0}%</span>
        </div>
      )}
      <p role="status" aria-live="polite" className="message">{task ? (state === 'cancelled' ? 'You cancelled this one. Start it again whenever you like.' : state === 'failed' ? '' : progressMessage(task.message)) : 'Connecting…'}</p>
      {state !== 'cancelled' && state !== 'failed' && <ol className="stages">
        {STAGES.map(([key, label], i) => (
          <li key={key} className={i < stageIndex ? 'done' : i === stageIndex ? 'current' : ''} aria-current={i === stageIndex ? 'step' : undefined}>{label}</li>
        ))}
        {task && stageIndex < 0 && task.stage && <li className="current" aria-current="step">{task.stage}</li>}
      </ol>}
      <p className="muted small">{mode === 'live' ? 'Live updates' : 'Live updates unavailable: checking every 2 seconds.'}</p>
      {error && <div className="alert" role="alert">{error}</div>}
      {actionError && <div className="alert" role="alert">{actionError}</div>}
      {state === 'failed' && task && (
        <div className="alert" role="alert">
          <p><strong>This one did not work out.</strong> {task.message}</p>
        </div>
      )}
      <div className="actions">
        {(state === 'failed' || state === 'cancelled') && <button className="btn primary" type="button" onClick={retry} disabled={generateState.loading}><RotateCcw size={18} aria-hidden="true" /> Try again</button>}
        {running && <button className="btn danger" type="button" onClick={cancel} disabled={cancelState.loading}><X size={18} aria-hidden="true" /> Cancel</button>}
        <button className="btn" type="button" onClick={() => navigate('/generate')}>Back to songs</button>
        <button className="btn" type="button" onClick={() => navigate('/videos')}>My videos</button>
      </div>
    </section>
  );
}
