import { useSession } from '../../auth/AuthContext';
import { Link, matchPath } from '../../router';
import { InstructorPlans } from './InstructorPlans';
import { PlanEditor } from './PlanEditor';
import { canSeeInstructorArea } from './access';

/** /instructor and /instructor/plans/:id, for instructors only (lazy-loaded: most dancers never open it). */
export default function Instructor({ pathname }: { pathname: string }) {
  const { user } = useSession();
  if (!canSeeInstructorArea(user)) {
    return (
      <section className="page">
        <h1 tabIndex={-1}>Class plans are for instructors</h1>
        <p>Your account is not an instructor account. Ask the studio to make you an instructor, then log in again.</p>
        <p><Link to="/collections">Back to your collection</Link></p>
      </section>
    );
  }
  const p = matchPath('/instructor/plans/:id', pathname);
  if (p) return <PlanEditor key={p.id} planId={p.id} />;
  return <InstructorPlans />;
}
