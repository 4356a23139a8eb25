import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { print } from 'graphql';
import { Clapperboard, Film, FolderCheck, Play, RotateCcw, Save, Trash2 } from 'lucide-react';
import { DeleteTaskDocument, GenerateDocument, MyTasksDocument, MyTaskUpdatesDocument, SaveChoreographyDocument } from '../graphql/documents';
import type { TaskSummaryFieldsFragment } from '../graphql/generated/graphql';
import type { WsHandle } from '../apollo';
import { Link, navigate } from '../router';
import { problemsOf } from '../errors';
import { formatDateTime, formatDuration } from '../format';
import { isActive, optionsLabel, STATE_LABELS, taskState, taskTitle } from '../tasks';
import { collectionChanged, markSaved } from '../collection-cache';
import { useOnline } from '../pwa/offline';
import { useSignedLink } from '../player/media-links';

type Task = TaskSummaryFieldsFragment;

/**
 * Live status of the running generations with one subscription (myTaskUpdates: every change to any of
 * the dancer's tasks), only while some are running. Without a socket the list is polled instead.
 */
function useLiveTasks(ws: WsHandle, watching: boolean, setPolling: (on: boolean) => void): Record<string, Task> {
  const [live, setLive] = useState<Record<string, Task>>({});
  useEffect(() => {
    if (!watching) return;
    let gotLive = false;
    const dispose = ws.client.subscribe<{ myTaskUpdates: Task }>({ query: print(MyTaskUpdatesDocument) }, {
      next: (r) => { if (r.data) { gotLive = true; setPolling(false); const t = r.data.myTaskUpdates; setLive((m) => ({ ...m, [t.id]: t })); } },
      error: () => setPolling(true),
      complete: () => {},
    });
    // The subscription sends changes only: quiet is normal, but a closed socket means poll.
    const offClosed = ws.client.on('closed', () => { if (!gotLive) setPolling(true); });
    return () => { offClosed(); dispose(); setPolling(false); };
  }, [ws, watching, setPolling]);
  return live;
}

