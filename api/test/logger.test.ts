/** The one logger: what it must never write, whatever a caller hands it. */
import { redactUrlPasswords } from '@bachata/core';
import { createLogger } from '../src/logger';

const capture = () => {
  const lines: string[] = [];
  return { lines, log: createLogger('debug', { databaseUrl: 'postgres://app:base-secret@db:5432/bachata' }, (l) => lines.push(l)) };
};

describe('logger', () => {
  it('redacts values under secret-looking keys, at any depth', () => {
    const { lines, log } = capture();
    log.info('signed in', { user: { name: 'ana', password: 'hunter2', session: { refreshToken: 'rt-1' } }, authorization: 'Bearer abc' });
    const line = lines[0];
    for (const secret of ['hunter2', 'rt-1', 'Bearer abc']) expect(line).not.toContain(secret);
    expect(JSON.parse(line).user.name).toBe('ana');
  });

  it('redacts the password of a URL in the message, in values, in arrays, in errors and in its own fields', () => {
    const { lines, log } = capture();
    const url = 'postgresql://postgres:s3cr3t-pw@10.0.0.5:5432/bachata?sslmode=require';
    log.error(`cannot reach ${url}`, { target: url, tries: [url], err: new Error(`connect ECONNREFUSED (${url})`) });
    const line = lines[0];
    expect(line).not.toContain('s3cr3t-pw');
    expect(line).not.toContain('base-secret');
    const parsed = JSON.parse(line);
    expect(parsed.msg).toBe('cannot reach postgresql://postgres:[redacted]@10.0.0.5:5432/bachata?sslmode=require');
    expect(parsed.target).toBe('postgresql://postgres:[redacted]@10.0.0.5:5432/bachata?sslmode=require');
    expect(parsed.tries).toEqual([parsed.target]);
    expect(parsed.err.message).toContain('postgresql://postgres:[redacted]@10.0.0.5');
    expect(parsed.databaseUrl).toBe('postgres://app:[redacted]@db:5432/bachata');
  });

  it('leaves URLs without a password, and text that only looks like one, as they are', () => {
    for (const text of ['http://localhost:4000/graphql', 'https://user@example.com/x', 'redis://127.0.0.1:6379', 'at 12:30 ana@example.com wrote', 'gs://bucket/key:1@2']) {
      expect(redactUrlPasswords(text)).toBe(text);
    }
    expect(redactUrlPasswords('a postgres://u:p@h/d and amqp://guest:guest@mq:5672')).toBe('a postgres://u:[redacted]@h/d and amqp://guest:[redacted]@mq:5672');
  });
});
