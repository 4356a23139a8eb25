import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { GenerateDocument, SongsDocument } from '../graphql/documents';
import type { Difficulty, EnergyLevel, Style, VideoSize } from '../graphql/generated/graphql';
import { useSession, useSessionObject } from '../auth/AuthContext';
import { navigate, useLocation } from '../router';
import { ErrorList } from '../components/Field';
import { problemsOf } from '../errors';
import { DIFFICULTIES, ENERGY_LEVELS, STYLES, formatDuration, titleCase } from '../format';
import { ACCEPTED_AUDIO, checkAudioFile, uploadSong, type UploadError } from '../upload';
import { SHARED_FILES_CACHE } from '../pwa/cache-names';
import { useOnline } from '../pwa/offline';
import { DescribeIt } from '../components/DescribeIt';
import { SongPreview } from '../components/SongPreview';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => { const t = setTimeout(() => setV(value), ms); return () => clearTimeout(t); }, [value, ms]);
  return v;
}

/** 360p on phones (small screens, touch, metered data), 720p elsewhere. */
export function defaultVideoSize(): VideoSize {
  const phone = typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    && window.matchMedia('(max-width: 760px), (pointer: coarse)').matches;
  return phone ? 'P360' : 'P720';
}

/** A file shared to the app (share_target) or opened with it (file_handlers). */
function useIncomingFile(onFile: (f: File) => void) {
  const { search } = useLocation();
  useEffect(() => {
    if (search.get('shared') && typeof caches !== 'undefined') {
      void (async () => {
        const cache = await caches.open(SHARED_FILES_CACHE);
        const res = await cache.match('/shared/audio');
        if (!res) return;
        const name = decodeURIComponent(res.headers.get('x-file-name') ?? 'shared-audio');
        onFile(new File([await res.blob()], name, { type: res.headers.get('content-type') ?? '' }));
        await cache.delete('/shared/audio');
      })();
    }
    const lq = (window as unknown as { launchQueue?: { setConsumer(cb: (p: { files: Array<{ getFile(): Promise<File> }> }) => void): void } }).launchQueue;
    lq?.setConsumer(async (params) => { if (params.files[0]) onFile(await params.files[0].getFile()); });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

function Upload({ onUploaded }: { onUploaded: (songId: string) => void }) {
  const session = useSessionObject();
  const online = useOnline();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [artist, setArtist] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<UploadError | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [inputKey, setInputKey] = useState(0); // a new key empties the file input after an upload
  const [uploaded, setUploaded] = useState<string | null>(null);
  useIncomingFile((f) => { setFile(f); setError(null); });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) { setError({ status: 0, code: 'BAD_USER_INPUT', message: 'Choose an audio file first.', field: 'file' }); return; }
    const problem = checkAudioFile(file);
    if (problem) { setError({ status: 0, code: 'BAD_USER_INPUT', message: problem, field: 'file' }); return; }
    setError(null); setProgress(0); setUploaded(null);
    abort.current = new AbortController();
    const send = () => uploadSong({ file, title, artist, accessToken: session.current.accessToken, onProgress: setProgress, signal: abort.current!.signal });
    try {
      let song;
      try { song = await send(); } catch (err) {
        // Expired access token: refresh once and send again.
        if ((err as UploadError).status === 401 && await session.refresh()) song = await send(); else throw err;
      }
      setProgress(null); setFile(null); setTitle(''); setArtist(''); setInputKey((k) => k + 1);
      onUploaded(song.id);
      setUploaded(`Uploaded “${song.title}”. It is selected: choose the options and press Start.`);
    } catch (err) {
      setProgress(null);
      setError(err as UploadError);
    }
  };
  return (
    <form className="card upload" onSubmit={submit} noValidate aria-label="Upload a song">
      <h2>Upload your song</h2>
      <p className="muted small">mp3, wav, m4a/aac, ogg or flac · up to 50 MB · 30 seconds to 15 minutes</p>
      <div className="field">
        <label htmlFor="upload-file">Audio file</label>
        <input key={inputKey} id="upload-file" type="file" accept={ACCEPTED_AUDIO} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setError(null); }}
          aria-invalid={error?.field === 'file' ? true : undefined} aria-describedby={error ? 'upload-error' : undefined} />
        {file && <small className="hint">{file.name} · {(file.size / 1024 / 1024).toFixed(1)} MB</small>}
      </div>
      <div className="row">
        <div className="field"><label htmlFor="upload-title">Title (optional)</label><input id="upload-title" value={title} onChange={(e) => setTitle(e.target.value)} /></div>
        <div className="field"><label htmlFor="upload-artist">Artist (optional)</label><input id="upload-artist" value={artist} onChange={(e) => setArtist(e.target.value)} /></div>
      </div>
      {progress !== null && (
        <div className="progress-wrap">
          <progress max={1} value={progress} aria-label="Upload progress" />
          <span className="pct">{Math.round(progress * 100)}%</span>
          <button type="button" className="btn small" onClick={() => abort.current?.abort()}>Cancel upload</button>
        </div>
      )}
      {error && <p id="upload-error" className="error" role="alert">{error.message}</p>}
      <p className="ok" role="status">{uploaded}</p>
      <button className="btn" type="submit" disabled={progress !== null || !online}>{online ? 'Upload' : 'Upload needs a connection'}</button>
    </form>
  );
}

