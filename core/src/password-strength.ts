import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * The server's "too common" test: zxcvbn with its common-password list (tens of thousands of leaked
 * passwords), word list and keyboard patterns, so "sunshine1", "qwertyuiop" or eight spaces fail.
 * Node entry only: the dictionary (~400 KB) stays out of the PWA bundle, which uses the short list.
 * Loaded on first use, so processes that never judge a password (the video job) do not pay for it.
 */
let factory: ZxcvbnFactory | null = null;

/** zxcvbn score below 2 means fewer than 10^6 guesses: an online attacker's reach. */
const MIN_SCORE = 2;

export function isGuessablePassword(password: string, userInputs: string[] = []): boolean {
  if (!factory) {
    // Synchronous and lazy: the dictionary (~400 KB) loads on the first check, not with core.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const { adjacencyGraphs, dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    /* eslint-enable @typescript-eslint/no-require-imports */
    factory = new Factory({ dictionary, graphs: adjacencyGraphs });
  }
  // zxcvbn's cost grows with length; past 256 characters a password is not guessable anyway.
  return factory.check(password.slice(0, 256), userInputs.filter(Boolean)).score < MIN_SCORE;
}
