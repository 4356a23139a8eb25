import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'saved_choreographies' })
export class SavedChoreography {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 500, fieldName: 'video_path' })
  videoPath!: string;

  @Property({ type: 'string', length: 500, fieldName: 'thumbnail_path', nullable: true })
  thumbnailPath?: string | null;

  @Property({ type: 'string', length: 20 })
  difficulty!: string;

  @Property({ type: 'double' })
  duration!: number;

  @Property({ type: 'json', fieldName: 'music_info', nullable: true })
  musicInfo?: Record<string, unknown> | null;

  @Property({ type: 'json', fieldName: 'generation_parameters', nullable: true })
  generationParameters?: Record<string, unknown> | null;

  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: new BigIntType('number'), fieldName: 'user_id' })
  userId!: number;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'string', length: 36, fieldName: 'task_id', nullable: true })
  taskId?: string | null;
}
