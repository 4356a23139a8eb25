import { render, screen } from '@testing-library/react';
import { asSentence, PlanNotes } from '../src/player/PlanNotes';

describe('the planner notes above the player', () => {
  it('shows one note as a sentence, not as a one-item list', () => {
    const { container } = render(<PlanNotes plan={{ notes: ['only 5 beginner moves that fit the tempo in the library: added intermediate moves'] }} />);
    expect(screen.getByRole('note', { name: 'About this choreography' }).textContent).toBe('Only 5 beginner moves that fit the tempo in the library: added intermediate moves.');
    expect(container.querySelector('ul')).toBeNull();
  });

  it('lists several notes, each a sentence, and the same note once', () => {
    render(<PlanNotes plan={{ notes: ['no advanced moves in the library: used intermediate moves', 'the song is short: 3 moves', 'the song is short: 3 moves', ' ', 7] }} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['No advanced moves in the library: used intermediate moves.', 'The song is short: 3 moves.']);
  });

  it('shows nothing without notes, and keeps a sentence that already ends', () => {
    const { container } = render(<PlanNotes plan={{ notes: [] }} />);
    expect(container.innerHTML).toBe('');
    expect(render(<PlanNotes plan={null} />).container.innerHTML).toBe('');
    expect(asSentence('Done!')).toBe('Done!');
  });
});
