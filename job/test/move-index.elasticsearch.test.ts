import { Client } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';
import type { estypes } from '@elastic/elasticsearch';
import type { DancerPose, MoveClip } from '@bachata/core';
import { ElasticsearchMoveIndex, MOVE_INDEX_MAPPING, MOVE_INDEX_NAME, moveSearchRequest, type MoveDocument } from '../src/library/move-index';
import { FakeElasticsearch, validateMapping, validateSearch } from './support/fake-elasticsearch';

type Doc = Record<string, unknown>;

/** The fake cluster with the index created as the import creates it, and the calls to it. */
async function fakeCluster() {
  const cluster = new FakeElasticsearch();
  const client = cluster.client();
  await new ElasticsearchMoveIndex({ client, log: () => {} }).ensureIndex();
  const searches = () => cluster.requests.filter((r) => r.path.endsWith('/_search'));
  return {
    cluster,
    client,
    docs: cluster.docs(MOVE_INDEX_NAME),
    get requests() { return searches(); },
    get created() { return cluster.requests.find((r) => r.method === 'PUT')?.body; },
  };
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
    const cluster = new FakeElasticsearch();
    const index = new ElasticsearchMoveIndex({ client: cluster.client(), log: () => {} });
    expect(await index.ensureIndex()).toBe(true);
    const es = { created: cluster.requests.find((r) => r.method === 'PUT')!.body };
    expect(es.created.settings).toEqual({ number_of_shards: 1, number_of_replicas: 0 });
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
    const es = await fakeCluster();
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
    const es = await fakeCluster();
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
    // the source comes back, so a video never mixes imported dancers with the built-in figures
    expect(byId.get('cross_body_lead')).toEqual(imported);
    expect(index.problems).toEqual(['move "madrid": no duration']);
    expect(problems).toEqual(['move index: move "madrid": no duration']);
    await index.find({});
    expect(problems).toHaveLength(1);
  });

  it('filters by canonical values whatever spelling the documents use', async () => {
    const es = await fakeCluster();
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

  it('sends requests a real cluster accepts, typed by the client itself', async () => {
    // The mapping and every search the index builds pass the cluster's checks (and type-check as estypes in the source).
    expect(() => validateMapping(MOVE_INDEX_MAPPING)).not.toThrow();
    const mapping: estypes.MappingTypeMapping = MOVE_INDEX_MAPPING;
    expect(Object.keys(mapping.properties!)).toContain('pose_embedding');
    const fields = validateMapping(MOVE_INDEX_MAPPING);
    for (const q of [{}, { difficulty: ['advanced' as const] }, { style: ['playful' as const], labels: ['spin'] }, { energy: ['low' as const, 'high' as const] }]) {
      const request = moveSearchRequest(MOVE_INDEX_NAME, q);
      const { index: _index, ...body } = request;
      expect(() => validateSearch(body, fields)).not.toThrow();
    }
  });

  it('the fake cluster refuses what a real one refuses', async () => {
    const es = await fakeCluster();
    const fields = validateMapping(MOVE_INDEX_MAPPING);
    // a page larger than index.max_result_window
    expect(() => validateSearch({ size: 10_001, query: { match_all: {} } }, fields)).toThrow(/Result window is too large/);
    // a terms query with one value instead of a list, an unknown clause, two clauses in one object
    expect(() => validateSearch({ query: { terms: { difficulty: 'advanced' } } }, fields)).toThrow(/\[terms\] query does not support \[difficulty\]/);
    expect(() => validateSearch({ query: { bool: { filters: [] } } }, fields)).toThrow(/\[bool\] query does not support \[filters\]/);
    expect(() => validateSearch({ query: { match_all: {}, exists: { field: 'style' } } }, fields)).toThrow(/malformed query/);
    // sorting on a field that is not mapped, or on a vector
    expect(() => validateSearch({ sort: [{ nope: { order: 'asc' } }] }, fields)).toThrow(/No mapping found for \[nope\]/);
    expect(() => validateSearch({ sort: [{ pose_embedding: { order: 'asc' } }] }, fields)).toThrow(/does not support sorting/);
    // mappings: unknown parameters, too many dimensions, unknown types
    expect(() => validateMapping({ properties: { v: { type: 'dense_vector', dims: 5000 } } })).toThrow(/number of dimensions/);
    expect(() => validateMapping({ properties: { k: { type: 'keyword', dims: 3 } } })).toThrow(/unknown parameter \[dims\]/);
    expect(() => validateMapping({ properties: { k: { type: 'string' } } })).toThrow(/No handler for type \[string\]/);
    // a search on an index that does not exist is a 404, as from a cluster
    const missing = new ElasticsearchMoveIndex({ client: es.client, index: 'not_there', log: () => {} });
    await expect(missing.find({})).rejects.toMatchObject({ meta: { statusCode: 404 } });
    // a pose embedding of the wrong length is refused per document, and the import says which move
    const index = new ElasticsearchMoveIndex({ client: es.client, log: () => {} });
    await expect(index.indexMoves([{ ...imported, embeddings: { pose: [0.1, 0.2, 0.3] } }]))
      .rejects.toThrow(/1 of 1 moves failed; first: cross_body_lead: .*different number of dimensions \[3\] than defined in the mapping \[512\]/);
    expect(es.docs.has('cross_body_lead')).toBe(false);
  });

  it('indexes the built-in moves from PostgreSQL once, and again only when they change', async () => {
    const es = await fakeCluster();
    const generated: MoveClip = { ...imported, moveId: 'gen_basic', label: 'basic', clip: 'library/generated/gen_basic.mp4', source: 'generated' };
    let rows: MoveClip[] = [generated, imported];
    const builtIn = { find: async () => rows } as never;
    const index = new ElasticsearchMoveIndex({ client: es.client, log: () => {}, builtIn });
    expect(await index.syncBuiltInLibrary()).toBe(1);
    expect([...es.docs.keys()]).toEqual(['gen_basic']);
    expect((await index.find({})).find((m) => m.moveId === 'gen_basic')).toEqual(generated);
    const bulks = () => es.cluster.requests.filter((r) => r.path.endsWith('_bulk')).length;
    expect(await index.syncBuiltInLibrary()).toBe(0);
    expect(bulks()).toBe(1);
    rows = [{ ...generated, tempo: 132 }];
    expect(await index.syncBuiltInLibrary()).toBe(1);
    expect(es.docs.get('gen_basic')).toMatchObject({ tempo: 132 });
  });
});
