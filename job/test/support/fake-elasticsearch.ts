/**
 * An Elasticsearch 8 stand-in for the move index, built on @elastic/elasticsearch-mock: the index
 * APIs the job uses (exists, create, bulk, search) with documents kept in memory, and the checks a
 * real cluster makes on them, so a request a cluster would refuse fails here too (with the error type
 * and status the cluster answers). Reachable in-process (`client()`, the mock connection) or over
 * HTTP on 127.0.0.1 (`listen()`), for a job running in its own process.
 *
 * The rules follow the Elasticsearch 8 reference: mapping parameters per field type ("Field data
 * types", "dense_vector"), the query DSL ("bool", "terms", "exists", "match_all"), search body
 * parameters and `index.max_result_window` (10 000), bulk's per-item errors.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';

export type Doc = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  querystring: Record<string, unknown>;
  body: any;
}

interface FieldMapping {
  type: string;
  [parameter: string]: unknown;
}

class ClusterError extends Error {
  constructor(readonly status: number, readonly type: string, readonly reason: string) {
    super(`${type}: ${reason}`);
  }
}

const fail = (type: string, reason: string, status = 400): never => {
  throw new ClusterError(status, type, reason);
};

/** Parameters each field type accepts (a subset of the reference; anything else is refused as a real cluster does). */
const FIELD_PARAMETERS: Record<string, string[]> = {
  keyword: ['type', 'index', 'doc_values', 'ignore_above', 'null_value', 'store', 'normalizer'],
  text: ['type', 'analyzer', 'index', 'store', 'fields'],
  float: ['type', 'index', 'doc_values', 'coerce', 'null_value', 'store', 'ignore_malformed'],
  double: ['type', 'index', 'doc_values', 'coerce', 'null_value', 'store', 'ignore_malformed'],
  integer: ['type', 'index', 'doc_values', 'coerce', 'null_value', 'store', 'ignore_malformed'],
  long: ['type', 'index', 'doc_values', 'coerce', 'null_value', 'store', 'ignore_malformed'],
  boolean: ['type', 'index', 'doc_values', 'null_value', 'store'],
  date: ['type', 'format', 'index', 'doc_values', 'null_value', 'store', 'ignore_malformed'],
  dense_vector: ['type', 'dims', 'index', 'similarity', 'index_options', 'element_type'],
  object: ['type', 'enabled', 'properties', 'dynamic'],
};
const SIMILARITIES = ['l2_norm', 'dot_product', 'cosine', 'max_inner_product'];
const MAX_DIMS = 4096;
const MAX_RESULT_WINDOW = 10_000;
const INDEX_SETTINGS = ['number_of_shards', 'number_of_replicas', 'refresh_interval', 'max_result_window'];

export function validateMapping(mappings: unknown): Record<string, FieldMapping> {
  if (!mappings || typeof mappings !== 'object') fail('mapper_parsing_exception', 'mappings must be an object');
  const { properties, ...rest } = mappings as { properties?: Record<string, unknown> };
  for (const key of Object.keys(rest)) if (!['dynamic', '_source', 'dynamic_templates'].includes(key)) fail('mapper_parsing_exception', `Root mapping definition has unsupported parameters:  [${key}]`);
  const fields: Record<string, FieldMapping> = {};
  for (const [name, raw] of Object.entries(properties ?? {})) {
    const field = raw as FieldMapping;
    const type = field.type ?? (field.properties ? 'object' : undefined);
    if (!type || !FIELD_PARAMETERS[type]) fail('mapper_parsing_exception', `No handler for type [${String(field.type)}] declared on field [${name}]`);
    for (const p of Object.keys(field)) {
      if (!FIELD_PARAMETERS[type!].includes(p)) fail('mapper_parsing_exception', `unknown parameter [${p}] on mapper [${name}] of type [${type}]`);
    }
    if (type === 'dense_vector') {
      const dims = field.dims;
      if (!Number.isInteger(dims) || (dims as number) < 1 || (dims as number) > MAX_DIMS) fail('mapper_parsing_exception', `The number of dimensions should be in the range [1, ${MAX_DIMS}] but was [${String(dims)}]`);
      if (field.similarity !== undefined && !SIMILARITIES.includes(field.similarity as string)) fail('mapper_parsing_exception', `Unknown value [${String(field.similarity)}] for field [similarity]`);
      if (field.index !== undefined && typeof field.index !== 'boolean') fail('mapper_parsing_exception', `Failed to parse value [${String(field.index)}] as only [true] or [false] are allowed.`);
    }
    if (type === 'object' && field.enabled !== undefined && typeof field.enabled !== 'boolean') fail('mapper_parsing_exception', `[enabled] must be a boolean on [${name}]`);
    fields[name] = { ...field, type: type! };
  }
  return fields;
}

