import { useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CollectionDocument, CollectionsDocument, DeleteAllDocument, DeleteChoreographyDocument, UpdateChoreographyDocument } from '../graphql/documents';
import type { CollectionSort, CollectionsQuery, Difficulty } from '../graphql/generated/graphql';
import { Link } from '../router';
import { DIFFICULTIES, formatDate, formatDuration, titleCase } from '../format';
import { problemsOf } from '../errors';
import { useOnline } from '../pwa/offline';
import { collectionChanged } from '../collection-cache';
import { useSignedLink } from '../player/media-links';
import { Clapperboard, Pencil, Trash2 } from 'lucide-react';

type Item = CollectionsQuery['collections']['edges'][number]['node'];

function EditDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  // The stats (by difficulty) change with an edit: refetched, not left stale until a reload.
  const [update, { loading }] = useMutation(UpdateChoreographyDocument, { update: (cache) => collectionChanged(cache, { entries: false }) });
  const [title, setTitle] = useState(item.title);
  const [difficulty, setDifficulty] = useState<Difficulty>(item.difficulty);
  const [notes, setNotes] = useState(item.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try { await update({ variables: { id: item.id, title, difficulty, notes } }); onClose(); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <form className="card edit" onSubmit={save} aria-label={`Edit ${item.title}`}>
      <div className="field"><label htmlFor={`t-${item.id}`}>Title</label><input id={`t-${item.id}`} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus /></div>
      <div className="field"><label htmlFor={`d-${item.id}`}>Difficulty</label>
        <select id={`d-${item.id}`} value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
      <div className="field"><label htmlFor={`n-${item.id}`}>Notes</label><textarea id={`n-${item.id}`} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} /></div>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions"><button className="btn primary" type="submit" disabled={loading}>Save</button><button className="btn" type="button" onClick={onClose}>Cancel</button></div>
    </form>
  );
}

/** A refetch re-signs the poster's link: the one shown stays (no second download) while it works. */
function Poster({ url }: { url: string | null | undefined }) {
  const poster = useSignedLink(url);
  return poster.src ? <img src={poster.src} onError={poster.onError} alt="" loading="lazy" crossOrigin="anonymous" />
    : <div className="poster-missing" aria-hidden="true"><Clapperboard size={32} aria-hidden="true" /></div>;
}

