import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import { SessionProvider } from '../src/auth/AuthContext';
import { Session, type SessionUser } from '../src/auth/session';
import Instructor from '../src/pages/instructor';
import { canSeeInstructorArea } from '../src/pages/instructor/access';
import { dropIndex, moveBy, moveItem, nextInPlan, reorderKey } from '../src/pages/instructor/reorder';

describe('reorder logic', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves one item, clamped, and leaves the rest in order', () => {
    expect(moveItem(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(ids, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(ids, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(ids, 2, 2)).toBe(ids);
    expect(moveItem(ids, -1, 2)).toBe(ids);
  });
  it('steps up, down, first and last; a step off the end changes nothing', () => {
    expect(moveBy(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'c', 'first')).toEqual(['c', 'a', 'b', 'd']);
    expect(moveBy(ids, 'a', 'last')).toEqual(['b', 'c', 'd', 'a']);
    expect(moveBy(ids, 'a', -1)).toEqual(ids);
    expect(moveBy(ids, 'd', 1)).toEqual(ids);
  });
  it('maps the handle keys', () => {
    expect([reorderKey('ArrowUp'), reorderKey('ArrowDown'), reorderKey('Home'), reorderKey('End'), reorderKey('Enter')]).toEqual([-1, 1, 'first', 'last', null]);
  });
  it('drops above or below the row under the pointer', () => {
    // dragging a (0) over c (2): upper half → before c, lower half → after c
    expect(moveItem(ids, 0, dropIndex(0, 2, true))).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(ids, 0, dropIndex(0, 2, false))).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(ids, 3, dropIndex(3, 1, true))).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(ids, 3, dropIndex(3, 1, false))).toEqual(['a', 'b', 'd', 'c']);
  });
  it('"practise this plan" goes to the next choreography, also when one appears twice', () => {
    expect(nextInPlan(['7', '8', '7', '9'], '7')).toEqual({ id: '8', index: 1 });
    expect(nextInPlan(['7', '8', '7', '9'], '7', 2)).toEqual({ id: '9', index: 3 });
    expect(nextInPlan(['7', '8'], '8')).toBeNull();
  });
});

// ---- the pages, against a canned GraphQL server (the real API is exercised in test/e2e/instructor.test.ts)

const user = (isInstructor: boolean): SessionUser => ({
  __typename: 'User', id: '1', username: 'teacher', email: 't@example.com', displayName: 'T', dateJoined: '2026-01-01T00:00:00Z', isInstructor,
  preferences: { __typename: 'Preferences', autoSaveChoreographies: false, defaultDifficulty: 'BEGINNER', emailNotifications: false },
});

const seq = (id: string, order: number, title: string) => ({
  __typename: 'ClassPlanSequence', id, order, notes: '', estimatedMinutes: 5, choreographyId: `c${id}`,
  choreography: { __typename: 'SavedChoreography', id: `c${id}`, title, difficulty: 'BEGINNER', duration: 60, posterUrl: null },
});
function planWith(order: string[]) {
  const titles: Record<string, string> = { s1: 'Warm-up basics', s2: 'Turn pattern', s3: 'Dip finale' };
  return {
    __typename: 'ClassPlan', id: '5', title: 'Monday beginners', difficulty: 'BEGINNER', estimatedDuration: 60, description: '', instructorNotes: '',
    sequenceCount: order.length, sheetPath: '/api/class-plans/5/sheet', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z',
    sequences: order.map((id, i) => seq(id, i, titles[id])),
  };
}

