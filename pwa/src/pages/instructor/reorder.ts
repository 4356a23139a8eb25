/** Reordering a class plan's sequences: pure, so drag, buttons and keys all agree (and are unit-tested). */

/** `ids` with the item at `from` moved to index `to` (clamped). Returns the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return items as T[];
  const next = items.slice();
  const [it] = next.splice(from, 1);
  next.splice(target, 0, it);
  return next;
}

/** One step up (−1) or down (+1), or to the first/last place. */
export function moveBy<T>(items: readonly T[], item: T, step: -1 | 1 | 'first' | 'last'): T[] {
  const from = items.indexOf(item);
  const to = step === 'first' ? 0 : step === 'last' ? items.length - 1 : from + step;
  return moveItem(items, from, to);
}

/** What a key on a focused drag handle does; null for keys the handle leaves alone. */
export function reorderKey(key: string): -1 | 1 | 'first' | 'last' | null {
  switch (key) {
    case 'ArrowUp': return -1;
    case 'ArrowDown': return 1;
    case 'Home': return 'first';
    case 'End': return 'last';
    default: return null;
  }
}

/** Where a dragged row lands: above the row under the pointer when in its upper half, else below it. */
export function dropIndex(from: number, over: number, upperHalf: boolean): number {
  const slot = upperHalf ? over : over + 1;
  return slot > from ? slot - 1 : slot;
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** "Practise this plan": the saved choreography after `current` in the plan, or null at the end. */
export function nextInPlan(choreographyIds: readonly string[], current: string, index?: number): { id: string; index: number } | null {
  const at = index != null && choreographyIds[index] === current ? index : choreographyIds.indexOf(current);
  if (at < 0 || at + 1 >= choreographyIds.length) return null;
  return { id: choreographyIds[at + 1], index: at + 1 };
}
