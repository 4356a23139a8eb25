import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { DIFFICULTIES, toDifficulty, type Difficulty } from '@bachata/core';
import { ClassPlan, ClassPlanSequence, ChoreographyTask, SavedChoreography } from '../../db/entities';
import { badInput, forbidden, notFound } from '../../errors';
import { loadUser, type Principal } from '../../http/authenticate';
import { pageWindow, toPage, type Page } from '../../graphql/connection';
import { findPage } from '../../db/find-page';
import type { ClassSheet } from './class-sheet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORTS: Record<string, QueryOrderMap<ClassPlan>[]> = {
  newest: [{ createdAt: 'DESC' }, { id: 'ASC' }],
  oldest: [{ createdAt: 'ASC' }, { id: 'ASC' }],
  title: [{ title: 'ASC' }, { id: 'ASC' }],
  updated: [{ updatedAt: 'DESC' }, { id: 'ASC' }],
};
const LEGACY_DIFFICULTY: Record<string, string> = { beginner: 'low', intermediate: 'medium', advanced: 'high' };
const MAX_SEQUENCES = 100;

export interface ClassPlanInput {
  title?: string | null;
  description?: string | null;
  difficulty?: Difficulty | null;
  estimatedDuration?: number | null;
  instructorNotes?: string | null;
}

export interface SequenceView {
  sequence: ClassPlanSequence;
  /** null when the saved choreography is gone */
  choreography: SavedChoreography | null;
}

function text(value: string, field: string, max: number, required = false): string {
  const t = value.trim();
  if (required && !t) throw badInput(`${field === 'title' ? 'Title' : field} must not be empty.`, field);
  if (t.length > max) throw badInput(`${field} can have at most ${max} characters.`, field);
  return t;
}

function minutes(value: number | null | undefined, field: string, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) throw badInput(`${field} must be a whole number of minutes between 0 and ${max}.`, field);
  return value;
}

/**
 * Instructors' class plans on the old app's tables: `class_plans` and `class_plan_sequences`, with
 * `sequence_order` 0-based and without gaps (the old app lists sequences by it). Every operation first
 * checks that the caller is an instructor (FORBIDDEN otherwise); another instructor's plan answers
 * exactly like a missing one (NOT_FOUND).
 */
export class ClassPlanService {
  constructor(private readonly em: EntityManager) {}

  private async instructor(principal: Principal): Promise<number> {
    const user = await loadUser(this.em, principal);
    if (!user.isInstructor) throw forbidden('Class plans are for instructors.');
    return user.id;
  }

  private async ownPlan(instructorId: number, id: string): Promise<ClassPlan> {
    if (!UUID.test(id)) throw notFound('Class plan');
    const plan = await this.em.findOne(ClassPlan, { id, instructorId });
    if (!plan) throw notFound('Class plan');
    return plan;
  }

  private async ownSequence(instructorId: number, sequenceId: string): Promise<{ plan: ClassPlan; sequence: ClassPlanSequence }> {
    if (!UUID.test(sequenceId)) throw notFound('Sequence');
    const sequence = await this.em.findOne(ClassPlanSequence, { id: sequenceId });
    const plan = sequence ? await this.em.findOne(ClassPlan, { id: sequence.classPlanId, instructorId }) : null;
    if (!sequence || !plan) throw notFound('Sequence');
    return { plan, sequence };
  }

  async list(principal: Principal, args: { difficulty?: string | null; sort?: string | null; first?: number | null; after?: string | null }): Promise<Page<ClassPlan>> {
    const instructorId = await this.instructor(principal);
    const { offset, limit } = pageWindow(args.first, args.after);
    const where: FilterQuery<ClassPlan> = { instructorId };
    if (args.difficulty) where.difficultyLevel = { $in: [args.difficulty, LEGACY_DIFFICULTY[args.difficulty]] };
    const [items, total] = await findPage(this.em, ClassPlan, where, { orderBy: SORTS[args.sort ?? 'newest'] ?? SORTS.newest, offset, limit });
    return toPage(items, total, offset);
  }

  async get(principal: Principal, id: string): Promise<ClassPlan> {
    return this.ownPlan(await this.instructor(principal), id);
  }

  async create(principal: Principal, input: ClassPlanInput): Promise<ClassPlan> {
    const instructorId = await this.instructor(principal);
    const now = new Date();
    const plan = this.em.create(ClassPlan, {
      id: randomUUID(), instructorId, createdAt: now, updatedAt: now,
      title: text(input.title ?? '', 'title', 200, true),
      description: text(input.description ?? '', 'description', 5000),
      difficultyLevel: input.difficulty ?? 'beginner',
      estimatedDuration: minutes(input.estimatedDuration, 'estimatedDuration', 600),
      instructorNotes: text(input.instructorNotes ?? '', 'instructorNotes', 5000),
    });
    await this.em.flush();
    return plan;
  }

