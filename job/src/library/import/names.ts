/**
 * Readable move names from the old library's file names: "slow_basic3" → "Slow basic",
 * "sensual_shadown" → "Sensual shadow", "ladyturn_left2" → "Lady turn left". Numbered variants of a
 * figure share one name (the dancer sees one move, danced in several takes); the number is kept apart.
 */

// joined words, plurals and typos the clip names use, as a dancer would write them
const WORDS: Record<string, string> = {
  ladyturn: 'lady turn', headroll: 'head roll', headrolls: 'head roll', hiproll: 'hip roll', hiprolls: 'hip roll',
  bodywave: 'body wave', bodywaves: 'body wave', sidedip: 'side dip', shadown: 'shadow',
};

export interface ReadableName {
  /** the figure's name, the same for every numbered variant */
  name: string;
  /** the take number in the file name (2 for "slow_basic2"), undefined for the first take */
  variant?: number;
}

export function readableMoveName(clipId: string): ReadableName {
  const base = (clipId.split('/').pop() ?? clipId).toLowerCase();
  let variant: number | undefined;
  const words = base
    .replace(/[.\s-]+/g, '_')
    .replace(/([a-z])(\d+)(?=_|$)/g, '$1_$2')
    .split('_')
    .filter(Boolean)
    .filter((w) => {
      if (/^\d+$/.test(w)) { variant = Number(w); return false; }
      return true;
    })
    .flatMap((w) => (WORDS[w] ?? w).split(' '));
  // a repeated word ("hip roll hip roll" from "hiproll_hiproll") reads once
  const out = words.filter((w, i) => w !== words[i - 1]);
  const text = out.join(' ') || base;
  return { name: text.charAt(0).toUpperCase() + text.slice(1), variant: variant && variant > 1 ? variant : undefined };
}
