/**
 * Live form validation that mirrors the server (api/src/auth/passwords.ts: Django's validators), so the
 * dancer sees the same rule before submitting. The server stays the judge: its field errors are shown too.
 */
import { passwordViolations, type PasswordViolation } from '@bachata/core/browser';

/** The same rules as the api (one shared implementation in core), worded for a form hint. */
const HINT: Record<PasswordViolation['rule'], (v: PasswordViolation) => string> = {
  too_short: () => 'At least 8 characters.',
  entirely_numeric: () => 'Not only digits.',
  too_common: () => 'This password is too common.',
  too_similar: (v) => `Too similar to your ${v.attribute}.`,
};

export function passwordProblems(password: string, attrs: { username?: string; email?: string; displayName?: string }): string[] {
  return passwordViolations(password, attrs).map((v) => HINT[v.rule](v));
}

export interface RegisterValues { username: string; email: string; password: string; confirm: string; displayName: string }

export function registerProblems(v: RegisterValues): Partial<Record<keyof RegisterValues, string>> {
  const out: Partial<Record<keyof RegisterValues, string>> = {};
  if (!/^[\w.@+-]{3,150}$/.test(v.username)) out.username = 'Use 3–150 letters, digits or . @ + - _';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) out.email = 'Enter an email address like you@example.com.';
  const pw = passwordProblems(v.password, { username: v.username, email: v.email, displayName: v.displayName });
  if (pw.length) out.password = pw.join(' ');
  if (v.confirm !== v.password) out.confirm = 'The passwords do not match.';
  return out;
}
