import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * Subscribers of the same update share its work. graphql-js executes the subscription's document
 * once per subscriber per event, and graphql-ws serialises each result once per socket; with a
 * thousand dancers' screens following one task that is a thousand identical executions and strings.
 * Here an event object (the hub hands every subscriber the same one) is executed once per distinct
 * operation — same query text, variables, operation name and caller, registered by `shareAs` — and
 * its result is serialised once: `jsonMessageReplacer` puts a marker in place of a shared payload and
 * the socket's send (wrapped by `sendSharing`) swaps the marker for the one serialised string.
 */
const keys = new WeakMap<DocumentNode, string>();
const perEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
const shareable = new WeakSet<object>();
const serialised = new WeakMap<object, string>();

/** Marks the document of one accepted operation with what makes two operations the same. */
export function shareAs(document: DocumentNode, query: string, variables: unknown, operationName: string | null | undefined, callerId: number | string): void {
  keys.set(document, JSON.stringify([query, variables ?? null, operationName ?? null, callerId]));
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return typeof (v as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

/** Like graphql-js's own mapping: return() and throw() reach the source at once, even mid-wait. */
function mapEvents(source: AsyncIterable<unknown>, args: ExecutionArgs, key: string | undefined): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const resultFor = (event: unknown): Promise<ExecutionResult> => {
    const run = () => Promise.resolve(execute({ ...args, rootValue: event }));
    if (key === undefined || event === null || typeof event !== 'object') return run();
    let results = perEvent.get(event);
    if (!results) perEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = run().then((r) => { if (!r.errors?.length) shareable.add(r); return r; })));
    return result;
  };
  const map = async (r: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => (r.done ? { value: undefined, done: true } : { value: await resultFor(r.value), done: false });
  return {
    next: () => iterator.next().then(map),
    return: () => (iterator.return ? iterator.return().then(map) : Promise.resolve({ value: undefined, done: true })),
    throw: (e?: unknown) => (iterator.throw ? iterator.throw(e).then(map) : Promise.reject(e)),
    [Symbol.asyncIterator]() { return this; },
  };
}

/** graphql-ws's `subscribe` option: graphql-js `subscribe`, with results shared as described above. */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  return mapEvents(source, args, keys.get(args.document));
}

let counter = 0;
let pending: { marker: string; json: string } | null = null;

/** graphql-ws's `jsonMessageReplacer`: a shared payload becomes a marker, serialised once. */
export function sharingReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'payload' || value === null || typeof value !== 'object' || !shareable.has(value)) return value;
  let json = serialised.get(value);
  if (json === undefined) serialised.set(value, (json = JSON.stringify(value)));
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
