import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CollectionDocument, SaveChoreographyDocument, TaskDocument } from '../graphql/documents';
import type { Difficulty } from '../graphql/generated/graphql';
import { Player } from '../player/Player';
import { navigate } from '../router';
import { problemsOf } from '../errors';
import { DIFFICULTIES, titleCase } from '../format';
import { forgetOffline, isKeptOffline, keepOffline, useOnline } from '../pwa/offline';

function SaveForm({ taskId, defaultTitle, defaultDifficulty }: { taskId: string; defaultTitle: string; defaultDifficulty: Difficulty }) {
  const online = useOnline();
  const [save, { loading }] = useMutation(SaveChoreographyDocument);
  const [title, setTitle] = useState(defaultTitle);
  const [difficulty, setDifficulty] = useState<Difficulty>(defaultDifficulty);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await save({ variables: { taskId, title, difficulty, notes: notes || null } });
      if (data) navigate(`/play/${data.saveChoreography.id}`, { replace: true });
    } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Save to collection">
      <h2>Save to collection</h2>
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
        {busy ? 'Downloading…' : kept ? '✓ Kept offline' : 'Keep offline'}
      </button>
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}

export default function PlayerPage({ taskId, savedId }: { taskId?: string; savedId?: string }) {
  const task = useQuery(TaskDocument, { variables: { id: taskId ?? '' }, skip: !taskId });
  const saved = useQuery(CollectionDocument, { variables: { id: savedId ?? '' }, skip: !savedId });
  const error = task.error ?? saved.error;
  if (taskId) {
    const t = task.data?.task;
    if (!t) return <section className="page"><h1 tabIndex={-1}>Player</h1>{error ? <p className="error" role="alert">{problemsOf(error)[0].message}</p> : <p role="status">Loading…</p>}</section>;
    if (t.status !== 'COMPLETED' || !t.result) return <section className="page"><h1 tabIndex={-1}>Not ready yet</h1><p>This choreography is still being made. <a href={`/tasks/${t.id}`}>See its progress</a>.</p></section>;
    const title = t.song ? `${t.song.title} (${titleCase(t.parameters?.style ?? 'ROMANTIC')})` : 'My choreography';
    return (
      <section className="page">
        <h1 tabIndex={-1}>{title}</h1>
        <Player videoUrl={t.result.videoUrl ?? null} posterUrl={t.result.posterUrl} plan={t.result.plan} analysis={t.result.analysis} title={title} />
        <SaveForm taskId={t.id} defaultTitle={title} defaultDifficulty={t.parameters?.difficulty ?? 'BEGINNER'} />
      </section>
    );
  }
  const c = saved.data?.collection;
  if (!c) return <section className="page"><h1 tabIndex={-1}>Player</h1>{error ? <p className="error" role="alert">{problemsOf(error)[0].message}</p> : <p role="status">Loading…</p>}</section>;
  return (
    <section className="page">
      <h1 tabIndex={-1}>{c.title}</h1>
      <p className="muted">{titleCase(c.difficulty)}{c.notes ? ` · ${c.notes}` : ''}</p>
      <Player videoUrl={c.videoUrl ?? null} posterUrl={c.posterUrl} plan={c.plan} analysis={c.analysis} title={c.title} />
      <KeepOffline urls={[c.videoUrl, c.posterUrl]} />
    </section>
  );
}
