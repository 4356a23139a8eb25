/**
 * Live form validation that mirrors the server (api/src/auth/passwords.ts: Django's validators), so the
 * dancer sees the same rule before submitting. The server stays the judge: its field errors are shown too.
 */
import { COMMON_PASSWORDS } from './common-passwords';

function quickRatio(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const counts = new Map<string, number>();
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let matches = 0;
  for (const ch of a) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) { matches++; counts.set(ch, n - 1); }
  }
  return (2 * matches) / (a.length + b.length);
}

/** Ratcliff/Obershelp, as Python's difflib.SequenceMatcher.ratio(). */
function sequenceRatio(a: string, b: string): number {
  const matching = (s1: string, s2: string): number => {
    if (!s1 || !s2) return 0;
    let best = 0, bi = 0, bj = 0;
    for (let i = 0; i < s1.length; i++) {
      for (let j = 0; j < s2.length; j++) {
        let k = 0;
        while (i + k < s1.length && j + k < s2.length && s1[i + k] === s2[j + k]) k++;
        if (k > best) { best = k; bi = i; bj = j; }
      }
    }
    if (!best) return 0;
    return best + matching(s1.slice(0, bi), s2.slice(0, bj)) + matching(s1.slice(bi + best), s2.slice(bj + best));
  };
  const total = a.length + b.length;
  return total ? (2 * matching(a, b)) / total : 1;
}

export function passwordProblems(password: string, attrs: { username?: string; email?: string; displayName?: string }): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('At least 8 characters.');
  if (password.length > 0 && /^\d+$/.test(password)) problems.push('Not only digits.');
  if (COMMON_PASSWORDS.has(password.toLowerCase().trim())) problems.push('This password is too common.');
  const lower = password.toLowerCase();
  for (const [name, value] of [['username', attrs.username], ['email address', attrs.email], ['display name', attrs.displayName]] as const) {
    if (!value || !password) continue;
    const parts = [value, ...value.split(/\W+/)].map((p) => p.toLowerCase()).filter((p) => p.length > 0);
    if (parts.some((part) => quickRatio(lower, part) >= 0.7 && sequenceRatio(lower, part) >= 0.7)) {
      problems.push(`Too similar to your ${name}.`);
      break;
    }
  }
  return problems;
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
