import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Captions, Maximize, Minimize, Pause, Play, Repeat, SkipBack, SkipForward } from 'lucide-react';
import { abLoop, countsLabel, loopSeek, moveIndexAt, moveLoop, movesOf, nextMoveStart, previousMoveStart, type Loop, type Move } from './timeline';
import { applyCountOffset, isCountConfidenceLow, nearestBeatIndex, normaliseCountOffset, offsetForTheOneAt, stepCountOffset } from '@bachata/core/browser';
import { gridOf, shownCountAt } from './counts';
import { countCues, toVtt } from './captions';
import { PracticeTimeline } from './PracticeTimeline';
import { sectionsOf, timelineDuration } from './practice-timeline';
import { CountTools, LOW_CONFIDENCE_TEXT, type CountCorrectionControls } from './CountTools';
import { SPEEDS, applySpeed, speedLabel, stepSpeed } from './speed';
import { actionForKey, SHORTCUTS, type PlayerAction } from './keyboard';
import { formatDuration } from '../format';
import { useMediaLinks } from './media-links';

/** play() rejects when autoplay is refused (and is missing in some environments): never an unhandled error. */
function playSafe(v: HTMLMediaElement | null) {
  try { const p = v?.play(); if (p && typeof p.catch === 'function') p.catch(() => {}); } catch { /* ignore */ }
}

/** Element fullscreen where there is one; iPhone Safari only has the video's own. */
function enterFullscreen(box: HTMLElement | null, video: HTMLVideoElement | null) {
  if (box?.requestFullscreen) { box.requestFullscreen().catch(() => undefined); return; }
  (video as unknown as { webkitEnterFullscreen?: () => void } | null)?.webkitEnterFullscreen?.();
}

/**
 * The list of moves. Memoised: the player re-renders every frame while playing (the playhead), the list
 * only when the current move or the loop changes.
 */
