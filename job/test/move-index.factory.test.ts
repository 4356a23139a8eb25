import {
  AnnotationDirectoryIndex,
  createMoveIndex,
  ElasticsearchMoveIndex,
  MOVE_INDEX_NAME,
  MoveIndexConfigError,
  PostgresMoveIndex,
} from '../src/library/move-index';

describe('createMoveIndex', () => {
  it('reads an annotation directory when given --library, whatever the environment says', async () => {
    const index = createMoveIndex({ library: '/some/moves', env: { MOVE_INDEX: 'elasticsearch', DATABASE_URL: 'postgresql://x/y' } });
    expect(index).toBeInstanceOf(AnnotationDirectoryIndex);
    expect((index as AnnotationDirectoryIndex).directory).toBe('/some/moves');
  });

  it('uses PostgreSQL by default', async () => {
    const index = createMoveIndex({ env: { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/none' } });
    expect(index).toBeInstanceOf(PostgresMoveIndex);
    await index.close();
    const spelled = createMoveIndex({ env: { MOVE_INDEX: 'Postgres', DATABASE_URL: 'postgresql://h/d' } });
    expect(spelled).toBeInstanceOf(PostgresMoveIndex);
    await spelled.close();
  });

  it('uses Elasticsearch when MOVE_INDEX=elasticsearch', async () => {
    const index = createMoveIndex({ env: { MOVE_INDEX: 'elasticsearch', ELASTICSEARCH_URL: 'http://localhost:9200' } });
    expect(index).toBeInstanceOf(ElasticsearchMoveIndex);
    expect((index as ElasticsearchMoveIndex).index).toBe(MOVE_INDEX_NAME);
    await index.close();
    const named = createMoveIndex({ env: { MOVE_INDEX: 'elasticsearch', ELASTICSEARCH_URL: 'http://localhost:9200', ELASTICSEARCH_INDEX: 'moves_v2' } });
    expect((named as ElasticsearchMoveIndex).index).toBe('moves_v2');
    await named.close();
  });

  it('says what is missing', () => {
    expect(() => createMoveIndex({ env: {} })).toThrow(MoveIndexConfigError);
    expect(() => createMoveIndex({ env: {} })).toThrow(/DATABASE_URL/);
    expect(() => createMoveIndex({ env: { MOVE_INDEX: 'elasticsearch' } })).toThrow(/ELASTICSEARCH_URL/);
    expect(() => createMoveIndex({ env: { MOVE_INDEX: 'mongo' } })).toThrow(/MOVE_INDEX must be one of postgres, elasticsearch \(got "mongo"\)/);
  });
});
