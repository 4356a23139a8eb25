import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Player } from '../src/player/Player';
import type { CountCorrectionControls } from '../src/player/CountTools';
import { analysis, beats, plan } from './fixtures/plan';

// The fixture's 8-counts start on beat 4, 12, 20, …
const LOW = 'We are not sure where the 1 is in this song — check the count.';

function setup(controls: Partial<CountCorrectionControls> = {}, songAnalysis: unknown = analysis) {
  const onChange = jest.fn<void, [number]>();
  const onRegenerate = jest.fn<void, [number]>();
  const utils = render(<Player videoUrl="/media/v.mp4" plan={plan} analysis={songAnalysis} title="Test"
    countCorrection={{ offsetBeats: 0, usedOffsetBeats: 0, onChange, onRegenerate, ...controls }} />);
  const video = utils.container.querySelector('video')!;
  const at = (beat: number) => { video.currentTime = beats[beat] + 0.01; fireEvent.timeUpdate(video); };
  const count = () => screen.getByLabelText(/^(Count \d|No count)$/).getAttribute('aria-label');
  const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
  return { ...utils, video, at, count, press, onChange, onRegenerate };
}

describe('fixing the count in the player', () => {
  it('shift buttons move the count at once and store each new offset', () => {
    const { at, count, press, onChange } = setup();
    at(12);
    expect(count()).toBe('Count 1');
    press('One beat later');
    expect(count()).toBe('Count 8'); // the 1 is now the next beat
    expect(onChange).toHaveBeenLastCalledWith(1);
    at(13);
    expect(count()).toBe('Count 1');
    press('One bar later'); // +5 beats is the same count as 3 beats earlier
    expect(onChange).toHaveBeenLastCalledWith(-3);
    expect(screen.getByText('Every 1 moved 3 beats earlier.')).toBeTruthy();
    at(9);
    expect(count()).toBe('Count 1');
    press('One bar earlier');
    press('One beat earlier');
    expect(onChange.mock.calls.map(([o]) => o)).toEqual([1, -3, 1, 0]);
    expect(screen.getByText('Counting where the analysis found the 1.')).toBeTruthy();
    at(12);
    expect(count()).toBe('Count 1');
  });

  it('"Set the 1 here" makes the beat at the playhead a 1', () => {
    const { at, count, press, onChange, video } = setup();
    at(15);
    expect(count()).toBe('Count 4');
    press('Set the 1 here');
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect(count()).toBe('Count 1');
    // a tap a little after the beat still picks that beat
    video.currentTime = beats[6] + 0.15;
    fireEvent.timeUpdate(video);
    press('Set the 1 here');
    expect(onChange).toHaveBeenLastCalledWith(2);
    at(22);
    expect(count()).toBe('Count 1');
  });

  it('offers "Regenerate with this count" only when the count differs from the video\'s, with the new offset', () => {
    const { press, onRegenerate } = setup();
    expect(screen.queryByRole('button', { name: 'Regenerate with this count' })).toBeNull();
    press('One beat earlier');
    expect(screen.getByText(/still follow the analysis' count/)).toBeTruthy();
    press('Regenerate with this count');
    expect(onRegenerate).toHaveBeenCalledWith(-1);
    press('One beat later');
    expect(screen.queryByRole('button', { name: 'Regenerate with this count' })).toBeNull();
  });

  it('a video made with a correction counts as it was made, and undoing the correction moves the count back', () => {
    // The video (its analysis) already includes +2: the stored correction is +2 as well.
    const { at, count, press, onChange, onRegenerate } = setup({ offsetBeats: 2, usedOffsetBeats: 2 });
    at(12);
    expect(count()).toBe('Count 1');
    expect(screen.getByText('Every 1 moved 2 beats later.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Regenerate with this count' })).toBeNull();
    press('One beat earlier');
    press('One beat earlier');
    expect(onChange.mock.calls.map(([o]) => o)).toEqual([1, 0]);
    expect(count()).toBe('Count 3');
    at(10);
    expect(count()).toBe('Count 1');
    expect(screen.getByText(/still follow the earlier count/)).toBeTruthy();
    press('Regenerate with this count');
    expect(onRegenerate).toHaveBeenCalledWith(0);
    // "Set the 1 here" is relative to the music too: back on the video's own 1 is the stored +2.
    at(12);
    press('Set the 1 here');
    expect(onChange).toHaveBeenLastCalledWith(2);
  });

  it('a stored correction the video was not made with shows at once', () => {
    const { at, count } = setup({ offsetBeats: -1, usedOffsetBeats: 0 });
    at(11);
    expect(count()).toBe('Count 1');
    expect(screen.getByRole('button', { name: 'Regenerate with this count' })).toBeTruthy();
  });

  it('warns near the counts when the analysis is unsure of the 1', () => {
    setup({ lowConfidence: true });
    expect(screen.getByRole('note').textContent).toBe(LOW);
  });

  it('no warning when the analysis is sure, or older and silent about it', () => {
    setup({ lowConfidence: false });
    expect(screen.queryByText(LOW)).toBeNull();
  });

  it('a saved choreography (no correction tools) still warns from its analysis\' confidence', () => {
    const unsure = { ...analysis, confidence: { downbeats: 0.8, phrases: 0.35 } };
    const { unmount } = render(<Player videoUrl="/media/v.mp4" plan={plan} analysis={unsure} title="Saved" />);
    expect(screen.getByText(LOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set the 1 here' })).toBeNull();
    unmount();
    render(<Player videoUrl="/media/v.mp4" plan={plan} analysis={{ ...unsure, confidence: { downbeats: 0.8, phrases: 0.9 } }} title="Saved" />);
    expect(screen.queryByText(LOW)).toBeNull();
  });

  it('the count buttons are real buttons in the tab order with touch targets of at least 44 px', () => {
    const style = document.createElement('style');
    style.textContent = readFileSync(join(__dirname, '..', 'src', 'styles.css'), 'utf8');
    document.head.appendChild(style);
    try {
      setup({ offsetBeats: 1 });
      const group = screen.getByRole('group', { name: 'Move the count' });
      const buttons = [...group.querySelectorAll('button'), screen.getByRole('button', { name: 'Regenerate with this count' })];
      expect(buttons.map((b) => b.textContent)).toEqual(['Set the 1 here', '−1 bar', '−1 beat', '+1 beat', '+1 bar', 'Regenerate with this count']);
      for (const b of buttons) {
        expect(b.tabIndex).toBe(0);
        expect(b.hasAttribute('disabled')).toBe(false);
        expect(parseFloat(getComputedStyle(b).minHeight)).toBeGreaterThanOrEqual(44);
      }
      // Space on a focused count button is the button's, not play/pause.
      buttons[3].focus();
      fireEvent.keyDown(buttons[3], { key: ' ' });
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    } finally {
      style.remove();
    }
  });
});

it('a hold before the first 1 says "hold the pose", not "0 counts"', () => {
  const withHold = { ...plan, timeline: [{ ...plan.timeline[0], beats: 0 }, ...plan.timeline.slice(1)] };
  render(<Player videoUrl="/media/v.mp4" plan={withHold} analysis={analysis} title="Hold" />);
  const hold = screen.getByRole('button', { name: /^Hold, hold the pose, intro, at 0:00/ });
  expect(hold.textContent).toContain('hold the pose · intro · 0:00');
  expect(hold.textContent).not.toMatch(/0 counts/);
});