const MoveList = memo(function MoveList({ moves, current, loop, onLoop }: { moves: Move[]; current: number; loop: Loop | null; onLoop: (i: number) => void }) {
  // Keep the current move visible in the list without stealing focus.
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Only the list scrolls (scrollIntoView would also move the page away from the video).
    const list = listRef.current;
    const el = list?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (!list || !el || typeof list.scrollTo !== 'function') return;
    const top = el.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + el.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTo({ top: Math.max(0, top - 8), behavior: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  }, [current]);

  return (
    <>
      <h2 className="sr-only">Moves</h2>
      <ol className="timeline" ref={listRef}>
        {moves.map((m, i) => (
          <li key={`${m.moveId}-${m.start}`} data-index={i} className={i === current ? 'current' : undefined}>
            <button type="button" className="move" onClick={() => onLoop(i)} aria-pressed={loop?.kind === 'move' && loop.moveIndex === i}
              aria-label={`${m.name}, ${m.hold && !m.beats ? 'hold the pose' : countsLabel(m.beats)}, ${m.section}, at ${formatDuration(m.start)}. ${loop?.moveIndex === i ? 'Stop looping' : 'Loop this move'}`}>
              <span className="move-name">{m.name}</span>
              {/* A hold before the first "1" has no counts of its own (the planner gives it 0 beats). */}
              <span className="move-meta">{m.hold && !m.beats ? 'hold the pose' : countsLabel(m.beats)} · {m.section} · {formatDuration(m.start)}{m.hold && m.beats ? ' · hold the pose' : ''}</span>
              {m.reason && <span className="move-reason">{m.reason}</span>}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
});

export interface PlayerProps {
  videoUrl: string | null; posterUrl?: string | null; plan: unknown; analysis: unknown; title: string;
  /** the count correction tools; without them the counts are shown as the video was made */
  countCorrection?: CountCorrectionControls;
}

export function Player({ videoUrl: latestVideoUrl, posterUrl: latestPosterUrl, plan, analysis, title, countCorrection }: PlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  // The first working signed links for this file (a refetch re-signs them: no second download).
  const links = useMediaLinks(latestVideoUrl, latestPosterUrl);
  const videoUrl = links.video;
  const posterUrl = links.poster;
  const moves = useMemo(() => movesOf(plan), [plan]);
  const songAnalysis = analysis ?? (plan as { analysis?: unknown } | null)?.analysis;
  /** the count the video was made with */
  const videoGrid = useMemo(() => gridOf(songAnalysis), [songAnalysis]);
  // The dancer's offset lives here so the counts follow each tap at once; the page stores it.
  const used = countCorrection?.usedOffsetBeats ?? 0;
  const [offset, setOffset] = useState(countCorrection?.offsetBeats ?? 0);
  const grid = useMemo(() => (videoGrid && offset !== used ? applyCountOffset(videoGrid, offset - used) : videoGrid), [videoGrid, offset, used]);
  const lowConfidence = countCorrection?.lowConfidence ?? isCountConfidenceLow(songAnalysis);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [loop, setLoop] = useState<Loop | null>(null);
  const [pointA, setPointA] = useState<number | null>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [mirror, setMirror] = useState(false);
  const [videoDuration, setVideoDuration] = useState<number | null>(null);
  const [videoFailed, setVideoFailed] = useState(false);
  const [captions, setCaptions] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const duration = timelineDuration(videoDuration, moves, songAnalysis);
  const sections = useMemo(() => sectionsOf(songAnalysis, duration), [songAnalysis, duration]);
  const loopRef = useRef(loop);
  // Event handlers read the loop through the ref; it follows the state right after each render.
  useLayoutEffect(() => { loopRef.current = loop; }, [loop]);

  const current = moveIndexAt(moves, t);
  const count = grid ? shownCountAt(grid, t) : null;

  // The counts as a WebVTT captions track (the dancer's count, so it follows a correction at once).
  const vttUrl = useMemo(() => {
    if (!grid || typeof URL.createObjectURL !== 'function') return null;
    return URL.createObjectURL(new Blob([toVtt(countCues(grid, moves))], { type: 'text/vtt' }));
  }, [grid, moves]);
  useEffect(() => () => { if (vttUrl) URL.revokeObjectURL(vttUrl); }, [vttUrl]);
  useEffect(() => {
    const track = video.current?.textTracks?.[0];
    if (track) track.mode = captions ? 'showing' : 'hidden';
  }, [captions, vttUrl]);
  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement && document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else enterFullscreen(stage.current, video.current);
  }, []);

  // requestAnimationFrame while playing: timeupdate (~4 Hz) is too coarse for counts and loop ends.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const tick = () => {
      const v = video.current;
      if (v) {
        const target = loopSeek(loopRef.current, v.currentTime, 0.03);
        if (target !== null) v.currentTime = target;
        setT(v.currentTime);
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing]);

  const seek = useCallback((to: number) => { if (video.current) { video.current.currentTime = Math.max(0, to); setT(video.current.currentTime); } }, []);
  const setRate = useCallback((s: number) => { setSpeed(s); if (video.current) applySpeed(video.current, s); }, []);
  const togglePlay = useCallback(() => { const v = video.current; if (!v) return; if (v.paused) playSafe(v); else v.pause(); }, []);
  const loopMove = useCallback((i: number) => {
    const l = moveLoop(moves, i);
    if (loopRef.current?.kind === 'move' && loopRef.current.moveIndex === i) { setLoop(null); return; }
    setLoop(l);
    if (l) { seek(l.start); playSafe(video.current); }
  }, [moves, seek]);
  const changeOffset = (next: number) => {
    setOffset(next);
    if (next !== offset) countCorrection?.onChange(next);
  };
  // "Set the 1 here": the beat nearest to the playhead becomes a 1 (relative to the video's own count).
  const setTheOneHere = () => {
    if (!videoGrid) return;
    const beat = nearestBeatIndex(videoGrid.beats, video.current?.currentTime ?? t);
    if (beat >= 0) changeOffset(normaliseCountOffset(used + offsetForTheOneAt(videoGrid, beat)));
  };
  // Set A, Set B, and a third tap clears the A–B loop.
  const markAB = () => {
    const now = video.current?.currentTime ?? t;
    if (loop?.kind === 'ab') { setLoop(null); setPointA(null); return; }
    if (pointA === null) { setPointA(now); setLoop(null); return; }
    setLoop(abLoop(pointA, now)); setPointA(null);
  };
  const onGesture = (l: Loop | null) => {
    if (!l) return;
    if (l.kind === 'move' && l.moveIndex !== undefined) { loopMove(l.moveIndex); return; }
    setPointA(null); setLoop(l); seek(l.start); playSafe(video.current);
  };

  const act = useCallback((a: PlayerAction) => {
    const now = video.current?.currentTime ?? 0;
    switch (a) {
      case 'toggle-play': togglePlay(); break;
      case 'prev-move': seek(previousMoveStart(moves, now)); break;
      case 'next-move': { const n = nextMoveStart(moves, now); if (n !== null) seek(n); break; }
      case 'seek-back': seek(now - 5); break;
      case 'seek-forward': seek(now + 5); break;
      case 'toggle-loop': { const i = moveIndexAt(moves, now); if (loopRef.current) setLoop(null); else if (i >= 0) loopMove(i); break; }
      case 'toggle-mirror': setMirror((m) => !m); break;
      case 'slower': setRate(stepSpeed(video.current?.playbackRate ?? 1, -1)); break;
      case 'faster': setRate(stepSpeed(video.current?.playbackRate ?? 1, 1)); break;
      case 'toggle-captions': setCaptions((c) => !c); break;
      case 'toggle-fullscreen': toggleFullscreen(); break;
    }
  }, [moves, seek, togglePlay, loopMove, setRate, toggleFullscreen]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = actionForKey(e);
      if (!a) return;
      e.preventDefault();
      act(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  return (
    <div className="player">
      <div className={`stage-box${fullscreen ? ' is-fullscreen' : ''}`} ref={stage}>
        {videoUrl && !videoFailed ? (
          <video ref={video} src={videoUrl} poster={posterUrl ?? undefined} crossOrigin="anonymous" playsInline preload="metadata"
            className={mirror ? 'mirrored' : undefined} aria-label={`${title} choreography video`}
            onPlay={() => setPlaying(true)} onPause={() => setPlaying(false)} onEnded={() => setPlaying(false)}
            onTimeUpdate={(e) => { if (!playing) setT(e.currentTarget.currentTime); }}
            onLoadedMetadata={(e) => { applySpeed(e.currentTarget, speed); setVideoDuration(e.currentTarget.duration); }}
            onDurationChange={(e) => setVideoDuration(e.currentTarget.duration)}
            onError={() => { if (!links.onVideoError() && typeof navigator !== 'undefined' && !navigator.onLine) setVideoFailed(true); }}
            onClick={togglePlay}>
            {vttUrl && <track kind="captions" src={vttUrl} srcLang="en" label="Moves and counts" />}
          </video>
        ) : (
          <div className="video-missing" role="img" aria-label="Video not available">
            {videoFailed ? 'This video was not kept offline, so it needs a connection. The moves and counts below still work as a practice sheet.' : 'The video file is not available. The move list still works as a practice sheet.'}
          </div>
        )}
        <div className="count" aria-live="off" aria-label={count ? `Count ${count}` : 'No count'}>
          {count ?? '·'}
        </div>
        {fullscreen && (
          <div className="stage-overlay" role="toolbar" aria-label="Fullscreen controls">
            <span className="overlay-move">{current >= 0 ? moves[current].name : ''}</span>
            <button type="button" className="btn big" onClick={() => act('prev-move')} aria-label="Previous move"><SkipBack size={22} aria-hidden="true" /></button>
            <button type="button" className="btn big primary" onClick={togglePlay} aria-label={playing ? 'Pause' : 'Play'}>{playing ? <Pause size={22} aria-hidden="true" /> : <Play size={22} aria-hidden="true" />}</button>
            <button type="button" className="btn big" onClick={() => act('next-move')} aria-label="Next move"><SkipForward size={22} aria-hidden="true" /></button>
            <button type="button" className="btn big" aria-pressed={loop?.kind === 'move'} onClick={() => act('toggle-loop')} aria-label="Loop current move"><Repeat size={22} aria-hidden="true" /></button>
            <button type="button" className="btn big" aria-pressed={captions} onClick={() => setCaptions((c) => !c)} aria-label="Captions"><Captions size={22} aria-hidden="true" /></button>
            <button type="button" className="btn big" onClick={toggleFullscreen} aria-label="Exit fullscreen"><Minimize size={22} aria-hidden="true" /></button>
          </div>
        )}
      </div>
      {lowConfidence && <p className="count-warning" role="note">{LOW_CONFIDENCE_TEXT}</p>}
      {duration > 0 && (
        <PracticeTimeline duration={duration} t={t} moves={moves} sections={sections} phrases={grid?.phrases ?? []} loop={loop} current={current}
          bpm={(songAnalysis as { bpm?: number } | null)?.bpm ?? null} onSeek={seek} onGesture={onGesture} />
      )}

      <div className="controls" role="toolbar" aria-label="Player controls">
        <button type="button" className="btn big" onClick={() => act('prev-move')} aria-label="Previous move"><SkipBack size={22} aria-hidden="true" /></button>
        <button type="button" className="btn big primary" onClick={togglePlay} aria-label={playing ? 'Pause' : 'Play'}>{playing ? <Pause size={22} aria-hidden="true" /> : <Play size={22} aria-hidden="true" />}</button>
        <button type="button" className="btn big" onClick={() => act('next-move')} aria-label="Next move"><SkipForward size={22} aria-hidden="true" /></button>
        {/* Lit only for a move loop: an A–B loop has its own button. */}
        <button type="button" className="btn big" aria-pressed={loop?.kind === 'move'} onClick={() => act('toggle-loop')} aria-label="Loop current move"><Repeat size={20} aria-hidden="true" /> Loop</button>
        <button type="button" className="btn big" aria-pressed={pointA !== null || loop?.kind === 'ab'} onClick={markAB}>
          {pointA === null ? (loop?.kind === 'ab' ? 'A–B on' : 'Set A') : 'Set B'}
        </button>
        <button type="button" className="btn big" aria-pressed={mirror} onClick={() => setMirror((m) => !m)}>Mirror</button>
        {vttUrl && videoUrl && <button type="button" className="btn big" aria-pressed={captions} onClick={() => setCaptions((c) => !c)}><Captions size={20} aria-hidden="true" /> Captions</button>}
        {videoUrl && <button type="button" className="btn big" onClick={toggleFullscreen} aria-label="Fullscreen"><Maximize size={20} aria-hidden="true" /></button>}
        <div className="speed" role="radiogroup" aria-label="Speed">
          {SPEEDS.map((s) => (
            <button key={s} type="button" role="radio" aria-checked={speed === s} className="btn big" onClick={() => setRate(s)}>{speedLabel(s)}</button>
          ))}
        </div>
      </div>
      <p className="muted small player-status" aria-live="polite">
        {formatDuration(t)} · {current >= 0 ? moves[current].name : 'between moves'}
        {loop && ` · looping ${loop.kind === 'move' ? 'this move' : `${formatDuration(loop.start)}–${formatDuration(loop.end)}`}`}
      </p>

      {countCorrection && videoGrid && (
        <CountTools offset={offset} used={used} onSetTheOne={setTheOneHere} onShift={(d) => changeOffset(stepCountOffset(offset, d))}
          onRegenerate={() => countCorrection.onRegenerate(offset)} regenerating={countCorrection.regenerating} error={countCorrection.error} />
      )}

      <MoveList moves={moves} current={current} loop={loop} onLoop={loopMove} />
      <details className="shortcuts"><summary>Keyboard shortcuts</summary>
        <dl>{SHORTCUTS.map(([k, d]) => <div key={k}><dt><kbd>{k}</kbd></dt><dd>{d}</dd></div>)}</dl>
      </details>
    </div>
  );
}
