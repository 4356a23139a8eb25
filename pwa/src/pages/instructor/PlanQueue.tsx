import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, navigate, useLocation } from '../../router';
import { ClassPlanDocument } from './documents';
import { nextInPlan } from './reorder';

/**
 * "Practise this plan" inside the collection player: /play/:id?plan=…&i=… shows where the dancer is in
 * the plan, and when a video ends the next choreography starts.
 */
export function PlanQueue({ savedId }: { savedId: string }) {
  const { search } = useLocation();
  const planId = search.get('plan');
  const index = search.has('i') ? Number(search.get('i')) : undefined;
  const { data } = useQuery(ClassPlanDocument, { variables: { id: planId ?? '' }, skip: !planId });
  const plan = data?.classPlan;
  const ids = plan?.sequences.filter((s) => s.choreography).map((s) => s.choreography!.id) ?? [];
  const next = plan ? nextInPlan(ids, savedId, index) : null;
  const nextHref = next && plan ? `/play/${next.id}?plan=${plan.id}&i=${next.index}` : null;
  useEffect(() => {
    if (!nextHref) return;
    // Media events do not bubble, but a capturing listener on the document sees the player's video end.
    const onEnded = (e: Event) => { if (e.target instanceof HTMLVideoElement) navigate(nextHref); };
    document.addEventListener('ended', onEnded, true);
    return () => document.removeEventListener('ended', onEnded, true);
  }, [nextHref]);
  if (!planId || !plan) return null;
  const at = index != null && ids[index] === savedId ? index : ids.indexOf(savedId);
  const nextTitle = next ? plan.sequences.find((s) => s.choreography?.id === next.id)?.choreography?.title : null;
  return (
    <nav className="card plan-queue" aria-label="Class plan">
      <span>Class plan <Link to={`/instructor/plans/${plan.id}`}>{plan.title}</Link>: {at + 1} of {ids.length}</span>
      {nextHref ? <Link to={nextHref} className="btn small primary">Next: {nextTitle} →</Link> : <span className="muted small">Last one in the plan.</span>}
    </nav>
  );
}
