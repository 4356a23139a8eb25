import { abLoop, loopSeek, moveIndexAt, moveLoop, movesOf, nextMoveStart, previousMoveStart } from '../src/player/timeline';
import { countAt, gridOf } from '../src/player/counts';
import { stepSpeed, applySpeed } from '../src/player/speed';
import { actionForKey } from '../src/player/keyboard';
import { analysis, beats, phrases, plan } from './fixtures/plan';

const moves = movesOf(plan);

describe('timeline', () => {
  it('keeps well-formed entries in time order and ignores junk', () => {
    expect(moves.map((m) => m.moveId)).toEqual(['hold', 'basic', 'side-basic', 'right-turn', 'cross-body']);
    expect(movesOf({ timeline: [{ start: 3, end: 2 }, null, { start: 'x' }] })).toEqual([]);
    expect(movesOf(null)).toEqual([]);
  });

  it('finds the move playing at a time, with phrase starts belonging to the new move', () => {
    expect(moveIndexAt(moves, 0)).toBe(0);
    expect(moveIndexAt(moves, phrases[1] - 0.001)).toBe(1);
    expect(moveIndexAt(moves, phrases[1])).toBe(2);
    expect(moveIndexAt(moves, phrases[3])).toBe(3);
    expect(moveIndexAt(moves, phrases[5] + 1)).toBe(-1);
  });

  it('loops exactly the tapped move: seeks back at its end, not before', () => {
    const loop = moveLoop(moves, 3)!;
    expect(loop).toEqual({ start: phrases[2], end: phrases[4], kind: 'move', moveIndex: 3 });
    expect(loopSeek(loop, phrases[3])).toBeNull();
    expect(loopSeek(loop, phrases[4] - 0.01)).toBe(phrases[2]);
    expect(loopSeek(loop, phrases[4] + 0.2)).toBe(phrases[2]);
    // Seeking far before the loop (the dancer scrubbed back) returns to the loop start.
    expect(loopSeek(loop, 0)).toBe(phrases[2]);
    expect(loopSeek(null, 10)).toBeNull();
  });

  it('A–B loops in either order and refuses a too-short range', () => {
    expect(abLoop(5, 2)).toEqual({ start: 2, end: 5, kind: 'ab' });
    expect(abLoop(2, 2.1)).toBeNull();
  });

  it('previous/next move behave like a CD player', () => {
    const inThird = phrases[2] + 2;
    expect(previousMoveStart(moves, inThird)).toBe(phrases[2]);
    expect(previousMoveStart(moves, phrases[2] + 0.3)).toBe(phrases[1]);
    expect(nextMoveStart(moves, inThird)).toBe(phrases[4]);
    expect(nextMoveStart(moves, phrases[4] + 1)).toBeNull();
  });
});

describe('counts', () => {
  const grid = gridOf(analysis)!;
  it('counts 1 on every phrase start and 1..8 through the phrase', () => {
    for (const p of phrases.slice(0, 5)) expect(countAt(grid, p + 0.01)).toBe(1);
    const start = beats.indexOf(phrases[1]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => countAt(grid, beats[start + k] + 0.01))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1]);
  });
  it('counts the pickup beats before the first phrase as 5 6 7 8', () => {
    expect(beats.slice(0, 4).map((b) => countAt(grid, b + 0.01))).toEqual([5, 6, 7, 8]);
    expect(countAt(grid, 0.1)).toBeNull();
  });
  it('restarts at 1 where the music restarts a phrase, even after an odd-length phrase', () => {
    // A break: the third phrase starts 2 beats early (a 6-beat phrase).
    const shifted = { beats, phrases: [phrases[0], phrases[1], beats[beats.indexOf(phrases[2]) - 2]] };
    expect(countAt(shifted, shifted.phrases[2] + 0.01)).toBe(1);
    expect(countAt(shifted, shifted.phrases[2] - 0.2)).toBe(6);
  });
  it('stops counting after the last beat', () => {
    expect(countAt(grid, beats[beats.length - 1] + 5)).toBeNull();
  });
});

describe('speed', () => {
  it('steps through 0.5, 0.75, 1 and clamps', () => {
    expect(stepSpeed(1, -1)).toBe(0.75);
    expect(stepSpeed(0.75, -1)).toBe(0.5);
    expect(stepSpeed(0.5, -1)).toBe(0.5);
    expect(stepSpeed(0.5, 1)).toBe(0.75);
    expect(stepSpeed(1, 1)).toBe(1);
  });
  it('keeps the pitch when slowing down', () => {
    const v = { playbackRate: 1, preservesPitch: false } as unknown as HTMLMediaElement;
    applySpeed(v, 0.5);
    expect(v.playbackRate).toBe(0.5);
    expect(v.preservesPitch).toBe(true);
  });
});

describe('keyboard', () => {
  it('maps the shortcuts and ignores typing in form fields', () => {
    expect(actionForKey({ key: ' ' })).toBe('toggle-play');
    expect(actionForKey({ key: 'L' })).toBe('toggle-loop');
    expect(actionForKey({ key: 'm' })).toBe('toggle-mirror');
    expect(actionForKey({ key: '[' })).toBe('slower');
    expect(actionForKey({ key: ']' })).toBe('faster');
    expect(actionForKey({ key: 'ArrowRight' })).toBe('next-move');
    expect(actionForKey({ key: 'l', ctrlKey: true })).toBeNull();
    const input = document.createElement('input');
    expect(actionForKey({ key: 'l', target: input })).toBeNull();
  });
});
