import { act, fireEvent, render, screen } from '@testing-library/react';
import { Player } from '../src/player/Player';
import { analysis, phrases, plan } from './fixtures/plan';

// jsdom has no media playback; play/pause only need to fire their events for the Player's state.
beforeAll(() => {
  HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) { this.dispatchEvent(new Event('play')); return Promise.resolve(); };
  HTMLMediaElement.prototype.pause = function pause(this: HTMLMediaElement) { this.dispatchEvent(new Event('pause')); };
});

function setup() {
  const utils = render(<Player videoUrl="/media/videos/x.mp4?exp=1&sig=abc" posterUrl={null} plan={plan} analysis={analysis} title="Test" />);
  const video = utils.container.querySelector('video')!;
  return { ...utils, video };
}

describe('<Player>', () => {
  it('shows the move timeline with name, counts and section, and a crossorigin video', () => {
    const { video } = setup();
    expect(video.getAttribute('crossorigin')).toBe('anonymous');
    const turn = screen.getByRole('button', { name: /Right turn, 16 counts, verse/ });
    expect(turn).toHaveProperty('textContent', expect.stringContaining('16 counts · verse'));
  });

  it('tapping a move loops exactly that move', () => {
    const { video } = setup();
    const turn = screen.getByRole('button', { name: /Right turn/ });
    fireEvent.click(turn);
    expect(turn.getAttribute('aria-pressed')).toBe('true');
    expect(video.currentTime).toBeCloseTo(phrases[2], 3);
    expect(screen.getByRole('button', { name: 'Loop current move' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(turn); // tap again: stop looping
    expect(turn.getAttribute('aria-pressed')).toBe('false');
  });

  it('speed buttons and [ ] keys change the rate, mirror flips the video', () => {
    const { video } = setup();
    fireEvent.click(screen.getByRole('radio', { name: '0.5×' }));
    expect(video.playbackRate).toBe(0.5);
    expect(screen.getByRole('radio', { name: '0.5×' }).getAttribute('aria-checked')).toBe('true');
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: ']' })); });
    expect(video.playbackRate).toBe(0.75);
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'm' })); });
    expect(video.classList.contains('mirrored')).toBe(true);
    expect(screen.getByRole('button', { name: 'Mirror' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the count in sync with the beats', () => {
    const { video } = setup();
    video.currentTime = phrases[1] + 3 * (60 / 128) + 0.01; // the 4th beat of the 2nd phrase
    fireEvent.timeUpdate(video);
    expect(screen.getByLabelText('Count 4')).toBeTruthy();
  });

  it('next move key jumps to the next move start', () => {
    const { video } = setup();
    video.currentTime = phrases[0] + 0.5;
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })); });
    expect(video.currentTime).toBeCloseTo(phrases[1], 3);
  });

  it('A–B loop: mark A, mark B, looping that range; a plain loop toggle turns it off', () => {
    const { video } = setup();
    video.currentTime = 1.2;
    fireEvent.click(screen.getByRole('button', { name: 'Set A' }));
    video.currentTime = 5.4;
    fireEvent.click(screen.getByRole('button', { name: 'Set B' }));
    const ab = screen.getByRole('button', { name: 'A–B on' });
    expect(ab.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/looping 0:01–0:05/)).toBeTruthy();
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l' })); });
    expect(screen.queryByText(/looping/)).toBeNull();
  });
  it('a re-signed link to the same video keeps the shown one (no second download); a failed link or another video takes the newest', () => {
    const props = { plan, analysis, title: 'Test' };
    const { container, rerender } = render(<Player videoUrl="/media/v/a.mp4?exp=1&sig=one" posterUrl="/media/v/a.jpg?exp=1&sig=one" {...props} />);
    const video = () => container.querySelector('video')!;
    // The network answer re-signs the same files: the player keeps loading what it started with.
    rerender(<Player videoUrl="/media/v/a.mp4?exp=2&sig=two" posterUrl="/media/v/a.jpg?exp=2&sig=two" {...props} />);
    expect(video().getAttribute('src')).toBe('/media/v/a.mp4?exp=1&sig=one');
    expect(video().getAttribute('poster')).toBe('/media/v/a.jpg?exp=1&sig=one');
    // The first link fails (say its signature expired in the cache): the fresher one is used.
    fireEvent.error(video());
    expect(video().getAttribute('src')).toBe('/media/v/a.mp4?exp=2&sig=two');
    expect(video().getAttribute('poster')).toBe('/media/v/a.jpg?exp=2&sig=two');
    // Another choreography's video: shown at once.
    rerender(<Player videoUrl="/media/v/b.mp4?exp=3&sig=three" posterUrl={null} {...props} />);
    expect(video().getAttribute('src')).toBe('/media/v/b.mp4?exp=3&sig=three');
    expect(video().getAttribute('poster')).toBeNull();
  });

  it('a link that failed before the fresher one arrived is replaced when it arrives', () => {
    const props = { plan, analysis, title: 'Test' };
    const { container, rerender } = render(<Player videoUrl="/media/v/a.mp4?exp=1&sig=old" posterUrl={null} {...props} />);
    fireEvent.error(container.querySelector('video')!);
    rerender(<Player videoUrl="/media/v/a.mp4?exp=9&sig=new" posterUrl={null} {...props} />);
    expect(container.querySelector('video')!.getAttribute('src')).toBe('/media/v/a.mp4?exp=9&sig=new');
  });
});