export function Collections() {
  const online = useOnline();
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const [sort, setSort] = useState<CollectionSort>('NEWEST');
  useEffect(() => { const t = setTimeout(() => setDebounced(search), 300); return () => clearTimeout(t); }, [search]);
  const { data, loading, error, fetchMore } = useQuery(CollectionsDocument, {
    variables: { difficulty: difficulty || null, search: debounced || null, sort, first: 12 },
  });
  const [remove] = useMutation(DeleteChoreographyDocument, { update: (cache) => collectionChanged(cache, { entries: true }) });
  const [removeAll, removeAllState] = useMutation(DeleteAllDocument, { update: (cache) => collectionChanged(cache, { entries: true }) });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const items = data?.collections.edges.map((e) => e.node) ?? [];
  const stats = data?.collectionStats;
  const client = useApolloClient();
  // Every listed choreography's plan goes into the (persisted) cache while online, so its moves and
  // counts open offline too, even when its video was not kept.
  const ids = items.map((i) => i.id).join(',');
  // When the main thread is idle (not in the middle of the screen's start-up), at most 2 s later.
  useEffect(() => {
    if (!online || !ids) return;
    const run = () => {
      for (const id of ids.split(',')) void client.query({ query: CollectionDocument, variables: { id }, fetchPolicy: 'cache-first' }).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const h = requestIdleCallback(run, { timeout: 2000 });
      return () => cancelIdleCallback(h);
    }
    const t = setTimeout(run, 500);
    return () => clearTimeout(t);
  }, [ids, online, client]);

  const del = async (item: Item) => {
    if (!window.confirm(`Delete “${item.title}” from your collection? This cannot be undone.`)) return;
    try { await remove({ variables: { id: item.id } }); setMessage(`Deleted “${item.title}”.`); } catch (err) { setMessage(problemsOf(err)[0].message); }
  };
  const delAll = async () => {
    if (!window.confirm(`Delete all ${stats?.totalCount ?? ''} choreographies in your collection? This cannot be undone.`)) return;
    try { const r = await removeAll(); setMessage(`Deleted ${r.data?.deleteAllChoreographies ?? 0} choreographies.`); } catch (err) { setMessage(problemsOf(err)[0].message); }
  };

  return (
    <section className="page">
      <h1 tabIndex={-1}>Your collection</h1>
      {stats && (
        <dl className="stats">
          <div><dt>Saved</dt><dd>{stats.totalCount}</dd></div>
          <div><dt>Total length</dt><dd>{formatDuration(stats.totalDuration)}</dd></div>
          <div><dt>Last 30 days</dt><dd>{stats.recentCount}</dd></div>
          {stats.byDifficulty.map((b) => <div key={b.difficulty}><dt>{titleCase(b.difficulty)}</dt><dd>{b.count}</dd></div>)}
        </dl>
      )}
      <div className="row filters" role="search" aria-label="Collection">
        <div className="field grow"><label htmlFor="c-search">Search titles</label><input id="c-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></div>
        <div className="field"><label htmlFor="c-diff">Difficulty</label>
          <select id="c-diff" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty | '')}><option value="">All</option>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
        <div className="field"><label htmlFor="c-sort">Sort</label>
          <select id="c-sort" value={sort} onChange={(e) => setSort(e.target.value as CollectionSort)}>
            <option value="NEWEST">Newest</option><option value="OLDEST">Oldest</option><option value="TITLE">Title</option><option value="DURATION">Length</option>
          </select></div>
      </div>
      <p role="status" className="status">{message}</p>
      {error && !data && <p className="error" role="alert">{problemsOf(error)[0].message}</p>}
      {loading && !data && <p className="muted" role="status">Loading your collection…</p>}
      {data && items.length === 0 && (
        <div className="empty"><p>{debounced || difficulty ? 'Nothing matches these filters.' : 'Nothing saved yet.'}</p><Link to="/generate" className="btn primary">Generate a choreography</Link></div>
      )}
      <ul className="grid">
        {items.map((item) => (
          <li key={item.id} className="tile">
            {editing === item.id ? <EditDialog item={item} onClose={() => setEditing(null)} /> : (
              <>
                {/* The poster repeats the title link for the pointer; one link per tile for keyboards and screen readers. */}
                <Link to={`/play/${item.id}`} className="tile-link" tabIndex={-1} aria-hidden="true">
                  <Poster url={item.posterUrl} />
                </Link>
                <div className="tile-body">
                  <h2 className="tile-title"><Link to={`/play/${item.id}`}>{item.title}</Link></h2>
                  <p className="muted small">{titleCase(item.difficulty)} · {formatDuration(item.duration)} · {formatDate(item.createdAt)}{item.videoStatus === 'MISSING' ? ' · video missing' : ''}</p>
                  <div className="actions">
                    <button className="btn small" type="button" onClick={() => setEditing(item.id)} disabled={!online} aria-label={`Edit ${item.title}`}><Pencil size={16} aria-hidden="true" /> Edit</button>
                    <button className="btn small danger" type="button" onClick={() => del(item)} disabled={!online} aria-label={`Delete ${item.title}`}><Trash2 size={16} aria-hidden="true" /> Delete</button>
                  </div>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {data?.collections.pageInfo.hasNextPage && (
        <button type="button" className="btn wide" onClick={() => fetchMore({ variables: { after: data.collections.pageInfo.endCursor } })}>Load more</button>
      )}
      {!!stats?.totalCount && (
        <div className="danger-zone">
          <button type="button" className="btn danger" onClick={delAll} disabled={!online || removeAllState.loading}>Delete all…</button>
          {!online && <span className="muted small"> Editing and deleting need a connection.</span>}
        </div>
      )}
    </section>
  );
}
