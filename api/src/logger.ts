/**
 * One structured JSON logger. Values under keys that look like secrets are redacted, and so is the
 * password of any URL in a message or a value, so a password or a token never reaches a log line even
 * when a caller passes a whole object or an error that quotes a connection string.
 */
import { redactUrlPasswords } from '@bachata/core';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

const SECRET_KEY = /pass(word)?|token|secret|authorization|cookie|signature|sig$/i;

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactUrlPasswords(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactUrlPasswords(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1);
  return out;
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
  /** whether lines of `level` are written (callers skip gathering fields for lines that are not) */
  enabled(level: LogLevel): boolean;
}

const noop = (): void => undefined;

export function createLogger(level: LogLevel = 'info', base: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Logger {
  const min = LEVELS[level];
  // Redacted once per logger, not per line; levels below `min` are no-ops that format nothing.
  const fixed = redact(base) as object;
  const at = (lvl: LogLevel) => LEVELS[lvl] < min ? noop : (msg: string, fields?: Record<string, unknown>) => {
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg: redactUrlPasswords(msg), ...fixed, ...(fields ? redact(fields) as object : {}) }));
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
    enabled: (lvl) => LEVELS[lvl] >= min,
  };
}
