import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Difficulty } from '../../graphql/generated/graphql';
import { Link, navigate } from '../../router';
import { DIFFICULTIES, formatDate, titleCase } from '../../format';
import { problemsOf } from '../../errors';
import { useOnline } from '../../pwa/offline';
import { ClassPlansDocument, CreateClassPlanDocument } from './documents';

function NewPlan() {
  const online = useOnline();
  const [create, { loading }] = useMutation(CreateClassPlanDocument);
  const [title, setTitle] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty>('BEGINNER');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) { setError('Give the class a title.'); return; }
    try {
      const { data } = await create({ variables: { title: title.trim(), difficulty } });
      if (data) navigate(`/instructor/plans/${data.createClassPlan.id}`);
    } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="New class plan" noValidate>
      <h2>New class plan</h2>
      <div className="row">
        <div className="field grow"><label htmlFor="np-title">Title</label><input id="np-title" value={title} onChange={(e) => { setTitle(e.target.value); setError(null); }} aria-invalid={error ? true : undefined} aria-describedby={error ? 'np-error' : undefined} /></div>
        <div className="field"><label htmlFor="np-diff">Difficulty</label>
          <select id="np-diff" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
      </div>
      {error && <p id="np-error" className="error" role="alert">{error}</p>}
      <button className="btn primary" type="submit" disabled={loading || !online}>{online ? 'Create plan' : 'Creating needs a connection'}</button>
    </form>
  );
}

export function InstructorPlans() {
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const { data, loading, error, fetchMore } = useQuery(ClassPlansDocument, { variables: { difficulty: difficulty || null, first: 20 }, fetchPolicy: 'cache-and-network' });
  const plans = data?.classPlans.edges.map((e) => e.node) ?? [];
  const stats = data?.instructorStats;
  return (
    <section className="page">
      <h1 tabIndex={-1}>Class plans</h1>
      {stats && (
        <dl className="stats">
          <div><dt>Plans</dt><dd>{stats.totalPlans}</dd></div>
          <div><dt>Choreographies used</dt><dd>{stats.uniqueChoreographies}</dd></div>
          <div><dt>Last 30 days</dt><dd>{stats.plansLast30Days}</dd></div>
          <div><dt>Sequences per plan</dt><dd>{stats.averageSequencesPerPlan.toFixed(1)}</dd></div>
        </dl>
      )}
      <div className="row filters" role="search" aria-label="Class plans">
        <div className="field plan-filter"><label htmlFor="cp-diff">Filter by difficulty</label>
          <select id="cp-diff" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty | '')}><option value="">All</option>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
      </div>
      {error && !data && <p className="error" role="alert">{problemsOf(error)[0].message}</p>}
      {loading && !data && <p className="muted" role="status">Loading your plans…</p>}
      {data && <p className="muted small" role="status">{data.classPlans.totalCount} plan{data.classPlans.totalCount === 1 ? '' : 's'}</p>}
      {data && plans.length === 0 && <p className="empty">{difficulty ? 'No plans at this difficulty.' : 'No class plans yet: create one below, then add choreographies from your collection.'}</p>}
      <ul className="plan-list">
        {plans.map((p) => (
          <li key={p.id} className="card plan-item">
            <h2 className="tile-title"><Link to={`/instructor/plans/${p.id}`}>{p.title}</Link></h2>
            <p className="muted small">{titleCase(p.difficulty)} · {p.sequenceCount} sequence{p.sequenceCount === 1 ? '' : 's'}{p.estimatedDuration ? ` · ${p.estimatedDuration} min` : ''} · updated {formatDate(p.updatedAt)}</p>
          </li>
        ))}
      </ul>
      {data?.classPlans.pageInfo.hasNextPage && (
        <button type="button" className="btn wide" onClick={() => fetchMore({ variables: { after: data.classPlans.pageInfo.endCursor } })}>Load more</button>
      )}
      <NewPlan />
    </section>
  );
}
