import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** How many beats a dancer moved a song's 8-count (positive: every "1" later). One per dancer and song. */
@Entity({ tableName: 'song_count_corrections' })
export class SongCountCorrection {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: new BigIntType('number'), fieldName: 'user_id' })
  userId!: number;

  @PrimaryKey({ type: 'integer', fieldName: 'song_id' })
  songId!: number;

  @Property({ type: 'integer', fieldName: 'offset_beats' })
  offsetBeats!: number;

  /** the song analysis the offset is relative to (songs.analysis_version when it was made) */
  @Property({ type: 'integer', fieldName: 'analysis_version' })
  analysisVersion!: number;

  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