function validateSettings(settings: unknown): void {
  if (settings === undefined) return;
  for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
    const name = key.replace(/^index\./, '');
    if (!INDEX_SETTINGS.includes(name)) fail('illegal_argument_exception', `unknown setting [index.${name}] please check that any required plugins are installed, or check the breaking changes documentation for removed settings`);
    if ((name === 'number_of_shards' && !(Number.isInteger(Number(value)) && Number(value) >= 1)) || (name === 'number_of_replicas' && !(Number.isInteger(Number(value)) && Number(value) >= 0))) {
      fail('illegal_argument_exception', `Failed to parse value [${String(value)}] for setting [index.${name}]`);
    }
  }
}

const clauses = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The query DSL the move index may send; anything else (unknown clause, wrong shape) is a parsing_exception. */
export function validateQuery(q: unknown, fields: Record<string, FieldMapping>, where = 'query'): void {
  if (!q || typeof q !== 'object' || Array.isArray(q)) fail('parsing_exception', `[${where}] malformed query, expected [START_OBJECT]`);
  const keys = Object.keys(q as object);
  if (keys.length !== 1) fail('parsing_exception', `[${where}] malformed query, expected [END_OBJECT] but found [FIELD_NAME]`);
  const [kind] = keys;
  const body = (q as Record<string, any>)[kind];
  switch (kind) {
    case 'match_all':
      for (const k of Object.keys(body ?? {})) if (!['boost', '_name'].includes(k)) fail('parsing_exception', `[match_all] query does not support [${k}]`);
      return;
    case 'exists':
      for (const k of Object.keys(body ?? {})) if (!['field', 'boost', '_name'].includes(k)) fail('parsing_exception', `[exists] query does not support [${k}]`);
      if (typeof body?.field !== 'string') fail('parsing_exception', '[exists] must be provided with a [field]');
      return;
    case 'terms': {
      const terms = Object.entries(body ?? {}).filter(([k]) => !['boost', '_name'].includes(k));
      if (terms.length !== 1) fail('parsing_exception', `[terms] query does not support multiple fields`);
      const [field, values] = terms[0];
      if (!Array.isArray(values)) fail('parsing_exception', `[terms] query does not support [${field}]`);
      for (const v of values as unknown[]) if (v === null || typeof v === 'object') fail('parsing_exception', `[terms] query does not support [${field}] with a non-scalar value`);
      const mapped = fields[field];
      if (mapped && (mapped.type === 'dense_vector' || (mapped.type === 'object' && mapped.enabled === false))) {
        fail('query_shard_exception', `failed to create query: field [${field}] of type [${mapped.type}] does not support term queries`);
      }
      return;
    }
    case 'bool': {
      for (const [k, v] of Object.entries(body ?? {})) {
        if (['filter', 'must', 'should', 'must_not'].includes(k)) clauses(v).forEach((c) => validateQuery(c, fields, `bool.${k}`));
        else if (k === 'minimum_should_match') { if (typeof v !== 'number' && typeof v !== 'string') fail('parsing_exception', '[bool] minimum_should_match must be a number or a string'); }
        else if (!['boost', '_name'].includes(k)) fail('parsing_exception', `[bool] query does not support [${k}]`);
      }
      return;
    }
    default:
      fail('parsing_exception', `unknown query [${kind}]`);
  }
}

