/**
 * The PWA's route table, shared with the api (which names a screen's chunks in its HTML): every path
 * lands on its screen, and every screen with a chunk of its own names a module that exists in the PWA.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { matchPath, routeOf, SCREEN_CHUNKS } from '../src/routes';

describe('routeOf', () => {
  it.each([
    ['/', 'home'], ['/login', 'login'], ['/generate', 'generate'], ['/instructor', 'instructor'],
    ['/instructor/plans/7', 'instructor'], ['/tasks/abc', 'progress'], ['/play/task/abc', 'player-task'],
    ['/play/v1', 'player'], ['/play/a/b/c', 'not-found'], ['/nope', 'not-found'],
  ])('%s is the %s screen', (path, screen) => {
    expect(routeOf(path).screen).toBe(screen);
  });

  it('gives the path parameters, decoded', () => {
    expect(routeOf('/play/a%20b').params).toEqual({ id: 'a b' });
    expect(matchPath('/tasks/:id', '/tasks/')).toBeNull();
    // not valid percent-encoding: no screen, no exception (the api routes every typed path through it)
    expect(routeOf('/play/%E0%A4%A').screen).toBe('not-found');
    expect(routeOf('/tasks/%').screen).toBe('not-found');
  });
});

describe('SCREEN_CHUNKS', () => {
  it('names modules that exist in the PWA (the keys of their chunks in Vite\'s manifest)', () => {
    for (const source of Object.values(SCREEN_CHUNKS)) expect(existsSync(join(__dirname, '..', '..', 'pwa', source))).toBe(true);
  });
});
