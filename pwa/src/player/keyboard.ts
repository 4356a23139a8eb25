/** Keyboard shortcuts of the player; the Player maps actions to effects. */
export type PlayerAction = 'toggle-play' | 'prev-move' | 'next-move' | 'seek-back' | 'seek-forward' | 'toggle-loop' | 'toggle-mirror' | 'slower' | 'faster' | 'toggle-captions' | 'toggle-fullscreen';

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['Space', 'play / pause'], ['← →', 'previous / next move'], ['↓ ↑', 'back / forward 5 s'],
  ['L', 'loop the current move'], ['M', 'mirror'], ['[ ]', 'slower / faster'], ['C', 'captions (moves and counts)'], ['F', 'fullscreen'],
];

export function actionForKey(e: { key: string; target?: EventTarget | null; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): PlayerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const el = e.target as HTMLElement | null;
  // Typing in a form (save dialog) must not steer the video; buttons keep their own Space.
  if (el && typeof el.closest === 'function' && el.closest('input, textarea, select, [contenteditable="true"]')) return null;
  switch (e.key) {
    case ' ': case 'k': return el && (el as HTMLElement).tagName === 'BUTTON' ? null : 'toggle-play';
    case 'ArrowLeft': return 'prev-move';
    case 'ArrowRight': return 'next-move';
    case 'ArrowDown': return 'seek-back';
    case 'ArrowUp': return 'seek-forward';
    case 'l': case 'L': return 'toggle-loop';
    case 'm': case 'M': return 'toggle-mirror';
    case 'c': case 'C': return 'toggle-captions';
    case 'f': case 'F': return 'toggle-fullscreen';
    case '[': return 'slower';
    case ']': return 'faster';
    default: return null;
  }
}
