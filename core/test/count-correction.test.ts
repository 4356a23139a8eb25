import {
  applyCountOffset, countConfidenceOf, isCountConfidenceLow, isValidCountOffset, nearestBeatIndex, normaliseCountOffset,
  offsetForTheOneAt, stepCountOffset, type CountGrid,
} from '../src';
import * as browser from '../src/browser';

const BEAT = 60 / 128;
/** 64 beats from 0.3 s; jittered a little, as detected beats are. */
const beats = Array.from({ length: 64 }, (_, i) => +(0.3 + i * BEAT + (i % 3 === 0 ? 0.004 : -0.002)).toFixed(4));
const at = (...indices: number[]) => indices.map((i) => beats[i]);
/** A regular grid: phrases every 8 beats from beat 2, bars every 4. */
const regular: CountGrid & { bpm: number; sections: string[] } = {
  bpm: 128, sections: ['kept'], beats,
  phrases: at(2, 10, 18, 26, 34, 42, 50, 58),
  downbeats: at(2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 62),
};
/** A grid that re-phases: a 2-beat bridge after beat 24, so phrases run 0, 8, 16, 26, 34, … */
const bridged: CountGrid = { beats, phrases: at(0, 8, 16, 26, 34, 42, 50, 58) };

describe('applyCountOffset', () => {
  it('moves every phrase start and downbeat onto the beat that many beats later, keeping everything else', () => {
    const shifted = applyCountOffset(regular, 2);
    expect(shifted.phrases).toEqual(at(4, 12, 20, 28, 36, 44, 52, 60));
    expect(shifted.downbeats).toEqual(at(4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60));
    expect(shifted.beats).toBe(beats);
    expect(shifted).toMatchObject({ bpm: 128, sections: ['kept'] });
    expect(regular.phrases).toEqual(at(2, 10, 18, 26, 34, 42, 50, 58)); // the input is not changed
  });

  it('moves earlier for a negative offset and drops marks that fall off the song', () => {
    const shifted = applyCountOffset(regular, -3);
    expect(shifted.phrases).toEqual(at(7, 15, 23, 31, 39, 47, 55));
    expect(applyCountOffset(regular, 6).phrases).toEqual(at(8, 16, 24, 32, 40, 48, 56));
  });

  it('keeps a re-phased grid\'s shape: every phrase start moves by the same number of beats', () => {
    expect(applyCountOffset(bridged, 1).phrases).toEqual(at(1, 9, 17, 27, 35, 43, 51, 59));
    expect(applyCountOffset(bridged, -2).phrases).toEqual(at(6, 14, 24, 32, 40, 48, 56));
  });

  it('snaps marks that sit between beats to the nearest beat and leaves a grid without downbeats without them', () => {
    const summary = { beats, phrases: [beats[2] + 0.03, beats[10] - 0.02] };
    const shifted = applyCountOffset(summary, 1);
    expect(shifted.phrases).toEqual(at(3, 11));
    expect('downbeats' in shifted).toBe(false);
    expect(applyCountOffset(summary, 0)).toBe(summary);
    expect(() => applyCountOffset(summary, 1.5)).toThrow(RangeError);
  });
});

describe('set the 1 here', () => {
  it('gives the offset that puts a phrase start on the chosen beat, by the smallest move', () => {
    for (let b = 0; b < beats.length; b++) {
      const offset = offsetForTheOneAt(regular, b);
      expect(offset).toBeGreaterThanOrEqual(-3);
      expect(offset).toBeLessThanOrEqual(4);
      // The chosen beat counts "1": it is a multiple of 8 beats from the phrase start before it (or the first one).
      const starts = applyCountOffset(regular, offset).phrases.map((p) => nearestBeatIndex(beats, p));
      const anchor = starts.filter((s) => s <= b).at(-1) ?? starts[0];
      expect((((b - anchor) % 8) + 8) % 8).toBe(0);
    }
    expect(offsetForTheOneAt(regular, 4)).toBe(2);
    expect(offsetForTheOneAt(regular, 9)).toBe(-1);
    expect(offsetForTheOneAt(regular, 6)).toBe(4); // a tie: the earlier phrase moves later
    expect(offsetForTheOneAt(regular, 0)).toBe(-2); // before the first phrase, the grid extends backwards
    expect(offsetForTheOneAt(regular, 63)).toBe(-3); // after the last, forwards
  });

  it('on a re-phased grid, moves the phrase nearest to the beat', () => {
    expect(offsetForTheOneAt(bridged, 27)).toBe(1);
    expect(offsetForTheOneAt(bridged, 24)).toBe(-2);
    expect(offsetForTheOneAt(bridged, 20)).toBe(4);
    expect(() => offsetForTheOneAt(bridged, 64)).toThrow(RangeError);
    expect(() => offsetForTheOneAt(bridged, -1)).toThrow(RangeError);
  });

  it('works on a grid with no phrases at all', () => {
    expect(offsetForTheOneAt({ beats, phrases: [] }, 10)).toBe(2);
  });
});

describe('offset arithmetic', () => {
  it('wraps shift buttons to the same count in -3..+4', () => {
    expect(stepCountOffset(0, 1)).toBe(1);
    expect(stepCountOffset(4, 1)).toBe(-3);
    expect(stepCountOffset(-3, -1)).toBe(4);
    expect(stepCountOffset(0, -4)).toBe(4);
    expect(stepCountOffset(2, 4)).toBe(-2);
    expect([-8, -7, 0, 7, 8, 12].map(normaliseCountOffset)).toEqual([0, 1, 0, -1, 0, 4]);
  });

  it('accepts whole offsets up to 7 beats either way', () => {
    expect([0, 7, -7, 3].every(isValidCountOffset)).toBe(true);
    expect([8, -8, 1.5, NaN, Infinity, '2', null].some(isValidCountOffset)).toBe(false);
  });
});

describe('count confidence', () => {
  it('reads the confidence when present and says when it is low', () => {
    expect(countConfidenceOf({ confidence: { downbeats: 0.9, phrases: 0.4 } })).toEqual({ downbeats: 0.9, phrases: 0.4 });
    expect(isCountConfidenceLow({ confidence: { downbeats: 0.9, phrases: 0.4 } })).toBe(true);
    expect(isCountConfidenceLow({ confidence: { downbeats: 0.3, phrases: 0.9 } })).toBe(true);
    expect(isCountConfidenceLow({ confidence: { downbeats: 0.5, phrases: 0.5 } })).toBe(false);
  });

  it('older analyses (no confidence) and junk are not low', () => {
    for (const a of [null, undefined, {}, { confidence: null }, { confidence: { downbeats: 'x', phrases: 0.1 } }, 'analysis']) {
      expect(countConfidenceOf(a)).toBeNull();
      expect(isCountConfidenceLow(a)).toBe(false);
    }
  });
});

it('is part of the browser-safe entry', () => {
  expect(browser.applyCountOffset).toBe(applyCountOffset);
  expect(browser.offsetForTheOneAt).toBe(offsetForTheOneAt);
});
