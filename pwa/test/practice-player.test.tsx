import { act, fireEvent, render, screen } from '@testing-library/react';
import { Player } from '../src/player/Player';
import { stripWidth } from '../src/player/practice-timeline';
import { analysis, phrases, plan } from './fixtures/plan';

beforeAll(() => {
  HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) { this.dispatchEvent(new Event('play')); return Promise.resolve(); };
  HTMLMediaElement.prototype.pause = function pause(this: HTMLMediaElement) { this.dispatchEvent(new Event('pause')); };
  URL.createObjectURL = jest.fn(() => 'blob:captions');
  URL.revokeObjectURL = jest.fn();
  // jsdom has no PointerEvent: a MouseEvent with a pointerId is what React reads.
  if (typeof window.PointerEvent === 'undefined') {
    class PointerEvent extends MouseEvent {
      pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) { super(type, init); this.pointerId = init.pointerId ?? 0; }
    }
    (window as unknown as { PointerEvent: unknown }).PointerEvent = PointerEvent;
  }
});

function setup() {
  const utils = render(<Player videoUrl="/media/videos/x.mp4" posterUrl={null} plan={plan} analysis={analysis} title="Test" />);
  const video = utils.container.querySelector('video')!;
  const row = utils.container.querySelector<HTMLElement>('.pt-moves')!;
  // jsdom lays nothing out: the strip is its minimum width and starts at x = 0.
  const width = stripWidth(48, 360, phrases[1] - phrases[0]);
  const xAt = (t: number) => (t / 48) * width;
  const press = (from: number, to: number) => {
    fireEvent.pointerDown(row, { clientX: xAt(from), pointerId: 1, button: 0 });
    fireEvent.pointerMove(row, { clientX: xAt(to), pointerId: 1 });
    fireEvent.pointerUp(row, { clientX: xAt(to), pointerId: 1 });
  };
  return { ...utils, video, row, press };
}

describe('the practice timeline in the player', () => {
  it('shows the sections, the 8-count ticks, every move as a block and elapsed / total time', () => {
    const { container, video } = setup();
    expect([...container.querySelectorAll('.pt-section')].map((s) => s.textContent)).toEqual(['intro', 'verse']);
    expect(container.querySelectorAll('.pt-phrase').length).toBe(phrases.filter((p) => p <= 48).length);
    expect([...container.querySelectorAll('.pt-move')].map((m) => m.textContent)).toEqual(['hold', 'Basic step', 'Side basic', 'Right turn', 'Cross body lead']);
    expect(container.querySelector('.pt-time')!.textContent).toBe('0:00 / 0:48');
    video.currentTime = 12.4;
    fireEvent.timeUpdate(video);
    expect(container.querySelector('.pt-time')!.textContent).toBe('0:12 / 0:48');
    // The playhead follows.
    expect((container.querySelector('.pt-head-line') as HTMLElement).style.left).toBe(`${(12.4 / 48) * 100}%`);
  });

  it('the seek slider moves the video and says where it is', () => {
    const { video } = setup();
    const seek = screen.getByRole('slider', { name: 'Seek' });
    fireEvent.change(seek, { target: { value: '30' } });
    expect(video.currentTime).toBe(30);
    expect(seek.getAttribute('aria-valuetext')).toBe('0:30 of 0:48, verse');
  });

  it('a tap on a block loops that move; a second tap stops', () => {
    const { video, press, container } = setup();
    press(phrases[2] + 1, phrases[2] + 1);
    expect(video.currentTime).toBeCloseTo(phrases[2], 3);
    expect(screen.getByRole('button', { name: /^Right turn/ }).getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.pt-move.looped')!.textContent).toBe('Right turn');
    press(phrases[2] + 1, phrases[2] + 1);
    expect(container.querySelector('.pt-move.looped')).toBeNull();
  });

  it('a drag across blocks is an A–B loop of whole moves; Loop is not lit, and the A–B button clears it', () => {
    const { video, press, container } = setup();
    press(phrases[0] + 0.5, phrases[3] + 0.3);
    expect(video.currentTime).toBeCloseTo(phrases[0], 3);
    expect(screen.getByText(/looping 0:02–0:17/)).toBeTruthy();
    expect(container.querySelector('.pt-range')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Loop current move' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'A–B on' }));
    expect(screen.queryByText(/looping/)).toBeNull();
  });

  it('A–B with the buttons: Set A, Set B, and the third tap clears instead of setting a new A', () => {
    const { video } = setup();
    video.currentTime = 1.2;
    fireEvent.click(screen.getByRole('button', { name: 'Set A' }));
    video.currentTime = 5.4;
    fireEvent.click(screen.getByRole('button', { name: 'Set B' }));
    expect(screen.getByRole('button', { name: 'Loop current move' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'A–B on' }));
    expect(screen.queryByText(/looping/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Set A' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('captions: a WebVTT track of the counts, shown when the dancer turns them on', () => {
    const { video } = setup();
    const track = video.querySelector('track')!;
    expect(track).toMatchObject({ kind: 'captions', src: 'blob:captions', srclang: 'en', label: 'Moves and counts' });
    const blob = (URL.createObjectURL as jest.Mock).mock.calls.at(-1)[0] as Blob;
    expect(blob.type).toBe('text/vtt');
    const button = screen.getByRole('button', { name: 'Captions' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c' })); });
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('the count badge is blank at 0:00 (no "7" before anything plays)', () => {
    const { video } = setup();
    expect(screen.getByLabelText('No count')).toBeTruthy();
    video.currentTime = phrases[0] + 0.01;
    fireEvent.timeUpdate(video);
    expect(screen.getByLabelText('Count 1')).toBeTruthy();
  });

  it('fullscreen shows the counts and the controls over the video', async () => {
    const { container } = setup();
    const stage = container.querySelector<HTMLElement>('.stage-box')!;
    stage.requestFullscreen = jest.fn(async () => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => stage });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Fullscreen' })); });
    const overlay = screen.getByRole('toolbar', { name: 'Fullscreen controls' });
    expect(stage.contains(overlay)).toBe(true);
    expect(stage.querySelector('.count')).toBeTruthy();
    expect(overlay.querySelectorAll('button').length).toBeGreaterThanOrEqual(5);
  });
});
