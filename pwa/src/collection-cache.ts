import type { ApolloCache } from '@apollo/client';

/**
 * The collection changed (saved, edited, deleted): drop the cached stats — and the lists, when entries
 * came or went — so every screen reads them fresh instead of showing the old numbers until a reload.
 */
export function collectionChanged(cache: ApolloCache, opts: { entries: boolean }) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'collectionStats' });
  if (opts.entries) cache.evict({ id: 'ROOT_QUERY', fieldName: 'collections' });
  cache.gc();
}

/** A task was saved: My videos and the player show it as in the collection without a refetch. */
export function markSaved(cache: ApolloCache, taskId: string, savedId: string | undefined) {
  if (!savedId) return;
  cache.modify({ id: cache.identify({ __typename: 'ChoreographyTask', id: taskId }), fields: { savedChoreographyId: () => savedId } });
}