  async update(principal: Principal, id: string, input: ClassPlanInput): Promise<ClassPlan> {
    const plan = await this.ownPlan(await this.instructor(principal), id);
    if (input.title != null) plan.title = text(input.title, 'title', 200, true);
    if (input.description != null) plan.description = text(input.description, 'description', 5000);
    if (input.difficulty != null) plan.difficultyLevel = input.difficulty;
    if (input.estimatedDuration !== undefined) plan.estimatedDuration = minutes(input.estimatedDuration, 'estimatedDuration', 600);
    if (input.instructorNotes != null) plan.instructorNotes = text(input.instructorNotes, 'instructorNotes', 5000);
    plan.updatedAt = new Date();
    await this.em.flush();
    return plan;
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    const plan = await this.ownPlan(await this.instructor(principal), id);
    await this.em.transactional(async (em) => {
      await em.nativeDelete(ClassPlanSequence, { classPlanId: plan.id });
      await em.nativeDelete(ClassPlan, { id: plan.id });
    });
    return true;
  }

  /** The plan's sequences in order, each with its saved choreography (one query each, not one per row). */
  async sequences(planId: string): Promise<SequenceView[]> {
    const sequences = await this.em.find(ClassPlanSequence, { classPlanId: planId }, { orderBy: { sequenceOrder: 'ASC' } });
    const ids = [...new Set(sequences.map((s) => s.choreographyId))];
    const saved = ids.length ? await this.em.find(SavedChoreography, { id: { $in: ids } }) : [];
    const byId = new Map(saved.map((s) => [s.id, s]));
    return sequences.map((sequence) => ({ sequence, choreography: byId.get(sequence.choreographyId) ?? null }));
  }

  async sequenceCounts(planIds: string[]): Promise<Map<string, number>> {
    if (!planIds.length) return new Map();
    const rows: Array<{ class_plan_id: string; n: string }> = await this.em.getConnection().execute(
      'SELECT class_plan_id, count(*) AS n FROM class_plan_sequences WHERE class_plan_id IN (?) GROUP BY class_plan_id', [planIds]);
    return new Map(rows.map((r) => [r.class_plan_id, Number(r.n)]));
  }

  async add(principal: Principal, input: { classPlanId: string; choreographyId: string; notes?: string | null; estimatedMinutes?: number | null }): Promise<ClassPlanSequence> {
    const instructorId = await this.instructor(principal);
    const plan = await this.ownPlan(instructorId, input.classPlanId);
    if (!UUID.test(input.choreographyId) || !(await this.em.count(SavedChoreography, { id: input.choreographyId, userId: instructorId }))) {
      throw notFound('Choreography');
    }
    const notes = text(input.notes ?? '', 'notes', 5000);
    const estimatedTime = minutes(input.estimatedMinutes, 'estimatedMinutes', 600);
    return this.em.transactional(async (em) => {
      // Lock the plan row so two concurrent adds cannot take the same position.
      await em.getConnection().execute('SELECT id FROM class_plans WHERE id = ? FOR UPDATE', [plan.id], 'all', em.getTransactionContext());
      const count = await em.count(ClassPlanSequence, { classPlanId: plan.id });
      if (count >= MAX_SEQUENCES) throw badInput(`A class plan can hold at most ${MAX_SEQUENCES} choreographies.`, 'classPlanId');
      const sequence = em.create(ClassPlanSequence, { id: randomUUID(), classPlanId: plan.id, choreographyId: input.choreographyId, sequenceOrder: count, notes, estimatedTime });
      await em.nativeUpdate(ClassPlan, { id: plan.id }, { updatedAt: new Date() });
      await em.flush();
      return sequence;
    });
  }

  async updateSequence(principal: Principal, sequenceId: string, input: { notes?: string | null; estimatedMinutes?: number | null }): Promise<ClassPlanSequence> {
    const { sequence } = await this.ownSequence(await this.instructor(principal), sequenceId);
    if (input.notes != null) sequence.notes = text(input.notes, 'notes', 5000);
    if (input.estimatedMinutes !== undefined) sequence.estimatedTime = minutes(input.estimatedMinutes, 'estimatedMinutes', 600);
    await this.em.flush();
    return sequence;
  }

  async remove(principal: Principal, sequenceId: string): Promise<ClassPlan> {
    const { plan, sequence } = await this.ownSequence(await this.instructor(principal), sequenceId);
    await this.em.transactional(async (em) => {
      await em.nativeDelete(ClassPlanSequence, { id: sequence.id });
      await renumber(em, [plan.id]);
      await em.nativeUpdate(ClassPlan, { id: plan.id }, { updatedAt: new Date() });
    });
    this.em.clear();
    return this.ownPlan(plan.instructorId, plan.id);
  }

