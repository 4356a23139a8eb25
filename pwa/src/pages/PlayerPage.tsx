import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CollectionDocument, GenerateDocument, SaveChoreographyDocument, SetCountCorrectionDocument, SongCountDocument, TaskDocument, UpdateChoreographyDocument } from '../graphql/documents';
import { CloudDownload, CloudOff, FolderCheck } from 'lucide-react';
import { NotFound } from './NotFound';
import { collectionChanged, markSaved } from '../collection-cache';
import { taskTitle } from '../tasks';
import { Link } from '../router';
import type { Difficulty, TaskFieldsFragment } from '../graphql/generated/graphql';
import type { CountCorrectionControls } from '../player/CountTools';
import { Player } from '../player/Player';
import { PlanNotes } from '../player/PlanNotes';
import { navigate } from '../router';
import { problemsOf } from '../errors';
import { DIFFICULTIES, titleCase } from '../format';
import { PlanQueue } from './instructor/PlanQueue';
import { forgetOffline, isKeptOffline, keepOffline, useOnline } from '../pwa/offline';

/** Save to the collection; when the auto-save preference already did, the same form renames it. */
function SaveForm({ taskId, savedId, defaultTitle, defaultDifficulty }: { taskId: string; savedId?: string | null; defaultTitle: string; defaultDifficulty: Difficulty }) {
  const online = useOnline();
  const [saveNew, saveState] = useMutation(SaveChoreographyDocument, {
    update: (cache, { data }) => { collectionChanged(cache, { entries: true }); markSaved(cache, taskId, data?.saveChoreography.id); },
  });
  const [update, updateState] = useMutation(UpdateChoreographyDocument, { update: (cache) => collectionChanged(cache, { entries: false }) });
  const loading = saveState.loading || updateState.loading;
  const [title, setTitle] = useState(defaultTitle);
  const [difficulty, setDifficulty] = useState<Difficulty>(defaultDifficulty);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (savedId) {
        await update({ variables: { id: savedId, title, difficulty, notes } });
        navigate(`/play/${savedId}`, { replace: true });
        return;
      }
      const { data } = await saveNew({ variables: { taskId, title, difficulty, notes: notes || null } });
      if (data) navigate(`/play/${data.saveChoreography.id}`, { replace: true });
    } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Save to collection">
      <h2>{savedId ? 'In your collection' : 'Save to collection'}</h2>
      {savedId && <p className="small"><FolderCheck size={16} aria-hidden="true" /> Saved automatically (your preference). Give it a name you will recognise, or <Link to={`/play/${savedId}`}>open the saved copy</Link>.</p>}
      <div className="field"><label htmlFor="save-title">Title</label><input id="save-title" value={title} onChange={(e) => setTitle(e.target.value)} /></div>
      <div className="field"><label htmlFor="save-diff">Difficulty</label>
        <select id="save-diff" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
      <div className="field"><label htmlFor="save-notes">Notes</label><textarea id="save-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} /></div>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="btn primary" type="submit" disabled={loading || !online}>{online ? 'Save' : 'Saving needs a connection'}</button>
    </form>
  );
}

