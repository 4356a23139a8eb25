/** Small seeded PRNG (mulberry32) so a synthetic song is the same every time for the same seed. */
// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const { imul } = Math;

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