  /** All-or-nothing: `sequenceIds` must be exactly the plan's sequences, each once, in the new order. */
  async reorder(principal: Principal, classPlanId: string, sequenceIds: string[]): Promise<ClassPlan> {
    const plan = await this.ownPlan(await this.instructor(principal), classPlanId);
    await this.em.transactional(async (em) => {
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      await conn.execute('SELECT id FROM class_plans WHERE id = ? FOR UPDATE', [plan.id], 'all', ctx);
      const current: Array<{ id: string }> = await conn.execute('SELECT id FROM class_plan_sequences WHERE class_plan_id = ?', [plan.id], 'all', ctx);
      const mine = new Set(current.map((r) => r.id));
      const given = new Set(sequenceIds);
      if (given.size !== sequenceIds.length) throw badInput('Each sequence may appear only once.', 'sequenceIds');
      if (sequenceIds.some((id) => !mine.has(id))) throw badInput('Some sequences are not part of this class plan.', 'sequenceIds');
      if (given.size !== mine.size) throw badInput('List every sequence of the plan, in the new order.', 'sequenceIds');
      // (class_plan_id, sequence_order) is unique and not deferrable: move every row out of the way first.
      await conn.execute('UPDATE class_plan_sequences SET sequence_order = -1 - sequence_order WHERE class_plan_id = ?', [plan.id], 'run', ctx);
      await conn.execute(
        `UPDATE class_plan_sequences s SET sequence_order = o.ord - 1
         FROM unnest(?::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE s.id = o.id AND s.class_plan_id = ?`,
        // Every id was just checked against the plan's own rows, so the array literal holds only UUIDs.
        [`{${sequenceIds.join(',')}}`, plan.id], 'run', ctx);
      await conn.execute('UPDATE class_plans SET updated_at = now() WHERE id = ?', [plan.id], 'run', ctx);
    });
    this.em.clear();
    return this.ownPlan(plan.instructorId, plan.id);
  }

  async duplicate(principal: Principal, id: string): Promise<ClassPlan> {
    const instructorId = await this.instructor(principal);
    const source = await this.ownPlan(instructorId, id);
    const sequences = await this.em.find(ClassPlanSequence, { classPlanId: source.id }, { orderBy: { sequenceOrder: 'ASC' } });
    const now = new Date();
    const copy = this.em.create(ClassPlan, {
      id: randomUUID(), instructorId, createdAt: now, updatedAt: now,
      title: `${source.title} (Copy)`.slice(0, 200), description: source.description, difficultyLevel: source.difficultyLevel,
      estimatedDuration: source.estimatedDuration ?? null, instructorNotes: source.instructorNotes,
    });
    sequences.forEach((s, i) => this.em.create(ClassPlanSequence, {
      id: randomUUID(), classPlanId: copy.id, choreographyId: s.choreographyId, sequenceOrder: i, notes: s.notes, estimatedTime: s.estimatedTime ?? null,
    }));
    await this.em.flush();
    return copy;
  }

  async summary(principal: Principal, id: string): Promise<{ plan: ClassPlan; sequences: SequenceView[]; totalEstimatedMinutes: number; difficultyBreakdown: Array<{ difficulty: Difficulty; count: number }> }> {
    const plan = await this.ownPlan(await this.instructor(principal), id);
    const sequences = await this.sequences(plan.id);
    const counts = new Map<Difficulty, number>(DIFFICULTIES.map((d) => [d, 0]));
    let totalEstimatedMinutes = 0;
    for (const { sequence, choreography } of sequences) {
      totalEstimatedMinutes += sequence.estimatedTime ?? 0;
      if (choreography) {
        const d = toDifficulty(choreography.difficulty) ?? 'beginner';
        counts.set(d, (counts.get(d) ?? 0) + 1);
      }
    }
    return { plan, sequences, totalEstimatedMinutes, difficultyBreakdown: [...counts].map(([difficulty, count]) => ({ difficulty, count })) };
  }

  async stats(principal: Principal): Promise<{ totalPlans: number; uniqueChoreographies: number; difficultyBreakdown: Array<{ difficulty: Difficulty; count: number }>; plansLast30Days: number; averageSequencesPerPlan: number }> {
    const instructorId = await this.instructor(principal);
    const conn = this.em.getConnection();
    const plans: Array<{ difficulty_level: string; n: string; recent: string }> = await conn.execute(
      `SELECT difficulty_level, count(*) AS n, count(*) FILTER (WHERE created_at > now() - interval '30 days') AS recent
       FROM class_plans WHERE instructor_id = ? GROUP BY difficulty_level`, [instructorId]);
    const [seq]: Array<{ total: string; uniq: string }> = await conn.execute(
      `SELECT count(s.id) AS total, count(DISTINCT s.choreography_id) AS uniq
       FROM class_plan_sequences s JOIN class_plans p ON p.id = s.class_plan_id WHERE p.instructor_id = ?`, [instructorId]);
    const counts = new Map<Difficulty, number>(DIFFICULTIES.map((d) => [d, 0]));
    let totalPlans = 0, plansLast30Days = 0;
    for (const r of plans) {
      const d = toDifficulty(r.difficulty_level) ?? 'beginner';
      counts.set(d, (counts.get(d) ?? 0) + Number(r.n));
      totalPlans += Number(r.n);
      plansLast30Days += Number(r.recent);
    }
    return {
      totalPlans, plansLast30Days, uniqueChoreographies: Number(seq?.uniq ?? 0),
      averageSequencesPerPlan: totalPlans ? Math.round((Number(seq?.total ?? 0) / totalPlans) * 100) / 100 : 0,
      difficultyBreakdown: [...counts].map(([difficulty, count]) => ({ difficulty, count })),
    };
  }

