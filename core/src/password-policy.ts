import { COMMON_PASSWORDS } from './common-passwords';

/**
 * The password rules, shared by the api (the judge) and the PWA (live validation), so both say the
 * same thing. Pure: no Node or browser APIs.
 */
/** Django's SequenceMatcher.quick_ratio: an upper bound of similarity from shared characters. */
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

/** Ratcliff/Obershelp ratio, as Python's difflib.SequenceMatcher.ratio(). */
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

export type PasswordRule = 'too_short' | 'entirely_numeric' | 'too_common' | 'too_similar';

export interface PasswordViolation {
  rule: PasswordRule;
  /** for too_similar: which attribute */
  attribute?: 'username' | 'email address' | 'display name';
  /** the api's sentence (Django's wording) */
  message: string;
}

/** Whether a password is too easy to guess, given the account's own words (username, email, name). */
export type CommonPasswordCheck = (password: string, userInputs: string[]) => boolean;

/**
 * The browser's light check: the short list, and passwords of one repeated character ("        ").
 * The api judges with zxcvbn's full lists (core's Node entry: isGuessablePassword).
 */
export const inShortCommonList: CommonPasswordCheck = (password) =>
  COMMON_PASSWORDS.has(password.toLowerCase().trim()) || /^(.)\1*$/su.test(password);

/**
 * Django's default validators: minimum length 8, not entirely numeric, not a common password, not too
 * similar (ratio ≥ 0.7) to the username or the email (or its parts). The api reports `message`; the
 * PWA words the same rules its own way for live validation. `isCommon` decides "too common".
 */
export function passwordViolations(password: string, attrs: { username?: string; email?: string; displayName?: string }, isCommon: CommonPasswordCheck = inShortCommonList): PasswordViolation[] {
  const out: PasswordViolation[] = [];
  if (password.length < 8) out.push({ rule: 'too_short', message: 'This password is too short. It must contain at least 8 characters.' });
  if (/^\d+$/.test(password)) out.push({ rule: 'entirely_numeric', message: 'This password is entirely numeric.' });
  const userInputs = [attrs.username, attrs.email, ...(attrs.email ?? '').split(/\W+/), attrs.displayName].filter((v): v is string => !!v);
  if (isCommon(password, userInputs)) out.push({ rule: 'too_common', message: 'This password is too common.' });
  const lower = password.toLowerCase();
  const attributes: Array<[NonNullable<PasswordViolation['attribute']>, string | undefined]> = [['username', attrs.username], ['email address', attrs.email], ['display name', attrs.displayName]];
  for (const [name, value] of attributes) {
    if (!value || !password) continue;
    const parts = [value, ...value.split(/\W+/)].map((p) => p.toLowerCase()).filter((p) => p.length > 0);
    if (parts.some((part) => quickRatio(lower, part) >= 0.7 && sequenceRatio(lower, part) >= 0.7)) {
      out.push({ rule: 'too_similar', attribute: name, message: `The password is too similar to the ${name}.` });
      break;
    }
  }
  return out;
}

/** The api's messages for a password, empty when it is acceptable. */
export function passwordProblems(password: string, attrs: { username?: string; email?: string; displayName?: string }, isCommon?: CommonPasswordCheck): string[] {
  return passwordViolations(password, attrs, isCommon).map((v) => v.message);
}
