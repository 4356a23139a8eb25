import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * Subscribers of the same update share its work. graphql-js executes the subscription's document
 * once per subscriber per event, and graphql-ws serialises each result once per socket; with a
 * thousand dancers' screens following one task that is a thousand identical executions and strings.
 * Here an event object (the hub hands every subscriber the same one) is executed once per distinct
 * operation — same query text, variables, operation name and caller, registered by `shareAs` — and
 * its result is serialised once.
 *
 * Delivery, two ways:
 * - direct (graphql-ws over `ws`, whose sources can push): each event is handed over synchronously
 *   as it arrives, and a result without errors goes straight to the operation's socket as graphql-ws
 *   would have framed it (`{"id":…,"type":"next","payload":…}`, the one shared string as payload).
 *   Per subscriber that is a string concatenation and the socket's send, as a bare `ws` broadcast
 *   pays, not graphql-ws's loop of awaits. Results with errors, and anything after them until it is
 *   sent, still go through graphql-ws (its onNext masks errors), so a socket gets its messages in
 *   order. graphql-ws keeps the operation's life: it asks for the first event once it has registered
 *   the operation, completes it and returns it when the client leaves.
 * - pulled (any other source or caller): graphql-ws iterates as usual; `jsonMessageReplacer` puts a
 *   marker in place of a shared payload and the socket's send (wrapped by `sendSharing`) swaps the
 *   marker for the one serialised string.
 */

/** A source that can hand its events to a callback as they arrive instead of through next(). */
export const PUSH = Symbol('push events');
export interface PushSink<T> {
  next(value: T): void;
  /** the source ended by itself */
  done(): void;
}
export interface PushableSource<T> extends AsyncIterableIterator<T> {
  /** From now on every event goes to `sink` synchronously (queued ones at once); next() is not called again. */
  [PUSH](sink: PushSink<T>): void;
}

export function isPushable<T>(source: AsyncIterable<T>): source is PushableSource<T> {
  return typeof (source as Partial<PushableSource<T>>)[PUSH] === 'function';
}

/** The socket graphql-ws serves one operation on, and the operation's id. */
export interface DirectTarget {
  socket: { readyState: number; readonly OPEN: number; send(data: string): void };
  id: string;
}

interface Operation { key: string; direct?: DirectTarget }
const operations = new WeakMap<object, Operation>();

/**
 * Registers one accepted operation by its context value (one per operation): what makes two
 * operations the same, and, from graphql-ws, where its events may be sent directly.
 */
export function shareAs(contextValue: object, query: string, variables: unknown, operationName: string | null | undefined, callerId: number | string, direct?: DirectTarget): void {
  operations.set(contextValue, { key: JSON.stringify([query, variables ?? null, operationName ?? null, callerId]), direct });
}

interface Shared { result?: ExecutionResult; promise: Promise<ExecutionResult> }
const perEvent = new WeakMap<object, Map<string, Shared>>();
const shareable = new WeakSet<object>();
const serialised = new WeakMap<object, string>();

function settle(shared: Shared, r: ExecutionResult): ExecutionResult {
  if (!r.errors?.length) shareable.add(r);
  shared.result = r;
  return r;
}

/** The execution of `event` for this operation: run by the first subscriber, shared by the others of its key. */
function resultFor(event: unknown, args: ExecutionArgs, key: string | undefined): Shared {
  const run = (): Shared => {
    const shared = {} as Shared;
    let out;
    try {
      out = execute({ ...args, rootValue: event });
    } catch (e) {
      shared.promise = Promise.reject(e);
      shared.promise.catch(() => undefined);
      return shared;
    }
    if (out instanceof Promise) shared.promise = out.then((r) => settle(shared, r));
    else shared.promise = Promise.resolve(settle(shared, out));
    return shared;
  };
  if (key === undefined || event === null || typeof event !== 'object') return run();
  let results = perEvent.get(event);
  if (!results) perEvent.set(event, (results = new Map()));
  let shared = results.get(key);
  if (!shared) results.set(key, (shared = run()));
  return shared;
}