function HistoryItem({ task }: { task: Task }) {
  const online = useOnline();
  const [generate, genState] = useMutation(GenerateDocument);
  const [save, saveState] = useMutation(SaveChoreographyDocument, {
    update: (cache, { data }) => { collectionChanged(cache, { entries: true }); markSaved(cache, task.id, data?.saveChoreography.id); },
  });
  const [remove, removeState] = useMutation(DeleteTaskDocument, {
    refetchQueries: ['MyTasks'],
    update: (cache) => { cache.evict({ id: cache.identify({ __typename: 'ChoreographyTask', id: task.id }) }); cache.gc(); },
  });
  const [error, setError] = useState<string | null>(null);
  // A refetch re-signs the poster's link: the one shown stays (no second download) while it works.
  const poster = useSignedLink(task.result?.posterUrl);
  const state = taskState(task);
  const title = taskTitle(task);
  const open = state === 'ready' ? `/play/task/${task.id}` : `/tasks/${task.id}`;
  const retry = async () => {
    const p = task.parameters;
    if (!task.songId) return;
    try {
      const { data } = await generate({ variables: { input: { songId: task.songId, difficulty: p?.difficulty ?? 'BEGINNER', energyLevel: p?.energyLevel ?? 'MEDIUM', style: p?.style ?? 'ROMANTIC', seed: p?.seed } } });
      if (data) navigate(`/tasks/${data.generateChoreography.id}`);
    } catch (err) { setError(problemsOf(err)[0].message); }
  };
  const saveIt = async () => {
    setError(null);
    try { await save({ variables: { taskId: task.id, title, difficulty: task.parameters?.difficulty ?? 'BEGINNER' } }); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  const del = async () => {
    if (!window.confirm(`Remove “${title}” from your videos? This cannot be undone.`)) return;
    try { await remove({ variables: { id: task.id } }); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <li className={`history-item state-${state}`}>
      <Link to={open} className="history-poster" tabIndex={-1} aria-hidden="true">
        {poster.src ? <img src={poster.src} onError={poster.onError} alt="" loading="lazy" crossOrigin="anonymous" width="160" height="90" />
          : <span className="poster-missing"><Clapperboard size={28} aria-hidden="true" /></span>}
      </Link>
      <div className="history-body">
        <h2 className="tile-title"><Link to={open}>{title}</Link></h2>
        <p className="muted small">{optionsLabel(task)}{task.result?.duration ? ` · ${formatDuration(task.result.duration)}` : ''} · <time dateTime={task.createdAt}>{formatDateTime(task.createdAt)}</time></p>
        <p className="history-status">
          <span className={`badge ${state}`}>{STATE_LABELS[state]}</span>
          {isActive(task) && <><progress max={100} value={task.progress} aria-label={`${title} progress`} /> <span className="small">{task.progress}%</span></>}
          {state === 'failed' && <span className="small muted">{task.message}</span>}
          {task.savedChoreographyId && <Link to={`/play/${task.savedChoreographyId}`} className="small saved-link"><FolderCheck size={16} aria-hidden="true" /> In your collection</Link>}
        </p>
        <div className="actions">
          <Link to={open} className="btn small" aria-label={`${state === 'ready' ? 'Open' : isActive(task) ? 'Follow' : 'Details of'} ${title}`}>{state === 'ready' ? <Play size={16} aria-hidden="true" /> : <Film size={16} aria-hidden="true" />} {state === 'ready' ? 'Open' : isActive(task) ? 'Progress' : 'Details'}</Link>
          {(state === 'failed' || state === 'cancelled') && <button type="button" className="btn small" onClick={retry} disabled={!online || genState.loading} aria-label={`Try ${title} again`}><RotateCcw size={16} aria-hidden="true" /> Try again</button>}
          {state === 'ready' && !task.savedChoreographyId && <button type="button" className="btn small" onClick={saveIt} disabled={!online || saveState.loading} aria-label={`Save ${title} to the collection`}><Save size={16} aria-hidden="true" /> Save</button>}
          {!isActive(task) && !task.savedChoreographyId && <button type="button" className="btn small danger" onClick={del} disabled={!online || removeState.loading} aria-label={`Delete ${title}`}><Trash2 size={16} aria-hidden="true" /> Delete</button>}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
      </div>
    </li>
  );
}

export function History({ ws }: { ws: WsHandle }) {
  const [polling, setPolling] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(MyTasksDocument, { variables: { first: 20 }, fetchPolicy: 'cache-and-network', pollInterval: polling ? 3000 : 0 });
  // Subscribed while the list (as last fetched) has running generations.
  const watching = (data?.tasks.edges ?? []).some((e) => isActive(e.node));
  const live = useLiveTasks(ws, watching, setPolling);
  const tasks = useMemo(() => (data?.tasks.edges ?? []).map((e) => {
    const l = live[e.node.id];
    // The newer of the two: a live event can be older than a refetch.
    return l && l.updatedAt >= e.node.updatedAt ? { ...e.node, ...l } : e.node;
  }), [data, live]);
  const anyActive = tasks.some(isActive);

  return (
    <section className="page">
      <h1 tabIndex={-1}>My videos</h1>
      <p className="muted">Every choreography you generated, newest first. Saved ones are also in your <Link to="/collections">collection</Link>.</p>
      {error && !data && <p className="error" role="alert">{problemsOf(error)[0].message}</p>}
      {loading && !data && <p className="muted" role="status">Loading your videos…</p>}
      {data && tasks.length === 0 && (
        <div className="empty"><p>No videos yet.</p><Link to="/generate" className="btn primary">Generate a choreography</Link></div>
      )}
      {data && tasks.length > 0 && <p className="muted small" role="status">{data.tasks.totalCount} video{data.tasks.totalCount === 1 ? '' : 's'}{anyActive ? (polling && watching ? ' · checking every 3 seconds' : ' · live') : ''}</p>}
      <ul className="history">{tasks.map((t) => <HistoryItem key={t.id} task={t} />)}</ul>
      {data?.tasks.pageInfo.hasNextPage && (
        <button type="button" className="btn wide" onClick={() => fetchMore({ variables: { after: data.tasks.pageInfo.endCursor } })}>Load more</button>
      )}
    </section>
  );
}