function KeepOffline({ urls }: { urls: Array<string | null | undefined> }) {
  const [kept, setKept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const online = useOnline();
  useEffect(() => { void isKeptOffline(urls[0]).then(setKept); }, [urls[0]]); // eslint-disable-line react-hooks/exhaustive-deps
  if (typeof caches === 'undefined' || !urls[0]) return null;
  const toggle = async () => {
    setBusy(true); setError(null);
    try { if (kept) { await forgetOffline(urls); setKept(false); } else { await keepOffline(urls); setKept(true); } } catch (e) { setError((e as Error).message); }
    setBusy(false);
  };
  return (
    <div className="keep">
      <button type="button" className="btn" aria-pressed={kept} onClick={toggle} disabled={busy || (!kept && !online)}>
        {busy ? 'Downloading…' : kept ? '✓ Kept offline' : <><CloudDownload size={18} aria-hidden="true" /> Keep offline</>}
      </button>
      {!kept && !online && <span className="muted small"><CloudOff size={16} aria-hidden="true" /> Not kept: the video needs a connection.</span>}
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}

/**
 * Storing the dancer's count and "Regenerate with this count". Writes go out one after another, so
 * the last tap is the one stored; regenerating waits for them and stores the final offset itself.
 */
function useCountCorrection(task: TaskFieldsFragment): { controls: CountCorrectionControls | undefined; loading: boolean } {
  const songId = task.songId ?? task.song?.id ?? null;
  const stored = useQuery(SongCountDocument, { variables: { id: songId ?? '' }, skip: !songId });
  const [setCorrection] = useMutation(SetCountCorrectionDocument);
  const [generate] = useMutation(GenerateDocument);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const [error, setError] = useState<string | null>(null);
  const [regenerating, setRegenerating] = useState(false);
  if (!songId || !task.result) return { controls: undefined, loading: false };
  const save = (offsetBeats: number) => {
    const write = writes.current.then(() => setCorrection({ variables: { songId, offsetBeats } }));
    writes.current = write.catch(() => undefined);
    return write;
  };
  const controls: CountCorrectionControls = {
    offsetBeats: stored.data?.song.countOffsetBeats ?? task.result.countOffsetBeats,
    usedOffsetBeats: task.result.countOffsetBeats,
    lowConfidence: task.result.lowCountConfidence,
    error, regenerating,
    onChange: (offsetBeats) => {
      setError(null);
      save(offsetBeats).catch((err) => setError(`The count could not be saved: ${problemsOf(err)[0].message}`));
    },
    onRegenerate: async (offsetBeats) => {
      const p = task.parameters;
      setError(null); setRegenerating(true);
      try {
        await save(offsetBeats);
        const { data } = await generate({ variables: { input: { songId, difficulty: p?.difficulty ?? 'BEGINNER', energyLevel: p?.energyLevel ?? 'MEDIUM', style: p?.style ?? 'ROMANTIC', seed: p?.seed } } });
        if (data) navigate(`/tasks/${data.generateChoreography.id}`);
      } catch (err) {
        setError(problemsOf(err)[0].message);
      }
      setRegenerating(false);
    },
  };
  // The Player starts from the stored offset, so wait for it (offline: the cached value or the video's own).
  return { controls, loading: stored.loading && !stored.data };
}

function TaskPlayer({ task, title }: { task: TaskFieldsFragment; title: string }) {
  const { controls, loading } = useCountCorrection(task);
  const result = task.result!;
  return (
    <section className="page">
      <h1 tabIndex={-1}>{title}</h1>
      <PlanNotes plan={result.plan} />
      {loading ? <p role="status">Loading…</p> : (
        <Player key={task.id} videoUrl={result.videoUrl ?? null} posterUrl={result.posterUrl} plan={result.plan} analysis={result.analysis} title={title} countCorrection={controls} />
      )}
      <SaveForm taskId={task.id} savedId={task.savedChoreographyId} defaultTitle={title} defaultDifficulty={task.parameters?.difficulty ?? 'BEGINNER'} />
    </section>
  );
}

export default function PlayerPage({ taskId, savedId }: { taskId?: string; savedId?: string }) {
  const task = useQuery(TaskDocument, { variables: { id: taskId ?? '' }, skip: !taskId });
  const saved = useQuery(CollectionDocument, { variables: { id: savedId ?? '' }, skip: !savedId });
  const error = task.error ?? saved.error;
  if (error && problemsOf(error)[0].code === 'NOT_FOUND') return <NotFound what={taskId ? 'task' : 'video'} />;
  if (taskId) {
    const t = task.data?.task;
    if (!t) return <section className="page"><h1 tabIndex={-1}>Player</h1>{error ? <p className="error" role="alert">{problemsOf(error)[0].message}</p> : <p role="status">Loading…</p>}</section>;
    if (t.status !== 'COMPLETED' || !t.result) return <section className="page"><h1 tabIndex={-1}>Not ready yet</h1><p>This choreography is {t.status === 'FAILED' ? 'not finished' : 'still being made'}. <Link to={`/tasks/${t.id}`}>See its progress</Link>.</p></section>;
    return <TaskPlayer task={t} title={taskTitle(t)} />;
  }
  const c = saved.data?.collection;
  if (!c) return <section className="page"><h1 tabIndex={-1}>Player</h1>{error ? <p className="error" role="alert">{problemsOf(error)[0].message}</p> : <p role="status">Loading…</p>}</section>;
  return (
    <section className="page">
      <div className="player-head">
        <div>
          <h1 tabIndex={-1}>{c.title}</h1>
          <p className="muted">{titleCase(c.difficulty)}{c.notes ? ` · ${c.notes}` : ''}</p>
        </div>
        {/* Near the top: keeping a video for the studio without signal is decided before practising. */}
        <KeepOffline urls={[c.videoUrl, c.posterUrl]} />
      </div>
      <PlanQueue savedId={c.id} />
      <PlanNotes plan={c.plan} />
      <Player videoUrl={c.videoUrl ?? null} posterUrl={c.posterUrl} plan={c.plan} analysis={c.analysis} title={c.title} />
    </section>
  );
}
