/**
 * "Fix the count": the dancer moves the 8-count grid like a DJ moves a beat grid. The Player owns the
 * offset (so the counts follow at once); storing it and regenerating are the page's I/O.
 */
import { describeCountOffset } from './counts';

export interface CountCorrectionControls {
  /** the dancer's stored correction for this song (beats; positive: every "1" later) */
  offsetBeats: number;
  /** the correction this video (its plan and analysis) was made with */
  usedOffsetBeats: number;
  /** the analysis is unsure where the "1" is */
  lowConfidence?: boolean;
  /** store the new offset */
  onChange(offsetBeats: number): void;
  /** start a new generation with this offset and the same options */
  onRegenerate(offsetBeats: number): void;
  regenerating?: boolean;
  error?: string | null;
}

export const LOW_CONFIDENCE_TEXT = 'We are not sure where the 1 is in this song — check the count.';

export function CountTools({ offset, used, onSetTheOne, onShift, onRegenerate, regenerating, error }: {
  offset: number; used: number; onSetTheOne(): void; onShift(deltaBeats: number): void; onRegenerate(): void; regenerating?: boolean; error?: string | null;
}) {
  return (
    <section className="count-tools" aria-labelledby="count-tools-title">
      <h2 id="count-tools-title" className="count-tools-title">Fix the count</h2>
      <p className="small" aria-live="polite">{describeCountOffset(offset)}</p>
      <div className="count-buttons" role="group" aria-label="Move the count">
        <button type="button" className="btn big" onClick={onSetTheOne}>Set the 1 here</button>
        <button type="button" className="btn big" onClick={() => onShift(-4)} aria-label="One bar earlier">−1 bar</button>
        <button type="button" className="btn big" onClick={() => onShift(-1)} aria-label="One beat earlier">−1 beat</button>
        <button type="button" className="btn big" onClick={() => onShift(1)} aria-label="One beat later">+1 beat</button>
        <button type="button" className="btn big" onClick={() => onShift(4)} aria-label="One bar later">+1 bar</button>
      </div>
      {offset !== used && (
        <div className="count-regenerate">
          <p className="small">The moves in this video still follow the {used === 0 ? 'analysis\'' : 'earlier'} count.</p>
          <button type="button" className="btn primary big" onClick={onRegenerate} disabled={regenerating}>
            {regenerating ? 'Starting…' : 'Regenerate with this count'}
          </button>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
