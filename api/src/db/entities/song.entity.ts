import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'songs' })
export class Song {
  [OptionalProps]?: 'artist' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 200 })
  artist: string = '';

  /** seconds */
  @Property({ type: 'double' })
  duration!: number;

  @Property({ type: 'integer', nullable: true })
  bpm?: number | null;

  @Property({ type: 'string', length: 50, nullable: true })
  genre?: string | null;

  /** storage key (legacy rows: songs/…, gs://…, or an absolute media-root path) */
  @Property({ type: 'string', length: 500, fieldName: 'audio_path' })
  audioPath!: string;

  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** null → shared library; set → a private upload */
  @Property({ type: new BigIntType('number'), fieldName: 'owner_id', nullable: true })
  ownerId?: number | null;

  @Property({ type: 'json', nullable: true, lazy: true })
  analysis?: unknown;

  @Property({ type: 'integer', fieldName: 'analysis_version', nullable: true })
  analysisVersion?: number | null;

  @Property({ type: 'boolean', fieldName: 'is_demo', nullable: true })
  isDemo?: boolean | null;

  /** bytes of the stored upload, counted against the owner's quota (null on legacy rows: counts 0) */
  @Property({ type: new BigIntType('number'), fieldName: 'size_bytes', nullable: true })
  sizeBytes?: number | null;
}
