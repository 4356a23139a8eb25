import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSql } from './support/database';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

const LEGACY = resolve(__dirname, '..', '..', '..', 'shared', 'legacy');
const legacyPresent = existsSync(join(LEGACY, 'seed.sql'));
if (!legacyPresent) console.warn(`Class plans: the legacy-row test is skipped because ${LEGACY} is absent.`);

let t: TestApp;
let songId: number;
beforeAll(async () => {
  t = await startTestApp({
    beforeMigrate: legacyPresent ? async (url) => {
      await runSql(url, readFileSync(join(LEGACY, 'schema.sql'), 'utf8'));
      await runSql(url, readFileSync(join(LEGACY, 'seed.sql'), 'utf8'));
    } : undefined,
  });
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Obsesión', 'Aventura', 180, 128, 'songs/o.mp3', now(), now()) RETURNING id`);
  songId = rows[0].id;
}, 60000);
afterAll(async () => { await t.close(); });

async function instructor() {
  const u = await registerUser(t);
  await t.app.services.pool.query('UPDATE users SET is_instructor = true WHERE id = $1', [u.user.id]);
  return u;
}

/** A saved choreography of `userId` whose task has a two-move plan, as the job and saveChoreography leave it. */
async function savedChoreography(userId: string, title: string, difficulty = 'beginner'): Promise<string> {
  const taskId = crypto.randomUUID();
  await t.app.services.pool.query(
    `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, result, created_at, updated_at, user_id, song_id, parameters)
     VALUES ($1, 'completed', 100, 'done', 'Ready', $2, now(), now(), $3, $4, '{}')`,
    [taskId, { video: 'output/x.mp4', plan: { version: 1, timeline: [
      { moveId: 'intro', name: 'Hold the pose', start: 0, end: 0.4, beats: 0, hold: true },
      { moveId: 'basic', name: 'Basic step', start: 0.4, end: 8, beats: 16 },
      { moveId: 'turn', name: 'Right turn <&>', start: 8, end: 12, beats: 8 },
    ] } }, userId, songId]);
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO saved_choreographies (id, title, video_path, difficulty, duration, music_info, generation_parameters, created_at, user_id)
     VALUES (gen_random_uuid(), $1, 'output/x.mp4', $2, 120, '{}', $3, now(), $4) RETURNING id`, [title, difficulty, { task_id: taskId }, userId]);
  return rows[0].id;
}

const PLAN_FIELDS = 'id title description difficulty estimatedDuration instructorNotes sequenceCount sheetPath sequences { id order notes estimatedMinutes choreographyId choreography { id title } }';
const CREATE = `mutation($title: String!, $d: Difficulty, $m: Int, $desc: String) { createClassPlan(title: $title, difficulty: $d, estimatedDuration: $m, description: $desc, instructorNotes: "Count out loud") { ${PLAN_FIELDS} } }`;
const ADD = 'mutation($p: ID!, $c: ID!, $n: String, $m: Int) { addToClassPlan(classPlanId: $p, choreographyId: $c, notes: $n, estimatedMinutes: $m) { id order notes estimatedMinutes choreography { title } } }';
const PLAN = `query($id: ID!) { classPlan(id: $id) { ${PLAN_FIELDS} } }`;

async function orders(planId: string): Promise<Array<{ id: string; sequence_order: number }>> {
  return (await t.app.services.pool.query('SELECT id, sequence_order FROM class_plan_sequences WHERE class_plan_id = $1 ORDER BY sequence_order', [planId])).rows;
}

describe('class plans', () => {
  it('are for instructors only: a dancer gets FORBIDDEN on every operation', async () => {
    const dancer = await registerUser(t);
    const id = crypto.randomUUID();
    const ops = [
      ['query { classPlans { totalCount } }', {}],
      ['query($id: ID!) { classPlan(id: $id) { id } }', { id }],
      ['query($id: ID!) { classPlanSummary(id: $id) { totalSequences } }', { id }],
      ['query { instructorStats { totalPlans } }', {}],
      [CREATE, { title: 'Mine' }],
      ['mutation($id: ID!) { duplicateClassPlan(id: $id) { id } }', { id }],
      ['mutation($id: ID!) { deleteClassPlan(id: $id) }', { id }],
      ['mutation($id: ID!) { reorderClassPlan(classPlanId: $id, sequenceIds: []) { id } }', { id }],
    ] as const;
    for (const [query, variables] of ops) {
      const r = await t.gql(query, variables, dancer.accessToken);
      expect(r.errors?.[0]).toMatchObject({ message: 'Class plans are for instructors.', extensions: { code: 'FORBIDDEN' } });
    }
    expect((await t.gql('query { classPlans { totalCount } }', {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('create, add, update, summary and stats, with rows the old app can read', async () => {
    const u = await instructor();
    const a = await savedChoreography(u.user.id, 'Warm-up', 'beginner');
    const b = await savedChoreography(u.user.id, 'Turns', 'intermediate');
    const created = await t.gql(CREATE, { title: '  Week 2  ', d: 'INTERMEDIATE', m: 75, desc: 'Turns and styling' }, u.accessToken);
    expect(created.errors).toBeUndefined();
    const plan = created.data.createClassPlan;
    expect(plan).toMatchObject({ title: 'Week 2', difficulty: 'INTERMEDIATE', estimatedDuration: 75, instructorNotes: 'Count out loud', sequenceCount: 0, sequences: [] });
    const s1 = await t.gql(ADD, { p: plan.id, c: a, n: 'Slow first', m: 10 }, u.accessToken);
    const s2 = await t.gql(ADD, { p: plan.id, c: b, m: 20 }, u.accessToken);
    expect(s1.data.addToClassPlan).toMatchObject({ order: 0, notes: 'Slow first', estimatedMinutes: 10, choreography: { title: 'Warm-up' } });
    expect(s2.data.addToClassPlan).toMatchObject({ order: 1, notes: '', estimatedMinutes: 20 });
    const updated = await t.gql('mutation($s: ID!) { updateClassPlanSequence(sequenceId: $s, notes: "Then fast", estimatedMinutes: 15) { notes estimatedMinutes } }', { s: s1.data.addToClassPlan.id }, u.accessToken);
    expect(updated.data.updateClassPlanSequence).toEqual({ notes: 'Then fast', estimatedMinutes: 15 });
    const renamed = await t.gql('mutation($id: ID!) { updateClassPlan(id: $id, title: "Week 2: turns", estimatedDuration: null) { title estimatedDuration description } }', { id: plan.id }, u.accessToken);
    expect(renamed.data.updateClassPlan).toEqual({ title: 'Week 2: turns', estimatedDuration: null, description: 'Turns and styling' });

    const summary = await t.gql('query($id: ID!) { classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } sequences { order choreography { title } } plan { title } } }', { id: plan.id }, u.accessToken);
    expect(summary.data.classPlanSummary).toEqual({
      totalSequences: 2, totalEstimatedMinutes: 35, plan: { title: 'Week 2: turns' },
      difficultyBreakdown: [{ difficulty: 'BEGINNER', count: 1 }, { difficulty: 'INTERMEDIATE', count: 1 }, { difficulty: 'ADVANCED', count: 0 }],
      sequences: [{ order: 0, choreography: { title: 'Warm-up' } }, { order: 1, choreography: { title: 'Turns' } }],
    });
    const stats = await t.gql('query { instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } } }', {}, u.accessToken);
    expect(stats.data.instructorStats).toMatchObject({ totalPlans: 1, uniqueChoreographies: 2, plansLast30Days: 1, averageSequencesPerPlan: 2 });
    expect(stats.data.instructorStats.difficultyBreakdown).toContainEqual({ difficulty: 'INTERMEDIATE', count: 1 });

    // The old app's columns: NOT NULL text filled, timestamps set, 0-based order.
    const { rows } = await t.app.services.pool.query('SELECT title, description, difficulty_level, estimated_duration, instructor_notes, created_at, updated_at, instructor_id FROM class_plans WHERE id = $1', [plan.id]);
    expect(rows[0]).toMatchObject({ title: 'Week 2: turns', difficulty_level: 'intermediate', estimated_duration: null, instructor_notes: 'Count out loud', instructor_id: String(u.user.id) });
    expect((await orders(plan.id)).map((r) => r.sequence_order)).toEqual([0, 1]);
  });

  it('rejects bad input and choreographies that are not the instructor\'s', async () => {
    const u = await instructor();
    const other = await registerUser(t);
    const foreign = await savedChoreography(other.user.id, 'Not yours');
    const plan = (await t.gql(CREATE, { title: 'Bad input' }, u.accessToken)).data.createClassPlan;
    expect((await t.gql(CREATE, { title: '   ' }, u.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await t.gql(CREATE, { title: 'x', m: -5 }, u.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'estimatedDuration' });
    expect((await t.gql(ADD, { p: plan.id, c: foreign }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(ADD, { p: plan.id, c: 'not-a-uuid' }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const mine = await savedChoreography(u.user.id, 'Mine');
    expect((await t.gql(ADD, { p: plan.id, c: mine, m: 9999 }, u.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'estimatedMinutes' });
    expect(await orders(plan.id)).toEqual([]);
  });

  it('another instructor\'s plan answers NOT_FOUND, exactly like a missing one', async () => {
    const owner = await instructor();
    const intruder = await instructor();
    const c = await savedChoreography(owner.user.id, 'Owner\'s');
    const plan = (await t.gql(CREATE, { title: 'Private' }, owner.accessToken)).data.createClassPlan;
    const seq = (await t.gql(ADD, { p: plan.id, c }, owner.accessToken)).data.addToClassPlan;
    const probes = [
      [PLAN, { id: plan.id }],
      ['query($id: ID!) { classPlanSummary(id: $id) { totalSequences } }', { id: plan.id }],
      ['mutation($id: ID!) { updateClassPlan(id: $id, title: "Mine now") { id } }', { id: plan.id }],
      ['mutation($id: ID!) { deleteClassPlan(id: $id) }', { id: plan.id }],
      ['mutation($id: ID!) { duplicateClassPlan(id: $id) { id } }', { id: plan.id }],
      ['mutation($id: ID!, $s: [ID!]!) { reorderClassPlan(classPlanId: $id, sequenceIds: $s) { id } }', { id: plan.id, s: [seq.id] }],
      ['mutation($s: ID!) { removeFromClassPlan(sequenceId: $s) { id } }', { s: seq.id }],
      ['mutation($s: ID!) { updateClassPlanSequence(sequenceId: $s, notes: "x") { id } }', { s: seq.id }],
    ] as const;
    for (const [query, variables] of probes) {
      const r = await t.gql(query, variables, intruder.accessToken);
      expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await t.gql('query { classPlans { totalCount } }', {}, intruder.accessToken)).data.classPlans.totalCount).toBe(0);
    const sheet = await fetch(`${t.url}/api/class-plans/${plan.id}/sheet.pdf`, { headers: { authorization: `Bearer ${intruder.accessToken}` } });
    expect(sheet.status).toBe(404);
    expect((await t.gql(PLAN, { id: plan.id }, owner.accessToken)).data.classPlan).toMatchObject({ title: 'Private', sequenceCount: 1 });
  });

  it('reorders all-or-nothing, removes without gaps, and keeps plans gap-free when a choreography is deleted', async () => {
    const u = await instructor();
    const ids = [];
    for (const title of ['A', 'B', 'C', 'D']) ids.push(await savedChoreography(u.user.id, title));
    const plan = (await t.gql(CREATE, { title: 'Order' }, u.accessToken)).data.createClassPlan;
    const seqs: string[] = [];
    for (const c of ids) seqs.push((await t.gql(ADD, { p: plan.id, c }, u.accessToken)).data.addToClassPlan.id);
    const REORDER = 'mutation($p: ID!, $s: [ID!]!) { reorderClassPlan(classPlanId: $p, sequenceIds: $s) { sequences { order choreography { title } } } }';
    const r = await t.gql(REORDER, { p: plan.id, s: [seqs[2], seqs[0], seqs[3], seqs[1]] }, u.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.reorderClassPlan.sequences.map((s: { choreography: { title: string } }) => s.choreography.title)).toEqual(['C', 'A', 'D', 'B']);
    expect((await orders(plan.id)).map((o) => o.sequence_order)).toEqual([0, 1, 2, 3]);

    // Another plan's sequence, a missing one, a duplicate or an incomplete list: rejected, nothing changed.
    const otherPlan = (await t.gql(CREATE, { title: 'Other' }, u.accessToken)).data.createClassPlan;
    const foreignSeq = (await t.gql(ADD, { p: otherPlan.id, c: ids[0] }, u.accessToken)).data.addToClassPlan.id;
    const before = await orders(plan.id);
    for (const s of [[seqs[0], seqs[1], seqs[2], foreignSeq], [seqs[0], seqs[1], seqs[2]], [seqs[0], seqs[0], seqs[1], seqs[2]], [...seqs, foreignSeq]]) {
      const bad = await t.gql(REORDER, { p: plan.id, s }, u.accessToken);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sequenceIds' });
    }
    expect(await orders(plan.id)).toEqual(before);

    // Remove the one in position 1 (A): the rest move up.
    const removed = await t.gql('mutation($s: ID!) { removeFromClassPlan(sequenceId: $s) { sequenceCount sequences { order choreography { title } } } }', { s: seqs[0] }, u.accessToken);
    expect(removed.data.removeFromClassPlan.sequences).toEqual([{ order: 0, choreography: { title: 'C' } }, { order: 1, choreography: { title: 'D' } }, { order: 2, choreography: { title: 'B' } }]);

    // Deleting D from the collection takes it out of the plan, still without gaps.
    expect((await t.gql('mutation($id: ID!) { deleteChoreography(id: $id) }', { id: ids[3] }, u.accessToken)).data.deleteChoreography).toBe(true);
    expect((await orders(plan.id)).map((o) => o.sequence_order)).toEqual([0, 1]);
    expect((await t.gql(PLAN, { id: plan.id }, u.accessToken)).data.classPlan.sequences.map((s: { choreography: { title: string } }) => s.choreography.title)).toEqual(['C', 'B']);
  });

  it('duplicates a plan with its sequences, and deletes a plan with its sequences', async () => {
    const u = await instructor();
    const c = await savedChoreography(u.user.id, 'Solo');
    const plan = (await t.gql(CREATE, { title: 'Original', m: 45 }, u.accessToken)).data.createClassPlan;
    await t.gql(ADD, { p: plan.id, c, n: 'Twice', m: 5 }, u.accessToken);
    const copy = (await t.gql('mutation($id: ID!) { duplicateClassPlan(id: $id) { id title estimatedDuration sequences { order notes estimatedMinutes choreography { title } } } }', { id: plan.id }, u.accessToken)).data.duplicateClassPlan;
    expect(copy).toMatchObject({ title: 'Original (Copy)', estimatedDuration: 45, sequences: [{ order: 0, notes: 'Twice', estimatedMinutes: 5, choreography: { title: 'Solo' } }] });
    expect(copy.id).not.toBe(plan.id);
    expect((await t.gql('mutation($id: ID!) { deleteClassPlan(id: $id) }', { id: plan.id }, u.accessToken)).data.deleteClassPlan).toBe(true);
    expect(await orders(plan.id)).toEqual([]);
    expect((await t.gql(PLAN, { id: plan.id }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(PLAN, { id: copy.id }, u.accessToken)).data.classPlan.sequenceCount).toBe(1);
  });

  it('lists with difficulty filter, sort and pages', async () => {
    const u = await instructor();
    for (const [title, d] of [['Zouk-ish', 'ADVANCED'], ['Alpha', 'BEGINNER'], ['Middle', 'BEGINNER']] as const) await t.gql(CREATE, { title, d }, u.accessToken);
    const byTitle = await t.gql('query { classPlans(sort: TITLE) { totalCount edges { node { title } } } }', {}, u.accessToken);
    expect(byTitle.data.classPlans.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Alpha', 'Middle', 'Zouk-ish']);
    const beginners = await t.gql('query { classPlans(difficulty: BEGINNER, sort: TITLE, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }', {}, u.accessToken);
    expect(beginners.data.classPlans).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { title: 'Alpha' } }] });
    const next = await t.gql('query($a: String) { classPlans(difficulty: BEGINNER, sort: TITLE, first: 1, after: $a) { edges { node { title } } } }', { a: beginners.data.classPlans.pageInfo.endCursor }, u.accessToken);
    expect(next.data.classPlans.edges).toEqual([{ node: { title: 'Middle' } }]);
  });

  it('exports a class sheet as HTML and PDF with titles, moves and counts, to its instructor only', async () => {
    const u = await instructor();
    const c = await savedChoreography(u.user.id, 'Bachata <Basics>', 'beginner');
    const plan = (await t.gql(CREATE, { title: 'Sheet night', m: 60, desc: 'Footwork first' }, u.accessToken)).data.createClassPlan;
    await t.gql(ADD, { p: plan.id, c, n: 'Watch the tap on 4', m: 12 }, u.accessToken);
    const auth = { authorization: `Bearer ${u.accessToken}` };
    const html = await fetch(`${t.url}${plan.sheetPath}.html`, { headers: auth });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const page = await html.text();
    for (const text of ['Sheet night', 'Footwork first', 'Count out loud', 'Bachata &lt;Basics&gt;', 'Watch the tap on 4', 'Basic step', '16 counts', 'Right turn &lt;&amp;&gt;', '8 counts', '12 min']) expect(page).toContain(text);
    expect(page).not.toContain('<Basics>');
    expect(page).not.toContain('Hold the pose');

    const pdf = await fetch(`${t.url}${plan.sheetPath}.pdf`, { headers: auth });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/attachment; filename="Sheet night.pdf"/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { execFileSync } = await import('node:child_process');
    // poppler's pdftotext (installed by .ci/run) opens it as any PDF reader would.
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString();
    for (const s of ['Sheet night', 'Bachata <Basics>', 'Basic step', '16 counts', 'Watch the tap on 4']) expect(text).toContain(s);
    expect((await fetch(`${t.url}${plan.sheetPath}.pdf`)).status).toBe(401);
    expect((await fetch(`${t.url}${plan.sheetPath}.docx`, { headers: auth })).status).toBe(404);
  });

  (legacyPresent ? it : it.skip)('shows the old app\'s class plan and its sequence through the API', async () => {
    const login = await t.gql('mutation { login(usernameOrEmail: "carlos_instructor", password: "Dominicana#1") { accessToken } }', {});
    expect(login.errors).toBeUndefined();
    const token = login.data.login.accessToken;
    const list = await t.gql(`query { classPlans { totalCount edges { node { ${PLAN_FIELDS} } } } }`, {}, token);
    expect(list.errors).toBeUndefined();
    expect(list.data.classPlans.totalCount).toBe(1);
    expect(list.data.classPlans.edges[0].node).toMatchObject({
      id: '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', title: 'Beginners week 1', description: 'Basics and first turn', difficulty: 'BEGINNER',
      estimatedDuration: 60, instructorNotes: 'Count out loud', sequenceCount: 1,
      sequences: [{ order: 0, notes: 'Warm-up', estimatedMinutes: 10, choreographyId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', choreography: { title: 'Class warm-up' } }],
    });
  });
});