const SEARCH_BODY = ['query', 'size', 'from', '_source', 'sort', 'track_total_hits', 'timeout'];

export function validateSearch(body: any, fields: Record<string, FieldMapping>): void {
  for (const k of Object.keys(body ?? {})) if (!SEARCH_BODY.includes(k)) fail('parsing_exception', `Unknown key for a VALUE_NUMBER in [${k}].`);
  const size = body?.size ?? 10;
  const from = body?.from ?? 0;
  if (!Number.isInteger(size) || size < 0) fail('illegal_argument_exception', `[size] parameter cannot be negative, found [${size}]`);
  if (from + size > MAX_RESULT_WINDOW) {
    fail('illegal_argument_exception', `Result window is too large, from + size must be less than or equal to: [${MAX_RESULT_WINDOW}] but was [${from + size}]. See the scroll api for a more efficient way to request large data sets.`);
  }
  if (body?.query !== undefined) validateQuery(body.query, fields);
  const source = body?._source;
  if (source !== undefined && typeof source !== 'boolean' && !Array.isArray(source) && typeof source !== 'string') {
    for (const k of Object.keys(source)) if (!['includes', 'excludes'].includes(k)) fail('parsing_exception', `Unknown key for a START_ARRAY in [${k}].`);
  }
  for (const s of clauses(body?.sort)) {
    if (typeof s === 'string') continue;
    const entries = Object.entries(s as object);
    if (entries.length !== 1) fail('parsing_exception', 'malformed sort format, within the sort array, an object was expected with a single field');
    const [field, opts] = entries[0] as [string, Record<string, unknown>];
    for (const k of Object.keys(opts ?? {})) if (!['order', 'unmapped_type', 'missing', 'mode'].includes(k)) fail('parsing_exception', `[field_sort] unknown field [${k}]`);
    if (opts?.order !== undefined && opts.order !== 'asc' && opts.order !== 'desc') fail('illegal_argument_exception', `Unknown SortOrder [${String(opts.order)}]`);
    const mapped = fields[field];
    if (!mapped && !opts?.unmapped_type && field !== '_score' && field !== '_doc') fail('query_shard_exception', `No mapping found for [${field}] in order to sort on`);
    if (mapped && (mapped.type === 'object' || mapped.type === 'dense_vector')) fail('illegal_argument_exception', `Field [${field}] of type [${mapped.type}] does not support sorting`);
  }
}

/** A document as a cluster indexes it: values must fit their field's mapping (vectors by length and magnitude). */
export function validateDocument(doc: Doc, fields: Record<string, FieldMapping>): void {
  for (const [name, value] of Object.entries(doc)) {
    const field = fields[name];
    if (!field || value === null || value === undefined) continue;
    const bad = (why: string) => fail('document_parsing_exception', `[1:1] failed to parse field [${name}] of type [${field.type}] in document: ${why}`);
    switch (field.type) {
      case 'keyword':
      case 'text':
        if (typeof value === 'object') bad('a scalar value was expected');
        break;
      case 'float':
      case 'double':
      case 'integer':
      case 'long':
        if (typeof value !== 'number' && !(typeof value === 'string' && Number.isFinite(Number(value)))) bad(`For input string: "${String(value)}"`);
        break;
      case 'date':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) bad(`failed to parse date field [${String(value)}]`);
        break;
      case 'dense_vector': {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'number')) bad('a vector of numbers was expected');
        const v = value as number[];
        if (v.length !== field.dims) bad(`The [dense_vector] field [${name}] in doc has a different number of dimensions [${v.length}] than defined in the mapping [${String(field.dims)}]`);
        if (field.similarity === 'cosine' && v.every((x) => x === 0)) bad('The [cosine] similarity does not support vectors with zero magnitude.');
        break;
      }
      case 'object':
        if (typeof value !== 'object' && field.enabled !== false) bad('an object was expected');
        break;
    }
  }
}

