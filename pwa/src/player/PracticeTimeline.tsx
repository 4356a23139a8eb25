import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Loop, Move } from './timeline';
import { energyPath, energyPoints, followScroll, gestureLoop, phraseTicks, sectionColour, stripWidth, timeAtX, type TimelineSection } from './practice-timeline';
import { formatDuration } from '../format';

export interface PracticeTimelineProps {
  duration: number; t: number; moves: readonly Move[]; sections: readonly TimelineSection[]; phrases: readonly number[];
  loop: Loop | null; current: number; bpm: number | null;
  onSeek(t: number): void;
  /** a tap (a move loop) or a drag (an A–B loop) on the move row; null when it hit nothing */
  onGesture(loop: Loop | null): void;
}

const pct = (x: number, d: number) => `${d > 0 ? Math.min(100, Math.max(0, (x / d) * 100)) : 0}%`;

/**
 * The picture a dancer reads the song from: an overview seek bar (sections, energy, 8-counts, loop,
 * playhead) and below it a wider strip that follows the playhead, with each move as a block.
 * The strip is for the pointer; keyboards and screen readers have the seek slider and the move list.
 */
export function PracticeTimeline({ duration, t, moves, sections, phrases, loop, current, bpm, onSeek, onGesture }: PracticeTimelineProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(360);
  const [drag, setDrag] = useState<{ x0: number; t0: number; t1: number; moved: number; id: number } | null>(null);
  const userScrolledAt = useRef(0);
  const ticks = useMemo(() => phraseTicks(phrases, duration), [phrases, duration]);
  const phraseSeconds = ticks.length > 1 ? (ticks[ticks.length - 1] - ticks[0]) / (ticks.length - 1) : bpm ? (8 * 60) / bpm : 4;
  const width = stripWidth(duration, boxWidth, phraseSeconds);
  const area = useMemo(() => energyPath(energyPoints(sections, duration), 1000, 40), [sections, duration]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setBoxWidth(el.clientWidth || 360);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setBoxWidth(el.clientWidth || 360));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Follow the playhead, unless the dancer moved the strip in the last few seconds.
  useEffect(() => {
    const el = scroller.current;
    if (!el || drag || Date.now() - userScrolledAt.current < 3000) return;
    const to = followScroll((t / (duration || 1)) * width, el.scrollLeft, el.clientWidth, width);
    if (to !== null) el.scrollLeft = to;
  }, [t, width, duration, drag]);

  const xOf = (e: ReactPointerEvent) => e.clientX - (inner.current?.getBoundingClientRect().left ?? 0);
  const down = (e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    const x = xOf(e);
    const t0 = timeAtX(x, width, duration);
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    setDrag({ x0: x, t0, t1: t0, moved: 0, id: e.pointerId });
  };
  const move = (e: ReactPointerEvent) => {
    if (!drag || drag.id !== e.pointerId) return;
    const x = xOf(e);
    setDrag({ ...drag, t1: timeAtX(x, width, duration), moved: Math.max(drag.moved, Math.abs(x - drag.x0)) });
  };
  const up = (e: ReactPointerEvent) => {
    if (!drag || drag.id !== e.pointerId) return;
    const x = xOf(e);
    const moved = Math.max(drag.moved, Math.abs(x - drag.x0));
    setDrag(null);
    onGesture(gestureLoop(moves, drag.t0, timeAtX(x, width, duration), moved));
  };
  const preview = drag && drag.moved >= 8 ? gestureLoop(moves, drag.t0, drag.t1, drag.moved) : null;
  const shown = preview ?? loop;
  const section = sections.find((s) => t >= s.start && t < s.end);

  return (
    <section className="pt" aria-label="Practice timeline">
      <div className="pt-head">
        <span className="pt-time"><span className="pt-elapsed">{formatDuration(t)}</span><span className="muted"> / {formatDuration(duration)}</span></span>
        <span className="pt-now small">
          {section && <><span className="pt-dot" style={{ background: sectionColour(section.label) }} aria-hidden="true" />{section.label}</>}
          {current >= 0 && <> · <strong>{moves[current].name}</strong></>}
        </span>
      </div>
      <div className="pt-overview">
        <svg className="pt-overview-art" viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {sections.map((s) => <rect key={s.start} x={(s.start / duration) * 1000} width={((s.end - s.start) / duration) * 1000} y="0" height="40" fill={sectionColour(s.label)} opacity=".28" />)}
          {area && <path d={area} className="pt-energy" />}
          {ticks.map((p) => <line key={p} x1={(p / duration) * 1000} x2={(p / duration) * 1000} y1="30" y2="40" className="pt-tick" />)}
          {shown && <rect x={(shown.start / duration) * 1000} width={((shown.end - shown.start) / duration) * 1000} y="0" height="40" className="pt-loop" />}
          <rect x={(t / duration) * 1000 - 2} width="4" y="0" height="40" className="pt-playhead" />
        </svg>
        <input type="range" className="pt-seek" min={0} max={duration || 0} step={0.1} value={Math.min(t, duration || 0)}
          aria-label="Seek" aria-valuetext={`${formatDuration(t)} of ${formatDuration(duration)}${section ? `, ${section.label}` : ''}`}
          onChange={(e) => onSeek(Number(e.currentTarget.value))} />
      </div>
      <div className="pt-strip" ref={scroller} aria-hidden="true"
        onWheel={() => { userScrolledAt.current = Date.now(); }} onTouchStart={() => { userScrolledAt.current = Date.now(); }}>
        <div className="pt-strip-inner" ref={inner} style={{ width }}>
          <div className="pt-sections" onClick={(e) => onSeek(timeAtX(e.clientX - (inner.current?.getBoundingClientRect().left ?? 0), width, duration))}>
            {sections.map((s) => (
              <div key={s.start} className="pt-section" style={{ left: pct(s.start, duration), width: pct(s.end - s.start, duration), ['--c' as string]: sectionColour(s.label) }}>
                <span>{s.label}</span>
              </div>
            ))}
          </div>
          {ticks.map((p, i) => <span key={p} className="pt-phrase" style={{ left: pct(p, duration) }}>{i % 4 === 0 ? <small>{formatDuration(p)}</small> : null}</span>)}
          <div className="pt-moves" onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={() => setDrag(null)}>
            {moves.map((m, i) => (
              <div key={`${m.moveId}-${m.start}`} data-index={i} className={`pt-move${m.hold ? ' hold' : ''}${i === current ? ' current' : ''}${loop?.kind === 'move' && loop.moveIndex === i ? ' looped' : ''}`}
                style={{ left: pct(m.start, duration), width: pct(m.end - m.start, duration) }} title={`${m.name} · ${formatDuration(m.start)}`}>
                <span>{m.hold ? 'hold' : m.name}</span>
              </div>
            ))}
            {shown && <div className={`pt-range${preview ? ' preview' : ''}`} style={{ left: pct(shown.start, duration), width: pct(shown.end - shown.start, duration) }} />}
          </div>
          <div className="pt-head-line" style={{ left: pct(t, duration) }} />
        </div>
      </div>
      <p className="pt-hint small muted">Tap a move to loop it · drag across moves for an A–B loop · tap a section to jump there</p>
    </section>
  );
}