function serialisedOf(result: ExecutionResult): string {
  let json = serialised.get(result);
  if (json === undefined) serialised.set(result, (json = JSON.stringify(result)));
  return json;
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return typeof (v as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

const DONE: IteratorResult<ExecutionResult> = { value: undefined, done: true };

/** Like graphql-js's own mapping: return() and throw() reach the source at once, even mid-wait. */
function mapEvents(source: AsyncIterable<unknown>, args: ExecutionArgs, key: string | undefined): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const map = async (r: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => (r.done ? DONE : { value: await resultFor(r.value, args, key).promise, done: false });
  return {
    next: () => iterator.next().then(map),
    return: () => (iterator.return ? iterator.return().then(map) : Promise.resolve(DONE)),
    throw: (e?: unknown) => (iterator.throw ? iterator.throw(e).then(map) : Promise.reject(e)),
    [Symbol.asyncIterator]() { return this; },
  };
}

type Handed = { result: ExecutionResult } | { error: unknown };

/** The direct delivery described above; what it returns is what graphql-ws iterates. */
function directEvents(source: PushableSource<unknown>, args: ExecutionArgs, op: Operation & { direct: DirectTarget }): AsyncIterableIterator<ExecutionResult> {
  const { socket, id } = op.direct;
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  /** what graphql-ws sends itself, in order */
  const handed: Handed[] = [];
  let waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null = null;
  /** graphql-ws is sending what it was handed (it asks for more once it has) */
  let busy = false;
  let started = false;
  let sourceDone = false;
  /** no more events are taken: graphql-ws was handed an error (it ends the operation) */
  let stopped = false;
  /** graphql-ws returned the operation (the client completed it or left): nothing more is sent */
  let left = false;
  /** deliveries still waiting for an asynchronous execution, in event order */
  let chain: Promise<void> | null = null;

  const handOver = () => {
    if (!waiting) return;
    const w = waiting;
    const item = handed.shift();
    if (item) {
      waiting = null;
      busy = true;
      if ('error' in item) w.reject(item.error); else w.resolve({ value: item.result, done: false });
    } else if (left || stopped || (sourceDone && !chain)) {
      waiting = null;
      w.resolve(DONE);
    }
  };
  const deliver = (result: ExecutionResult) => {
    if (left || stopped) return;
    if (!handed.length && !busy && shareable.has(result)) {
      if (socket.readyState === socket.OPEN) socket.send(prefix + serialisedOf(result) + '}');
      return;
    }
    handed.push({ result });
    handOver();
  };
  const fail = (error: unknown) => {
    if (left || stopped) return;
    stopped = true;
    handed.push({ error });
    source.return?.()?.catch(() => undefined);
    handOver();
  };
  const sink: PushSink<unknown> = {
    next(event) {
      if (left || stopped) return;
      const shared = resultFor(event, args, op.key);
      if (!chain && shared.result) { deliver(shared.result); return; }
      const step: Promise<void> = (chain ?? Promise.resolve()).then(() => shared.promise).then(deliver, fail)
        .finally(() => { if (chain === step) { chain = null; handOver(); } });
      chain = step;
    },
    done() {
      sourceDone = true;
      handOver();
    },
  };
  const leave = () => {
    left = true;
    handed.length = 0;
    handOver();
  };
  return {
    next: () => {
      busy = false;
      const asked = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => { waiting = { resolve, reject }; });
      // The first ask comes once graphql-ws has registered the operation: only then do events flow.
      if (!started) { started = true; source[PUSH](sink); }
      handOver();
      return asked;
    },
    return: async () => {
      leave();
      await source.return?.();
      return DONE;
    },
    throw: async (e?: unknown) => {
      leave();
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

/** graphql-ws's `subscribe` option: graphql-js `subscribe`, with results shared as described above. */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const op = args.contextValue !== null && typeof args.contextValue === 'object' ? operations.get(args.contextValue) : undefined;
  if (op?.direct && isPushable(source)) return directEvents(source, args, op as Operation & { direct: DirectTarget });
  return mapEvents(source, args, op?.key);
}

let counter = 0;
let pending: { marker: string; json: string } | null = null;

/** graphql-ws's `jsonMessageReplacer`: a shared payload becomes a marker, serialised once. */
export function sharingReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'payload' || value === null || typeof value !== 'object' || !shareable.has(value)) return value;
  const json = serialisedOf(value as ExecutionResult);
  // graphql-ws sends the string in the same tick it is made, so one pending swap at a time suffices.
  const marker = `\u0000bb-shared-${++counter}`;
  pending = { marker: JSON.stringify(marker), json };
  return marker;
}

/** Wraps a `ws` socket's send so that a message carrying the pending marker gets the shared string. */
export function sendSharing(socket: { send: (data: never, ...rest: never[]) => void }): void {
  const send = socket.send;
  socket.send = function (this: unknown, data: never, ...rest: never[]) {
    const swap = pending;
    if (swap && typeof data === 'string') {
      pending = null;
      const at = (data as string).lastIndexOf(swap.marker);
      if (at >= 0) data = ((data as string).slice(0, at) + swap.json + (data as string).slice(at + swap.marker.length)) as never;
    }
    return send.call(this, data, ...rest);
  };
}
