import type { MoveClip } from '@bachata/core';
import { chooseLibrary } from '../src/run-task';

const move = (id: string, source?: 'generated' | 'imported'): MoveClip => ({
  moveId: id, name: id, label: 'basic', difficulty: 'beginner', energy: 'low', style: 'romantic', tempo: 120, beats: 8, duration: 4, clip: `${id}.mp4`, source,
});

describe('one library per video', () => {
  const generated = Array.from({ length: 19 }, (_, i) => move(`gen${i}`, 'generated'));
  const imported = Array.from({ length: 10 }, (_, i) => move(`real${i}`, 'imported'));

  it('uses an imported library when there is one, else the built-in one', () => {
    expect(chooseLibrary([...generated, ...imported]).every((m) => m.source === 'imported')).toBe(true);
    expect(chooseLibrary(generated)).toHaveLength(19);
    // A handful of imported clips is not a library: keep the built-in one.
    expect(chooseLibrary([...generated, ...imported.slice(0, 3)]).every((m) => m.source === 'generated')).toBe(true);
    // Legacy rows without a source count as imported.
    expect(chooseLibrary([move('legacy')])).toHaveLength(1);
  });

  it('MOVE_LIBRARY overrides the choice', () => {
    expect(chooseLibrary([...generated, ...imported], 'generated')).toHaveLength(19);
    expect(chooseLibrary([...generated, ...imported], 'all')).toHaveLength(29);
    expect(chooseLibrary([...generated], 'imported')).toHaveLength(0);
  });
});
