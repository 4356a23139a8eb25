import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'choreography_tasks' })
export class ChoreographyTask {
  [OptionalProps]?: 'progress' | 'stage' | 'message' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36, fieldName: 'task_id' })
  taskId!: string;

  /** started | running | completed | failed (legacy rows may say pending) */
  @Property({ type: 'string', length: 20 })
  status!: string;

  @Property({ type: 'integer' })
  progress: number = 0;

  @Property({ type: 'string', length: 50 })
  stage: string = 'queued';

  @Property({ type: 'text' })
  message: string = '';

  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', fieldName: 'updated_at' })
  updatedAt: Date = new Date();

  @Property({ type: new BigIntType('number'), fieldName: 'user_id' })
  userId!: number;

  @Property({ type: 'integer', fieldName: 'song_id', nullable: true })
  songId?: number | null;

  @Property({ type: 'json', nullable: true })
  parameters?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 500, fieldName: 'job_execution_name', nullable: true })
  jobExecutionName?: string | null;

  @Property({ type: 'integer', nullable: true })
  attempts?: number | null;
}
