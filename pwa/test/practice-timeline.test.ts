import { energyPath, energyPoints, followScroll, gestureLoop, phraseTicks, sectionsOf, stripWidth, timeAtX, timelineDuration } from '../src/player/practice-timeline';
import { countCues, toVtt, vttTime } from '../src/player/captions';
import { gridOf, shownCountAt } from '../src/player/counts';
import { movesOf } from '../src/player/timeline';
import { progressMessage, taskState } from '../src/tasks';
import { analysis, beats, phrases, plan } from './fixtures/plan';

const moves = movesOf(plan);

describe('practice timeline', () => {
  it('merges neighbouring sections with one label and weighs their energy by length', () => {
    const s = sectionsOf({ sections: [
      { label: 'chorus', start: 0, end: 10, energy: 0.8 }, { label: 'chorus', start: 10, end: 30, energy: 0.5 },
      { label: 'verse', start: 30, end: 40, energy: 0.3 }, { label: 'bad', start: 50, end: 45 }, null,
    ] }, 40);
    expect(s).toEqual([{ label: 'chorus', start: 0, end: 30, energy: 0.6 }, { label: 'verse', start: 30, end: 40, energy: 0.3 }]);
    expect(sectionsOf(null, 40)).toEqual([]);
    expect(sectionsOf({ sections: [{ label: 'outro', start: 30, end: 99, energy: 1 }] }, 40)).toEqual([{ label: 'outro', start: 30, end: 40, energy: 1 }]);
  });

  it('spans the video duration, else the analysis or the last move', () => {
    expect(timelineDuration(51.2, moves, analysis)).toBe(51.2);
    expect(timelineDuration(NaN, moves, analysis)).toBe(48);
    expect(timelineDuration(null, moves, null)).toBe(moves[moves.length - 1].end);
  });

  it('draws the energy curve through every section, inside its box', () => {
    const pts = energyPoints(sectionsOf(analysis, 48), 48);
    expect(pts[0]).toEqual([0, 0.3]);
    expect(pts[pts.length - 1]).toEqual([1, 0.6]);
    const d = energyPath(pts, 1000, 40);
    expect(d).toMatch(/^M0,40 L0,[\d.]+ C/);
    expect(d.endsWith('L1000,40 Z')).toBe(true);
    const ys = [...d.matchAll(/[ ,]([\d.-]+)(?= |$| [A-Z])/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(energyPath([], 1000, 40)).toBe('');
  });

  it('keeps an 8-count block at least 44 px wide, and the strip at least the box', () => {
    const phraseSeconds = 8 * 60 / 128;
    const w = stripWidth(180, 380, phraseSeconds);
    expect((w / 180) * phraseSeconds).toBeGreaterThanOrEqual(44);
    expect(stripWidth(10, 1200, phraseSeconds)).toBe(1200);
    expect(phraseTicks([-1, 0, 3.75, 60], 48)).toEqual([0, 3.75]);
    expect(timeAtX(200, 400, 48)).toBe(24);
    expect(timeAtX(-5, 400, 48)).toBe(0);
    expect(timeAtX(900, 400, 48)).toBe(48);
  });

  it('a tap on a block loops that move; a tap between blocks does nothing', () => {
    expect(gestureLoop(moves, phrases[2] + 1, phrases[2] + 1, 3)).toEqual({ start: phrases[2], end: phrases[4], kind: 'move', moveIndex: 3 });
    expect(gestureLoop(moves, 47.9, 47.9, 0)).toBeNull();
  });

  it('a drag across blocks loops whole moves from the first start to the last end, in either direction', () => {
    const forward = gestureLoop(moves, phrases[0] + 0.5, phrases[3] + 0.2, 120);
    expect(forward).toEqual({ start: phrases[0], end: phrases[4], kind: 'ab' });
    expect(gestureLoop(moves, phrases[3] + 0.2, phrases[0] + 0.5, 120)).toEqual(forward);
    // Within one block a drag is that move; off the blocks it is exactly the dragged time.
    expect(gestureLoop(moves, phrases[2] + 0.1, phrases[3], 40)).toMatchObject({ kind: 'move', moveIndex: 3 });
    expect(gestureLoop(moves, 45, 47, 40)).toEqual({ start: 45, end: 47, kind: 'ab' });
  });

  it('follows the playhead only when it leaves the middle of the view', () => {
    expect(followScroll(500, 300, 400, 3000)).toBeNull();
    expect(followScroll(760, 300, 400, 3000)).toBe(Math.round(760 - 400 / 3));
    expect(followScroll(100, 900, 400, 3000)).toBe(0);
    expect(followScroll(2990, 0, 400, 3000)).toBe(2600);
    expect(followScroll(100, 0, 400, 400)).toBeNull();
  });
});

describe('captions', () => {
  it('one WebVTT cue per beat with the move and the count 1–8', () => {
    const grid = gridOf(analysis)!;
    const cues = countCues(grid, moves);
    expect(cues).toHaveLength(beats.length);
    expect(cues[0]).toEqual({ start: beats[0], end: beats[1], text: 'Hold the pose · 5' });
    expect(cues[4].text).toBe('Basic step · 1');
    expect(cues.slice(4, 12).map((c) => c.text.split(' · ')[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(cues[20].text).toBe('Right turn · 1');
    const vtt = toVtt(cues);
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:00.200 --> 00:00:00.669\nHold the pose · 5\n')).toBe(true);
    expect(vttTime(3723.4567)).toBe('01:02:03.457');
  });

  it('a move name cannot break the file', () => {
    const evil = [{ ...moves[1], name: 'Turn --> <b>x</b>\n\nNOTE' }];
    const cues = countCues({ beats: [phrases[0], phrases[0] + 0.5], phrases: [phrases[0]] }, evil);
    expect(cues[0].text).toBe('Turn → &lt;b>x&lt;/b> NOTE · 1');
  });
});

describe('the count badge', () => {
  it('shows nothing at 0:00 and before the count-in, then 5 6 7 8 1', () => {
    const grid = { beats: [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4], phrases: [3] };
    expect(shownCountAt(grid, 0)).toBeNull();        // the opening frame: no "7" before anything plays
    expect(shownCountAt(grid, 0.6)).toBeNull();      // 5 beats before the 1: not yet counting in
    expect(shownCountAt(grid, 1.1)).toBe(5);
    expect(shownCountAt(grid, 2.6)).toBe(8);
    expect(shownCountAt(grid, 3.1)).toBe(1);
  });
});

describe('task words', () => {
  it('the bar\'s percent is the one shown: the stage percent leaves the message', () => {
    expect(progressMessage('Rendering the video… 0 %')).toBe('Rendering the video…');
    expect(progressMessage('Rendering the video… 100%')).toBe('Rendering the video…');
    expect(progressMessage('Choosing moves for each phrase')).toBe('Choosing moves for each phrase');
  });

  it('a cancel is its own state, not a failure', () => {
    expect(taskState({ status: 'FAILED', message: 'Cancelled by user', error: 'cancelled' })).toBe('cancelled');
    expect(taskState({ status: 'FAILED', message: 'We could not find a steady beat', error: 'x' })).toBe('failed');
    expect(taskState({ status: 'RUNNING', message: '', error: null })).toBe('running');
    expect(taskState({ status: 'STARTED', message: '', error: null })).toBe('waiting');
    expect(taskState({ status: 'COMPLETED', message: '', error: null })).toBe('ready');
  });
});
