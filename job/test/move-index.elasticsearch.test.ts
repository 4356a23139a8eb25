import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';
import type { DancerPose, MoveClip } from '@bachata/core';
import { ElasticsearchMoveIndex, MOVE_INDEX_MAPPING, MOVE_INDEX_NAME, moveSearchRequest, type MoveDocument } from '../src/library/move-index';

type Doc = Record<string, unknown>;

// Just enough of Elasticsearch's query semantics (bool filter/should/must_not, terms, exists,
// match_all) to answer the queries the index sends, so the filters are checked by their effect too.
function matches(doc: Doc, q: Record<string, any>): boolean {
  if (q.match_all) return true;
  if (q.terms) {
    const [field, values] = Object.entries(q.terms)[0] as [string, unknown[]];
    return values.includes(doc[field]);
  }
  if (q.exists) return doc[q.exists.field] !== undefined && doc[q.exists.field] !== null;
  if (q.bool) {
    const list = (x: unknown) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
    if (!list(q.bool.filter).every((c) => matches(doc, c))) return false;
    if (list(q.bool.must_not).some((c) => matches(doc, c))) return false;
    const should = list(q.bool.should);
    if (should.length && should.filter((c) => matches(doc, c)).length < (q.bool.minimum_should_match ?? 1)) return false;
    return true;
  }
  throw new Error(`query not understood by the test: ${JSON.stringify(q)}`);
}

function fakeCluster() {
  const mock = new Mock();
  const docs = new Map<string, Doc>();
  const requests: Array<{ method: string; path: string; body: any }> = [];
  let created: any;
  mock.add({ method: 'HEAD', path: `/${MOVE_INDEX_NAME}` }, () =>
    created ? '' : new errors.ResponseError({ body: '', statusCode: 404, headers: {}, warnings: null, meta: {} as any }),
  );
  mock.add({ method: 'PUT', path: `/${MOVE_INDEX_NAME}` }, (p: any) => {
    created = p.body;
    return { acknowledged: true, index: MOVE_INDEX_NAME };
  });
  mock.add({ method: 'POST', path: ['/_bulk', `/${MOVE_INDEX_NAME}/_bulk`] }, (p: any) => {
    const lines = p.body as any[];
    const items: unknown[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const id = lines[i].index._id as string;
      docs.set(id, lines[i + 1]);
      items.push({ index: { _index: MOVE_INDEX_NAME, _id: id, status: 201, result: 'created' } });
    }
    return { took: 1, errors: false, items };
  });
  mock.add({ method: ['GET', 'POST'], path: `/${MOVE_INDEX_NAME}/_search` }, (p: any) => {
    requests.push({ method: p.method, path: p.path, body: p.body });
    const hits = [...docs.entries()]
      .filter(([, d]) => matches(d, p.body.query))
      .map(([id, d]) => ({
        _index: MOVE_INDEX_NAME,
        _id: id,
        _score: null,
        // _source excludes *_embedding, as the request asks
        _source: Object.fromEntries(Object.entries(d).filter(([k]) => !k.endsWith('_embedding'))),
      }));
    return { took: 1, timed_out: false, hits: { total: { value: hits.length, relation: 'eq' }, hits } };
  });
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection() });
  return { client, docs, requests, get created() { return created; } };
}

const pose = (x: number): DancerPose => ({ lead: Array.from({ length: 17 }, () => [x, 0.4] as [number, number]), follow: Array.from({ length: 17 }, () => [x + 0.1, 0.4] as [number, number]) });

// documents as the old app indexed them: its fields only, legacy spellings
const legacyDocs: Record<string, MoveDocument & Doc> = {
  intro_shadow: { clip_id: 'intro_shadow', move_label: 'intros', difficulty: 'high', energy_level: 'medium', estimated_tempo: 129, video_path: 'intros/intro_shadow.mp4', duration: 12.5, lead_follow_roles: 'both', pose_embedding: Array(512).fill(0.1) },
  styled_caricia_headroll: { clip_id: 'styled_caricia_headroll', move_label: 'style', difficulty: 'medium', energy_level: 'medium', estimated_tempo: 68, video_path: 'style/styled_caricia_headroll.mp4', duration: 14.2 },
  slow_basic: { clip_id: 'slow_basic', move_label: 'basic', difficulty: 'low', energy_level: 'low', estimated_tempo: 108, video_path: 'basic/slow_basic.mp4', duration: 9.1 },
  // no duration: the old index never stored one; it needs an import
  madrid: { clip_id: 'madrid', move_label: 'footwork', difficulty: 'medium', energy_level: 'medium', estimated_tempo: 129, video_path: 'footwork/madrid.mp4' },
};

const imported: MoveClip & { source: 'imported' } = {
  moveId: 'cross_body_lead',
  name: 'Cross body lead',
  label: 'cross_body_lead',
  difficulty: 'beginner',
  energy: 'medium',
  style: 'romantic',
  tempo: 129,
  beats: 16,
  duration: 10.2,
  offset: 0.4,
  startPosition: 'closed',
  endPosition: 'open',
  clip: 'library/imported/cross_body_lead.mp4',
  poseStart: pose(0.3),
  poseEnd: pose(0.6),
  source: 'imported',
};

