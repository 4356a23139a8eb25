import { Suspense, useRef, useState } from 'react';
import { Clapperboard } from 'lucide-react';
import type { HomeDemoQuery } from '../graphql/generated/graphql';
import { formatDuration } from '../format';
import { sectionColour } from '../player/practice-timeline';
import { LiveHomeDemo } from '../lazy-pages';

export type Demo = HomeDemoQuery['homeDemo'];

/** The ready demo the server put into the home page's HTML (no query needed), once per page load. */
function inlineDemo(): Demo | null {
  const el = typeof document !== 'undefined' ? document.getElementById('home-demo') : null;
  if (!el?.textContent) return null;
  try {
    const d = JSON.parse(el.textContent) as Demo;
    return d.status === 'READY' && d.videoUrl ? d : null;
  } catch { return null; }
}
const INLINE = inlineDemo();
/** Its signed URLs last at least an hour from the page load; after that the app asks again. */
const INLINE_UNTIL = Date.now() + 45 * 60_000;

/**
 * What the product does, shown by the product: a short choreography of a demo song, made by this
 * server's own video job at start-up, with its poster and the moves it dances. The page's HTML carries
 * it once it is ready, so it shows without Apollo or a query (the home page loads neither); otherwise
 * the API is asked (HomeDemoLive): a placeholder of the same size says it is being made, and a server
 * that does not make it shows nothing.
 */
export function HomeDemo() {
  const [inline] = useState(() => (INLINE && Date.now() < INLINE_UNTIL ? INLINE : null));
  if (inline) return <DemoView demo={inline} />;
  return <Suspense fallback={<DemoPlaceholder />}><LiveHomeDemo /></Suspense>;
}

/** Loading (or being made, with `preparing`): the frame keeps its place, so nothing moves when the demo arrives. */
export function DemoPlaceholder({ preparing = false }: { preparing?: boolean }) {
  return (
    <section className="home-demo" aria-labelledby="demo-title" aria-busy={preparing ? undefined : 'true'}>
      <h2 id="demo-title">See it dance</h2>
      {preparing ? (
        <div className="demo-frame demo-placeholder" role="status">
          <Clapperboard size={40} aria-hidden="true" />
          <p>Our demo video is being made right now, by the same video job that will make yours. It appears here in a minute or two.</p>
        </div>
      ) : <div className="demo-frame demo-placeholder"><Clapperboard size={40} aria-hidden="true" /></div>}
    </section>
  );
}

export function DemoView({ demo }: { demo: Demo }) {
  const video = useRef<HTMLVideoElement>(null);
  const seek = (t: number) => {
    const v = video.current;
    if (!v) return;
    v.currentTime = t + 0.01;
    void v.play().catch(() => undefined);
  };
  return (
    <section className="home-demo" aria-labelledby="demo-title">
      <h2 id="demo-title">See it dance</h2>
      <div className="demo-layout">
        <figure className="demo-figure">
          <video ref={video} className="demo-frame" src={demo.videoUrl ?? undefined} poster={demo.posterUrl ?? undefined} controls playsInline preload="none" crossOrigin="anonymous" width={640} height={360}
            aria-label={`Demo choreography to ${demo.title}`} />
          <figcaption className="small">{demo.title} · {demo.artist} · {Math.round(demo.bpm ?? 0)} BPM · {formatDuration(demo.duration)} — analysed, planned and rendered by Bachata Buddy itself, every move starting on the phrase.</figcaption>
        </figure>
        <div className="demo-moves">
          <h3>The moves</h3>
          <ol>
            {demo.moves.map((m) => (
              <li key={`${m.start}-${m.name}`}>
                <button type="button" className="demo-move" onClick={() => seek(m.start)} aria-label={`Play ${m.name} from ${formatDuration(m.start)}`}>
                  <span className="demo-time">{formatDuration(m.start)}</span>
                  <span className="demo-name">{m.name}</span>
                  <span className="demo-section" style={{ ['--c' as string]: sectionColour(m.section) }}>{m.section.charAt(0).toUpperCase() + m.section.slice(1)} · {m.beats} counts</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
