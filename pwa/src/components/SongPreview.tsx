import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Pause, Volume2 } from 'lucide-react';
import { SongAudioDocument } from '../graphql/documents';
import { problemsOf } from '../errors';

/** How much of a song a preview plays, from a third of the way in (past the intro, near the first chorus). */
export const PREVIEW_SECONDS = 12;
export function previewStart(duration: number): number {
  return duration > PREVIEW_SECONDS * 2 ? Math.floor(duration / 3) : 0;
}

// One audio element for every preview: starting one stops the other.
let audio: HTMLAudioElement | null = null;
let playingId: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
function stop() { audio?.pause(); playingId = null; notify(); }

/** "Hear it": a few seconds of the song before choosing it (the audio URL is signed, fetched on demand). */
export function SongPreview({ songId, title }: { songId: string; title: string }) {
  const client = useApolloClient();
  const [, rerender] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { const l = () => rerender((n) => n + 1); listeners.add(l); return () => { listeners.delete(l); if (playingId === songId) stop(); }; }, [songId]);
  const playing = playingId === songId;
  const toggle = async () => {
    if (playing) { stop(); return; }
    setError(null);
    try {
      const { data } = await client.query({ query: SongAudioDocument, variables: { id: songId }, fetchPolicy: 'network-only' });
      const url = data?.song.audioUrl;
      if (!url) { setError('No audio for this song.'); return; }
      audio ??= new Audio();
      audio.pause();
      audio.src = url;
      const from = previewStart(data.song.duration);
      audio.currentTime = from;
      audio.ontimeupdate = () => { if (audio && audio.currentTime >= from + PREVIEW_SECONDS) stop(); };
      audio.onended = stop;
      playingId = songId; notify();
      await audio.play();
    } catch (err) {
      playingId = null; notify();
      setError(err instanceof DOMException ? 'The preview could not play.' : problemsOf(err)[0].message);
    }
  };
  return (
    <>
      <button type="button" className="btn small preview" onClick={toggle} aria-pressed={playing} aria-label={`${playing ? 'Stop' : 'Hear'} ${title}`}>
        {playing ? <Pause size={16} aria-hidden="true" /> : <Volume2 size={16} aria-hidden="true" />}<span className="preview-text">{playing ? 'Stop' : 'Hear'}</span>
      </button>
      {error && <span className="error small" role="alert">{error}</span>}
    </>
  );
}