describe('ElasticsearchMoveIndex', () => {
  it('creates the index with the old app\'s mapping plus the planner\'s fields, once', async () => {
    const es = fakeCluster();
    const index = new ElasticsearchMoveIndex({ client: es.client, log: () => {} });
    expect(await index.ensureIndex()).toBe(true);
    expect(es.created.mappings).toEqual(JSON.parse(JSON.stringify(MOVE_INDEX_MAPPING)));
    const p = es.created.mappings.properties;
    expect(p.pose_embedding).toMatchObject({ type: 'dense_vector', dims: 512 });
    expect(p.audio_embedding).toMatchObject({ type: 'dense_vector', dims: 128 });
    expect(p.text_embedding).toMatchObject({ type: 'dense_vector', dims: 384 });
    for (const f of ['move_id', 'move_name', 'move_label', 'difficulty', 'energy_level', 'style', 'video_path', 'label', 'clip_path', 'start_position', 'end_position', 'source']) {
      expect(p[f]).toEqual({ type: 'keyword' });
    }
    expect(p.tempo.type).toBe('float');
    expect(p.beats.type).toBe('integer');
    expect(await index.ensureIndex()).toBe(false);
  });

  it('sends bool/terms filters with every legacy spelling of the wanted values', async () => {
    const es = fakeCluster();
    const index = new ElasticsearchMoveIndex({ client: es.client, log: () => {} });
    await index.find({ difficulty: ['advanced'], energy: ['medium', 'high'], style: ['romantic'], labels: ['intro'] });
    const body = es.requests[0].body;
    expect(body.size).toBeGreaterThanOrEqual(1000);
    expect(body._source).toEqual({ excludes: ['*_embedding'] });
    expect(body.query).toEqual({
      bool: {
        filter: [
          { terms: { difficulty: ['advanced', 'high'] } },
          { terms: { energy_level: ['medium', 'high'] } },
          { bool: { should: [{ terms: { style: ['romantic', 'traditional'] } }, { bool: { must_not: { exists: { field: 'style' } } } }], minimum_should_match: 1 } },
          { bool: { should: [{ terms: { label: ['intro', 'intros'] } }, { terms: { move_label: ['intro', 'intros'] } }], minimum_should_match: 1 } },
        ],
      },
    });
    await index.find({});
    expect(es.requests[1].body.query).toEqual({ match_all: {} });
    expect(moveSearchRequest('x', { difficulty: ['intermediate'] }).query).toEqual({ bool: { filter: [{ terms: { difficulty: ['intermediate', 'medium'] } }] } });
  });

  it('maps the old app\'s documents and imported ones to MoveClips', async () => {
    const es = fakeCluster();
    for (const [id, d] of Object.entries(legacyDocs)) es.docs.set(id, d);
    const problems: string[] = [];
    const index = new ElasticsearchMoveIndex({ client: es.client, log: (l) => problems.push(l) });
    expect(await index.indexMoves([imported])).toBe(1);
    const stored = es.docs.get('cross_body_lead')!;
    expect(stored).toMatchObject({ move_id: 'cross_body_lead', clip_id: 'cross_body_lead', move_label: 'cross_body_lead', estimated_tempo: 129, clip_offset: 0.4, clip_path: imported.clip, source: 'imported', start_position: 'closed' });

    const all = await index.find({});
    const byId = new Map(all.map((m) => [m.moveId, m]));
    expect([...byId.keys()].sort()).toEqual(['cross_body_lead', 'intro_shadow', 'slow_basic', 'styled_caricia_headroll']);
    expect(byId.get('intro_shadow')).toEqual({
      moveId: 'intro_shadow',
      name: 'Intro shadow',
      label: 'intro',
      difficulty: 'advanced',
      energy: 'medium',
      style: 'romantic',
      tempo: 129,
      beats: 24,
      duration: 12.5,
      clip: 'intros/intro_shadow.mp4',
    });
    // 68 BPM is a half-time reading of a 136 BPM clip
    expect(byId.get('styled_caricia_headroll')).toMatchObject({ tempo: 136, beats: 32, label: 'style', style: 'playful', difficulty: 'intermediate' });
    expect(byId.get('slow_basic')).toMatchObject({ difficulty: 'beginner', energy: 'low', style: 'romantic', beats: 16 });
    const { source: _source, ...clip } = imported;
    expect(byId.get('cross_body_lead')).toEqual(clip);
    expect(index.problems).toEqual(['move "madrid": no duration']);
    expect(problems).toEqual(['move index: move "madrid": no duration']);
    await index.find({});
    expect(problems).toHaveLength(1);
  });

  it('filters by canonical values whatever spelling the documents use', async () => {
    const es = fakeCluster();
    for (const [id, d] of Object.entries(legacyDocs)) es.docs.set(id, d);
    const index = new ElasticsearchMoveIndex({ client: es.client, log: () => {} });
    await index.indexMoves([imported]);
    const ids = async (q: Parameters<typeof index.find>[0]) => (await index.find(q)).map((m) => m.moveId).sort();
    expect(await ids({ difficulty: ['advanced'] })).toEqual(['intro_shadow']);
    expect(await ids({ difficulty: ['beginner'] })).toEqual(['cross_body_lead', 'slow_basic']);
    expect(await ids({ labels: ['intro'] })).toEqual(['intro_shadow']);
    expect(await ids({ style: ['playful'] })).toEqual(['styled_caricia_headroll']);
    expect(await ids({ energy: ['low'], difficulty: ['beginner'] })).toEqual(['slow_basic']);
  });

  it('fails loudly when a bulk import is rejected', async () => {
    const mock = new Mock();
    mock.add({ method: 'POST', path: '/_bulk' }, () => ({
      took: 1,
      errors: true,
      items: [{ index: { _index: MOVE_INDEX_NAME, _id: 'cross_body_lead', status: 400, error: { type: 'mapper_parsing_exception', reason: 'failed to parse field [beats]' } } }],
    }));
    const index = new ElasticsearchMoveIndex({ client: new Client({ node: 'http://localhost:9200', Connection: mock.getConnection() }) });
    await expect(index.indexMoves([imported])).rejects.toThrow(/1 of 1 moves failed; first: cross_body_lead: failed to parse field \[beats\]/);
  });
});
