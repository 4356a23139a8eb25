/**
 * Where the Apollo cache is kept in localStorage (apollo.ts writes it). Its own module so the entry can
 * clear it on logout without loading Apollo (the home page does not load it at all).
 */
export const CACHE_KEY = 'bb.apolloCache';