export default function Generate() {
  const { user } = useSession();
  const online = useOnline();
  const [search, setSearch] = useState('');
  const [bpmMin, setBpmMin] = useState('');
  const [bpmMax, setBpmMax] = useState('');
  const q = useDebounced({ search, bpmMin, bpmMax }, 300);
  const { data, loading, error, fetchMore, refetch } = useQuery(SongsDocument, {
    variables: { search: q.search || null, bpmMin: q.bpmMin ? Number(q.bpmMin) : null, bpmMax: q.bpmMax ? Number(q.bpmMax) : null, first: 20 },
  });
  const [songId, setSongId] = useState<string | null>(null);
  const [difficulty, setDifficulty] = useState<Difficulty>(user?.preferences.defaultDifficulty ?? 'BEGINNER');
  const [energyLevel, setEnergy] = useState<EnergyLevel>('MEDIUM');
  const [style, setStyle] = useState<Style>('ROMANTIC');
  const [videoSize, setVideoSize] = useState<VideoSize>(defaultVideoSize);
  const [captions, setCaptions] = useState(false);
  const [generate, genState] = useMutation(GenerateDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const songs = data?.songs.edges.map((e) => e.node) ?? [];

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!songId) { setProblems(['Pick a song first.']); return; }
    try {
      const { data: d } = await generate({ variables: { input: { songId, difficulty, energyLevel, style, videoSize, captions } } });
      if (d) navigate(`/tasks/${d.generateChoreography.id}`);
    } catch (err) { setProblems(problemsOf(err).map((p) => p.message)); }
  };

  return (
    <section className="page">
      <h1 tabIndex={-1}>Generate a choreography</h1>
      <DescribeIt />
      <div className="generate-grid">
        <div>
          <div className="card">
            <h2 id="library-heading">Song library</h2>
            <div className="row filters" role="search" aria-label="Songs">
              <div className="field grow"><label htmlFor="song-search">Search title or artist</label><input id="song-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></div>
              <div className="field bpm"><label htmlFor="bpm-min">BPM from</label><input id="bpm-min" type="number" inputMode="numeric" min={60} max={220} value={bpmMin} onChange={(e) => setBpmMin(e.target.value)} /></div>
              <div className="field bpm"><label htmlFor="bpm-max">to</label><input id="bpm-max" type="number" inputMode="numeric" min={60} max={220} value={bpmMax} onChange={(e) => setBpmMax(e.target.value)} /></div>
            </div>
            {error && !data && <p className="error" role="alert">{problemsOf(error)[0].message}</p>}
            {loading && !data && <p className="muted" role="status">Loading songs…</p>}
            {data && <p className="muted small" role="status">{data.songs.totalCount} song{data.songs.totalCount === 1 ? '' : 's'}</p>}
            <ul className="songs" role="radiogroup" aria-labelledby="library-heading">
              {songs.map((s) => (
                <li key={s.id}>
                  <label className={`song ${songId === s.id ? 'selected' : ''}`}>
                    <input type="radio" name="song" value={s.id} checked={songId === s.id} onChange={() => setSongId(s.id)} />
                    <span className="song-title">{s.title}</span>
                    <span className="song-meta">{[s.artist, s.bpm ? `${s.bpm} BPM` : '', formatDuration(s.duration), s.isUpload ? 'your upload' : '', s.isDemo ? 'demo' : ''].filter(Boolean).join(' · ')}</span>
                  </label>
                  <SongPreview songId={s.id} title={s.title} />
                </li>
              ))}
            </ul>
            {data?.songs.pageInfo.hasNextPage && (
              <button type="button" className="btn" onClick={() => fetchMore({ variables: { after: data.songs.pageInfo.endCursor } })}>More songs</button>
            )}
          </div>
          <Upload onUploaded={(id) => { setSongId(id); void refetch(); }} />
        </div>
        <form className="card options" onSubmit={start} aria-label="Choreography options">
          <h2>Your choreography</h2>
          <div className="field"><label htmlFor="difficulty">Difficulty</label>
            <select id="difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
          <div className="field"><label htmlFor="energy">Energy</label>
            <select id="energy" value={energyLevel} onChange={(e) => setEnergy(e.target.value as EnergyLevel)}>{ENERGY_LEVELS.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
          <div className="field"><label htmlFor="style">Style</label>
            <select id="style" value={style} onChange={(e) => setStyle(e.target.value as Style)}>{STYLES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
          <div className="field"><label htmlFor="video-size">Video size</label>
            <select id="video-size" value={videoSize} onChange={(e) => setVideoSize(e.target.value as VideoSize)}>
              <option value="P360">360p (phones)</option>
              <option value="P720">720p (big screens)</option>
            </select></div>
          <label className="check"><input type="checkbox" checked={captions} onChange={(e) => setCaptions(e.target.checked)} /> Names and counts in the video (for sharing)</label>
          <ErrorList messages={problems} />
          <p className="muted small">{songId ? `Song: ${songs.find((s) => s.id === songId)?.title ?? 'your upload'}` : 'Pick a song from the library or upload one.'}</p>
          <button className="btn primary wide" type="submit" disabled={genState.loading || !online}>{online ? (genState.loading ? 'Starting…' : 'Start') : 'Generating needs a connection'}</button>
        </form>
      </div>
    </section>
  );
}