function renderArea(isInstructor: boolean, pathname: string) {
  const calls: Array<{ name: string; variables: Record<string, unknown> }> = [];
  let order = ['s1', 's2', 's3'];
  const link = new ApolloLink((op) => new Observable((sub) => {
    const name = op.operationName ?? '';
    calls.push({ name, variables: op.variables });
    let data: Record<string, unknown>;
    if (name === 'ClassPlans') {
      data = {
        classPlans: { __typename: 'ClassPlanConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [{ __typename: 'ClassPlanEdge', cursor: 'x', node: { __typename: 'ClassPlan', id: '5', title: 'Monday beginners', difficulty: 'BEGINNER', estimatedDuration: 60, sequenceCount: 3, updatedAt: '2026-01-02T00:00:00Z' } }] },
        instructorStats: { __typename: 'InstructorStats', totalPlans: 1, uniqueChoreographies: 3, plansLast30Days: 1, averageSequencesPerPlan: 3, difficultyBreakdown: [] },
      };
    } else if (name === 'ClassPlan') data = { classPlan: planWith(order) };
    else if (name === 'ClassPlanSummary') data = { classPlanSummary: { __typename: 'ClassPlanSummary', totalSequences: 3, totalEstimatedMinutes: 15, difficultyBreakdown: [] } };
    else if (name === 'PickChoreographies') data = { collections: { __typename: 'SavedChoreographyConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } };
    else if (name === 'ReorderClassPlan') { order = op.variables.sequenceIds as string[]; data = { reorderClassPlan: planWith(order) }; }
    else { sub.error(new Error(`unexpected ${name}`)); return; }
    sub.next({ data }); sub.complete();
  }));
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const session = new Session({ endpoint: '/graphql', storage: window.localStorage, fetch: () => { throw new Error('no fetch'); } });
  session.accept({ accessToken: 'a', refreshToken: 'r', expiresIn: 3600, user: user(isInstructor) }, false);
  render(<SessionProvider session={session}><ApolloProvider client={client}><Instructor pathname={pathname} /></ApolloProvider></SessionProvider>);
  return { calls };
}

describe('instructor area visibility', () => {
  it('is for instructors only', () => {
    expect(canSeeInstructorArea(null)).toBe(false);
    expect(canSeeInstructorArea(user(false))).toBe(false);
    expect(canSeeInstructorArea(user(true))).toBe(true);
  });
  it('a dancer who is not an instructor sees an explanation and no request goes out', () => {
    const { calls } = renderArea(false, '/instructor');
    expect(screen.getByRole('heading', { name: 'Class plans are for instructors' })).toBeTruthy();
    expect(calls).toEqual([]);
  });
  it('an instructor sees the plans list', async () => {
    renderArea(true, '/instructor');
    expect(await screen.findByRole('link', { name: 'Monday beginners' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Class plans' })).toBeTruthy();
  });
});

describe('plan editor: keyboard and button reorder', () => {
  const titles = () => within(screen.getByRole('list', { name: 'Sequences' })).getAllByRole('listitem').map((li) => li.querySelector('.seq-title a')?.textContent);

  it('moves a sequence with the arrow keys on its handle, keeps focus there, and sends the whole new order', async () => {
    const { calls } = renderArea(true, '/instructor/plans/5');
    const handle = await screen.findByRole('button', { name: /Reorder Dip finale, position 3 of 3/ });
    handle.focus();
    await act(async () => { fireEvent.keyDown(handle, { key: 'ArrowUp' }); });
    await waitFor(() => expect(titles()).toEqual(['Warm-up basics', 'Dip finale', 'Turn pattern']));
    expect(calls.filter((c) => c.name === 'ReorderClassPlan').map((c) => c.variables)).toEqual([{ classPlanId: '5', sequenceIds: ['s1', 's3', 's2'] }]);
    const moved = screen.getByRole('button', { name: /Reorder Dip finale, position 2 of 3/ });
    expect(document.activeElement).toBe(moved);
    expect(screen.getByText('Dip finale moved to position 2 of 3.')).toBeTruthy();
    await act(async () => { fireEvent.keyDown(moved, { key: 'Home' }); });
    await waitFor(() => expect(titles()).toEqual(['Dip finale', 'Warm-up basics', 'Turn pattern']));
    // A key that means nothing, and a move past the top, send nothing.
    await act(async () => { fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' }); fireEvent.keyDown(document.activeElement!, { key: 'a' }); });
    expect(calls.filter((c) => c.name === 'ReorderClassPlan')).toHaveLength(2);
  });

  it('moves with the down button', async () => {
    const { calls } = renderArea(true, '/instructor/plans/5');
    fireEvent.click(await screen.findByRole('button', { name: 'Move Warm-up basics down' }));
    await waitFor(() => expect(titles()).toEqual(['Turn pattern', 'Warm-up basics', 'Dip finale']));
    expect(calls.find((c) => c.name === 'ReorderClassPlan')?.variables).toEqual({ classPlanId: '5', sequenceIds: ['s2', 's1', 's3'] });
    expect((screen.getByRole('button', { name: 'Move Turn pattern up' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