function matches(doc: Doc, q: Record<string, any>): boolean {
  if (q.match_all) return true;
  if (q.terms) {
    const [field, values] = Object.entries(q.terms).find(([k]) => k !== 'boost')! as [string, unknown[]];
    const v = doc[field];
    return (Array.isArray(v) ? v : [v]).some((x) => values.includes(x));
  }
  if (q.exists) return doc[q.exists.field] !== undefined && doc[q.exists.field] !== null;
  if (q.bool) {
    if (!clauses(q.bool.filter).every((c) => matches(doc, c as never))) return false;
    if (!clauses(q.bool.must).every((c) => matches(doc, c as never))) return false;
    if (clauses(q.bool.must_not).some((c) => matches(doc, c as never))) return false;
    const should = clauses(q.bool.should);
    if (should.length && should.filter((c) => matches(doc, c as never)).length < Number(q.bool.minimum_should_match ?? 1)) return false;
    return true;
  }
  return false;
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function applySource(doc: Doc, source: any): Doc | undefined {
  if (source === false) return undefined;
  if (!source || source === true) return doc;
  const includes = (Array.isArray(source) ? source : typeof source === 'string' ? [source] : clauses(source.includes)) as string[];
  const excludes = (Array.isArray(source) || typeof source === 'string' ? [] : clauses(source.excludes)) as string[];
  return Object.fromEntries(Object.entries(doc).filter(([k]) =>
    (!includes.length || includes.some((p) => globToRegExp(p).test(k))) && !excludes.some((p) => globToRegExp(p).test(k))));
}

interface IndexState {
  fields: Record<string, FieldMapping>;
  mappings: unknown;
  settings: unknown;
  docs: Map<string, Doc>;
}

export class FakeElasticsearch {
  readonly mock = new Mock();
  readonly indices = new Map<string, IndexState>();
  readonly requests: RecordedRequest[] = [];
  /** a request is refused with this status (e.g. 503) while set; to test the job's error path */
  unavailable?: number;

  constructor() {
    const handle = (fn: (p: RecordedRequest, index: string) => unknown) => (params: any): any => {
      const p: RecordedRequest = { method: params.method, path: params.path, querystring: params.querystring ?? {}, body: params.body };
      this.requests.push(p);
      try {
        if (this.unavailable) fail('unavailable_shards_exception', 'the cluster is not available', this.unavailable);
        const index = decodeURIComponent(p.path.split('/')[1] ?? '');
        return fn(p, index);
      } catch (err) {
        if (!(err instanceof ClusterError)) throw err;
        return new errors.ResponseError({
          body: { error: { root_cause: [{ type: err.type, reason: err.reason }], type: err.type, reason: err.reason }, status: err.status },
          statusCode: err.status, headers: {}, warnings: null, meta: {} as never,
        });
      }
    };
    const existing = (index: string) => this.indices.get(index) ?? fail('index_not_found_exception', `no such index [${index}]`, 404);

    this.mock.add({ method: 'HEAD', path: '/:index' }, handle((_p, index) => existing(index) && ''));
    this.mock.add({ method: 'PUT', path: '/:index' }, handle((p, index) => {
      if (!/^[a-z0-9][a-z0-9_.-]*$/.test(index)) fail('invalid_index_name_exception', `Invalid index name [${index}], must be lowercase`);
      if (this.indices.has(index)) fail('resource_already_exists_exception', `index [${index}/abc] already exists`);
      for (const k of Object.keys(p.body ?? {})) if (!['mappings', 'settings', 'aliases'].includes(k)) fail('parse_exception', `unknown key [${k}] for create index`);
      const fields = validateMapping(p.body?.mappings ?? {});
      validateSettings(p.body?.settings);
      this.indices.set(index, { fields, mappings: p.body?.mappings, settings: p.body?.settings, docs: new Map() });
      return { acknowledged: true, shards_acknowledged: true, index };
    }));
    this.mock.add({ method: 'POST', path: ['/_bulk', '/:index/_bulk'] }, handle((p, pathIndex) => {
      const refresh = p.querystring.refresh;
      if (refresh !== undefined && !['true', 'false', 'wait_for', ''].includes(String(refresh))) fail('illegal_argument_exception', `Unknown value for refresh: [${String(refresh)}].`);
      const lines = p.body as any[];
      if (!Array.isArray(lines) || lines.length % 2 !== 0) fail('illegal_argument_exception', 'The bulk request must be terminated by a newline [\\n]');
      const items: unknown[] = [];
      let anyError = false;
      for (let i = 0; i < lines.length; i += 2) {
        const [action, meta] = Object.entries(lines[i])[0] as [string, { _index?: string; _id?: string }];
        if (action !== 'index') fail('illegal_argument_exception', `Malformed action/metadata line [${i + 1}], expected one of [create, delete, index, update] but found [${action}]`);
        const name = meta._index ?? (pathIndex === '_bulk' ? undefined : pathIndex);
        const item = { _index: name, _id: meta._id };
        try {
          if (!name) fail('action_request_validation_exception', 'Validation Failed: 1: index is missing;');
          const state = existing(name!);
          validateDocument(lines[i + 1], state.fields);
          const created = !state.docs.has(meta._id!);
          state.docs.set(meta._id!, lines[i + 1]);
          items.push({ index: { ...item, status: created ? 201 : 200, result: created ? 'created' : 'updated' } });
        } catch (err) {
          if (!(err instanceof ClusterError)) throw err;
          anyError = true;
          items.push({ index: { ...item, status: err.status, error: { type: err.type, reason: err.reason } } });
        }
      }
      return { took: 1, errors: anyError, items };
    }));
    this.mock.add({ method: ['GET', 'POST'], path: '/:index/_search' }, handle((p, index) => {
      const state = existing(index);
      validateSearch(p.body, state.fields);
      const size = p.body?.size ?? 10;
      const found = [...state.docs.entries()].filter(([, d]) => matches(d, p.body?.query ?? { match_all: {} }));
      const sortField = p.body?.sort ? Object.keys(clauses(p.body.sort)[0] as object)[0] : undefined;
      if (sortField) found.sort(([, a], [, b]) => String(a[sortField] ?? '').localeCompare(String(b[sortField] ?? '')));
      const hits = found.slice(0, size).map(([id, d]) => ({ _index: index, _id: id, _score: sortField ? null : 1, _source: applySource(d, p.body?._source) }));
      return { took: 1, timed_out: false, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, hits: { total: { value: found.length, relation: 'eq' }, max_score: null, hits } };
    }));
  }

  docs(index: string): Map<string, Doc> {
    return this.indices.get(index)?.docs ?? new Map();
  }

  /** A client talking to this cluster through the mock connection (no network). */
  client(): Client {
    return new Client({ node: 'http://localhost:9200', Connection: this.mock.getConnection() });
  }

  /** The same cluster over HTTP on 127.0.0.1, for a process of its own (ELASTICSEARCH_URL). */
  async listen(): Promise<{ url: string; close(): Promise<void> }> {
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const text = Buffer.concat(chunks).toString('utf8');
        const ndjson = String(req.headers['content-type'] ?? '').includes('ndjson');
        let body: unknown;
        try {
          body = !text ? null : ndjson ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) : JSON.parse(text);
        } catch {
          res.writeHead(400, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
          res.end(JSON.stringify({ error: { type: 'parse_exception', reason: 'request body is not JSON' }, status: 400 }));
          return;
        }
        const params = { method: req.method ?? 'GET', path: url.pathname, querystring: Object.fromEntries(url.searchParams), body };
        const resolver = this.mock.get(params as never);
        let status = 200;
        let payload: unknown = resolver ? resolver(params as never) : { error: 'no such API in the fake cluster', params };
        if (!resolver) status = 404;
        if (payload instanceof errors.ResponseError) {
          status = payload.statusCode ?? 500;
          payload = payload.body;
        }
        const out = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
        res.end(req.method === 'HEAD' ? undefined : out);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
    };
  }
}