  /** What the printable class sheet shows. */
  async sheet(principal: Principal, id: string): Promise<ClassSheet> {
    const s = await this.summary(principal, id);
    const moves = await this.movesOf(s.sequences.flatMap((v) => (v.choreography ? [v.choreography] : [])));
    return {
      title: s.plan.title, difficulty: toDifficulty(s.plan.difficultyLevel) ?? 'beginner', duration: s.plan.estimatedDuration ?? null,
      description: s.plan.description, notes: s.plan.instructorNotes, totalEstimatedMinutes: s.totalEstimatedMinutes,
      sequences: s.sequences.map(({ sequence, choreography }, i) => ({
        position: i + 1, title: choreography?.title ?? 'Deleted choreography', difficulty: toDifficulty(choreography?.difficulty ?? '') ?? 'beginner',
        notes: sequence.notes, estimatedMinutes: sequence.estimatedTime ?? null, missing: !choreography,
        moves: (choreography ? moves.get(choreography.id) : undefined)?.map((m) => ({ name: m.name, counts: m.beats })) ?? [],
      })),
    };
  }

  /** The moves of a saved choreography, from the plan of the task it was saved from (for the class sheet). */
  async movesOf(choreographies: SavedChoreography[]): Promise<Map<string, Array<{ name: string; beats: number; start: number }>>> {
    const taskIds = choreographies.map((c) => c.taskId ?? (c.generationParameters?.task_id as string | undefined)).filter((t): t is string => !!t && UUID.test(t));
    const tasks = taskIds.length ? await this.em.find(ChoreographyTask, { taskId: { $in: taskIds } }, { fields: ['taskId', 'result'] }) : [];
    const byTask = new Map(tasks.map((t) => [t.taskId, t.result as Record<string, unknown> | null]));
    const out = new Map<string, Array<{ name: string; beats: number; start: number }>>();
    for (const c of choreographies) {
      const result = byTask.get(c.taskId ?? (c.generationParameters?.task_id as string) ?? '');
      const timeline = ((result?.plan as { timeline?: unknown[] } | undefined)?.timeline ?? []) as Array<Record<string, unknown>>;
      out.set(c.id, timeline.filter((e) => !e.hold).map((e) => ({ name: String(e.name ?? e.moveId ?? 'Move'), beats: Number(e.beats ?? 0), start: Number(e.start ?? 0) })));
    }
    return out;
  }
}

/** Closes the gaps in `sequence_order` after rows were removed (0, 1, 2, … in the existing order). */
export async function renumber(em: EntityManager, planIds: string[]): Promise<void> {
  if (!planIds.length) return;
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  await conn.execute('UPDATE class_plan_sequences SET sequence_order = -1 - sequence_order WHERE class_plan_id IN (?)', [planIds], 'run', ctx);
  await conn.execute(
    `UPDATE class_plan_sequences s SET sequence_order = r.rn - 1
     FROM (SELECT id, row_number() OVER (PARTITION BY class_plan_id ORDER BY -1 - sequence_order) AS rn FROM class_plan_sequences WHERE class_plan_id IN (?)) r
     WHERE s.id = r.id`, [planIds], 'run', ctx);
}

/** Removes saved choreographies from every class plan that uses them, keeping each plan's order gap-free. */
export async function removeFromClassPlans(em: EntityManager, choreographyIds: string[]): Promise<void> {
  if (!choreographyIds.length) return;
  await em.transactional(async (tx) => {
    const rows: Array<{ class_plan_id: string }> = await tx.getConnection().execute(
      'SELECT DISTINCT class_plan_id FROM class_plan_sequences WHERE choreography_id IN (?)', [choreographyIds], 'all', tx.getTransactionContext());
    await tx.getConnection().execute('DELETE FROM class_plan_sequences WHERE choreography_id IN (?)', [choreographyIds], 'run', tx.getTransactionContext());
    await renumber(tx, rows.map((r) => r.class_plan_id));
  });
}
