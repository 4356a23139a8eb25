import { createCache, persistCache, restoreCache, CACHE_KEY } from '../src/apollo';
import { CollectionDocument } from '../src/graphql/documents';
import { plan, analysis } from './fixtures/plan';

const saved = {
  __typename: 'SavedChoreography' as const, id: 'c1', title: 'Sunday practice', difficulty: 'BEGINNER' as const, notes: null, duration: 48,
  createdAt: '2026-11-25T10:00:00Z', videoUrl: '/media/v.mp4?sig=1', posterUrl: null, videoStatus: 'AVAILABLE' as const, taskId: 't1', musicInfo: null, plan, analysis,
};

describe('persisted Apollo cache (offline reading)', () => {
  beforeEach(() => localStorage.clear());

  it('a saved plan written online is readable from a fresh cache restored from storage', () => {
    jest.useFakeTimers();
    const online = createCache();
    persistCache(online, localStorage);
    online.writeQuery({ query: CollectionDocument, variables: { id: 'c1' }, data: { collection: saved } });
    expect(localStorage.getItem(CACHE_KEY)).toBeNull(); // written at most once a second
    jest.advanceTimersByTime(1100);
    jest.useRealTimers();

    const offline = createCache();
    restoreCache(offline, localStorage);
    const read = offline.readQuery({ query: CollectionDocument, variables: { id: 'c1' } });
    expect(read?.collection.title).toBe('Sunday practice');
    expect((read?.collection.plan as typeof plan).timeline).toHaveLength(5);
  });

  it('a corrupt snapshot is dropped instead of breaking the start', () => {
    localStorage.setItem(CACHE_KEY, '{not json');
    const cache = createCache();
    restoreCache(cache, localStorage);
    expect(localStorage.getItem(CACHE_KEY)).toBeNull();
  });
});
