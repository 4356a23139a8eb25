import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Legacy tables the new app keeps readable but does not yet expose through GraphQL
 * (class plans are an instructor feature of the old app; blueprints were its planner output).
 */
@Entity({ tableName: 'move_embeddings' })
export class MoveEmbedding {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;
  @Property({ type: 'string', length: 100, fieldName: 'move_id', unique: true })
  moveId!: string;
  @Property({ type: 'string', length: 200, fieldName: 'move_name' })
  moveName!: string;
  @Property({ type: 'string', length: 500, fieldName: 'video_path' })
  videoPath!: string;
  @Property({ type: 'json', fieldName: 'pose_embedding', lazy: true })
  poseEmbedding!: unknown;
  @Property({ type: 'json', fieldName: 'audio_embedding', lazy: true })
  audioEmbedding!: unknown;
  @Property({ type: 'json', fieldName: 'text_embedding', lazy: true })
  textEmbedding!: unknown;
  @Property({ type: 'string', length: 20 })
  difficulty!: string;
  @Property({ type: 'string', length: 20, fieldName: 'energy_level' })
  energyLevel!: string;
  @Property({ type: 'string', length: 50 })
  style!: string;
  @Property({ type: 'double' })
  duration!: number;
  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', fieldName: 'updated_at' })
  updatedAt: Date = new Date();
  @Property({ type: 'string', length: 100, nullable: true })
  label?: string | null;
  @Property({ type: 'double', nullable: true })
  tempo?: number | null;
  @Property({ type: 'integer', nullable: true })
  beats?: number | null;
  @Property({ type: 'double', fieldName: 'clip_offset', nullable: true })
  clipOffset?: number | null;
  @Property({ type: 'string', length: 20, fieldName: 'start_position', nullable: true })
  startPosition?: string | null;
  @Property({ type: 'string', length: 20, fieldName: 'end_position', nullable: true })
  endPosition?: string | null;
  @Property({ type: 'string', length: 500, fieldName: 'clip_path', nullable: true })
  clipPath?: string | null;
  @Property({ type: 'json', fieldName: 'pose_start', nullable: true, lazy: true })
  poseStart?: unknown;
  @Property({ type: 'json', fieldName: 'pose_end', nullable: true, lazy: true })
  poseEnd?: unknown;
  @Property({ type: 'json', nullable: true, lazy: true })
  motion?: unknown;
  @Property({ type: 'string', length: 20, nullable: true })
  source?: string | null;
}

@Entity({ tableName: 'blueprints' })
export class Blueprint {
  @PrimaryKey({ type: 'string', length: 36, fieldName: 'task_id' })
  taskId!: string;
  @Property({ type: 'json', fieldName: 'blueprint_json' })
  blueprintJson!: unknown;
  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', fieldName: 'updated_at' })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'class_plans' })
export class ClassPlan {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'string', length: 200 })
  title!: string;
  @Property({ type: 'text' })
  description!: string;
  @Property({ type: 'string', length: 20, fieldName: 'difficulty_level' })
  difficultyLevel!: string;
  @Property({ type: 'integer', fieldName: 'estimated_duration', nullable: true })
  estimatedDuration?: number | null;
  @Property({ type: 'text', fieldName: 'instructor_notes' })
  instructorNotes!: string;
  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', fieldName: 'updated_at' })
  updatedAt: Date = new Date();
  @Property({ type: new BigIntType('number'), fieldName: 'instructor_id' })
  instructorId!: number;
}

@Entity({ tableName: 'class_plan_sequences' })
export class ClassPlanSequence {
  @PrimaryKey({ type: 'uuid' })
  id!: string;
  @Property({ type: 'integer', fieldName: 'sequence_order' })
  sequenceOrder!: number;
  @Property({ type: 'text' })
  notes!: string;
  @Property({ type: 'integer', fieldName: 'estimated_time', nullable: true })
  estimatedTime?: number | null;
  @Property({ type: 'uuid', fieldName: 'choreography_id' })
  choreographyId!: string;
  @Property({ type: 'uuid', fieldName: 'class_plan_id' })
  classPlanId!: string;
}
